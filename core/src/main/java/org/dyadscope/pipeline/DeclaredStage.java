package org.dyadscope.pipeline;

import java.util.List;

/** A stage whose name and table declarations are fixed when it is made. */
abstract class DeclaredStage implements Stage {
  private final String name;
  private final List<String> requires;
  private final List<String> produces;

  DeclaredStage(String name, List<String> requires, List<String> produces) {
    this.name = name;
    this.requires = List.copyOf(requires);
    this.produces = List.copyOf(produces);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> requires() {
    return requires;
  }

  @Override
  public final List<String> produces() {
    return produces;
  }
}
