package org.dyadscope.cli;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.dyadscope.collect.Countries;
import org.dyadscope.yaml.YamlErrors;
import picocli.CommandLine;

/**
 * Parses an {@code --actors RUS,IRN,USA} option: ISO-3166 alpha-3 / CAMEO country codes, upper-cased,
 * each one a case.yaml would accept ({@link Countries#standard}).
 */
public final class ActorList {
  private ActorList() {}

  /**
   * The codes, or null for a null option; a usage error (exit 2) for a code that is not 3 letters or
   * no country's, with the nearest known code: an unknown code would only filter every row out.
   */
  public static Set<String> parse(String option, CommandLine cl) {
    if (option == null) {
      return null;
    }
    Countries countries = Countries.standard();
    Set<String> out = new LinkedHashSet<>();
    for (String part : option.split(",")) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{3}")) {
        throw new CommandLine.ParameterException(cl, "--actors: '" + part.strip()
            + "' is not a 3-letter country code; write e.g. --actors RUS,IRN,USA,CHN");
      }
      if (!countries.isCountryCode(code)) {
        throw new CommandLine.ParameterException(cl, "--actors: unknown actor code " + code
            + YamlErrors.suggestion(code, countries.codes().stream().sorted().toList())
            + "; use ISO-3166 alpha-3 / CAMEO country codes, e.g. RUS,IRN,USA,CHN");
      }
      out.add(code);
    }
    return out;
  }
}
