package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * The actors an article names, sentence by sentence, read from its runs of proper words ("Central African
 * Republic", "Egyptian", "Laurent Gbagbo") whether or not the sentence was parsed, and the article's context
 * country: the country its mentions name most, weighted towards the lead, when it clearly leads the others.
 * Built once per article, lazily; not thread-safe.
 */
final class ArticleMentions {
  /** An actor named in sentence {@code sentence} by the run of tokens ending at {@code token}. */
  record Mention(int sentence, int token, ActorRef ref) {}

  private static final Set<String> ISO3 = isoCountries();
  private static final Set<String> JOINERS = Set.of("of", "the");

  private final ActorResolver resolver;
  private final AnnotatedArticle article;
  private final LocalDate date;
  private List<List<Mention>> bySentence;
  private String context;

  ArticleMentions(ActorResolver resolver, AnnotatedArticle article) {
    this.resolver = resolver;
    this.article = article;
    this.date = article.article().date();
  }

  /** The actors named in sentence {@code index}, in text order. */
  List<Mention> in(int index) {
    build();
    return index < 0 || index >= bySentence.size() ? List.of() : bySentence.get(index);
  }

  /** The countries (ISO 3166, no organisations) the mentions of sentence {@code index} name. */
  Set<String> countriesIn(int index) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : in(index)) {
      if (isCountry(m.ref().country())) {
        out.add(m.ref().country());
      }
    }
    return out;
  }

  /**
   * The country the article is set in: the one its mentions name most (the lead sentence counts three times,
   * the second twice), at least twice as often as any other; null when none leads so clearly.
   */
  String context() {
    build();
    return context;
  }

  static boolean isCountry(String code) {
    return code != null && ISO3.contains(code);
  }

  private void build() {
    if (bySentence != null) {
      return;
    }
    bySentence = new ArrayList<>();
    Map<String, Integer> weight = new HashMap<>();
    for (Sentence s : article.sentences()) {
      List<Mention> found = mentions(s);
      bySentence.add(found);
      int w = s.index() == 0 ? 3 : s.index() == 1 ? 2 : 1;
      for (String c : countriesIn(found)) {
        weight.merge(c, w, Integer::sum);
      }
    }
    context = leader(weight);
  }

  private static Set<String> countriesIn(List<Mention> found) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : found) {
      if (isCountry(m.ref().country())) {
        out.add(m.ref().country());
      }
    }
    return out;
  }

  private static String leader(Map<String, Integer> weight) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : weight.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return best != null && first >= 2 * second ? best : null;
  }

  /** Runs of proper words ("Egyptian", "South Sudan", "Democratic Republic of the Congo"), each resolved. */
  private List<Mention> mentions(Sentence s) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!proper(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && (proper(tokens.get(end)) || joiner(tokens, end))) {
        end++;
      }
      List<Token> run = tokens.subList(i, end);
      int last = end - 1;
      resolver.resolve(run, run.size() - 1, date).filter(Actors::placed)
          .ifPresent(r -> out.add(new Mention(s.index(), last, r)));
      i = end;
    }
    return out;
  }

  private static boolean proper(Token t) {
    String w = t.word();
    boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    return t.pos().startsWith("NNP") || capital && t.pos().startsWith("JJ");
  }

  /** "of" or "of the" between two proper words stays inside the run ("Republic of the Congo"). */
  private static boolean joiner(List<Token> tokens, int at) {
    return JOINERS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT)) && at + 1 < tokens.size()
        && (proper(tokens.get(at + 1)) || at + 2 < tokens.size() && proper(tokens.get(at + 2))
        && JOINERS.contains(tokens.get(at + 1).word().toLowerCase(Locale.ROOT)));
  }

  private static Set<String> isoCountries() {
    Set<String> out = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    out.add("XKX");
    return Set.copyOf(out);
  }
}
