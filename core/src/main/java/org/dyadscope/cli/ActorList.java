package org.dyadscope.cli;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/** Parses an {@code --actors RUS,IRN,USA} option: 3-letter country codes, upper-cased. */
public final class ActorList {
  private ActorList() {}

  /** The codes, or null for a null option; a usage error (exit 2) for a code that is not 3 letters. */
  public static Set<String> parse(String option, CommandLine cl) {
    if (option == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : option.split(",")) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{3}")) {
        throw new CommandLine.ParameterException(cl, "--actors: '" + part.strip()
            + "' is not a 3-letter country code; write e.g. --actors RUS,IRN,USA,CHN");
      }
      out.add(code);
    }
    return out;
  }
}
