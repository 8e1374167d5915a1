package org.vigil.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

/**
 * A light stand-in for the real pipeline, for measuring the store alone and for crash tests that must not load
 * CoreNLP: splits sentences on full stops and codes "X verb Y" sentences whose verb is in a small table, with
 * X and Y taken as the words around it. Not an event coder: never used on the production path. Thread-safe.
 */
public final class KeywordArticleCoder implements ArticleProcessor {
  private static final Map<String, String> VERBS = Map.of(
      "attacked", "190", "shelled", "195", "met", "040", "accused", "112", "threatened", "130",
      "praised", "051", "killed", "1823", "aided", "070", "protested", "140", "negotiated", "046");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
  private static final Pattern FRAME = Pattern.compile("(\\p{Lu}\\w+)\\s+(?:\\w+\\s+)?(" + String.join("|",
      VERBS.keySet()) + ")\\s+(?:\\w+\\s+)?(\\p{Lu}\\w+)");
  private final Ontology ontology = Ontology.loadDefault();

  @Override
  public CodedArticle process(Article a) {
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    Matcher s = SENTENCE.matcher(a.text());
    while (s.find()) {
      String text = s.group().strip();
      if (text.isEmpty()) {
        continue;
      }
      int start = a.text().indexOf(text, s.start());
      Span span = new Span(start, start + text.length());
      int idx = sentences.size();
      sentences.add(new Sentence(idx, span, text, List.of(), List.of(), List.of(), true, false));
      Matcher f = FRAME.matcher(text);
      if (f.find()) {
        CameoCode code = ontology.lookup(VERBS.get(f.group(2))).orElseThrow();
        Span trigger = new Span(start + f.start(2), start + f.end(2));
        Integer dead = f.group(2).equals("killed") ? 1 + Math.floorMod(text.hashCode(), 9) : null;
        events.add(new Event(a.id(), idx, span, trigger, text, a.date(), a.date(), actor(f.group(1)),
            actor(f.group(3)), code, Mode.ASSERTED, null, null, dead, "keyword:" + f.group(2)));
      }
    }
    return new CodedArticle(new AnnotatedArticle(a, sentences, List.of()), events);
  }

  private static ActorRef actor(String word) {
    String country = word.length() >= 3 ? word.substring(0, 3).toUpperCase(Locale.ROOT) : null;
    return new ActorRef(word, country, null, null, null, "keyword stand-in");
  }
}
