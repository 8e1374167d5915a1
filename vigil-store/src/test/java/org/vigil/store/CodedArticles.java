package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

/** Hand-built coded articles for store tests: one event per sentence that names a code in brackets. */
final class CodedArticles {
  static final CodingVersions VERSIONS = new CodingVersions("coder-t", "onto-t", "actors-t");

  private CodedArticles() {}

  static Article article(String id, String date, String text, String outlet) {
    return new Article(id, LocalDate.parse(date), text, null, "https://news.example/" + id, outlet, id, Map.of());
  }

  /** Codes each sentence "SRC verb TGT [CODE]" as an event; sentences split on ". ". */
  static CodedArticle code(Article a) {
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    int start = 0;
    String[] parts = a.text().split("(?<=\\.) ");
    for (int i = 0; i < parts.length; i++) {
      int s = a.text().indexOf(parts[i], start);
      Span span = new Span(s, s + parts[i].length());
      sentences.add(new Sentence(i, span, parts[i], List.of(), List.of(), List.of(), true, false));
      start = span.end();
      var m = java.util.regex.Pattern.compile("^(\\w+) .* (\\w+) \\[(\\d{3,4})\\]").matcher(parts[i]);
      if (m.find()) {
        events.add(event(a, i, span, parts[i], m.group(1), m.group(2), m.group(3)));
      }
    }
    return new CodedArticle(new AnnotatedArticle(a, sentences, List.of()), events);
  }

  private static Event event(Article a, int i, Span span, String text, String src, String tgt, String code) {
    int quad = code.startsWith("18") || code.startsWith("19") ? 4 : 1;
    CameoCode c = new CameoCode(code, "test", quad == 4 ? -10 : 5, quad, quad == 4 ? "ASSAULT" : "COOPERATE",
        "", "");
    Integer dead = text.contains("killed") ? Integer.valueOf(text.replaceAll("\\D*(\\d+) killed.*", "$1")) : null;
    Place p = text.contains("Basra") ? new Place("Basra", "IRQ", List.of("IRQ"), 30.5, 47.8, 1, null, false, "t")
        : null;
    return new Event(a.id(), i, span, span, text, a.date(), a.date(), actor(src), actor(tgt), c, Mode.ASSERTED,
        null, p, dead, "test:1").withRule("test-rule").withRule("other-rule");
  }

  private static ActorRef actor(String word) {
    return new ActorRef(word, word.substring(0, 3).toUpperCase(java.util.Locale.ROOT), "GOV", null, null, "t");
  }
}
