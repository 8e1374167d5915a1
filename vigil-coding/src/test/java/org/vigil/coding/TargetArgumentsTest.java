package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;

/** Targets found deeper than a verb's own arguments: inside objects, embedded clauses, participles, occasions. */
class TargetArgumentsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  private List<Event> code(SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static String target(Event e) {
    return e.target() == null ? "---" : String.valueOf(e.target().country());
  }

  private List<String> targets(SentenceBuilder b, String codePrefix) {
    return code(b).stream().filter(e -> e.code().code().startsWith(codePrefix)).map(TargetArgumentsTest::target)
        .toList();
  }

  @Test
  void recipientInsideAnAmountObjectIsTheTarget() {
    SentenceBuilder b = SentenceBuilder.tokens("France/NNP pledged/VBD/pledge to/TO provide/VB an/DT/a "
        + "additional/JJ $/$ 2/CD billion/CD in/IN support/NN to/IN Ukraine/NNP")
        .deps("root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nsubj:xsubj 3 0; obj 3 4; amod 4 5; dep 5 6;"
            + " nummod 6 8; compound 8 7; nmod:in 6 10; case 10 9; nmod:to 10 12; case 12 11");
    assertThat(targets(b, "03")).containsExactly("UKR");
  }

  @Test
  void aidForACountryComesBeforeTheConferencePlace() {
    SentenceBuilder b = SentenceBuilder.tokens("US/NNP pledged/VBD/pledge 50/CD million/CD pounds/NNS/pound "
        + "in/IN aid/NN for/IN Syria/NNP at/IN a/DT conference/NN in/IN France/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 4; nummod 4 3; compound 3 2; obl:in 1 6; case 6 5; nmod:for 6 8;"
            + " case 8 7; obl:at 1 11; case 11 9; det 11 10; nmod:in 11 13; case 13 12");
    assertThat(targets(b, "03")).containsExactly("SYR");
  }

  @Test
  void acceptedMediationIsDirectedAtTheMediator() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP accepted/VBD/accept mediation/NN by/IN Egypt/NNP "
        + "in/IN its/PRP$ dispute/NN with/IN Israel/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:by 1 4; case 4 3; obl:in 1 7; case 7 5; nmod:poss 7 6;"
            + " nmod:with 7 9; case 9 8");
    assertThat(targets(b, "038")).containsExactly("EGY");
  }

  @Test
  void denialTakesThePartiesOfTheDeniedAct() {
    SentenceBuilder b = SentenceBuilder.tokens("Russia/NNP denied/VBD/deny that/IN its/PRP$ soldiers/NNS/soldier "
        + "fought/VBD/fight alongside/IN rebels/NNS/rebel in/IN Ukraine/NNP")
        .deps("root -1 1; nsubj 1 0; mark 5 2; nmod:poss 4 3; nsubj 5 4; ccomp 1 5; obl:alongside 5 7;"
            + " case 7 6; nmod:in 7 9; case 9 8");
    assertThat(targets(b, "016")).containsExactly("UKR");
  }

  @Test
  void shipsLinkedToACountryAreTargetedAsThatCountry() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP threatened/VBD/threaten to/TO close/VB the/DT "
        + "strait/NN to/IN ships/NNS/ship linked/VBN/link to/IN Israel/NNP")
        .deps("root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nsubj:xsubj 3 0; obj 3 5; det 5 4; obl:to 3 7;"
            + " case 7 6; amod 7 8; obl:to 8 10; case 10 9");
    assertThat(targets(b, "13")).containsExactly("ISR");
  }

  @Test
  void investigatedCrimesPointAtThoseWhoCommittedThem() {
    SentenceBuilder b = SentenceBuilder.tokens("US/NNP prosecutors/NNS/prosecutor opened/VBD/open an/DT/a "
        + "investigation/NN into/IN crimes/NNS/crime committed/VBN/commit by/IN Russian/JJ/russian/MISC "
        + "forces/NNS/force in/IN Ukraine/NNP")
        .deps("root -1 2; compound 1 0; nsubj 2 1; obj 2 4; det 4 3; obl:into 2 6; case 6 5; acl 6 7;"
            + " obl:by 7 10; case 10 8; amod 10 9; nmod:in 10 12; case 12 11");
    assertThat(targets(b, "09")).containsExactly("RUS");
  }

  @Test
  void inquiryIntoPeopleHeldSomewhereTargetsTheirHolder() {
    SentenceBuilder b = SentenceBuilder.tokens("Amnesty/NNP/Amnesty/ORGANIZATION launched/VBD/launch an/DT/a "
        + "inquiry/NN into/IN the/DT treatment/NN of/IN migrants/NNS/migrant held/VBN/hold in/IN "
        + "Syrian/JJ/syrian/MISC camps/NNS/camp")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:into 3 6; case 6 4; det 6 5; nmod:of 6 8;"
            + " case 8 7; acl 3 9; obl:in 9 12; case 12 10; amod 12 11");
    assertThat(targets(b, "09")).containsExactly("SYR");
  }

  @Test
  void alertAmidTensionWithANeighbourTargetsTheNeighbourNotTheOwnForces() {
    SentenceBuilder b = SentenceBuilder.tokens("China/NNP put/VBD its/PRP$ forces/NNS/force on/IN high/JJ "
        + "alert/NN amid/IN tension/NN with/IN Russia/NNP")
        .deps("root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; obl:on 1 6; case 6 4; amod 6 5; obl:amid 1 8;"
            + " case 8 7; nmod:with 8 10; case 10 9");
    assertThat(targets(b, "15")).containsExactly("RUS");
  }

  @Test
  void alertAheadOfAnExpectedAttackTargetsTheAttacker() {
    SentenceBuilder b = SentenceBuilder.tokens("Israel/NNP placed/VBD/place its/PRP$ defences/NNS/defence on/IN "
        + "alert/NN ahead/RB of/IN an/DT/a expected/VBN/expect Syrian/JJ/syrian/MISC attack/NN")
        .deps("root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; obl:on 1 5; case 5 4; advmod 1 6; obl:of 6 11;"
            + " case 11 7; det 11 8; amod 11 9; amod 11 10");
    assertThat(targets(b, "15")).containsExactly("SYR");
  }

  @Test
  void activityAroundAPlaceTargetsItsCountry() {
    SentenceBuilder b = SentenceBuilder.tokens("Russia/NNP pledged/VBD/pledge to/TO reduce/VB activity/NN "
        + "around/IN Ukraine/NNP")
        .deps("root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nsubj:xsubj 3 0; obj 3 4; nmod:around 4 6; case 6 5");
    assertThat(targets(b, "035")).containsExactly("UKR");
  }

  @Test
  void misattachedPiecesOfANounPhraseStillNameTheirParty() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP threatened/VBD/threaten to/TO quit/VB the/DT "
        + "ceasefire/NN negotiations/NNS/negotiation with/IN Israel/NNP")
        .deps("root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nsubj:xsubj 3 0; obj 3 5; det 5 4; dep 5 6;"
            + " nmod:with 6 8; case 8 7");
    assertThat(targets(b, "13")).containsExactly("ISR");
  }

  @Test
  void broughtCaseAgainstACountryIsALawsuitAgainstIt() {
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP brought/VBD/bring a/DT case/NN against/IN Israel/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:against 3 5; case 5 4");
    assertThat(targets(b, "115")).containsExactly("ISR");
  }

  @Test
  void crushedProtestsTargetTheProtestersAtHome() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP threatened/VBD/threaten to/TO crush/VB the/DT "
        + "protests/NNS/protest")
        .deps("root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nsubj:xsubj 3 0; obj 3 5; det 5 4");
    assertThat(code(b)).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("IRN");
      assertThat(e.target().sector()).isEqualTo("OPP");
    });
  }

  @Test
  void rejectedDemandOfTheOppositionTargetsTheOppositionAtHome() {
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP rejected/VBD/reject the/DT opposition/NN 's/POS "
        + "demand/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 5; det 3 2; nmod:poss 5 3; case 3 4");
    assertThat(code(b)).filteredOn(e -> e.code().root().equals("12")).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("EGY");
      assertThat(e.target().sector()).isEqualTo("OPP");
    });
  }

  @Test
  void blockadeOfRoadsAroundACityTargetsItsCountry() {
    SentenceBuilder b = SentenceBuilder.tokens("Egyptian/JJ/egyptian/MISC farmers/NNS/farmer lifted/VBD/lift "
        + "their/PRP$ blockade/NN of/IN roads/NNS/road around/IN Syria/NNP")
        .deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; nmod:poss 4 3; nmod:of 4 6; case 6 5; nmod:around 6 8;"
            + " case 8 7");
    assertThat(targets(b, "08")).containsExactly("SYR");
  }

  @Test
  void actSummarisedAsAimedAtACountryTargetsIt() {
    SentenceBuilder b = SentenceBuilder.tokens("China/NNP weighed/VBD/weigh controls/NNS/control ,/, a/DT "
        + "step/NN seen/VBN/see as/IN aimed/VBN/aim at/IN Russia/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; punct 1 3; det 5 4; obl:npmod 1 5; acl 5 6; advcl:as 6 8;"
            + " case 8 7; obl:at 8 10; case 10 9");
    assertThat(targets(b, "014")).containsExactly("RUS");
  }

  @Test
  void denialPassesOverTheDeniersOwnForcesForThePlaceOfTheDeniedAct() {
    SentenceBuilder b = SentenceBuilder.tokens("Russia/NNP denied/VBD/deny that/IN Russian/JJ/russian/MISC "
        + "soldiers/NNS/soldier fought/VBD/fight in/IN Ukraine/NNP")
        .deps("root -1 1; nsubj 1 0; mark 5 2; amod 4 3; nsubj 5 4; ccomp 1 5; obl:in 5 7; case 7 6");
    assertThat(targets(b, "016")).containsExactly("UKR");
  }

  @Test
  void expelledDiplomatsWorkingAtAnEmbassyBelongToItsCountry() {
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP expelled/VBD/expel two/CD diplomats/NNS/diplomat "
        + "working/VBG/work at/IN the/DT Syrian/JJ/syrian/MISC embassy/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 3; nummod 3 2; acl 3 4; obl:at 4 8; case 8 5; det 8 6; amod 8 7");
    assertThat(targets(b, "174")).containsExactly("SYR");
  }

  @Test
  void expelledOfficialsBelongToTheBodyTheirCompoundNames() {
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP expelled/VBD/expel three/CD US/NNP officials/NNS/official")
        .deps("root -1 1; nsubj 1 0; obj 1 4; nummod 4 2; compound 4 3");
    assertThat(targets(b, "174")).containsExactly("USA");
  }

  @Test
  void complaintOverAVisitTargetsTheVisitors() {
    SentenceBuilder b = SentenceBuilder.tokens("China/NNP lodged/VBD/lodge a/DT complaint/NN over/IN the/DT "
        + "visit/NN of/IN a/DT US/NNP delegation/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:over 3 6; case 6 4; det 6 5; nmod:of 6 10; case 10 7;"
            + " det 10 8; compound 10 9");
    assertThat(targets(b, "114")).containsExactly("USA");
  }
}
