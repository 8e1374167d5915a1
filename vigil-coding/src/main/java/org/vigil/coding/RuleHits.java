package org.vigil.coding;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each named rule fired while coding (a veto, a repair, a shift, a guard): what {@code vigil eval
 * --by-rule} reports as its hits. Thread-safe.
 */
public final class RuleHits {
  private final Map<CoderRule, LongAdder> counts = new ConcurrentHashMap<>();

  /** Adds the hits of one rule. */
  public void add(CoderRule rule, long n) {
    counts.computeIfAbsent(rule, r -> new LongAdder()).add(n);
  }

  void addAll(Map<CoderRule, Integer> hits) {
    hits.forEach(this::add);
  }

  /** The hits of each rule so far (absent rules never fired). */
  public Map<CoderRule, Long> snapshot() {
    Map<CoderRule, Long> out = new EnumMap<>(CoderRule.class);
    counts.forEach((r, n) -> out.put(r, n.sum()));
    return out;
  }
}
