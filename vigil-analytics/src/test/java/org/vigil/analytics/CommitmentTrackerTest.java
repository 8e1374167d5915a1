package org.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.StoreReader;

class CommitmentTrackerTest {
  @TempDir Path tmp;

  private static ActorHierarchy sponsoredBy(String sponsor, String group) {
    return new ActorHierarchy() {
      @Override
      public List<String> rollUp(String actorId) {
        return actorId.equals(group) ? List.of(group, "XXX", sponsor) : List.of();
      }

      @Override
      public Set<String> members(String code) {
        return Set.of();
      }

      @Override
      public Set<String> sponsored(String code) {
        return code.equals(sponsor) ? Set.of(group) : Set.of();
      }
    };
  }

  @Test
  void cessationFollowedByTheMakersAttackIsBrokenByTheMaker() {
    StoreFixture f = new StoreFixture()
        .event("a1", "2024-01-30", "militia-x", "0871", "USA")
        .event("a2", "2024-02-02", "USA", "190", "militia-x")
        .event("a3", "2024-02-15", "militia-x", "190", "USA")
        .event("a4", "2024-04-01", "FRA", "040", "DEU");
    try (StoreReader r = f.write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of());
      List<Commitment> c = new CommitmentTracker(ActorHierarchy.none(), 30).track(r, null, null);
      assertThat(c).hasSize(1);
      assertThat(c.get(0).kind()).isEqualTo("ceasefire");
      assertThat(c.get(0).fate()).isEqualTo("broken");
      assertThat(c.get(0).by()).isEqualTo("militia-x");
      assertThat(c.get(0).evidence()).extracting(e -> e.get("article_id")).containsExactly("a3");
      assertThat(c.get(0).counterActs()).extracting(e -> e.get("article_id")).containsExactly("a2");
    }
  }

  @Test
  void cessationWithoutTheMakersAttackHoldsOnceTheWindowHasPassed() {
    StoreFixture f = new StoreFixture()
        .event("a1", "2024-01-30", "militia-x", "0871", "USA")
        .event("a2", "2024-02-02", "USA", "190", "militia-x")
        .event("a3", "2024-03-30", "FRA", "040", "DEU");
    try (StoreReader r = f.write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of());
      Commitment c = new CommitmentTracker(ActorHierarchy.none(), 30).track(r, null, null).get(0);
      assertThat(c.fate()).isEqualTo("held");
      assertThat(c.by()).isNull();
    }
  }

  @Test
  void cessationWhoseWindowHasNotPassedIsTooEarly() {
    StoreFixture f = new StoreFixture()
        .event("a1", "2024-01-30", "militia-x", "0871", "USA")
        .event("a2", "2024-02-10", "FRA", "040", "DEU");
    try (StoreReader r = f.write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of());
      assertThat(new CommitmentTracker(ActorHierarchy.none(), 30).track(r, null, null).get(0).fate())
          .isEqualTo("too-early");
    }
  }

  @Test
  void sponsorsCeasefireIsBrokenByTheGroupItBacks() {
    StoreFixture f = new StoreFixture()
        .event("a1", "2024-01-30", "IRN", "0871", "USA")
        .event("a2", "2024-02-05", "militia-x", "190", "USA")
        .event("a3", "2024-04-01", "FRA", "040", "DEU");
    try (StoreReader r = f.write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of());
      Commitment c = new CommitmentTracker(sponsoredBy("IRN", "militia-x"), 30).track(r, null, null).get(0);
      assertThat(c.fate()).isEqualTo("broken");
      assertThat(c.evidence()).extracting(e -> e.get("article_id")).containsExactly("a2");
      Commitment plain = new CommitmentTracker(ActorHierarchy.none(), 30).track(r, null, null).get(0);
      assertThat(plain.fate()).isEqualTo("held");
    }
  }

  @Test
  void threatFollowedByTheThreatenersAttackIsCarriedOut() {
    StoreFixture f = new StoreFixture()
        .event("a1", "2024-01-30", "USA", "138", "militia-x")
        .event("a2", "2024-02-02", "USA", "195", "militia-x")
        .event("a3", "2024-01-31", "militia-y", "138", "USA")
        .event("a4", "2024-04-01", "FRA", "040", "DEU");
    try (StoreReader r = f.write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of());
      List<Commitment> c = new CommitmentTracker(ActorHierarchy.none(), 30).track(r, null, null);
      assertThat(c).extracting(Commitment::maker, Commitment::fate).containsExactly(
          org.assertj.core.groups.Tuple.tuple("USA", "carried-out"),
          org.assertj.core.groups.Tuple.tuple("militia-y", "not-carried-out"));
    }
  }
}
