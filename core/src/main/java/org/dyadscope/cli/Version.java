package org.dyadscope.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, "dev" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"dyadscope " + (v == null ? "dev" : v)};
  }
}
