package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dyadscope.TestData;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.Countries;

/**
 * The shared data's CAMEO table and actor-code table, each parsed once per test JVM, and GDELT
 * readers over them. Each method skips the calling test when the shared data is absent (see
 * {@link TestData#file}).
 */
public final class TestGdelt {
  private static CameoTable cameo;
  private static ActorCode actorCodes;

  private TestGdelt() {}

  /** GDELT's CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt. */
  public static synchronized CameoTable cameo() {
    if (cameo == null) {
      try {
        cameo = CameoTable.load(TestData.file("gdelt/lookups/CAMEO.eventcodes.txt"),
            TestData.file("gdelt/lookups/CAMEO.goldsteinscale.txt"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cameo;
  }

  /** GDELT's CAMEO.type.txt and the PETRARCH-2 dictionaries' codes. */
  public static synchronized ActorCode actorCodes() {
    if (actorCodes == null) {
      try {
        actorCodes = ActorCode.load(TestData.file("gdelt/lookups/CAMEO.type.txt"),
            TestData.file("petrarch2/dictionaries"), Countries.standard());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return actorCodes;
  }

  /** A GDELT reader over {@link #cameo()} and {@link #actorCodes()}. */
  public static GdeltReader reader() {
    return new GdeltReader(cameo(), actorCodes());
  }
}
