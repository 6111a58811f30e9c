package org.dyadscope.cases;

import java.util.List;

/**
 * An actor of the case.
 *
 * @param code ISO-3166 alpha-3 / CAMEO country code, e.g. {@code RUS}
 * @param name display name
 * @param variants other names that denote the actor in texts and datasets ("Russian Federation",
 *     "Moscow", "Kremlin")
 */
public record Actor(String code, String name, List<String> variants) {
  public Actor {
    variants = variants == null ? List.of() : List.copyOf(variants);
  }
}
