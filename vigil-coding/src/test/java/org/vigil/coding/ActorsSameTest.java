package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;

class ActorsSameTest {
  private static ActorRef ref(String text, String country, String sector, String actor) {
    return new ActorRef(text, country, sector, actor, null, "test");
  }

  @Test
  void aTitleInsideTheNamedPersonsMentionIsTheSameActor() {
    ActorRef person = ref("US Defense Secretary Lloyd Austin", "USA", "GOV", "lloyd-austin");
    ActorRef title = ref("US Defense Secretary", "USA", "GOV", null);
    assertThat(Actors.same(person, title)).isTrue();
    assertThat(Actors.same(title, person)).isTrue();
  }

  @Test
  void aTitleOfAnotherCountryIsNotTheNamedPerson() {
    ActorRef person = ref("US Defense Secretary Lloyd Austin", "USA", "GOV", "lloyd-austin");
    ActorRef other = ref("Defense Secretary", "GBR", "GOV", null);
    assertThat(Actors.same(person, other)).isFalse();
  }

  @Test
  void twoNamedPeopleAreNeverMergedByTheirWords() {
    ActorRef a = ref("Lloyd Austin", "USA", "GOV", "lloyd-austin");
    ActorRef b = ref("Austin", "USA", "GOV", "someone-else");
    assertThat(Actors.same(a, b)).isFalse();
  }
}
