package org.dyadscope.trace;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comparison a query's value is held against, written like {@code ">= 3"} or {@code "< 0.25"}.
 *
 * @param operator one of {@code >=, >, <=, <, ==, !=}
 * @param value the number compared with
 */
public record Threshold(String operator, double value) {
  private static final Pattern FORM = Pattern.compile("^\\s*(>=|<=|==|!=|>|<|=)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*$");

  public Threshold {
    if (!java.util.Set.of(">=", ">", "<=", "<", "==", "!=").contains(operator)) {
      throw new IllegalArgumentException("unknown comparison '" + operator + "'; use >=, >, <=, <, == or !=");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a threshold needs a finite number, got " + value);
    }
  }

  /**
   * Parses {@code ">= 3"}; a single {@code =} means {@code ==}.
   *
   * @throws IllegalArgumentException saying the accepted form
   */
  public static Threshold parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("test '" + text + "' must be a comparison and a number, e.g. \">= 3\" or \"< 0.25\"");
    }
    String op = m.group(1).equals("=") ? "==" : m.group(1);
    return new Threshold(op, Double.parseDouble(m.group(2)));
  }

  /** Whether {@code x} passes the comparison. */
  public boolean test(double x) {
    return switch (operator) {
      case ">=" -> x >= value;
      case ">" -> x > value;
      case "<=" -> x <= value;
      case "<" -> x < value;
      case "==" -> x == value;
      default -> x != value;
    };
  }

  /** The observation a query result amounts to; {@code null} (no data) is {@link Observed#UNAVAILABLE}. */
  public Observed judge(Double x) {
    if (x == null || x.isNaN()) {
      return Observed.UNAVAILABLE;
    }
    return Observed.of(test(x));
  }

  @Override
  public String toString() {
    return operator + " " + String.format(Locale.ROOT, "%s", value);
  }
}
