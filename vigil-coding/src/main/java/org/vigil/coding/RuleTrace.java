package org.vigil.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force while one sentence is coded, and those that fired: on the whole sentence (repairs), for the
 * candidate being coded (its scope), and counted for {@link RuleHits}. One instance per sentence; not thread-safe.
 */
final class RuleTrace {
  private final RuleSwitches switches;
  private final Set<CoderRule> sentence = new LinkedHashSet<>();
  private final Set<CoderRule> scope = new LinkedHashSet<>();
  private final Map<CoderRule, Integer> hits = new EnumMap<>(CoderRule.class);

  RuleTrace(RuleSwitches switches) {
    this.switches = switches;
  }

  boolean on(CoderRule rule) {
    return switches.on(rule);
  }

  /** True, recording {@code rule} in the current scope, when {@code holds} and the rule is on. */
  boolean applies(CoderRule rule, boolean holds) {
    if (!holds || !switches.on(rule)) {
      return false;
    }
    fired(rule);
    return true;
  }

  /** Records that {@code rule} shaped the current candidate. */
  void fired(CoderRule rule) {
    scope.add(rule);
    hits.merge(rule, 1, Integer::sum);
  }

  /** Records that {@code rule} shaped the whole sentence (a repair of its parse). */
  void firedOnSentence(CoderRule rule) {
    sentence.add(rule);
    hits.merge(rule, 1, Integer::sum);
  }

  /** Starts the scope of the next candidate. */
  void begin() {
    scope.clear();
  }

  /** Names of the rules that shaped the current candidate: the sentence's, then its own, in firing order. */
  List<String> shaping() {
    List<String> out = new ArrayList<>(sentence.size() + scope.size());
    sentence.forEach(r -> out.add(r.ruleName()));
    scope.forEach(r -> out.add(r.ruleName()));
    return out;
  }

  /**
   * Names of the rules that shaped one event: those of {@link #shaping()} and {@code extra}, rules that shaped
   * that event alone (counted as hits here).
   */
  List<String> shapingWith(List<CoderRule> extra) {
    List<String> out = shaping();
    for (CoderRule r : extra) {
      hits.merge(r, 1, Integer::sum);
      if (!out.contains(r.ruleName())) {
        out.add(r.ruleName());
      }
    }
    return out;
  }

  /** The hit counts now, to {@link #rewind} to after a probe that must leave no trace. */
  Map<CoderRule, Integer> mark() {
    return new EnumMap<>(hits);
  }

  /** Forgets hits and the candidate scope since {@code mark}. */
  void rewind(Map<CoderRule, Integer> mark) {
    hits.clear();
    hits.putAll(mark);
    scope.clear();
  }

  Map<CoderRule, Integer> hits() {
    return hits;
  }
}
