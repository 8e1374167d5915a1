package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** Random words, tags and parses (seeded) never crash the geocoder, and every event keeps its place slot. */
class GeocoderRobustnessTest {
  private static final String[] WORDS = {"border", "the", "-", "Jordan-Syria", "northern", "Iraq", ",", "Texas",
      "province", "between", "and", "near", "in", "\u0000", "\uD83D\uDE00", "Ça", "İstanbul", "--", "/", "of",
      "north", "Paris", "Kherson", "region", "", " ", "x\u0301", "Georgia", "US", "U.S."};
  private static final String[] NER = {"O", "LOCATION", "CITY", "COUNTRY", "MISC", "PERSON"};
  private static final String[] RELS = {"obl:in", "nmod:near", "case", "compound", "conj", "ccomp", "obj", "amod"};

  @Test
  void survivesRandomSentences() {
    GazetteerGeocoder geocoder = GazetteerGeocoder.loadDefault();
    Random random = new Random(20240130);
    for (int round = 0; round < 300; round++) {
      List<Token> tokens = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int i = 0; i < n; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        w = w.isEmpty() ? "?" : w;
        int start = text.length();
        text.append(w).append(' ');
        tokens.add(new Token(i, w, w, random.nextBoolean() ? "NNP" : "VBD", NER[random.nextInt(NER.length)],
            new Span(start, start + w.length())));
      }
      List<Dependency> deps = new ArrayList<>();
      for (int i = 0; i < n && random.nextBoolean(); i++) {
        deps.add(new Dependency(random.nextInt(n + 1) - 1, i, RELS[random.nextInt(RELS.length)]));
      }
      Sentence s = new Sentence(0, new Span(0, text.length()), text.toString(), tokens, deps, List.of(),
          !deps.isEmpty(), false);
      AnnotatedArticle a = new AnnotatedArticle(Article.of("r", LocalDate.of(2024, 1, 30), text.toString()),
          List.of(s), List.of());
      Event e = new Event("r", 0, s.span(), new Span(0, Math.min(3, text.length())), s.text(),
          LocalDate.of(2024, 1, 30), LocalDate.of(2024, 1, 30), new ActorRef("x", "USA", null, null, null, null),
          null, new CameoCode("190", "fight", -10, 4, "ASSAULT", "", ""), Mode.ASSERTED, null, null, null, "t");
      assertThat(geocoder.locate(a, List.of(e))).hasSize(1);
    }
  }
}
