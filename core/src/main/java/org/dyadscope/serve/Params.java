package org.dyadscope.serve;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Request parameters checked against closed lists and formats before any query runs: a value
 * outside them is a 400 naming the valid values ({@link ApiError}).
 */
final class Params {
  /** Largest page a list view returns. */
  static final int MAX_PAGE_SIZE = 500;
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

  private Params() {}

  /** {@code name} as one of {@code valid}; {@code fallback} when absent (null fallback: required). */
  static String oneOf(Context ctx, String name, List<String> valid, String fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      if (fallback == null) {
        throw new ApiError(400, "parameter " + name + " is required; valid: " + String.join(", ", valid), valid);
      }
      return fallback;
    }
    if (!valid.contains(v)) {
      throw ApiError.notOneOf(name, v, valid);
    }
    return v;
  }

  /** A comma-separated {@code name}, each one of {@code valid}; empty when absent. */
  static List<String> listOf(Context ctx, String name, List<String> valid) {
    String v = ctx.queryParam(name);
    List<String> out = new ArrayList<>();
    if (v == null || v.isBlank()) {
      return out;
    }
    for (String s : v.split(",")) {
      String t = s.strip();
      if (!valid.contains(t)) {
        throw ApiError.notOneOf(name, t, valid);
      }
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A period label {@code YYYY} or {@code YYYY-MM}, or null when absent. */
  static String period(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!PERIOD.matcher(v).matches()) {
      throw ApiError.badRequest("parameter " + name + " '" + v + "' is not a period YYYY or YYYY-MM");
    }
    return v;
  }

  /** A whole number in {@code [min, max]}, {@code fallback} when absent. */
  static int intIn(Context ctx, String name, int min, int max, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v);
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw ApiError.badRequest("parameter " + name + " '" + v + "' must be a whole number from " + min + " to " + max);
  }

  /** The page number (from 1) and its size (1..{@link #MAX_PAGE_SIZE}, default 100). */
  static int[] page(Context ctx) {
    return new int[] {intIn(ctx, "page", 1, 1_000_000, 1), intIn(ctx, "size", 1, MAX_PAGE_SIZE, 100)};
  }

  /** A flag 0 or 1 as a boolean, or null when absent. */
  static Boolean flag(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    return switch (v) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw ApiError.notOneOf(name, v, List.of("0", "1"));
    };
  }
}
