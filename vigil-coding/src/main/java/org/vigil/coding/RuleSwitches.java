package org.vigil.coding;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the coder's named rules are switched off (all are on by default). Immutable and thread-safe.
 *
 * @param off the rules switched off
 */
public record RuleSwitches(Set<CoderRule> off) {
  public RuleSwitches {
    off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
  }

  /** Every rule on. */
  public static RuleSwitches allOn() {
    return new RuleSwitches(Set.of());
  }

  /**
   * The switches with the rules {@code names} off; an unknown name fails, naming it, the parameter and the known
   * names.
   */
  public static RuleSwitches disabling(Collection<String> names) {
    EnumSet<CoderRule> off = EnumSet.noneOf(CoderRule.class);
    for (String n : names) {
      off.add(CoderRule.named(n).orElseThrow(() -> new IllegalArgumentException("--disable-rule: unknown rule '" + n
          + "'; known: " + String.join(", ", CoderRule.names()))));
    }
    return new RuleSwitches(off);
  }

  /** These switches with {@code rule} off as well. */
  public RuleSwitches without(CoderRule rule) {
    EnumSet<CoderRule> more = off.isEmpty() ? EnumSet.noneOf(CoderRule.class) : EnumSet.copyOf(off);
    more.add(rule);
    return new RuleSwitches(more);
  }

  public boolean on(CoderRule rule) {
    return !off.contains(rule);
  }
}
