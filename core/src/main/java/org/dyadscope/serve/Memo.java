package org.dyadscope.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results of queries over the read-only store, kept for reuse (they never go stale): a bounded map
 * that drops the least recently used entries when the kept entries' total weight (rows, points)
 * passes its limit. Thread-safe.
 *
 * @param <K> the request's key
 * @param <V> the result
 */
final class Memo<K, V> {
  private final long maxWeight;
  private final Map<K, V> values = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<K, Long> weights = new LinkedHashMap<>();
  private long weight;

  Memo(long maxWeight) {
    this.maxWeight = maxWeight;
  }

  synchronized V get(K key) {
    return values.get(key);
  }

  /** Keeps {@code value} of weight {@code w}, dropping the least recently used others beyond the limit. */
  synchronized void put(K key, V value, long w) {
    Long old = weights.put(key, w);
    weight += w - (old == null ? 0 : old);
    values.put(key, value);
    Iterator<K> it = values.keySet().iterator();
    while (weight > maxWeight && it.hasNext()) {
      K k = it.next();
      if (!k.equals(key)) {
        weight -= weights.remove(k);
        it.remove();
      }
    }
  }
}
