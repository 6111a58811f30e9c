package org.dyadscope.review;

import java.util.List;

/** A review with a value outside its field's rules; {@link #valid} lists the allowed values of a closed list. */
public final class ReviewException extends IllegalArgumentException {
  private final List<String> valid;

  public ReviewException(String message, List<String> valid) {
    super(message);
    this.valid = List.copyOf(valid);
  }

  public List<String> valid() {
    return valid;
  }
}
