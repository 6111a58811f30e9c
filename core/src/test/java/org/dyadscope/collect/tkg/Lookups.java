package org.dyadscope.collect.tkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dyadscope.TestData;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.gdelt.TestGdelt;
import org.dyadscope.collect.Countries;

/** Real lookup tables, parsed once per test JVM (the actor dictionaries take about a second). */
final class Lookups {
  private static CameoNames cameoNames;
  private static ActorDictionary dictionary;

  /** The flagship case's entity_overrides (cases/russia-iran-2012-2022/case.yaml). */
  static final Map<String, String> CASE_OVERRIDES = Map.of(
      "Ali Khamenei", "IRN",
      "Hassan Rouhani", "IRN",
      "Ebrahim Raisi", "IRN",
      "Mohammad Javad Zarif", "IRN",
      "Sergey Viktorovich Lavrov", "RUS");

  private Lookups() {}

  static CameoTable cameo() {
    return TestGdelt.cameo();
  }

  static synchronized CameoNames cameoNames() {
    if (cameoNames == null) {
      try {
        cameoNames = CameoNames.load(TestData.file("icews/cameo-codes.csv"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cameoNames;
  }

  static synchronized ActorDictionary dictionary() {
    if (dictionary == null) {
      try {
        dictionary = ActorDictionary.loadPhoenix(TestData.file("petrarch2/dictionaries"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dictionary;
  }

  static EntityResolver resolver() {
    return new EntityResolver(CASE_OVERRIDES, Countries.standard(), dictionary());
  }
}
