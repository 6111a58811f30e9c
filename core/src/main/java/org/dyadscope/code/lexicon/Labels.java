package org.dyadscope.code.lexicon;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The valid values an error message lists. */
final class Labels {
  private Labels() {}

  /** {@code values} as written in the files, comma-separated in declaration order. */
  static <T> String of(Collection<T> values, Function<T, String> label) {
    return values.stream().map(label).collect(Collectors.joining(", "));
  }
}
