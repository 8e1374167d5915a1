package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** The precision guards of issue 10 item 6, each on sentences written for the purpose, with its switch. */
class GuardsTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 13);
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static List<Event> code(SentenceBuilder b, LocalDate day, String... off) {
    return CODER.withSwitches(RuleSwitches.disabling(List.of(off))).code(b.article(day));
  }

  private static SentenceBuilder opposes(String pos, String word) {
    return SentenceBuilder.tokens("Russia/NNP " + word + "/" + pos + "/oppose Ukraine/NNP 's/POS membership/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 4; nmod:poss 4 2; case 2 3");
  }

  @Test
  void aPositionStatedInTheSimplePresentIsNoNewsEvent() {
    assertThat(code(opposes("VBZ", "opposes"), WEDNESDAY)).isEmpty();
    assertThat(code(opposes("VBZ", "opposes"), WEDNESDAY, "standing-position")).isNotEmpty();
  }

  @Test
  void theSamePositionTakenInThePastTenseIsAnEvent() {
    assertThat(code(opposes("VBD", "opposed"), WEDNESDAY)).singleElement()
        .satisfies(e -> assertThat(e.code().root()).isEqualTo("12"));
  }

  @Test
  void aDenialHeldForLongIsNoNewsEvent() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP has/VBZ/have long/RB denied/VBN/deny the/DT "
        + "charges/NNS/charge").deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 5; det 5 4");
    assertThat(code(b, WEDNESDAY)).isEmpty();
    assertThat(code(b, WEDNESDAY, "standing-position")).isNotEmpty();
  }

  @Test
  void aDeedToldInTheHeadlinePresentStaysAnEvent() {
    SentenceBuilder b = SentenceBuilder.tokens("Israel/NNP strikes/VBZ/strike Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(code(b, WEDNESDAY)).singleElement().satisfies(e -> assertThat(e.code().root()).isEqualTo("19"));
  }

  @Test
  void releasingAStatementIsNoRelease() {
    SentenceBuilder statement = SentenceBuilder.tokens("Egypt/NNP released/VBD/release a/DT statement/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2");
    assertThat(code(statement, WEDNESDAY)).isEmpty();
    assertThat(code(statement, WEDNESDAY, "generic-verb")).singleElement()
        .satisfies(e -> assertThat(e.code().code()).isEqualTo("084"));
  }

  @Test
  void releasingPrisonersIsStillARelease() {
    SentenceBuilder prisoners = SentenceBuilder.tokens("Egypt/NNP released/VBD/release Israeli/JJ "
        + "prisoners/NNS/prisoner").deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2");
    assertThat(code(prisoners, WEDNESDAY)).isNotEmpty().allSatisfy(e -> assertThat(e.code().root()).isEqualTo("08"));
  }

  private static SentenceBuilder listed(String verb, String lemma, String rest, String restDeps) {
    return SentenceBuilder.tokens("Russia/NNP ,/, China/NNP and/CC Iran/NNP " + verb + "/VBD/" + lemma + rest)
        .deps("root -1 5; nsubj 5 0; conj 0 2; conj 0 4; cc 4 3; punct 2 1; nsubj 5 2; nsubj 5 4" + restDeps);
  }

  @Test
  void threeCoListedSignatoriesAreNoDyadAmongThemselves() {
    SentenceBuilder b = listed("signed", "sign", " a/DT pact/NN", "; obj 5 7; det 7 6");
    assertThat(code(b, WEDNESDAY, "co-listed-actors")).hasSizeGreaterThan(2);
    assertThat(code(b, WEDNESDAY)).noneMatch(e -> e.target() != null && List.of("RUS", "CHN", "IRN")
        .contains(e.target().country()));
  }

  @Test
  void threeCoListedSidesThatMeetStillMeetEachOther() {
    SentenceBuilder b = listed("met", "meet", "", "");
    assertThat(code(b, WEDNESDAY)).hasSizeGreaterThan(2).allSatisfy(e -> assertThat(e.code().root()).isEqualTo("04"));
  }

  private static SentenceBuilder shelledWhen(String when, String lemma, String value) {
    return SentenceBuilder.tokens("Russia/NNP shelled/VBD/shell Ukraine/NNP " + when + "/JJ " + lemma + "/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:tmod 1 4; amod 4 3").time(3, 5, value);
  }

  @Test
  void anActOfLastWeekToldAgainIsHistorical() {
    SentenceBuilder b = shelledWhen("last", "week", "2024-W10");
    assertThat(code(b, WEDNESDAY)).singleElement().satisfies(e -> {
      assertThat(e.mode()).isEqualTo(Mode.HISTORICAL);
      assertThat(e.rules()).contains("past-incident");
    });
    assertThat(code(b, WEDNESDAY, "past-incident")).singleElement()
        .satisfies(e -> assertThat(e.mode()).isEqualTo(Mode.ASSERTED));
  }

  @Test
  void theWeekendIsNewsOnMondayAndAReMentionByWednesday() {
    SentenceBuilder b = shelledWhen("last", "weekend", "2024-W10-WE");
    assertThat(code(b, MONDAY)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo(Mode.ASSERTED));
    assertThat(code(b, WEDNESDAY)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo(Mode.HISTORICAL));
  }

  @Test
  void noPlansToSendTroopsIsNegated() {
    SentenceBuilder b = SentenceBuilder.tokens("France/NNP has/VBZ/have no/DT plans/NNS/plan to/TO send/VB "
        + "troops/NNS/troop to/IN Ukraine/NNP").deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; acl 3 5; mark 5 4;"
            + " obj 5 6; obl:to 5 8; case 8 7");
    assertThat(code(b, WEDNESDAY)).isNotEmpty().allSatisfy(e -> assertThat(e.mode()).isEqualTo(Mode.NEGATED));
    assertThat(code(b, WEDNESDAY, "no-plans")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.mode()).isNotEqualTo(Mode.ASSERTED));
  }

  @Test
  void aHeadingIsNeverCoded() {
    SentenceBuilder b = SentenceBuilder.tokens("Israel/NNP strikes/VBZ/strike Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2").heading();
    assertThat(code(b, WEDNESDAY)).isEmpty();
    assertThat(code(b, WEDNESDAY, "heading")).isNotEmpty();
  }
}
