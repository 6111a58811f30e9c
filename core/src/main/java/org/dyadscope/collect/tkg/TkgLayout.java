package org.dyadscope.collect.tkg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one temporal-knowledge-graph (TKG) set is laid out: how entities and relations are named
 * and how its time column maps to calendar dates.
 *
 * <p>TKG benchmarks derived from ICEWS (Boschee et al., Harvard Dataverse doi:10.7910/DVN/28075)
 * re-code ICEWS events as quadruples {@code subject relation object time}. They differ in:
 *
 * <ul>
 *   <li>{@link Naming#IDS}: integer ids resolved through {@code entity2id.txt} /
 *       {@code relation2id.txt} (RE-Net, RE-GCN, zrLLM); {@link Naming#NAMES}: the names
 *       themselves (Garcia-Duran et al. 2018, ICEWS05-15).
 *   <li>the time column: {@link TimeUnit#DAY} (integer day steps), {@link TimeUnit#HOUR} (integer
 *       hours, always whole days: ICEWS18 from RE-Net), or {@link TimeUnit#DATE} (ISO
 *       {@code YYYY-MM-DD}).
 *   <li>the epoch (the calendar date of step {@code firstStep}) and whether steps start at 0 or 1
 *       (ICEWS14s: day 1 = 2014-01-01; ICEWS21: day 0 = 2021-01-01).
 * </ul>
 *
 * @param naming whether rows carry ids or names
 * @param timeUnit unit of the time column
 * @param epoch calendar date of time step {@code firstStep}; null only for {@link TimeUnit#DATE}
 * @param firstStep the time value that falls on {@code epoch}, in {@code timeUnit} (0 or 1 in
 *     the published sets); unused for {@link TimeUnit#DATE}
 */
public record TkgLayout(Naming naming, TimeUnit timeUnit, LocalDate epoch, long firstStep) {
  /** Option keys a case file may set under a {@code tkg} source's {@code options}. */
  public static final Set<String> OPTION_KEYS = Set.of("naming", "time_unit", "epoch", "first_step");

  private static final int HOURS_PER_DAY = 24;

  /** How entities and relations appear in the rows. */
  public enum Naming {
    /** integer ids, resolved through {@code entity2id.txt} and {@code relation2id.txt} */
    IDS,
    /** the entity and relation names themselves */
    NAMES
  }

  /** Unit of the time column. */
  public enum TimeUnit {
    /** integer day steps after the epoch */
    DAY,
    /** integer hours after the epoch, whole days only (multiples of 24) */
    HOUR,
    /** an ISO date {@code YYYY-MM-DD} */
    DATE
  }

  public TkgLayout {
    if (naming == null || timeUnit == null) {
      throw new IllegalArgumentException("TKG layout needs a naming and a time unit");
    }
    if (timeUnit != TimeUnit.DATE && epoch == null) {
      throw new IllegalArgumentException("option 'epoch': required when time_unit is "
          + timeUnit.name().toLowerCase(Locale.ROOT) + " (the date of the first time step)");
    }
  }

  /**
   * Builds a layout from a case file's source options (all values are strings).
   *
   * <ul>
   *   <li>{@code naming}: {@code ids} or {@code names} (required)
   *   <li>{@code time_unit}: {@code day}, {@code hour} or {@code date} (required)
   *   <li>{@code epoch}: ISO date of the first step (required unless {@code time_unit: date})
   *   <li>{@code first_step}: the time value on the epoch, an integer, default {@code 0}
   * </ul>
   *
   * <p>Keys outside {@link #OPTION_KEYS} are not checked here: the {@code tkg} format's registration
   * refuses them, with the valid keys, before a reader is built.
   *
   * @throws IllegalArgumentException naming the option that is missing or malformed
   */
  public static TkgLayout fromOptions(Map<String, String> options) {
    // other keys were refused by the format registry (SourceFormat.checkOptions) before this runs
    Map<String, String> o = options == null ? Map.of() : options;
    Naming naming = parseEnum(Naming.class, "naming", o.get("naming"));
    TimeUnit unit = parseEnum(TimeUnit.class, "time_unit", o.get("time_unit"));
    LocalDate epoch = null;
    String e = o.get("epoch");
    if (e != null && !e.isBlank()) {
      try {
        epoch = LocalDate.parse(e.trim());
      } catch (DateTimeException ex) {
        throw new IllegalArgumentException("option 'epoch': '" + e + "' is not a date YYYY-MM-DD");
      }
    }
    long first = 0;
    String f = o.get("first_step");
    if (f != null && !f.isBlank()) {
      try {
        first = Long.parseLong(f.trim());
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("option 'first_step': '" + f + "' is not an integer (use 0 or 1)");
      }
    }
    return new TkgLayout(naming, unit, epoch, first);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
    StringBuilder allowed = new StringBuilder();
    for (E c : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : "|").append(c.name().toLowerCase(Locale.ROOT));
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("option '" + key + "': required for format tkg (" + allowed + ")");
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("option '" + key + "': '" + value + "' is not one of " + allowed);
    }
  }

  /** Schema flag stored with each row: {@code tkg-ids} or {@code tkg-names}. */
  public String schemaFlag() {
    return naming == Naming.IDS ? "tkg-ids" : "tkg-names";
  }

  /**
   * The calendar date of one time value.
   *
   * @param time the time column as read (e.g. {@code 31}, {@code 3888}, {@code 2014-04-23})
   * @return the event date
   * @throws IllegalArgumentException with a user-facing reason when the value is not a number (or
   *     date), lies before the first step, or is an hour count that is not a whole day
   */
  public LocalDate date(String time) {
    if (timeUnit == TimeUnit.DATE) {
      try {
        return LocalDate.parse(time);
      } catch (DateTimeException ex) {
        throw new IllegalArgumentException("time '" + time + "' is not a date YYYY-MM-DD");
      }
    }
    long t;
    try {
      t = Long.parseLong(time);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("time '" + time + "' is not an integer "
          + timeUnit.name().toLowerCase(Locale.ROOT) + " step");
    }
    long steps = t - firstStep;
    if (steps < 0) {
      throw new IllegalArgumentException("time " + t + " is before the first step " + firstStep
          + " (check the epoch and first_step options)");
    }
    if (timeUnit == TimeUnit.HOUR) {
      if (steps % HOURS_PER_DAY != 0) {
        throw new IllegalArgumentException("time " + t + " is not a whole day in hours (a multiple of 24);"
            + " check time_unit");
      }
      steps /= HOURS_PER_DAY;
    }
    try {
      return epoch.plusDays(steps);
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("time " + t + " is out of the calendar range");
    }
  }
}
