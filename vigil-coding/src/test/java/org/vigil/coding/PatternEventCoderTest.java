package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Mode;

class PatternEventCoderTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  private List<Event> code(SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  @Test
  void codesAttackFromSubjectToObject() {
    List<Event> events = code(SentenceBuilder.tokens("Israel/NNP Attacked/VBD/attack Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("ISR");
      assertThat(e.target().country()).isEqualTo("SYR");
      assertThat(e.code().root()).isEqualTo("19");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }

  @Test
  void passiveByAgentIsTheSource() {
    List<Event> events = code(SentenceBuilder.tokens("Syria/NNP was/VBD/be attacked/VBN/attack by/IN Israel/NNP")
        .deps("root -1 2; nsubj:pass 2 0; aux:pass 2 1; obl:agent 2 4; case 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("ISR");
      assertThat(e.target().country()).isEqualTo("SYR");
    });
  }

  @Test
  void codesCeasefireDeclarationAsYield() {
    List<Event> events = code(SentenceBuilder.tokens("Kataib/NNP Hezbollah/NNP announced/VBD/announce a/DT "
        + "cessation/NN of/IN activities/NNS/activity against/IN US/NNP forces/NNS/force")
        .deps("root -1 2; compound 1 0; nsubj 2 1; obj 2 4; det 4 3; nmod:of 4 6; case 6 5; nmod:against 6 9;"
            + " case 9 7; compound 9 8"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("0871");
      assertThat(e.source().actor()).isEqualTo("kataib-hezbollah");
      assertThat(e.target().cameoCode()).isEqualTo("USAMIL");
    });
  }

  @Test
  void pledgeToTakeActionIsAThreat() {
    List<Event> events = code(SentenceBuilder.tokens("US/NNP Secretary/NNP pledged/VBD/pledge to/TO take/VB "
        + "all/DT necessary/JJ actions/NNS/action")
        .deps("root -1 2; compound 1 0; nsubj 2 1; xcomp 2 4; mark 4 3; nsubj:xsubj 4 1; obj 4 7; det 7 5;"
            + " amod 7 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("13");
      assertThat(e.source().cameoCode()).isEqualTo("USAGOV");
    });
  }

  @Test
  void didNotAttackIsNegated() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP did/VBD/do not/RB attack/VB Iraq/NNP")
        .deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 4"));
    assertThat(events).extracting(Event::mode).containsExactly(Mode.NEGATED);
  }

  @Test
  void mayIsHypotheticalAndWillIsFuture() {
    String deps = "root -1 2; nsubj 2 0; aux 2 1; obj 2 3";
    assertThat(code(SentenceBuilder.tokens("Iran/NNP may/MD attack/VB Iraq/NNP").deps(deps)))
        .extracting(Event::mode).containsExactly(Mode.HYPOTHETICAL);
    assertThat(code(SentenceBuilder.tokens("Iran/NNP will/MD attack/VB Iraq/NNP").deps(deps)))
        .extracting(Event::mode).containsExactly(Mode.FUTURE);
  }

  @Test
  void compoundSubjectsOfReciprocalVerbMeetEachOther() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP and/CC Iraq/NNP met/VBD/meet")
        .deps("root -1 3; nsubj 3 0; nsubj 3 2; cc 2 1; conj:and 0 2"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country())
        .containsExactlyInAnyOrder("IRN>IRQ", "IRQ>IRN");
  }

  @Test
  void compoundSubjectsGiveOneEventEach() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP and/CC Russia/NNP attacked/VBD/attack Iraq/NNP")
        .deps("root -1 3; nsubj 3 0; nsubj 3 2; cc 2 1; conj:and 0 2; obj 3 4"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country())
        .containsExactlyInAnyOrder("IRN>IRQ", "RUS>IRQ");
  }

  @Test
  void attributionIsAnAccusationAndTheAttackKeepsItsAttackerUnknown() {
    List<Event> events = code(SentenceBuilder.tokens("an/DT attack/NN that/WDT killed/VBD/kill three/CD "
        + "American/JJ soldiers/NNS/soldier ,/, an/DT act/NN the/DT Pentagon/NNP attributes/VBZ/attribute to/IN "
        + "Kataib/NNP Hezbollah/NNP")
        .deps("root -1 1; det 1 0; ref 1 2; acl:relcl 1 3; nsubj 3 1; obj 3 6; nummod 6 4; amod 6 5;"
            + " appos 1 9; det 9 8; acl:relcl 9 12; det 11 10; nsubj 12 11; obl:to 12 15; case 15 13;"
            + " compound 15 14"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("11");
      assertThat(e.source().country()).isEqualTo("USA");
      assertThat(e.target().actor()).isEqualTo("kataib-hezbollah");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().root()).isIn("18", "19");
      assertThat(e.source().country()).isNull();
      assertThat(e.target().cameoCode()).isEqualTo("USAMIL");
      assertThat(e.fatalities()).isEqualTo(3);
    });
  }

  @Test
  void reportedClaimKeepsItsClaimant() {
    List<Event> events = code(SentenceBuilder.tokens("Egypt/NNP said/VBD/say Israel/NNP attacked/VBD/attack "
        + "Syria/NNP").deps("root -1 1; nsubj 1 0; ccomp 1 3; nsubj 3 2; obj 3 4"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.mode()).isEqualTo(Mode.REPORTED);
      assertThat(e.claimant().country()).isEqualTo("EGY");
      assertThat(e.source().country()).isEqualTo("ISR");
    });
  }

  @Test
  void actsInRecentMonthsAreHistorical() {
    List<Event> events = code(SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP in/IN "
        + "recent/JJ months/NNS/month").deps("root -1 1; nsubj 1 0; obj 1 2; obl:in 1 5; case 5 3; amod 5 4")
        .time(4, 6, "PAST_REF"));
    assertThat(events).extracting(Event::mode).containsExactly(Mode.HISTORICAL);
  }

  @Test
  void eventDateComesFromTheClause() {
    List<Event> events = code(SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP on/IN Sunday/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:on 1 4; case 4 3").time(4, 5, "2024-01-28"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 28));
      assertThat(e.articleDate()).isEqualTo(DAY);
    });
  }

  @Test
  void theGroupResolvesThroughCoreference() {
    List<Event> events = code(SentenceBuilder.tokens("Kataib/NNP Hezbollah/NNP said/VBD/say the/DT group/NN "
        + "attacked/VBD/attack US/NNP forces/NNS/force")
        .deps("root -1 2; compound 1 0; nsubj 2 1; ccomp 2 5; det 4 3; nsubj 5 4; obj 5 7; compound 7 6")
        .coref(0, 2, 1, 4));
    assertThat(events).anySatisfy(e -> assertThat(e.source().actor()).isEqualTo("kataib-hezbollah"));
  }

  @Test
  void headingsAndUnparsedSentencesYieldNothing() {
    assertThat(code(SentenceBuilder.tokens("Israel/NNP Attacks/VBZ/attack Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2").heading())).isEmpty();
    assertThat(code(SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP"))).isEmpty();
  }

  @Test
  void thingsThatAreNotActorsDoNotAct() {
    List<Event> events = code(SentenceBuilder.tokens("an/DT earthquake/NN struck/VBD/strike Syria/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; obj 2 3"));
    assertThat(events).isEmpty();
  }

  @Test
  void preFilterSkipsSentencesWithoutTriggers() {
    assertThat(coder.mayHoldEvent(SentenceBuilder.tokens("Prices/NNS rose/VBD/rise").tokenList())).isFalse();
    assertThat(coder.mayHoldEvent(SentenceBuilder.tokens("Iran/NNP met/VBD/meet Iraq/NNP").tokenList())).isTrue();
  }

  @Test
  void refusingToProvideAidIsARejection() {
    List<Event> events = code(SentenceBuilder.tokens("Egypt/NNP will/MD not/RB provide/VB aid/NN to/IN Israel/NNP")
        .deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 4; obl:to 3 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("12");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }

  @Test
  void urgingAnotherToActIsAnAppealToIt() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP urged/VBD/urge Iran/NNP to/TO release/VB "
        + "prisoners/NNS/prisoner").deps("root -1 1; nsubj 1 0; obj 1 2; xcomp 1 4; mark 4 3; nsubj:xsubj 4 2;"
            + " obj 4 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("02");
      assertThat(e.source().country()).isEqualTo("FRA");
      assertThat(e.target().country()).isEqualTo("IRN");
    });
  }

  @Test
  void coordinatedNationalitiesNameTwoActors() {
    List<Event> events = code(SentenceBuilder.tokens("Israeli/JJ and/CC Egyptian/JJ forces/NNS/force "
        + "attacked/VBD/attack Syria/NNP").deps("root -1 4; amod 3 0; conj:and 0 2; cc 2 1; amod 3 2; nsubj 4 3;"
            + " obj 4 5"));
    assertThat(events).extracting(e -> e.source().country()).containsExactlyInAnyOrder("ISR", "EGY");
  }

  @Test
  void aBareEarlierYearMakesTheActHistorical() {
    List<Event> events = code(SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP in/IN 2019/CD")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:in 1 4; case 4 3"));
    assertThat(events).extracting(Event::mode).containsExactly(Mode.HISTORICAL);
  }

  @Test
  void claimingResponsibilityForAnAttackIsCodedWithItsTarget() {
    List<Event> events = code(SentenceBuilder.tokens("Hamas/NNP/hamas/ORGANIZATION claimed/VBD/claim "
        + "responsibility/NN for/IN the/DT attack/NN on/IN Israel/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; nmod:for 2 5; case 5 3; det 5 4; nmod:on 5 7; case 7 6"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo("015");
      assertThat(e.target().country()).isEqualTo("ISR");
    });
  }

  @Test
  void bombingWithUnknownPerpetratorTargetsThePlaceAndCountsTheDead() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT car/NN bomb/NN killed/VBD/kill twelve/CD people/NNS/person "
        + "at/IN a/DT market/NN in/IN the/DT Syrian/JJ/syrian/MISC town/NN")
        .deps("root -1 3; det 2 0; compound 2 1; nsubj 3 2; obj 3 5; nummod 5 4; obl:at 3 8; case 8 6; det 8 7;"
            + " nmod:in 8 12; case 12 9; det 12 10; amod 12 11"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("18");
      assertThat(e.source().country()).isNull();
      assertThat(e.target().country()).isEqualTo("SYR");
      assertThat(e.fatalities()).isEqualTo(12);
    });
  }

  @Test
  void predicateAdjectiveIsCodedLikeAVerb() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP is/VBZ/be critical/JJ of/IN Israel/NNP")
        .deps("root -1 2; nsubj 2 0; cop 2 1; obl:of 2 4; case 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("111");
      assertThat(e.target().country()).isEqualTo("ISR");
    });
  }

  @Test
  void receivingFromSomeoneMakesTheGiverTheSource() {
    List<Event> events = code(SentenceBuilder.tokens("Ukraine/NNP received/VBD/receive weapons/NNS/weapon "
        + "from/IN France/NNP").deps("root -1 1; nsubj 1 0; obj 1 2; obl:from 1 4; case 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("07");
      assertThat(e.source().country()).isEqualTo("FRA");
      assertThat(e.target().country()).isEqualTo("UKR");
    });
  }

  @Test
  void unplacedActorsActingInANamedPlaceAreKeptForThePlaceConvention() {
    String deps = "root -1 1; nsubj 1 0; obj 1 2; obl:in 1 4; case 4 3";
    List<Event> located = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack hotels/NNS/hotel "
        + "in/IN Mumbai/NNP").deps(deps));
    assertThat(located).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("Gunmen");
      assertThat(e.target() == null || e.target().country() == null).isTrue();
    });
    List<Event> nowhere = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack hotels/NNS/hotel")
        .deps("root -1 1; nsubj 1 0; obj 1 2"));
    assertThat(nowhere).isEmpty();
  }

  @Test
  void anUnplacedStateOrganSubjectKeepsItsSectorAndItsPlace() {
    List<Event> events = code(SentenceBuilder.tokens("A/DT court/NN in/IN Yekaterinburg/NNP convicted/VBD/convict "
        + "an/DT American/JJ/american reporter/NN")
        .deps("root -1 4; det 1 0; nsubj 4 1; nmod:in 1 3; case 3 2; obj 4 7; det 7 5; amod 7 6"));
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source().sector()).isEqualTo("JUD");
      assertThat(e.source().text()).isEqualTo("A court in Yekaterinburg");
    });
  }

  @Test
  void aSportsResultIsNoAssault() {
    assertThat(code(SentenceBuilder.tokens("Iraq/NNP beat/VBD/beat Iran/NNP in/IN a/DT qualifier/NN/qualifier")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:in 1 5; case 5 3; det 5 4"))).isEmpty();
    assertThat(code(SentenceBuilder.tokens("Iraq/NNP beat/VBD/beat Iran/NNP 2-1/CD")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:npmod 1 3"))).isEmpty();
    assertThat(code(SentenceBuilder.tokens("Iraq/NNP beat/VBD/beat Iran/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2"))).isNotEmpty();
  }

  @Test
  void aMeetingTakesTheCountryWhereItIsHeldBeforeActorsInItsTopic() {
    List<Event> events = code(SentenceBuilder.tokens("Russia/NNP held/VBD/hold talks/NNS/talk in/IN Egypt/NNP "
        + "on/IN the/DT crisis/NN in/IN Iran/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:in 1 4; case 4 3; nmod:on 2 7; case 7 5; det 7 6;"
            + " nmod:in 7 9; case 9 8"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country()).contains("RUS>EGY")
        .noneMatch(d -> d.contains("IRN"));
  }

  @Test
  void unidentifiedGunmenAttackingUnarmedPeopleIsUnconventionalViolence() {
    List<Event> events = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack Iraqi/JJ/iraqi "
        + "soldiers/NNS/soldier").deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.code().code()).isEqualTo("190"));
    List<Event> onCivilians = code(SentenceBuilder.tokens("Gunmen/NNS/gunman attacked/VBD/attack Iraqi/JJ/iraqi "
        + "villages/NNS/village").deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2"));
    assertThat(onCivilians).singleElement().satisfies(e -> assertThat(e.code().code()).isEqualTo("180"));
  }

  @Test
  void anActorNamedBesideAPossessivePronounIsTheTarget() {
    List<Event> events = code(SentenceBuilder.tokens("The/DT US/NNP lifted/VBD/lift its/PRP$/its "
        + "sanctions/NNS/sanction on/IN Syria/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; obj 2 4; nmod:poss 4 3; nmod:on 4 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("USA");
      assertThat(e.target().country()).isEqualTo("SYR");
    });
  }

  @Test
  void anAdverbialClauseIsNotTheContentOfAnAppeal() {
    List<Event> events = code(SentenceBuilder.tokens("Iraq/NNP asked/VBD/ask Iran/NNP for/IN aid/NN as/IN "
        + "it/PRP ran/VBD/run out/RP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obl:for 1 4; case 4 3; advcl:as 1 7; mark 7 5; nsubj 7 6;"
            + " compound:prt 7 8"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country()).contains("IRQ>IRN");
  }

  @Test
  void whatIsDiscussedIsATopicNotAPartner() {
    List<Event> events = code(SentenceBuilder.tokens("Iraq/NNP met/VBD/meet Syria/NNP to/TO discuss/VB "
        + "efforts/NNS/effort to/TO counter/VB Iran/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; xcomp 1 4; mark 4 3; nsubj:xsubj 4 0; obj 4 5; xcomp 4 7;"
            + " mark 7 6; nsubj:xsubj 7 5; obj 7 8"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country()).contains("IRQ>SYR")
        .noneMatch(d -> d.contains("IRN"));
  }

  @Test
  void aPassiveByPhraseHungOnAnObliqueIsStillTheAgent() {
    List<Event> events = code(SentenceBuilder.tokens("Ukraine/NNP was/VBD/be supplied/VBN/supply with/IN "
        + "tanks/NNS/tank by/IN France/NNP")
        .deps("root -1 2; nsubj:pass 2 0; aux:pass 2 1; obl:with 2 4; case 4 3; nmod:by 4 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("FRA");
      assertThat(e.target().country()).isEqualTo("UKR");
    });
  }

  @Test
  void aDayParsedAsTheSubjectOfAToClauseLeavesTheRefusalToTheRealSubject() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP refused/VBD/refuse on/IN Thursday/NNP//DATE to/TO "
        + "release/VB the/DT Syrian/JJ//MISC tanker/NN")
        .deps("root -1 1; nsubj 1 0; advcl:to 1 5; mark 5 2; nsubj 5 3; mark 5 4; obj 5 8; det 8 6; amod 8 7"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("12");
      assertThat(e.source().country()).isEqualTo("IRN");
      assertThat(e.target().country()).isEqualTo("SYR");
    });
  }

  @Test
  void aDayParsedAsTheSubjectOfAnAppealedClauseLeavesTheAppealToItsAddressee() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP appealed/VBD/appeal to/IN Israel/NNP on/IN "
        + "Wednesday/NNP//DATE to/TO release/VB the/DT prisoners/NNS/prisoner")
        .deps("root -1 1; nsubj 1 0; obl:to 1 3; case 3 2; advcl:to 1 7; mark 7 4; nsubj 7 5; mark 7 6;"
            + " obj 7 9; det 9 8"));
    assertThat(events).extracting(e -> e.source().country() + ">" + (e.target() == null ? "---" : e.target().country())
        + ":" + e.code().root()).containsExactly("FRA>ISR:02");
  }

  @Test
  void anEventNounUnderAnAppealedClauseIsAnAppealToTheAddressee() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP appealed/VBD/appeal to/IN Israel/NNP to/TO "
        + "agree/VB to/TO a/DT ceasefire/NN")
        .deps("root -1 1; nsubj 1 0; obl:to 1 3; case 3 2; xcomp 1 5; mark 5 4; nsubj:xsubj 5 0; obl:to 5 8;"
            + " case 8 6; det 8 7"));
    assertThat(events).extracting(e -> e.source().country() + ">" + (e.target() == null ? "---"
        : e.target().country()) + ":" + e.code().root()).containsExactly("FRA>ISR:02");
  }

  @Test
  void everyConjoinedAddresseeOfAnAppealIsATarget() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP urged/VBD/urge Israel/NNP and/CC Syria/NNP "
        + "to/TO release/VB prisoners/NNS/prisoner")
        .deps("root -1 1; nsubj 1 0; obj 1 2; obj 1 4; conj:and 2 4; cc 4 3; xcomp 1 6; mark 6 5;"
            + " nsubj:xsubj 6 2; nsubj:xsubj 6 4; obj 6 7"));
    assertThat(events).extracting(e -> e.source().country() + ">" + e.target().country() + ":"
        + e.code().root()).containsExactlyInAnyOrder("FRA>ISR:02", "FRA>SYR:02");
  }

  @Test
  void aDateSubjectOfAPurposeClauseLeavesItAPurposeClause() {
    org.vigil.model.Sentence s = SentenceBuilder.tokens("Iran/NNP met/VBD/meet Iraq/NNP on/IN Monday/NNP//DATE "
        + "to/TO discuss/VB trade/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 2; advcl:to 1 6; mark 6 3; nsubj 6 4; mark 6 5; obj 6 7").sentence();
    assertThat(DateSubjects.repair(s, s.dependencies(), "refuse"::equals,
        PatternEventCoder.defaultBook().words().of("days")))
        .extracting(d -> d.relation() + " " + d.governor() + " " + d.dependent())
        .contains("advcl:to 1 6", "obl:on 1 4", "case 4 3", "mark 6 5")
        .doesNotContain("nsubj 6 4", "xcomp 1 6", "nsubj:xsubj 6 0");
  }

  @Test
  void aDateSubjectRepairMovesTheDayToTheGoverningVerb() {
    org.vigil.model.Sentence s = SentenceBuilder.tokens("Iran/NNP refused/VBD/refuse on/IN Thursday/NNP//DATE "
        + "to/TO release/VB ships/NNS/ship")
        .deps("root -1 1; nsubj 1 0; advcl:to 1 5; mark 5 2; nsubj 5 3; mark 5 4; obj 5 6").sentence();
    assertThat(DateSubjects.repair(s, s.dependencies(), "refuse"::equals,
        PatternEventCoder.defaultBook().words().of("days"))).extracting(d -> d.relation() + " " + d.governor() + " " + d.dependent())
        .contains("xcomp 1 5", "obl:on 1 3", "case 3 2", "nsubj:xsubj 5 0")
        .doesNotContain("nsubj 5 3", "mark 5 2", "advcl:to 1 5");
  }

  @Test
  void callingOnSomeoneParsedAsAClauseMarkerIsStillAnAppealToThem() {
    List<Event> events = code(SentenceBuilder.tokens("US/NNP called/VBD/call on/IN Syria/NNP to/TO "
        + "relinquish/VB power/NN")
        .deps("root -1 1; nsubj 1 0; advcl:to 1 5; mark 5 2; nsubj 5 3; mark 5 4; obj 5 6"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("02");
      assertThat(e.target().country()).isEqualTo("SYR");
    });
  }

  @Test
  void whoIsAppealedToIsTheTargetOfTheAppeal() {
    List<Event> events = code(SentenceBuilder.tokens("US/NNP appealed/VBD/appeal to/IN Iran/NNP to/TO "
        + "release/VB the/DT prisoners/NNS/prisoner")
        .deps("root -1 1; nsubj 1 0; obl:to 1 3; case 3 2; xcomp 1 5; mark 5 4; obj 5 7; det 7 6"));
    assertThat(events).extracting(e -> e.code().root() + " " + e.target().country()).contains("02 IRN");
  }

  @Test
  void anUnplacedActorSittingInANamedPlaceIsKeptForThePlaceConvention() {
    List<Event> events = code(SentenceBuilder.tokens("Police/NNS/police in/IN Kano/NNP arrested/VBD/arrest "
        + "students/NNS/student").deps("root -1 3; nsubj 3 0; nmod:in 0 2; case 2 1; obj 3 4"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.source().sector()).isEqualTo("COP"));
  }

  @Test
  void theTargetOfWhatAQuantifierCountsIsTheTarget() {
    List<Event> events = code(SentenceBuilder.tokens("The/DT US/NNP lifted/VBD/lift most/JJS/most of/IN "
        + "its/PRP$/its sanctions/NNS/sanction on/IN Syria/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; obj 2 3; nmod:of 3 6; case 6 4; nmod:poss 6 5; nmod:on 6 8;"
            + " case 8 7"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.target().country()).isEqualTo("SYR"));
  }

  @Test
  void theOwnerOfALightVerbObjectIsTheTarget() {
    List<Event> events = code(SentenceBuilder.tokens("Iran/NNP rejected/VBD/reject the/DT Israeli/JJ/israeli "
        + "proposal/NN").deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("125");
      assertThat(e.target().country()).isEqualTo("ISR");
    });
  }

  @Test
  void anUnplacedStateOrganTargetOfADomesticAccusationIsTheAccusersOwn() {
    List<Event> events = code(SentenceBuilder.tokens("Israeli/JJ/israeli lawmakers/NNS/lawmaker accused/VBD/accuse "
        + "the/DT ministry/NN").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; det 4 3"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.target().cameoCode()).isEqualTo("ISRGOV"));
  }

  @Test
  void protestersStormingAnEmbassyRiot() {
    List<Event> events = code(SentenceBuilder.tokens("Protesters/NNS/protester stormed/VBD/storm the/DT "
        + "Israeli/JJ/israeli embassy/NN").deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("145");
      assertThat(e.target().country()).isEqualTo("ISR");
    });
  }

  @Test
  void policeBeatingProtestersRepressThem() {
    List<Event> events = code(SentenceBuilder.tokens("Iraqi/JJ/iraqi police/NN/police beat/VBD/beat "
        + "protesters/NNS/protester").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3"));
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.code().code()).isEqualTo("175"));
  }

  @Test
  void expellingDiplomatsIsCoercionAgainstTheirCountry() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP expelled/VBD/expel Russian/JJ/russian "
        + "diplomats/NNS/diplomat").deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("174");
      assertThat(e.target().country()).isEqualTo("RUS");
    });
  }

  @Test
  void whoReceivesWhatIsReturnedIsTheTarget() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP returned/VBD/return Syrian/JJ/syrian "
        + "artefacts/NNS/artefact to/IN Egypt/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2; obl:to 1 5; case 5 4"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.target().country()).isEqualTo("EGY"));
  }

  @Test
  void anInquiryIntoSomeoneTargetsThem() {
    List<Event> events = code(SentenceBuilder.tokens("France/NNP opened/VBD/open an/DT inquiry/NN into/IN "
        + "Iran/NNP").deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:into 3 5; case 5 4"));
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.target().country()).isEqualTo("IRN"));
  }
}
