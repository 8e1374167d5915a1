package org.vigil.coding;

import java.util.List;
import java.util.Objects;
import org.vigil.model.Event;

/**
 * The PLACE phase, after geocoding: territory taken in the article's focus country ({@link TerritoryTargets}), the
 * place of the act as target ({@link PlaceTargets}), the context's country
 * for sector-only state organs ({@link ContextCountries}), claims of responsibility aimed at the act they claim
 * ({@link ClaimTargets}), target-less statements aimed at the article's focus ({@link FocusTargets}), and no target-less repeats ({@link RedundantEvents}),
 * each a named rule that can be switched off. Thread-safe.
 */
public final class PlacePhase {
  private final PlaceTargets placeTargets;
  private final TerritoryTargets territoryTargets;
  private final ContextCountries contextCountries;
  private final RedundantEvents redundant;
  private final ClaimTargets claimTargets;
  private final FocusTargets focusTargets;
  private final RuleHits hits;

  /** With every rule on and no counting. */
  public PlacePhase() {
    this(RuleSwitches.allOn(), null);
  }

  /** With rules as {@code switches} say, counting their hits into {@code hits} when not null. */
  public PlacePhase(RuleSwitches switches, RuleHits hits) {
    Objects.requireNonNull(switches, "switches");
    this.placeTargets = new PlaceTargets(switches);
    this.territoryTargets = new TerritoryTargets(switches);
    this.contextCountries = new ContextCountries(switches);
    this.redundant = new RedundantEvents(switches);
    this.claimTargets = new ClaimTargets(switches);
    this.focusTargets = new FocusTargets(switches);
    this.hits = hits;
  }

  /** The located events of one article after the place conventions. */
  public List<Event> apply(List<Event> located) {
    List<Event> placed = focusTargets.apply(claimTargets.apply(contextCountries.apply(placeTargets.apply(
        territoryTargets.apply(located)))));
    List<Event> out = redundant.apply(placed);
    if (hits != null) {
      for (CoderRule r : List.of(CoderRule.PLACE_TARGET, CoderRule.PROTESTERS_OF_PLACE, CoderRule.CONTEXT_COUNTRY,
          CoderRule.CLAIM_TARGET, CoderRule.FOCUS_TARGET, CoderRule.TERRITORY_OF_FOCUS)) {
        hits.add(r, placed.stream().filter(e -> e.rules().contains(r.ruleName())).count());
      }
      hits.add(CoderRule.REDUNDANT_TARGETLESS, placed.size() - out.size());
    }
    return out;
  }
}
