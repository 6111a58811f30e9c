package org.dyadscope.collect.tkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.LoadSink;

/**
 * Maps the lines of one TKG split (a file or a zip member) to {@link EventRow}s, handing each to a
 * {@link LoadSink} as an event or a quarantined line.
 *
 * <p>A line is {@code subject<TAB>relation<TAB>object<TAB>time}; a fifth integer column (the
 * RE-Net copies carry one) is accepted and ignored. With {@link TkgLayout.Naming#IDS} the three
 * first fields are ids into {@code entity2id.txt} / {@code relation2id.txt}. Blank lines are not
 * data rows.
 */
final class TkgRows {
  private static final int FIELDS = 4;
  private static final int MAX_FIELDS = 5;

  private final TkgLayout layout;
  private final CameoTable cameo;
  private final CameoNames cameoNames;
  private final EntityResolver resolver;
  private final IdTable entities;
  private final IdTable relations;
  /** Relation text → CAMEO code, or "" for no code; the sets have a few hundred relation names. */
  private final Map<String, String> codeCache = new HashMap<>();

  /**
   * @param entities entity id table, null for named sets
   * @param relations relation id table, null for named sets
   */
  TkgRows(TkgLayout layout, CameoTable cameo, CameoNames cameoNames, EntityResolver resolver,
      IdTable entities, IdTable relations) {
    this.layout = layout;
    this.cameo = cameo;
    this.cameoNames = cameoNames;
    this.resolver = resolver;
    this.entities = entities;
    this.relations = relations;
  }

  /** Why a line was rejected; {@code cause} feeds the {@link TkgStats} counts. */
  private static final class Rejected extends Exception {
    enum Cause { FIELDS, ID, TIME, CAMEO }

    final Cause cause;
    final String relation;

    Rejected(Cause cause, String reason, String relation) {
      super(reason, null, false, false);
      this.cause = cause;
      this.relation = relation;
    }
  }

  /**
   * Reads one split.
   *
   * @param in the split's lines
   * @param source dataset name rows are tagged with
   * @param fileLabel stored in each row's {@code file} (for a zip member, {@code zip!member})
   * @param splitName file or member name; event ids are {@code splitName:line}
   * @param inZip true when the split is a zip member: quarantine reasons then name
   *     {@code fileLabel}, since the quarantine table records only the zip
   * @return data rows read
   */
  long read(BufferedReader in, String source, String fileLabel, String splitName, boolean inZip,
      LoadSink sink, TkgStats stats) throws IOException {
    String reasonPrefix = inZip ? fileLabel + ": " : "";
    String line;
    long lineNo = 0;
    long rows = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      line = TkgLine.stripCr(line);
      if (line.isBlank()) {
        continue;
      }
      rows++;
      try {
        EventRow row = map(line, source, fileLabel, splitName + ":" + lineNo, lineNo, stats);
        sink.event(row);
        stats.loaded++;
      } catch (Rejected r) {
        sink.quarantine(lineNo, reasonPrefix + r.getMessage(), line);
        stats.quarantined++;
        switch (r.cause) {
          case FIELDS -> stats.badFields++;
          case ID -> stats.badId++;
          case TIME -> stats.badTime++;
          case CAMEO -> {
            stats.noCameo++;
            stats.noCameoByRelation.merge(r.relation, 1L, Long::sum);
          }
        }
      }
    }
    stats.rowsRead += rows;
    return rows;
  }

  private EventRow map(String line, String source, String file, String eventId, long lineNo, TkgStats stats)
      throws Rejected {
    String[] f = TkgLine.split(line, MAX_FIELDS);
    if (f.length < FIELDS || f.length > MAX_FIELDS) {
      throw new Rejected(Rejected.Cause.FIELDS, (f.length > MAX_FIELDS ? "more than " + MAX_FIELDS : f.length)
          + " tab-separated fields, expected 4 (subject, relation, object, time)", null);
    }
    if (f.length == MAX_FIELDS && !isInteger(f[4].strip())) {
      throw new Rejected(Rejected.Cause.FIELDS, "fifth field '" + f[4] + "' is not an integer;"
          + " expected subject, relation, object, time", null);
    }
    String subject = entity(f[0], "subject");
    String relation = relation(f[1]);
    String object = entity(f[2], "object");
    LocalDate date;
    try {
      date = layout.date(f[3].strip());
    } catch (IllegalArgumentException ex) {
      throw new Rejected(Rejected.Cause.TIME, ex.getMessage(), null);
    }
    String code = codeCache.computeIfAbsent(relation, r -> {
      String c = cameoNames.code(r);
      return c == null ? "" : c;
    });
    if (code.isEmpty()) {
      throw new Rejected(Rejected.Cause.CAMEO, "relation '" + relation + "' has no CAMEO code", relation);
    }
    String root = CameoTable.root(code);
    Double goldstein = cameo.goldstein(code);
    if (goldstein == null) {
      goldstein = cameoNames.goldstein(code); // e.g. 1213, which GDELT's Goldstein table lacks
    }
    String c1 = resolver.resolve(subject, date);
    String c2 = resolver.resolve(object, date);
    count(stats, subject, c1);
    count(stats, object, c2);
    if (c1 == null || c2 == null) {
      stats.unresolvedRows++;
    }
    return new EventRow(source, eventId, date, null,
        subject, subject, c1,
        object, object, c2,
        code, CameoTable.base(code), root, CameoTable.quadClass(root), goldstein,
        null, null, null, layout.schemaFlag(), file, lineNo, null);
  }

  private static void count(TkgStats stats, String name, String country) {
    if (country == null) {
      stats.unresolvedMentions++;
      stats.unresolvedNames.add(name);
    } else {
      stats.resolvedNames.add(name);
    }
  }

  /** The entity's display name (underscores as spaces). */
  private String entity(String field, String role) throws Rejected {
    String name = entities == null ? field : lookup(entities, field, role);
    name = EntityResolver.displayName(name);
    if (name.isEmpty()) {
      throw new Rejected(Rejected.Cause.FIELDS, role + " is empty", null);
    }
    return name;
  }

  private String relation(String field) throws Rejected {
    String name = relations == null ? field : lookup(relations, field, "relation");
    name = name.strip();
    if (name.isEmpty()) {
      throw new Rejected(Rejected.Cause.FIELDS, "relation is empty", null);
    }
    return name;
  }

  private static String lookup(IdTable table, String field, String role) throws Rejected {
    String s = field.strip();
    int id;
    try {
      id = Integer.parseInt(s);
    } catch (NumberFormatException ex) {
      throw new Rejected(Rejected.Cause.ID, role + " id '" + field + "' is not an integer", null);
    }
    String name = table.name(id);
    if (name == null) {
      throw new Rejected(Rejected.Cause.ID, role + " id " + id + " is not in " + table.label(), null);
    }
    return name;
  }

  private static boolean isInteger(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = (s.charAt(0) == '-' ? 1 : 0); i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return s.length() > (s.charAt(0) == '-' ? 1 : 0);
  }
}
