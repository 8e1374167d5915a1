package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** The context rules that give sector-only actors a country: article-country and its kin. */
class SectorCountriesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  /** The test resolver, plus unnamed militants as an armed sector and a named armed group. */
  private static final ActorResolver RESOLVER = new ActorResolver() {
    private final FakeResolver base = new FakeResolver();

    @Override
    public Optional<ActorRef> resolve(List<Token> phrase, int head, LocalDate date) {
      String w = phrase.get(head).word().toLowerCase();
      if (w.equals("militants")) {
        return Optional.of(new ActorRef("militants", null, "REB", null, null, "test"));
      }
      if (w.equals("redhand")) {
        return Optional.of(new ActorRef("Redhand", "SYR", "REB", "redhand", null, "test"));
      }
      return base.resolve(phrase, head, date);
    }

    @Override
    public String version() {
      return "test";
    }
  };
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(RESOLVER);

  /** "Egypt held a vote on Sunday." */
  private static SentenceBuilder egyptLead() {
    return SentenceBuilder.tokens("Egypt/NNP held/VBD/hold a/DT vote/NN Sunday/NNP")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; obl:tmod 1 4");
  }

  /** "Police detained protesters." */
  private static SentenceBuilder policeDetainedProtesters() {
    return SentenceBuilder.tokens("Police/NNS detained/VBD/detain protesters/NNS")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
  }

  /** Joins one-sentence builders into an article, shifting each sentence's offsets behind the one before. */
  private static AnnotatedArticle article(SentenceBuilder... parts) {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (SentenceBuilder b : parts) {
      Sentence s = b.sentence();
      int off = text.length();
      List<Token> shifted = new ArrayList<>();
      for (Token t : s.tokens()) {
        shifted.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
            new Span(t.span().start() + off, t.span().end() + off)));
      }
      sentences.add(new Sentence(sentences.size(), new Span(off, off + s.text().length()), s.text(), shifted,
          s.dependencies(), s.times(), s.parsed(), s.heading()));
      text.append(s.text()).append(' ');
    }
    return new AnnotatedArticle(Article.of("t", DAY, text.toString()), sentences, List.of());
  }

  private static List<Event> inSentence(List<Event> events, int sentence) {
    return events.stream().filter(e -> e.sentence() == sentence).toList();
  }

  @Test
  void unnamedPoliceAndProtestersTakeTheCountryTheArticleIsSetIn() {
    List<Event> events = inSentence(CODER.code(article(egyptLead(), policeDetainedProtesters())), 1);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().cameoCode()).isEqualTo("EGYCOP");
      assertThat(e.target().cameoCode()).isEqualTo("EGYOPP");
      assertThat(e.rules()).contains("article-country");
      assertThat(e.source().basis()).contains("article country");
    });
  }

  @Test
  void withArticleCountryOffTheUnplacedSidesCodeNothing() {
    PatternEventCoder off = CODER.withSwitches(RuleSwitches.disabling(List.of("article-country")));
    assertThat(inSentence(off.code(article(egyptLead(), policeDetainedProtesters())), 1)).isEmpty();
  }

  @Test
  void aSentenceNamingAnotherCountryLeavesThePoliceUnplaced() {
    SentenceBuilder foreign = SentenceBuilder.tokens("Police/NNS detained/VBD/detain Iraqi/JJ protesters/NNS")
        .deps("root -1 1; nsubj 1 0; amod 3 2; obj 1 3");
    List<Event> events = inSentence(CODER.code(article(egyptLead(), foreign)), 1);
    assertThat(events).allSatisfy(e -> assertThat(e.source().country()).isNull());
  }

  @Test
  void unnamedMilitantsStayWithoutCountry() {
    SentenceBuilder attack = SentenceBuilder.tokens("Militants/NNS attacked/VBD/attack police/NNS")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    List<Event> events = inSentence(CODER.code(article(egyptLead(), attack)), 1);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.source().country()).isNull();
      assertThat(e.target().cameoCode()).isEqualTo("EGYCOP");
    });
    assertThat(events).isNotEmpty();
  }

  /** "Troops killed militants." */
  private static SentenceBuilder troopsKilledMilitants() {
    return SentenceBuilder.tokens("Troops/NNS/troop killed/VBD/kill militants/NNS/militant")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
  }

  @Test
  void unnamedMilitantsStruckByTheArticlesOwnArmyAreOfItsCountry() {
    List<Event> events = inSentence(CODER.code(article(egyptLead(), troopsKilledMilitants())), 1);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().cameoCode()).isEqualTo("EGYMIL");
      assertThat(e.target().cameoCode()).isEqualTo("EGYREB");
      assertThat(e.rules()).contains("home-state-targets", "article-country");
    });
    PatternEventCoder off = CODER.withSwitches(RuleSwitches.disabling(List.of("home-state-targets")));
    assertThat(inSentence(off.code(article(egyptLead(), troopsKilledMilitants())), 1))
        .allSatisfy(e -> assertThat(e.target() == null || e.target().country() == null).isTrue());
  }

  @Test
  void rebelsTakeTheCountryTheirPhraseNames() {
    SentenceBuilder rebels = SentenceBuilder.tokens("Rebels/NNS/rebel in/IN Syria/NNP attacked/VBD/attack civilians/NNS")
        .deps("root -1 3; nsubj 3 0; case 2 1; nmod:in 0 2; obj 3 4");
    List<Event> events = CODER.code(article(egyptLead(), rebels));
    assertThat(inSentence(events, 1)).first().satisfies(e -> {
      assertThat(e.source().cameoCode()).isEqualTo("SYRREB");
      assertThat(e.rules()).contains("sector-place");
    });
  }

  @Test
  void aMultinationalForceInACountryIsNotOfThatCountry() {
    SentenceBuilder force = SentenceBuilder.tokens("Multinational/JJ troops/NNS/troop in/IN Iraq/NNP attacked/VBD/attack rebels/NNS/rebel")
        .deps("root -1 4; nsubj 4 1; amod 1 0; case 3 2; nmod:in 1 3; obj 4 5");
    List<Event> events = CODER.code(article(force));
    assertThat(events).allSatisfy(e -> assertThat(e.rules()).doesNotContain("sector-place"));
  }

  @Test
  void theRebelsReferToTheArmedGroupNamedJustBefore() {
    SentenceBuilder named = SentenceBuilder.tokens("Redhand/NNP fighters/NNS entered/VBD/enter a/DT town/NN")
        .deps("root -1 2; nsubj 2 1; compound 1 0; det 4 3; obj 2 4");
    SentenceBuilder later = SentenceBuilder.tokens("The/DT rebels/NNS/rebel attacked/VBD/attack Iraqi/JJ police/NNS")
        .deps("root -1 2; det 1 0; nsubj 2 1; amod 4 3; obj 2 4");
    List<Event> events = inSentence(CODER.code(article(egyptLead(), named, later)), 2);
    assertThat(events).first().satisfies(e -> {
      assertThat(e.source().cameoCode()).isEqualTo("SYRREB");
      assertThat(e.source().actor()).isEqualTo("redhand");
      assertThat(e.rules()).contains("sector-anaphora");
    });
  }

  @Test
  void theGroupRefersToTheArmedGroupNamedJustBefore() {
    SentenceBuilder named = SentenceBuilder.tokens("Redhand/NNP entered/VBD/enter a/DT town/NN")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3");
    SentenceBuilder later = SentenceBuilder.tokens("The/DT group/NN attacked/VBD/attack Iraqi/JJ police/NNS")
        .deps("root -1 2; det 1 0; nsubj 2 1; amod 4 3; obj 2 4");
    List<Event> events = inSentence(CODER.code(article(named, later)), 1);
    assertThat(events).first().satisfies(e -> assertThat(e.source().actor()).isEqualTo("redhand"));
  }

  @Test
  void noCountryLeadsWhenTwoAreNamedAlike() {
    SentenceBuilder both = SentenceBuilder.tokens("Egypt/NNP and/CC Syria/NNP held/VBD/hold talks/NNS")
        .deps("root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; obj 3 4");
    ArticleMentions m = new ArticleMentions(RESOLVER, article(both, policeDetainedProtesters()));
    assertThat(m.context()).isNull();
    assertThat(m.countriesIn(0)).containsExactly("EGY", "SYR");
  }

  @Test
  void theLeadOutweighsALaterMention() {
    SentenceBuilder later = SentenceBuilder.tokens("Syria/NNP objected/VBD/object")
        .deps("root -1 1; nsubj 1 0");
    ArticleMentions m = new ArticleMentions(RESOLVER, article(egyptLead(), policeDetainedProtesters(), later));
    assertThat(m.context()).isEqualTo("EGY");
  }
}
