package org.dyadscope.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.code.text.TextFold;

/**
 * Finds documents that repeat an earlier one, so that a text published twice (a speech on two
 * sites, an index entry listed in two files) is counted once.
 *
 * <p>Documents are compared within a <b>scope</b>, given by the caller: the corpus coder uses the
 * speaker and the date (or year), because two index entries titled "Meeting with Government
 * members" on different days are two meetings, not one text published twice.
 *
 * <p>Two tests, in order, against every document of the same scope registered before:
 *
 * <ol>
 *   <li><b>exact</b>: the same normalised text (NFC, folded as the coder folds it, every run of
 *       non-alphanumeric characters one space), compared by a 64-bit hash;
 *   <li><b>near</b>: Jaccard similarity of the word {@value #SHINGLE_WORDS}-shingle sets at least
 *       the threshold (0.9 by default). Candidates come from MinHash locality-sensitive hashing
 *       ({@value #HASHES} hash functions in {@value #BANDS} bands: a pair at Jaccard 0.9 is a
 *       candidate with probability 1 − (1 − 0.9⁴)⁸ ≈ 0.9998), and every candidate's Jaccard is
 *       computed exactly on the shingle sets. A text shorter than one shingle is one shingle.
 * </ol>
 *
 * <p>A duplicate is not registered, so a third copy is reported against the first. Memory: one
 * sorted {@code long[]} of shingle hashes per registered document. Not thread-safe.
 */
public final class NearDuplicates {
  static final int SHINGLE_WORDS = 3;
  static final int HASHES = 32;
  static final int BANDS = 8;
  private static final int ROWS = HASHES / BANDS;
  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  /**
   * One document found to repeat an earlier one.
   *
   * @param docId the later document (left out of the counts)
   * @param duplicateOf the earlier document it repeats (kept)
   * @param kind {@code exact} or {@code near}
   * @param jaccard shingle Jaccard similarity, 0..1 (1 for exact)
   */
  public record Duplicate(String docId, String duplicateOf, String kind, double jaccard) {}

  private final double threshold;
  private final Map<String, String> exact = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<long[]> shingles = new ArrayList<>();
  private final Map<String, List<Integer>> buckets = new HashMap<>();

  /** @param threshold Jaccard similarity from which two documents are near-duplicates, in (0, 1] */
  public NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Checks {@code text} against the documents of {@code scope} registered so far; registers it
   * when it is new.
   *
   * @param scope documents are compared only within one scope (e.g. speaker and date); "" for all
   * @return the duplicate found, or null when the document is new
   */
  public Duplicate check(String docId, String scope, String text) {
    String[] words = words(text);
    String h = scope + "\u0000" + hash(String.join(" ", words));
    String same = exact.get(h);
    if (same != null) {
      return new Duplicate(docId, same, "exact", 1.0);
    }
    long[] sh = shingles(words);
    long[] sig = signature(sh);
    String[] keys = new String[BANDS];
    Duplicate best = null;
    for (int b = 0; b < BANDS; b++) {
      long k = b;
      for (int r = 0; r < ROWS; r++) {
        k = mix(k * 31 + sig[b * ROWS + r]);
      }
      keys[b] = scope + "\u0000" + k;
      for (int other : buckets.getOrDefault(keys[b], List.of())) {
        double j = jaccard(sh, shingles.get(other));
        if (j >= threshold && (best == null || j > best.jaccard())) {
          best = new Duplicate(docId, ids.get(other), "near", j);
        }
      }
    }
    if (best != null) {
      return best;
    }
    int index = ids.size();
    ids.add(docId);
    shingles.add(sh);
    exact.put(h, docId);
    for (String k : keys) {
      buckets.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index);
    }
    return null;
  }

  /** Folded words: letters and digits only. */
  static String[] words(String text) {
    String f = TextFold.fold(TextFold.nfc(text));
    return Arrays.stream(f.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  /** Sorted distinct hashes of the word shingles. */
  static long[] shingles(String[] words) {
    int n = Math.max(1, words.length - SHINGLE_WORDS + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++) {
        h = mix(h * 31 + hash(words[k]));
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Jaccard similarity of two sorted distinct arrays. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  private static long[] signature(long[] sh) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : sh) {
      for (int i = 0; i < HASHES; i++) {
        long v = mix(s ^ SEEDS[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** 64-bit FNV-1a of a string's chars, finalised by {@link #mix}. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser: a fast bijective bit mixer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
