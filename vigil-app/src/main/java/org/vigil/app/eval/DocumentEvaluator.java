package org.vigil.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Sentence;
import org.vigil.gold.DocumentGold;
import org.vigil.gold.GoldSentence;

/**
 * Scores real-text gold the way a user meets Vigil: each shared document is coded whole, as an article, and the
 * events of each labelled sentence (found by its locating phrase) are compared with the labels. Besides the three
 * levels of {@link Scorer}, it reports five-class accuracy of each sentence's primary event and country dyad +
 * PLOVER type. Thread-safe when the given stages are.
 */
public final class DocumentEvaluator {
  private final Function<Article, AnnotatedArticle> annotator;
  private final Function<AnnotatedArticle, List<Event>> coder;
  private final SharedTexts texts;
  private final Ontology ontology;

  /**
   * Scores of a set of real-text labels.
   *
   * @param report the three-level report over labelled sentences
   * @param fiveScored sentences whose label has an event (primary root known)
   * @param fiveCorrect of those, how many the coder's first counted event puts in the same five-class group
   * @param fiveEmpty of those, how many the coder left without any counted event
   * @param ploverDyad source country + target country + PLOVER type
   */
  public record Result(EvalReport report, int fiveScored, int fiveCorrect, int fiveEmpty, Score ploverDyad) {
    public double fiveAccuracy() {
      return fiveScored == 0 ? 0 : (double) fiveCorrect / fiveScored;
    }
  }

  public DocumentEvaluator(Function<Article, AnnotatedArticle> annotator,
      Function<AnnotatedArticle, List<Event>> coder, SharedTexts texts, Ontology ontology) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
  }

  /** Scores {@code lines} (already filtered to one split), counting events in {@code modes}. */
  public Result evaluate(String name, List<DocumentGold.Line> lines, Set<Mode> modes) {
    Map<String, List<DocumentGold.Line>> byDoc = new LinkedHashMap<>();
    lines.forEach(l -> byDoc.computeIfAbsent(l.corpus() + "/" + l.doc(), k -> new ArrayList<>()).add(l));
    List<GoldSentence> gold = new ArrayList<>();
    Map<String, List<Event>> coded = new java.util.HashMap<>();
    List<String> problems = new ArrayList<>();
    int[] five = new int[3];
    Score plover = new Score(0, 0, 0);
    for (List<DocumentGold.Line> doc : byDoc.values()) {
      DocumentGold.Line first = doc.get(0);
      Article article;
      try {
        article = texts.article(first.corpus(), first.doc());
      } catch (IllegalArgumentException e) {
        problems.add(first.where() + ": " + e.getMessage());
        continue;
      }
      AnnotatedArticle annotated = annotator.apply(article);
      List<Event> events = coder.apply(annotated).stream().filter(e -> modes.contains(e.mode())).toList();
      Map<Integer, List<DocumentGold.Line>> bySentence = new TreeMap<>();
      for (DocumentGold.Line l : doc) {
        int s = SentenceLocator.locate(annotated.sentences(), l.locate(), l.sentence());
        if (s < 0) {
          problems.add(l.where() + ": locating phrase '" + l.locate() + "' not found in " + first.doc());
        } else {
          bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(l);
        }
      }
      for (Map.Entry<Integer, List<DocumentGold.Line>> e : bySentence.entrySet()) {
        Sentence s = annotated.sentences().get(e.getKey());
        List<DocumentGold.Line> ls = e.getValue();
        List<GoldSentence.Expected> expected = ls.stream().flatMap(l -> l.expected().stream()).toList();
        String id = ls.get(0).id();
        List<Event> here = events.stream().filter(ev -> ev.sentence() == s.index()).toList();
        gold.add(new GoldSentence(id, ls.get(0).date(), s.text(), expected, true));
        coded.put(id, here);
        String root = ls.stream().map(DocumentGold.Line::root).filter(Objects::nonNull).findFirst().orElse(null);
        if (root != null) {
          five[0]++;
          if (here.isEmpty()) {
            five[2]++;
          } else if (fiveClass(here.get(0).code().root()) == fiveClass(root)) {
            five[1]++;
          }
        }
        plover = plover.plus(Scorer.compare(ploverKeys(here), expectedPloverKeys(expected)));
      }
    }
    EvalReport r = Scorer.score(name, gold, g -> coded.getOrDefault(g.id(), List.of()), modes);
    List<String> diffs = new ArrayList<>(problems);
    diffs.addAll(r.differences());
    EvalReport withProblems = new EvalReport(r.file(), r.sentences(), r.root(), r.dyadRoot(), r.code(),
        r.noEventSentences(), r.noEventEmpty(), diffs);
    return new Result(withProblems, five[0], five[1], five[2], plover);
  }

  /** CAMEO's five classes: 0 statements and appeals (01–02), 1 verbal cooperation (03–05), 2 material
   * cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  public static int fiveClass(String root) {
    int r = Integer.parseInt(root.substring(0, 2));
    return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  private static Set<String> ploverKeys(List<Event> events) {
    Set<String> out = new HashSet<>();
    for (Event e : events) {
      out.add(Scorer.country(e.source()) + ">" + Scorer.country(e.target()) + ":" + e.code().plover());
    }
    return out;
  }

  private Set<String> expectedPloverKeys(List<GoldSentence.Expected> expected) {
    Set<String> out = new HashSet<>();
    for (GoldSentence.Expected x : expected) {
      String type = ontology.lookup(x.code()).map(c -> c.plover()).orElse("?" + x.code());
      out.add(Scorer.actorKey(x.source()) + ">" + Scorer.actorKey(x.target()) + ":" + type);
    }
    return out;
  }
}
