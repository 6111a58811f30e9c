package org.dyadscope.serve;

import java.util.List;

/**
 * A request the server refuses: the HTTP status, a one-line message and, for a parameter outside a
 * closed list, the valid values. Sent as JSON {@code {"error": message, "valid": [...]}}.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final List<String> valid;

  public ApiError(int status, String message, List<String> valid) {
    super(message);
    this.status = status;
    this.valid = valid == null ? List.of() : List.copyOf(valid);
  }

  /** 400: a parameter is not one of {@code valid}. */
  static ApiError notOneOf(String parameter, String value, List<String> valid) {
    return new ApiError(400, "unknown " + parameter + " '" + value + "'; valid: " + String.join(", ", valid), valid);
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message, null);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message, null);
  }

  static ApiError forbidden(String message) {
    return new ApiError(403, message, null);
  }

  public int status() {
    return status;
  }

  public List<String> valid() {
    return valid;
  }
}
