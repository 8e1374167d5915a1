package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Token;

class ActorKnowledgeBaseTest {
  private static final LocalDate REF_DATE = LocalDate.of(2024, 1, 30);
  private static ActorKnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = ActorKnowledgeBase.loadDefault(List.of());
  }

  private static Optional<ActorRef> resolve(String phrase, LocalDate date) {
    return resolve(phrase, Map.of(), date);
  }

  private static Optional<ActorRef> resolve(String phrase, Map<String, String> ner, LocalDate date) {
    List<Token> tokens = PlainTokens.of(phrase, ner);
    return kb.resolver().resolve(tokens, tokens.size() - 1, date);
  }

  @Test
  void resolvesNamedGroupWithAffiliationModifiers() {
    ActorRef ref = resolve("the Iran-aligned Iraqi armed group Kataib Hezbollah", REF_DATE).orElseThrow();
    assertThat(ref.country()).isEqualTo("IRQ");
    assertThat(ref.actor()).isEqualTo("kataib-hezbollah");
    assertThat(ref.basis()).contains("affiliated with IRN");
  }

  @Test
  void iranAlignedIsAnAffiliationNotTheCountry() {
    ActorRef ref = resolve("Iran-aligned Iraqi armed group", REF_DATE).orElseThrow();
    assertThat(ref.cameoCode()).isEqualTo("IRQREB");
  }

  @Test
  void resolvesDemonymAndSectorNoun() {
    assertThat(resolve("three American soldiers", REF_DATE).orElseThrow().cameoCode()).isEqualTo("USAMIL");
    assertThat(resolve("the US forces", REF_DATE).orElseThrow().cameoCode()).isEqualTo("USAMIL");
    assertThat(resolve("Israeli troops", REF_DATE).orElseThrow().cameoCode()).isEqualTo("ISRMIL");
    assertThat(resolve("China's foreign ministry", REF_DATE).orElseThrow().cameoCode()).isEqualTo("CHNGOV");
    assertThat(resolve("Iraq's prime minister", REF_DATE).orElseThrow().cameoCode()).isEqualTo("IRQGOV");
    assertThat(resolve("the US administration", REF_DATE).orElseThrow().cameoCode()).isEqualTo("USAGOV");
  }

  @Test
  void resolvesMetonyms() {
    assertThat(resolve("the Pentagon", REF_DATE).orElseThrow().cameoCode()).isEqualTo("USAMIL");
    assertThat(resolve("Washington", REF_DATE).orElseThrow().cameoCode()).isEqualTo("USA");
  }

  @Test
  void resolvesPersonByRoleOnDate() {
    ActorRef during = resolve("US Defense Secretary Lloyd Austin", REF_DATE).orElseThrow();
    assertThat(during.cameoCode()).isEqualTo("USAGOV");
    assertThat(during.actor()).isEqualTo("lloyd-austin");
    assertThat(during.basis()).contains("Defense Secretary").contains("2021-01-22..2025-01-20");
    ActorRef after = resolve("Lloyd Austin", LocalDate.of(2025, 6, 1)).orElseThrow();
    assertThat(after.sector()).isEqualTo("OPP");
    assertThat(after.basis()).contains("former Defense Secretary");
  }

  @Test
  void leavesBareTitleUnresolved() {
    assertThat(resolve("the president", REF_DATE)).isEmpty();
  }

  @Test
  void keepsUnknownNamedEntityWithoutCountry() {
    ActorRef ref = resolve("Zorblax Brigade", Map.of("Zorblax", "ORGANIZATION", "Brigade", "ORGANIZATION"), REF_DATE)
        .orElseThrow();
    assertThat(ref.country()).isNull();
    assertThat(ref.nerType()).isEqualTo("ORGANIZATION");
    assertThat(ref.text()).isEqualTo("Zorblax Brigade");
  }

  @Test
  void resolvesHouthiRebelsAndUnSecurityCouncil() {
    assertThat(resolve("Houthi rebels", REF_DATE).orElseThrow().actor()).isEqualTo("houthis");
    assertThat(resolve("the United Nations Security Council", REF_DATE).orElseThrow().country()).isEqualTo("UNO");
  }

  @Test
  void exposesSponsorForRollUp() {
    assertThat(kb.sponsorOf("kataib-hezbollah")).contains("IRN");
    assertThat(kb.partOf("kataib-hezbollah")).contains("popular-mobilization-forces");
    assertThat(kb.rollUp("kataib-hezbollah"))
        .containsExactly("kataib-hezbollah", "popular-mobilization-forces", "IRQ", "IRN");
    assertThat(kb.rollUp("no-such-actor")).isEmpty();
  }

  @Test
  void surnameAliasAfterAnotherFirstNameIsSomeoneElse() {
    ActorRef ref = resolve("Bill Gates", Map.of("Bill", "PERSON", "Gates", "PERSON"), REF_DATE).orElseThrow();
    assertThat(ref.actor()).isNull();
    assertThat(ref.nerType()).isEqualTo("PERSON");
    ActorRef mr = resolve("Mr Gates", Map.of("Mr", "PERSON", "Gates", "PERSON"), LocalDate.of(2008, 1, 1)).orElseThrow();
    assertThat(mr.actor()).isEqualTo("robert-gates");
  }

  @Test
  void aTitleMarksALowerCaseNameAsAPerson() {
    ActorRef ref = resolve("President obama", LocalDate.of(2015, 6, 18)).orElseThrow();
    assertThat(ref.actor()).isEqualTo("barack-obama");
    assertThat(ref.cameoCode()).isEqualTo("USAGOV");
  }

  @Test
  void aLowerCaseNameWithoutTitleOrNameTagStaysUnmatched() {
    assertThat(resolve("obama", LocalDate.of(2015, 6, 18)).map(ActorRef::actor)).isNotEqualTo(
        java.util.Optional.of("barack-obama"));
  }

  @Test
  void resolvesLebanonsPresidentOf2008() {
    ActorRef ref = resolve("President Michel Suleiman", LocalDate.of(2008, 8, 20)).orElseThrow();
    assertThat(ref.cameoCode()).isEqualTo("LBNGOV");
  }

  @Test
  void transnationalCoresAreInternationalMilitarizedGroupsUnlessPlaced() {
    assertThat(resolve("ISIL", REF_DATE).orElseThrow().country()).isEqualTo("IMG");
    assertThat(resolve("al-Qaeda", REF_DATE).orElseThrow().country()).isEqualTo("IMG");
    ActorRef placed = resolve("al-Qaeda militants in Yemen", REF_DATE).orElseThrow();
    assertThat(placed.country()).isEqualTo("YEM");
    assertThat(placed.actor()).isEqualTo("al-qaeda");
  }
}
