package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.Countries;

/**
 * The built-in CAMEO table and actor-code table (equal to the shared data's GDELT lookups and
 * PETRARCH-2 dictionaries, which {@code ReferenceTablesTest} checks), each parsed once per test JVM,
 * and GDELT readers over them; they need no data root.
 */
public final class TestGdelt {
  private static CameoTable cameo;
  private static ActorCode actorCodes;

  private TestGdelt() {}

  /** The CAMEO event codes and Goldstein values (GDELT CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt). */
  public static synchronized CameoTable cameo() {
    if (cameo == null) {
      cameo = CameoTable.builtIn();
    }
    return cameo;
  }

  /** GDELT's CAMEO.type.txt and the PETRARCH-2 dictionaries' codes. */
  public static synchronized ActorCode actorCodes() {
    if (actorCodes == null) {
      try {
        actorCodes = ActorCode.load(null, null, Countries.standard());
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
