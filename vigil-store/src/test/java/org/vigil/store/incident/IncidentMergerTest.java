package org.vigil.store.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentMergerTest {
  private final IncidentMerger merger = new IncidentMerger(MergeSettings.DEFAULT);

  private static EventFact fact(String id, String outlet, String date, String src, String srcActor, String tgt,
      String cameo, Double lat, Double lon, Integer dead) {
    return new EventFact(id, "art-" + id, 1, 0, 0, 10, outlet, Instant.parse("2025-01-01T00:00:00Z"),
        LocalDate.parse(date), src, srcActor, tgt, null, cameo, cameo.startsWith("1") ? 4 : 1, null, null, lat, lon,
        dead, dead == null ? null : "exact");
  }

  @Test
  void mergesAttackWithNextDayCasualtyReportAndCountsIndependentSources() {
    List<Incident> out = merger.merge(List.of(
        fact("e1", "Wire A", "2025-03-01", "SYR", null, "TUR", "190", 36.2, 37.1, null),
        fact("e2", "Wire B", "2025-03-02", "SYR", null, "TUR", "1823", 36.3, 37.2, 4),
        fact("e3", "wire a", "2025-03-02", "SYR", null, "TUR", "183", 36.2, 37.1, 5)));
    assertThat(out).singleElement().satisfies(i -> {
      assertThat(i.mentions()).hasSize(3);
      assertThat(i.sources()).as("outlet names compare case-insensitively").isEqualTo(2);
      assertThat(i.confidence()).isEqualTo(0.75);
      assertThat(i.fatalitiesMin()).isEqualTo(4);
      assertThat(i.fatalitiesMax()).isEqualTo(5);
      assertThat(i.dateStart()).isEqualTo(LocalDate.of(2025, 3, 1));
    });
  }

  @Test
  void keepsApartReportsOfDifferentDyadsRootsPlacesDatesOrNamedActors() {
    List<Incident> out = merger.merge(List.of(
        fact("a", "W", "2025-03-01", "SYR", null, "TUR", "190", 36.2, 37.1, null),
        fact("b", "W", "2025-03-01", "TUR", null, "SYR", "190", 36.2, 37.1, null),
        fact("c", "W", "2025-03-01", "SYR", null, "TUR", "042", 36.2, 37.1, null),
        fact("d", "W", "2025-03-01", "SYR", null, "TUR", "190", 33.5, 36.3, null),
        fact("e", "W", "2025-03-09", "SYR", null, "TUR", "190", 36.2, 37.1, null)));
    assertThat(out).hasSize(5);
    List<Incident> actors = merger.merge(List.of(
        fact("f", "W", "2025-03-01", "IRQ", "group-one", "USA", "190", null, null, null),
        fact("g", "W", "2025-03-01", "IRQ", "group-two", "USA", "190", null, null, null),
        fact("h", "W", "2025-03-01", "IRQ", null, "USA", "190", null, null, null)));
    assertThat(actors).as("an unnamed report may join either, so the chain links all three").hasSize(1);
  }

  @Test
  void leavesReportsWithNoKnownCountryOnEitherSideSingle() {
    assertThat(merger.merge(List.of(
        fact("u1", "W", "2025-03-01", null, null, null, "190", null, null, null),
        fact("u2", "V", "2025-03-01", null, null, null, "190", null, null, null)))).hasSize(2);
  }

  @Test
  void doesNotChainADailySeriesIntoOneEndlessIncident() {
    List<EventFact> daily = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      daily.add(fact("d" + d, "W", LocalDate.of(2025, 4, 1).plusDays(d).toString(), "SYR", null, "TUR", "190",
          null, null, null));
    }
    List<Incident> out = merger.merge(daily);
    assertThat(out).hasSizeGreaterThan(1).allSatisfy(i -> assertThat(
        java.time.temporal.ChronoUnit.DAYS.between(i.dateStart(), i.dateEnd())).isLessThanOrEqualTo(5));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 99991})
  void mergingIsIndependentOfOrderAndIdempotent(long seed) {
    Random rnd = new Random(seed);
    List<EventFact> facts = randomFacts(rnd, 120);
    List<Incident> expected = merger.merge(facts);
    for (int round = 0; round < 10; round++) {
      List<EventFact> shuffled = new ArrayList<>(facts);
      Collections.shuffle(shuffled, rnd);
      assertThat(merger.merge(shuffled)).isEqualTo(expected);
    }
    List<EventFact> twice = new ArrayList<>(facts);
    twice.addAll(facts);
    Collections.shuffle(twice, rnd);
    assertThat(merger.merge(twice)).as("re-ingesting the same reports changes nothing").isEqualTo(expected);
    List<EventFact> remerged = expected.stream().flatMap(i -> i.mentions().stream()).toList();
    assertThat(merger.merge(remerged)).isEqualTo(expected);
    assertThat(expected.stream().mapToInt(i -> i.mentions().size()).sum()).isEqualTo(facts.size());
  }

  private static List<EventFact> randomFacts(Random rnd, int n) {
    String[] countries = {"SYR", "TUR", "IRQ", null};
    String[] codes = {"190", "1823", "183", "042", "0871", "111"};
    String[] outlets = {"Wire A", "Wire B", "Daily C", null};
    List<EventFact> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean located = rnd.nextBoolean();
      out.add(fact(String.format("ev%03d", i), outlets[rnd.nextInt(outlets.length)],
          LocalDate.of(2025, 3, 1).plusDays(rnd.nextInt(10)).toString(), countries[rnd.nextInt(3)],
          rnd.nextInt(4) == 0 ? "group-" + rnd.nextInt(2) : null, countries[rnd.nextInt(4)],
          codes[rnd.nextInt(codes.length)], located ? 36 + rnd.nextDouble() : null,
          located ? 37 + rnd.nextDouble() : null, rnd.nextInt(3) == 0 ? rnd.nextInt(20) : null));
    }
    return out;
  }
}
