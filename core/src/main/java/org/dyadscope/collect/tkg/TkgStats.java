package org.dyadscope.collect.tkg;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link TkgReader} saw: rows read, loaded and quarantined (by cause), relations without a
 * CAMEO code, and entities that resolved to no country. Counts accumulate over every file the
 * reader reads until {@link TkgReader#resetStats()}; {@link TkgReader#stats()} returns a copy.
 */
public final class TkgStats {
  long rowsRead;
  long loaded;
  long quarantined;
  long badFields;
  long badId;
  long badTime;
  long noCameo;
  final Map<String, Long> noCameoByRelation = new TreeMap<>();
  long unresolvedRows;
  long unresolvedMentions;
  final Set<String> unresolvedNames = new HashSet<>();
  final Set<String> resolvedNames = new HashSet<>();
  long millis;

  TkgStats() {}

  TkgStats copy() {
    TkgStats c = new TkgStats();
    c.add(this);
    return c;
  }

  void add(TkgStats o) {
    rowsRead += o.rowsRead;
    loaded += o.loaded;
    quarantined += o.quarantined;
    badFields += o.badFields;
    badId += o.badId;
    badTime += o.badTime;
    noCameo += o.noCameo;
    o.noCameoByRelation.forEach((k, v) -> noCameoByRelation.merge(k, v, Long::sum));
    unresolvedRows += o.unresolvedRows;
    unresolvedMentions += o.unresolvedMentions;
    unresolvedNames.addAll(o.unresolvedNames);
    resolvedNames.addAll(o.resolvedNames);
    millis += o.millis;
  }

  /** Data rows read (blank lines excluded). */
  public long rowsRead() {
    return rowsRead;
  }

  /** Rows handed to the sink as events. */
  public long loaded() {
    return loaded;
  }

  /** Rows quarantined, all causes. */
  public long quarantined() {
    return quarantined;
  }

  /** Rows quarantined for a wrong field count or an empty name. */
  public long badFields() {
    return badFields;
  }

  /** Rows quarantined for an id that is not an integer or not in entity2id/relation2id. */
  public long badId() {
    return badId;
  }

  /** Rows quarantined for a time value that gives no date. */
  public long badTime() {
    return badTime;
  }

  /** Rows quarantined because their relation maps to no CAMEO code. */
  public long noCameo() {
    return noCameo;
  }

  /** Relation text → rows quarantined for it (sorted by text). */
  public Map<String, Long> noCameoByRelation() {
    return new TreeMap<>(noCameoByRelation);
  }

  /** Loaded rows with at least one actor that resolved to no country. */
  public long unresolvedRows() {
    return unresolvedRows;
  }

  /** Actor slots (two per loaded row) that resolved to no country. */
  public long unresolvedMentions() {
    return unresolvedMentions;
  }

  /**
   * Distinct entity names that resolved to no country on at least one row (a person may resolve on
   * some dates and not on others).
   */
  public int unresolvedNames() {
    return unresolvedNames.size();
  }

  /** Distinct entity names that resolved to a country on at least one row. */
  public int resolvedNames() {
    return resolvedNames.size();
  }

  /** Wall time spent in {@link TkgReader#read}, milliseconds (dictionaries of the set included). */
  public long millis() {
    return millis;
  }

  @Override
  public String toString() {
    return "rows " + rowsRead + ", loaded " + loaded + ", quarantined " + quarantined
        + " (fields " + badFields + ", ids " + badId + ", time " + badTime + ", no CAMEO code " + noCameo
        + "), unresolved rows " + unresolvedRows + ", names unresolved " + unresolvedNames.size()
        + " / resolved " + resolvedNames.size() + ", " + millis + " ms";
  }
}
