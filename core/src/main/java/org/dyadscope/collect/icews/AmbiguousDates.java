package org.dyadscope.collect.icews;

import java.io.IOException;

/**
 * A file whose Event Date format cannot be read without guessing (day-first slash dates, 2-digit
 * years). The whole file is refused: nothing of it is loaded.
 */
public final class AmbiguousDates extends IOException {
  private static final long serialVersionUID = 1L;

  AmbiguousDates(long line, String value, String why) {
    super("line " + line + ": Event Date '" + value + "' " + why + "; file refused, re-export it with"
        + " yyyy-MM-dd dates (as published on Dataverse)");
  }
}
