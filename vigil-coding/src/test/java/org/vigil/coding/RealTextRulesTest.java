package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * The rules added for real news: civilian-victims, home-ground, each-other, placed-deadly-act, claim-target,
 * focus-target.
 */
class RealTextRulesTest {
  private static final LocalDate DAY = LocalDate.of(2020, 5, 4);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static List<Event> code(PatternEventCoder coder, SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static PatternEventCoder without(String rule) {
    return CODER.withSwitches(RuleSwitches.disabling(List.of(rule)));
  }

  private static SentenceBuilder rebelsKillCivilians() {
    return SentenceBuilder.tokens("Syrian/JJ/syrian rebels/NNS/rebel killed/VBD/kill ten/CD civilians/NNS/civilian")
        .deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; nummod 4 3");
  }

  @Test
  void deadlyForceOfAnArmedGroupOnCiviliansIsUnconventionalViolenceAtHome() {
    assertThat(code(CODER, rebelsKillCivilians())).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("180");
      assertThat(e.target().country()).isEqualTo("SYR");
      assertThat(e.rules()).contains("civilian-victims", "home-ground");
    });
    assertThat(code(without("civilian-victims"), rebelsKillCivilians()))
        .singleElement().satisfies(e -> assertThat(e.code().code()).isEqualTo("190"));
    assertThat(code(without("home-ground"), rebelsKillCivilians()))
        .singleElement().satisfies(e -> assertThat(e.target().country()).isNull());
  }

  @Test
  void anArmyKillingSoldiersIsAFightAndNotAssumedAtHome() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Russian/JJ/russian forces/NNS/force killed/VBD/kill "
        + "ten/CD soldiers/NNS/soldier").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; nummod 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("19");
      assertThat(e.target().country()).isNull();
    });
  }

  @Test
  void sidesThatAccuseEachOtherEachAccuseTheOther() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP and/CC Iraq/NNP accused/VBD/accuse each/DT other/JJ")
        .deps("root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; nsubj 3 2; det 5 4; obj 3 5");
    assertThat(code(CODER, b)).extracting(e -> e.source().country() + ">" + e.target().country() + ":"
        + e.code().code()).containsExactlyInAnyOrder("IRN>IRQ:112", "IRQ>IRN:112");
    assertThat(code(without("each-other"), b)).noneMatch(e -> e.target() != null && e.target().country() != null);
  }

  @Test
  void anUnattributedDeadlyBombingWaitsForItsPlace() {
    SentenceBuilder b = SentenceBuilder.tokens("A/DT car/NN bombing/NN in/IN Baghdad/NNP/Baghdad/LOCATION "
        + "killed/VBD/kill seven/CD people/NNS/person")
        .deps("root -1 5; det 2 0; compound 2 1; nsubj 5 2; case 4 3; nmod:in 2 4; obj 5 7; nummod 7 6");
    assertThat(code(CODER, b)).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("18");
      assertThat(e.source().country()).isNull();
      assertThat(e.fatalities()).isEqualTo(7);
      assertThat(e.rules()).contains("placed-deadly-act");
    });
    assertThat(code(without("placed-deadly-act"), b)).isEmpty();
  }

  @Test
  void aClaimOfResponsibilityToldAfterTheAttackAimsAtItsTarget() {
    Ontology ontology = Ontology.loadDefault();
    ActorRef syria = new ActorRef("Qamishli", "SYR", null, null, null, "place of the act");
    ActorRef group = new ActorRef("The Islamic State", "IMG", "REB", "islamic-state", null, "test");
    Event attack = new Event("a", 0, new Span(0, 40), new Span(6, 12), "A car bomb detonates in Qamishli.", DAY, DAY,
        ActorFinder.unknown("A car bomb"), syria, ontology.lookup("183").orElseThrow(), Mode.ASSERTED, null, null, 3,
        "test");
    Event claim = new Event("a", 1, new Span(41, 90), new Span(60, 66), "The Islamic State claims responsibility.",
        DAY, DAY, group, null, ontology.lookup("015").orElseThrow(), Mode.ASSERTED, null, null, null, "test");
    List<Event> out = new ClaimTargets(RuleSwitches.allOn()).apply(List.of(attack, claim));
    assertThat(out.get(1).target().country()).isEqualTo("SYR");
    assertThat(out.get(1).rules()).contains("claim-target");
    List<Event> off = new ClaimTargets(RuleSwitches.disabling(List.of("claim-target"))).apply(List.of(attack, claim));
    assertThat(off.get(1).target()).isNull();
  }

  @Test
  void aForeignPartysTargetlessCriticismIsAboutTheArticlesFocusCountry() {
    Ontology ontology = Ontology.loadDefault();
    Place focus = new Place("Ukraine", "UKR", List.of("UKR"), 49.0, 32.0, 3, null, true, "article focus");
    ActorRef eu = new ActorRef("the EU", "EUR", null, null, null, "test");
    ActorRef kyiv = new ActorRef("Kyiv", "UKR", "GOV", null, null, "test");
    Event foreign = new Event("a", 0, new Span(0, 30), new Span(7, 16), "The EU condemned the violence.", DAY, DAY,
        eu, null, ontology.lookup("111").orElseThrow(), Mode.ASSERTED, null, focus, null, "test");
    Event own = new Event("a", 1, new Span(31, 60), new Span(38, 47), "Kyiv condemned the violence.", DAY, DAY,
        kyiv, null, ontology.lookup("111").orElseThrow(), Mode.ASSERTED, null, focus, null, "test");
    List<Event> out = new FocusTargets(RuleSwitches.allOn()).apply(List.of(foreign, own));
    assertThat(out.get(0).target().country()).isEqualTo("UKR");
    assertThat(out.get(0).rules()).contains("focus-target");
    assertThat(out.get(1).target()).isNull();
    assertThat(new FocusTargets(RuleSwitches.disabling(List.of("focus-target"))).apply(List.of(foreign)).get(0)
        .target()).isNull();
  }

  @Test
  void aPresentTenseHeadlineVerbTheTaggerReadAsANounIsTheVerb() {
    SentenceBuilder b = SentenceBuilder.tokens("Iraqi/JJ/iraqi police/NN arrest/NN 20/CD people/NNS/person")
        .deps("root -1 2; amod 2 0; compound 2 1; dep 2 4; nummod 4 3");
    assertThat(code(CODER, b)).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("173");
      assertThat(e.source().country()).isEqualTo("IRQ");
      assertThat(e.source().sector()).isEqualTo("COP");
      assertThat(e.rules()).contains("headline-verbs");
    });
    assertThat(code(without("headline-verbs"), b)).noneMatch(e -> e.code().code().equals("173")
        && "IRQ".equals(e.source().country()));
  }

  @Test
  void aPredicateNounIsNoHeadlineVerb() {
    SentenceBuilder b = SentenceBuilder.tokens("It/PRP was/VBD a/DT police/NN arrest/NN")
        .deps("root -1 4; nsubj 4 0; cop 4 1; det 4 2; compound 4 3");
    assertThat(code(CODER, b)).noneMatch(e -> e.rules().contains("headline-verbs"));
  }

  @Test
  void aNaturalHazardAsSubjectIsNoActor() {
    SentenceBuilder b = SentenceBuilder.tokens("Cyclone/NN Freddy/NNP/Freddy/MISC killed/VBD/kill 100/CD "
        + "people/NNS/person in/IN Syria/NNP/Syria/LOCATION")
        .deps("root -1 2; compound 1 0; nsubj 2 1; obj 2 4; nummod 4 3; obl:in 2 6; case 6 5");
    assertThat(code(CODER, b)).isEmpty();
    assertThat(code(without("natural-hazard"), b)).isNotEmpty();
  }
}
