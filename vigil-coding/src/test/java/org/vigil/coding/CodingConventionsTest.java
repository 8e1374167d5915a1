package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** CAMEO coding conventions the coder follows: directions, concessions, means of attack, documents, claims. */
class CodingConventionsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  private List<Event> code(SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static String dyad(Event e) {
    return (e.source().country() == null ? "---" : e.source().country()) + ">"
        + (e.target() == null || e.target().country() == null ? "---" : e.target().country()) + ":"
        + e.code().root();
  }

  @Test
  void meetingWithSomeoneIsCodedFromTheSubjectOnly() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP met/VBD/meet with/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obl:with 1 3; case 3 2"));
    assertThat(events).extracting(CodingConventionsTest::dyad).containsExactly("IRN>IRQ:04");
  }

  @Test
  void compoundSubjectsThatMeetMeetEachOther() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP and/CC Iraq/NNP met/VBD/meet")
        .deps("root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; nsubj 3 2"));
    assertThat(events).extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRN>IRQ:04", "IRQ>IRN:04");
  }

  @Test
  void agreeingToLiftSanctionsIsEasingThemButAgreeingToHelpIsIntent() {
    List<Event> lift = code(SentenceBuilder.tokens("US/NNP agreed/VBD/agree to/TO lift/VB sanctions/NNS/sanction "
        + "on/IN Iran/NNP")
        .deps("root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; nsubj:xsubj 3 0; obj 3 4; nmod:on 4 6; case 6 5"));
    assertThat(lift).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("USA>IRN:08");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
    List<Event> help = code(SentenceBuilder.tokens("US/NNP agreed/VBD/agree to/TO send/VB aid/NN to/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; nsubj:xsubj 3 0; obj 3 4; obl:to 3 6; case 6 5"));
    assertThat(help).extracting(CodingConventionsTest::dyad).containsExactly("USA>IRQ:03");
  }

  @Test
  void aMissileAsPassiveAgentLeavesTheAttackerUnknownAndMakesItAnAirStrike() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT Syrian/JJ/syrian/MISC base/NN was/VBD/be "
        + "destroyed/VBN/destroy by/IN a/DT missile/NN")
        .deps("root -1 4; det 2 0; amod 2 1; nsubj:pass 4 2; aux:pass 4 3; obl:agent 4 7; case 7 5; det 7 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isNull();
      assertThat(e.target().country()).isEqualTo("SYR");
      assertThat(e.code().code()).isEqualTo("195");
    });
  }

  @Test
  void aMeansOfAttackStandsForTheOwnerItsModifierNames() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT Syrian/JJ/syrian/MISC base/NN was/VBD/be "
        + "destroyed/VBN/destroy by/IN Russian/JJ/russian/MISC shells/NNS/shell")
        .deps("root -1 4; det 2 0; amod 2 1; nsubj:pass 4 2; aux:pass 4 3; obl:agent 4 7; case 7 5; amod 7 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("RUS>SYR:19");
      assertThat(e.code().code()).isEqualTo("194");
    });
  }

  @Test
  void aReportSpeaksForTheCountryItWasReleasedIn() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT report/NN released/VBN/release in/IN Iraq/NNP "
        + "accused/VBD/accuse Iran/NNP")
        .deps("root -1 5; det 1 0; nsubj 5 1; acl 1 2; obl:in 2 4; case 4 3; obj 5 6"));
    assertThat(events).extracting(CodingConventionsTest::dyad).containsExactly("IRQ>IRN:11");
  }

  @Test
  void aClaimOfResponsibilityAimsAtWhereTheClaimedAttackHappened() {
    List<Event> events = code(SentenceBuilder.tokens("Rebels/NNS/rebel claimed/VBD/claim responsibility/NN "
        + "for/IN an/DT attack/NN in/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nmod:for 2 5; case 5 3; det 5 4; nmod:in 5 7; case 7 6"));
    assertThat(events).filteredOn(e -> e.code().code().equals("015")).singleElement()
        .satisfies(e -> assertThat(e.target().country()).isEqualTo("IRQ"));
  }

  @Test
  void thoseGivenPermissionAreItsTarget() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP gave/VBD/give permission/NN to/TO Russia/NNP "
        + "to/TO help/VB Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; acl:to 2 6; mark 6 3; nsubj 6 4; mark 6 5; obj 6 7"));
    assertThat(events).extracting(CodingConventionsTest::dyad).contains("IRN>RUS:08");
  }

  @Test
  void warrantsMisreadAsTheSubjectOfAReducedRelativeStayTheLightVerbsObject() {
    List<Event> events = code(SentenceBuilder.tokens("Iraq/NNP issued/VBD/issue arrest/NN warrants/NNS/warrant "
        + "for/IN Syrian/JJ/syrian men/NNS/man sought/VBD/seek")
        .deps("root -1 1; nsubj 1 0; ccomp 1 7; compound 3 2; nsubj 7 3; nmod:for 3 6; case 6 4; amod 6 5"));
    assertThat(events).extracting(e -> dyad(e) + "/" + e.code().code()).containsExactly("IRQ>SYR:17/173");
  }

  @Test
  void aBombThatStrikesIsABombingByNobodyKnown() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT bomb/NN struck/VBD/strike a/DT Syrian/JJ/syrian/MISC "
        + "convoy/NN").deps("root -1 2; det 1 0; nsubj 2 1; obj 2 5; det 5 3; amod 5 4"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("---" + ">SYR:18");
      assertThat(e.code().code()).isEqualTo("183");
    });
  }

  @Test
  void anArmySayingItsCountrysRebelsAttackedAccusesThem() {
    List<Event> events = code(SentenceBuilder.tokens("Syrian/JJ/syrian forces/NNS/force said/VBD/say Syrian/JJ/syrian "
        + "rebels/NNS/rebel shelled/VBD/shell Egypt/NNP")
        .deps("root -1 2; amod 1 0; nsubj 2 1; ccomp 2 5; amod 4 3; nsubj 5 4; obj 5 6"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.source().cameoCode()).isEqualTo("SYRMIL");
      assertThat(e.target().cameoCode()).isEqualTo("SYRREB");
      assertThat(e.code().root()).isEqualTo("11");
    });
    assertThat(events).filteredOn(e -> e.code().root().equals("19")).extracting(Event::mode)
        .containsOnly(Mode.REPORTED);
  }

  @Test
  void protestersTearGassedSomewhereArePeopleOfThatPlaceAndRepressed() {
    List<Event> events = code(SentenceBuilder.tokens("Police/NNS/police used/VBD/use gas/NN against/IN "
        + "protesters/NNS/protester in/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:against 1 4; case 4 3; obl:in 1 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.target().cameoCode()).isEqualTo("IRQOPP");
      assertThat(e.code().code()).isEqualTo("175");
    });
  }

  @Test
  void pluralsTheLemmatiserLeftAloneMatchSingularFrames() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP sent/VBD/send troops/NNS/troops to/IN Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:to 1 4; case 4 3"));
    assertThat(events).extracting(e -> dyad(e) + "/" + e.code().code()).containsExactly("IRN>SYR:15/154");
  }

  @Test
  void aKillingParticipleHungOnTheStruckObjectIsTheTollOfTheStrike() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT bomb/NN struck/VBD/strike a/DT Syrian/JJ/syrian/MISC "
        + "convoy/NN ,/, killing/VBG/kill two/CD soldiers/NNS/soldier")
        .deps("root -1 2; det 1 0; nsubj 2 1; obj 2 5; det 5 3; amod 5 4; punct 5 6; acl 5 7; obj 7 9; nummod 9 8"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("183");
      assertThat(e.fatalities()).isEqualTo(2);
    });
  }

  @Test
  void attributionAfterTheActIsSourcingAndLeavesItAsserted() {
    List<Event> after = code(SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP ,/, "
        + "Egypt/NNP said/VBD/say").deps("root -1 1; nsubj 1 0; obj 1 2; punct 1 3; parataxis 1 5; nsubj 5 4"));
    assertThat(after).filteredOn(e -> e.code().root().equals("19")).extracting(Event::mode)
        .containsExactly(Mode.ASSERTED);
    assertThat(after).extracting(Event::code).noneMatch(c -> c.root().equals("11"));
    List<Event> before = code(SentenceBuilder.tokens("Egypt/NNP said/VBD/say Israel/NNP attacked/VBD/attack "
        + "Syria/NNP").deps("root -1 1; nsubj 1 0; ccomp 1 3; nsubj 3 2; obj 3 4"));
    assertThat(before).filteredOn(e -> e.code().root().equals("19")).extracting(Event::mode)
        .containsExactly(Mode.REPORTED);
  }
  @Test
  void aStateNamedByAProperNounIsAPlaceNotAGovernment() {
    List<Event> events = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack a/DT school/NN in/IN "
        + "Iraq/NNP 's/POS Anbar/NNP state/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; obl:in 1 8; case 8 4; nmod:poss 8 5; case 5 6; compound 8 7"));
    assertThat(events).extracting(e -> e.target() == null ? "-" : e.target().cameoCode()).doesNotContain("IRQGOV");
    List<Event> government = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack the/DT Iraqi/JJ/iraqi "
        + "state/NN").deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3"));
    assertThat(government).extracting(e -> e.target().cameoCode()).containsExactly("IRQGOV");
  }
  @Test
  void clashesBreakingOutBetweenTwoNationsForcesGoBothWays() {
    List<Event> events = code(SentenceBuilder.tokens("Clashes/NNS/clash broke/VBD/break out/RP between/IN "
        + "Iraqi/JJ/iraqi and/CC Syrian/JJ/syrian forces/NNS/force")
        .deps("root -1 1; nsubj 1 0; compound:prt 1 2; obl:between 1 7; case 7 3; amod 7 4; cc 6 5; conj:and 4 6; "
            + "amod 7 6"));
    assertThat(events).extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRQ>SYR:19", "SYR>IRQ:19");
  }
  @Test
  void aParticipleWithAnAgentMisreadAsAClauseAfterTheObjectIsAReducedRelative() {
    List<Event> events = code(SentenceBuilder.tokens("Iraq/NNP demanded/VBD/demand the/DT release/NN of/IN "
        + "Syrian/JJ/syrian soldiers/NNS/soldier seized/VBN/seize by/IN Israeli/JJ/israeli forces/NNS/force")
        .deps("root -1 1; nsubj 1 0; det 3 2; nsubj 7 3; case 6 4; amod 6 5; nmod:of 3 6; dep 1 7; case 10 8; "
            + "amod 10 9; obl:by 7 10"));
    assertThat(events).extracting(CodingConventionsTest::dyad).contains("ISR>SYR:17");
    assertThat(events).extracting(CodingConventionsTest::dyad).anyMatch(d -> d.startsWith("IRQ>") && d.endsWith(":10"));
  }
  @Test
  void wireIdiomsForEasingCancellingAndLendingHaveTheirFrames() {
    assertThat(code(SentenceBuilder.tokens("France/NNP suspended/VBD/suspend sanctions/NNS/sanction on/IN Iran/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nmod:on 2 4; case 4 3"))).extracting(CodingConventionsTest::dyad).containsExactly("FRA>IRN:08");
    assertThat(code(SentenceBuilder.tokens("Iran/NNP approved/VBD/approve loans/NNS/loan for/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nmod:for 2 4; case 4 3"))).extracting(CodingConventionsTest::dyad).containsExactly("IRN>IRQ:07");
    assertThat(code(SentenceBuilder.tokens("Iran/NNP called/VBD/call off/RP talks/NNS/talk with/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; compound:prt 1 2; obj 1 3; nmod:with 3 5; case 5 4")))
        .extracting(CodingConventionsTest::dyad).containsExactly("IRN>IRQ:16");
    assertThat(code(SentenceBuilder.tokens("Iran/NNP and/CC Iraq/NNP shook/VBD/shake hands/NNS/hand")
        .deps("root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; nsubj 3 2; obj 3 4")))
        .extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRN>IRQ:04", "IRQ>IRN:04");
  }
  @Test
  void aBareGerundSubjectIsTheEventNoun() {
    List<Event> events = code(SentenceBuilder.tokens("Fighting/VBG/fight broke/VBD/break out/RP between/IN "
        + "Iraqi/JJ/iraqi and/CC Syrian/JJ/syrian forces/NNS/force")
        .deps("root -1 1; nsubj 1 0; compound:prt 1 2; obl:between 1 7; case 7 3; amod 7 4; cc 6 5; conj:and 4 6; "
            + "amod 7 6"));
    assertThat(events).extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRQ>SYR:19", "SYR>IRQ:19");
  }
  @Test
  void theMinistersOfTwoCountriesAreTwoSidesThatMeetEachOtherOrTheirObject() {
    String subject = "The/DT ministers/NNS/minister of/IN Iran/NNP and/CC Iraq/NNP met/VBD/meet";
    String deps = "nsubj 6 1; det 1 0; nmod:of 1 3; case 3 2; cc 5 4; conj:and 3 5; nmod:of 1 5";
    assertThat(code(SentenceBuilder.tokens(subject).deps("root -1 6; " + deps)))
        .extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRN>IRQ:04", "IRQ>IRN:04");
    assertThat(code(SentenceBuilder.tokens(subject + " the/DT Syrian/JJ/syrian minister/NN")
        .deps("root -1 6; " + deps + "; obj 6 9; det 9 7; amod 9 8")))
        .extracting(CodingConventionsTest::dyad).containsExactlyInAnyOrder("IRN>SYR:04", "IRQ>SYR:04");
  }
  @Test
  void aCivilianShotDeadByNobodyNamedSuffersUnconventionalViolence() {
    List<Event> events = code(SentenceBuilder.tokens("Iraqi/JJ/iraqi protesters/NNS/protester were/VBD/be "
        + "shot/VBN/shoot").deps("root -1 3; amod 1 0; nsubj:pass 3 1; aux:pass 3 2"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isNull();
      assertThat(e.target().cameoCode()).isEqualTo("IRQOPP");
      assertThat(e.code().root()).isEqualTo("18");
    });
    List<Event> troops = code(SentenceBuilder.tokens("Iraqi/JJ/iraqi soldiers/NNS/soldier were/VBD/be "
        + "shot/VBN/shoot").deps("root -1 3; amod 1 0; nsubj:pass 3 1; aux:pass 3 2"));
    assertThat(troops).extracting(e -> e.code().root()).containsExactly("19");
  }
  @Test
  void aFutureActAnnouncedAfterwardsByItsOwnSideIsIntentEvenWhenParsedAsAnAdverbialClause() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP will/MD send/VB aid/NN to/IN Iraq/NNP ,/, Iran/NNP "
        + "'s/POS minister/NN announced/VBD/announce")
        .deps("root -1 10; advcl 10 2; nsubj 2 0; aux 2 1; obj 2 3; obl:to 2 5; case 5 4; punct 10 6; "
            + "nmod:poss 9 7; case 7 8; nsubj 10 9"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("IRN>IRQ:03");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }
  @Test
  void capturingANamedTownIsSeizingTerritoryNotArrestingSomeone() {
    List<Event> events = code(SentenceBuilder.tokens("Russian/JJ/russian/MISC forces/NNS/force captured/VBD/capture "
        + "Kharkiv/NNP/Kharkiv/LOCATION").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3"));
    assertThat(events).extracting(e -> e.code().code()).containsExactly("192");
    List<Event> people = code(SentenceBuilder.tokens("Russian/JJ/russian/MISC forces/NNS/force captured/VBD/capture "
        + "Ukrainian/JJ/ukrainian/MISC soldiers/NNS/soldier").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; amod 4 3"));
    assertThat(people).extracting(e -> e.code().code()).doesNotContain("192");
  }
}
