package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Token;

/** Real people of the 1990s-2010s known only from the imported Phoenix entries, resolved on dates. */
class PhoenixPeopleTest {
  private static ActorKnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = ActorKnowledgeBase.loadDefault(List.of());
  }

  private static ActorRef resolve(String phrase, String date) {
    List<Token> tokens = PlainTokens.of(phrase, Map.of());
    return kb.resolver().resolve(tokens, tokens.size() - 1, LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void headsOfGovernmentInOfficeAndAfter() {
    assertThat(resolve("Helmut Kohl", "1995-06-01").cameoCode()).isEqualTo("DEUGOV");
    assertThat(resolve("John Major", "1994-03-01").cameoCode()).isEqualTo("GBRGOV");
    assertThat(resolve("John Major", "2003-03-01").cameoCode()).isEqualTo("GBROPP");
    assertThat(resolve("Nelson Mandela", "1996-09-10").cameoCode()).isEqualTo("ZAFGOV");
    assertThat(resolve("Ernesto Zedillo", "1997-02-01").cameoCode()).isEqualTo("MEXGOV");
  }

  @Test
  void theBasisNamesTheImportedEntryAndItsPhoenixCode() {
    ActorRef ref = resolve("Franjo Tudjman", "1995-08-04");
    assertThat(ref.cameoCode()).isEqualTo("HRVGOV");
    assertThat(ref.actor()).isEqualTo("phx-franjo-tudjman");
    assertThat(ref.basis()).contains("phoenix.actors:").contains("HRVGOV").contains("1990-05-30..1999-12-11");
  }

  @Test
  void handMadeEntriesStayInCharge() {
    ActorRef uribe = resolve("Alvaro Uribe", "2015-05-01");
    assertThat(uribe.actor()).isEqualTo("alvaro-uribe");
    assertThat(kb.entry("phx-alvaro-uribe-velez")).as("a fuller name of one of ours is ours").isEmpty();
  }
}
