package org.dyadscope.cli;

import java.util.List;
import org.dyadscope.code.SentenceCoding;
import picocli.CommandLine;

/** The values of {@code --coder}: which detector decides the securitizing moves. */
final class Coders {
  static final List<String> VALUES = List.of(SentenceCoding.LEXICON, SentenceCoding.MODEL);

  private Coders() {}

  /** Refuses a value other than {@code lexicon} or {@code model}, naming both. */
  static void check(String coder, CommandLine cl) {
    if (!VALUES.contains(coder)) {
      throw new CommandLine.ParameterException(cl, "--coder must be lexicon or model, not " + coder);
    }
  }
}
