package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** What an event is about (a demand turned down, a protest's aim, a vetoed text) is not asserted on its own. */
class ContentEventsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  private List<Event> code(SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static List<String> assertedRoots(List<Event> events) {
    return events.stream().filter(e -> e.mode() == Mode.ASSERTED).map(e -> e.code().root()).toList();
  }

  @Test
  void theDemandARejectionTurnsDownIsNotAnActOfItsOwn() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP rejected/VBD/reject Ukraine/NNP 's/POS demand/NN "
        + "that/IN Russia/NNP withdraw/VB troops/NNS/troops")
        .deps("root -1 1; nsubj 1 0; nmod:poss 4 2; case 2 3; obj 1 4; mark 7 5; nsubj 7 6; ccomp 4 7; obj 7 8"));
    assertThat(assertedRoots(events)).containsOnly("12");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("08");
      assertThat(e.mode()).isEqualTo(Mode.HYPOTHETICAL);
    });
  }

  @Test
  void whatAVetoedResolutionDemandsIsNotAsserted() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP vetoed/VBD/veto an/DT Egyptian/JJ resolution/NN "
        + "demanding/VBG/demand a/DT ceasefire/NN")
        .deps("root -1 1; nsubj 1 0; det 4 2; amod 4 3; obj 1 4; acl 4 5; obj 5 7; det 7 6"));
    assertThat(assertedRoots(events)).containsOnly("12");
  }

  @Test
  void thePurposeOfAStrikeIsNotADemandOfItsOwn() {
    List<Event> events = code(SentenceBuilder.tokens("Iraqi/JJ protesters/NNS/protester went/VBD/go on/IN "
        + "hunger/NN strike/NN to/TO demand/VB a/DT ceasefire/NN")
        .deps("root -1 2; amod 1 0; nsubj 2 1; obl:on 2 5; case 5 3; compound 5 4; xcomp 2 7; mark 7 6;"
            + " nsubj:xsubj 7 1; obj 7 9; det 9 8"));
    assertThat(assertedRoots(events)).containsOnly("14");
  }

  @Test
  void aBareInfinitiveAfterHelpSharesThePurposeClause() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP attacked/VBD/attack Ukraine/NNP to/TO help/VB "
        + "protect/VB Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; advcl:to 1 4; mark 4 3; dep 4 5; obj 5 6"));
    assertThat(assertedRoots(events)).containsOnly("19");
  }

  @Test
  void anActALightVerbBeginsTakesThatVerbsFuture() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP will/MD begin/VB shelling/VBG/shell Ukraine/NNP")
        .deps("root -1 2; nsubj 2 0; aux 2 1; xcomp 2 3; obj 3 4"));
    assertThat(events).isNotEmpty().extracting(Event::mode).containsOnly(Mode.FUTURE);
  }

  @Test
  void aRequestTurnedDownIsNotCodedAsARequest() {
    List<Event> events = code(SentenceBuilder.tokens("Israel/NNP rebuffed/VBD/rebuff Ukraine/NNP 's/POS "
        + "request/NN for/IN weapons/NNS/weapon")
        .deps("root -1 1; nsubj 1 0; nmod:poss 4 2; case 2 3; obj 1 4; nmod:for 4 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("12");
      assertThat(e.source().country()).isEqualTo("ISR");
      assertThat(e.target().country()).isEqualTo("UKR");
    });
  }

  @Test
  void anAgreementOneDeclinesToRenewIsNotCodedAsAnAgreement() {
    List<Event> events = code(SentenceBuilder.tokens("Egypt/NNP declined/VBD/decline to/TO renew/VB its/PRP$ "
        + "agreement/NN with/IN China/NNP")
        .deps("root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; nsubj:xsubj 3 0; nmod:poss 5 4; obj 3 5;"
            + " nmod:with 5 7; case 7 6"));
    assertThat(events).extracting(e -> e.code().root()).doesNotContain("05", "06");
  }

  @Test
  void aScheduleAttributedAfterwardsStaysFuture() {
    List<Event> events = code(SentenceBuilder.tokens("Russian/JJ president/NN will/MD visit/VB China/NNP ,/, "
        + "the/DT Russian/JJ government/NN said/VBD/say")
        .deps("root -1 9; amod 1 0; nsubj 3 1; aux 3 2; ccomp 9 3; obj 3 4; punct 9 5; det 8 6; amod 8 7;"
            + " nsubj 9 8"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("04");
      assertThat(e.mode()).isEqualTo(Mode.FUTURE);
    });
  }

  @Test
  void aPlanOneAnnouncesInOnesOwnClauseIsIntent() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP said/VBD/say Russian/JJ president/NN will/MD "
        + "visit/VB China/NNP")
        .deps("root -1 1; nsubj 1 0; ccomp 1 5; amod 3 2; nsubj 5 3; aux 5 4; obj 5 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("03");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }

  @Test
  void whatSanctionsAreOverIsTheirReasonNotAnEvent() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN "
        + "Iran/NNP over/IN Russian/JJ attacks/NNS/attack on/IN Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nmod:on 2 4; case 4 3; nmod:over 2 7; case 7 5; amod 7 6;"
            + " nmod:on 7 9; case 9 8"));
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.source().country()).isEqualTo("FRA"));
  }

  @Test
  void whatAMissionLooksIntoIsItsTopicNotAnEvent() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP sent/VBD/send a/DT mission/NN into/IN "
        + "Russian/JJ attacks/NNS/attack on/IN Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:into 3 6; case 6 4; amod 6 5; nmod:on 6 8;"
            + " case 8 7"));
    assertThat(events).noneSatisfy(e -> assertThat(e.source().country()).isEqualTo("RUS"));
  }

  @Test
  void aYearAtTheEndOfACoordinationDatesEveryConjunct() {
    List<Event> events = code(SentenceBuilder.tokens("Russian/JJ forces/NNS/force attacked/VBD/attack Syria/NNP "
        + "and/CC shelled/VBD/shell Iraq/NNP in/IN 2014/CD")
        .deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3; cc 5 4; conj:and 2 5; nsubj 5 1; obj 5 6;"
            + " obl:in 5 8; case 8 7")
        .time(8, 9, "2014"));
    assertThat(events).hasSize(2).extracting(Event::mode).containsOnly(Mode.HISTORICAL);
  }

  @Test
  void warningThatAnotherPartyMayStrikeIsNoThreat() {
    List<Event> events = code(SentenceBuilder.tokens("China/NNP could/MD attack/VB Syria/NNP ,/, a/DT US/NNP "
        + "commander/NN warned/VBD/warn")
        .deps("root -1 8; nsubj 2 0; aux 2 1; ccomp 8 2; obj 2 3; punct 8 4; det 7 5; compound 7 6; nsubj 8 7"));
    assertThat(events).noneSatisfy(e -> assertThat(e.code().root()).isEqualTo("13"));
  }

  @Test
  void warningAnAddresseeOfItsFateIsAThreat() {
    List<Event> events = code(SentenceBuilder.tokens("US/NNP warned/VBD/warn China/NNP that/IN Syria/NNP "
        + "would/MD attack/VB it/PRP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; ccomp 1 6; mark 6 3; nsubj 6 4; aux 6 5; obj 6 7"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("13");
      assertThat(e.source().country()).isEqualTo("USA");
    });
  }

  @Test
  void anActYearsBeforeTheMainOneIsHistorical() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP met/VBD/meet Syria/NNP ten/CD years/NNS/year "
        + "after/IN Russian/JJ forces/NNS/force attacked/VBD/attack Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nummod 4 3; dep 8 4; mark 8 5; amod 7 6; nsubj 8 7;"
            + " advcl:after 1 8; obj 8 9")
        .time(3, 5, "P10Y"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("19");
      assertThat(e.mode()).isEqualTo(Mode.HISTORICAL);
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("04");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }

  @Test
  void anInfinitiveMisreadAsAToObliqueIsStillWhatIsAskedFor() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP asked/VBD/ask Iran/NNP to/IN release/VB "
        + "Iraqi/JJ prisoners/NNS/prisoner")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:to 1 4; amod 6 5; obj 4 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("02");
      assertThat(e.source().country()).isEqualTo("FRA");
      assertThat(e.target().country()).isEqualTo("IRN");
    });
  }

  @Test
  void actsSpreadOverYearsOfOfficeAreHistorical() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP met/VBD/meet Syria/NNP during/IN his/PRP$ "
        + "years/NNS/year in/IN office/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 5 3; nmod:poss 5 4; obl:during 1 5; case 7 6; nmod:in 5 7")
        .time(5, 6, "PXY"));
    assertThat(events).isNotEmpty().extracting(Event::mode).containsOnly(Mode.HISTORICAL);
  }

  @Test
  void theActOneIsAccusedOfIsReportedEvenWhenItHangsFromTheAccused() {
    List<Event> events = code(SentenceBuilder.tokens("Egypt/NNP accused/VBD/accuse Iraqi/JJ forces/NNS/force "
        + "of/IN shelling/VBG/shell Syria/NNP")
        .deps("root -1 1; nsubj 1 0; amod 3 2; obj 1 3; case 5 4; acl:of 3 5; obj 5 6"));
    assertThat(assertedRoots(events)).containsOnly("11");
    assertThat(events).noneSatisfy(e -> assertThat(e.code().code()).isEqualTo("015"));
  }

  @Test
  void aDeedACondemnationNamesStaysAnEventOfItsOwn() {
    List<Event> events = code(SentenceBuilder.tokens("Egypt/NNP condemned/VBD/condemn the/DT Israeli/JJ "
        + "attack/NN on/IN Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; nmod:on 4 6; case 6 5"));
    assertThat(assertedRoots(events)).contains("11", "19");
  }

  @Test
  void warningThatOnesOwnForcesWillStrikeIsAThreat() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP warned/VBD/warn its/PRP$ forces/NNS/force "
        + "would/MD attack/VB Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; ccomp 1 5; nmod:poss 3 2; nsubj 5 3; aux 5 4; obj 5 6"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("13");
      assertThat(e.source().country()).isEqualTo("IRN");
    });
  }

  @Test
  void anAttackAnnouncedByOnesOwnSideIsAThreatEvenWhenAttributedAfter() {
    List<Event> events = code(SentenceBuilder.tokens("Russian/JJ forces/NNS/force will/MD attack/VB Ukraine/NNP "
        + ",/, the/DT Russian/JJ government/NN said/VBD/say")
        .deps("root -1 9; amod 1 0; nsubj 3 1; aux 3 2; ccomp 9 3; obj 3 4; punct 9 5; det 8 6; amod 8 7;"
            + " nsubj 9 8"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("13");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }
}
