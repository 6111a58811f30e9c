package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dyadscope.TestData;
import org.dyadscope.collect.Countries;

/** The actor code splitter over the shared data's GDELT {@code CAMEO.type.txt}, loaded once. */
public final class TestActorCodes {
  private static ActorCode codes;

  private TestActorCodes() {}

  /** Skips the calling test when the shared data is absent (see {@link TestData#file}). */
  public static synchronized ActorCode get() {
    if (codes == null) {
      try {
        codes = ActorCode.load(TestData.file("gdelt/lookups/CAMEO.type.txt"),
            TestData.file("petrarch2/dictionaries"), Countries.standard());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return codes;
  }
}
