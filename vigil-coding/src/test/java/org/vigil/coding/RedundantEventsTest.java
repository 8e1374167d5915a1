package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Span;

class RedundantEventsTest {
  private static final Ontology ONTOLOGY = Ontology.loadDefault();
  private static final ActorRef GERMANY = new ActorRef("Germany", "DEU", "GOV", null, null, "test");
  private static final ActorRef CHINA = new ActorRef("China", "CHN", null, null, null, "test");
  private final RedundantEvents filter = new RedundantEvents();

  private static Event event(int sentence, ActorRef source, ActorRef target, String code, Mode mode) {
    return new Event("a", sentence, new Span(0, 10), new Span(0, 3), "text", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 1), source, target, ONTOLOGY.lookup(code).orElseThrow(), mode, null, null, null,
        "test");
  }

  @Test
  void dropsATargetlessRepeatOfAVisitToACountry() {
    Event visit = event(0, GERMANY, CHINA, "042", Mode.ASSERTED);
    List<Event> out = filter.apply(List.of(visit, event(0, GERMANY, null, "043", Mode.ASSERTED)));
    assertThat(out).containsExactly(visit);
  }

  @Test
  void keepsTargetlessEventsOfOtherSentencesRootsOrModes() {
    List<Event> in = List.of(event(0, GERMANY, CHINA, "042", Mode.ASSERTED),
        event(1, GERMANY, null, "042", Mode.ASSERTED), event(0, GERMANY, null, "010", Mode.ASSERTED),
        event(0, GERMANY, null, "042", Mode.FUTURE));
    assertThat(filter.apply(in)).hasSize(4);
  }
}
