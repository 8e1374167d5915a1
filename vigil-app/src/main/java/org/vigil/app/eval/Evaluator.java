package org.vigil.app.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.gold.GoldSentence;

/**
 * Runs annotation (optionally through an {@link AnnotationCache}) and coding over a gold file and scores it.
 * Thread-safe when the given stages are.
 */
public final class Evaluator {
  private static final LocalDate FALLBACK_DATE = LocalDate.of(2015, 1, 1);

  private final Function<Article, AnnotatedArticle> annotator;
  private final Function<AnnotatedArticle, List<Event>> coder;
  private final Optional<AnnotationCache> cache;
  private final String annotatorVersion;

  public Evaluator(Function<Article, AnnotatedArticle> annotator, Function<AnnotatedArticle, List<Event>> coder,
      Optional<AnnotationCache> cache, String annotatorVersion) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.annotatorVersion = Objects.requireNonNull(annotatorVersion, "annotatorVersion");
  }

  /** Scores one gold file; unreadable lines are listed in the report's differences. */
  public EvalReport evaluate(Path goldFile) {
    return evaluate(goldFile, Scorer.DEFAULT_MODES);
  }

  /** Scores one gold file counting only events in {@code modes}. */
  public EvalReport evaluate(Path goldFile, java.util.Set<org.vigil.model.Mode> modes) {
    GoldFile.Contents gold = GoldFile.read(goldFile, FALLBACK_DATE);
    EvalReport r = Scorer.score(goldFile.getFileName().toString(), gold.sentences(), this::code, modes);
    if (gold.problems().isEmpty()) {
      return r;
    }
    List<String> diffs = new java.util.ArrayList<>(gold.problems());
    diffs.addAll(r.differences());
    return new EvalReport(r.file(), r.sentences(), r.root(), r.dyadRoot(), r.code(), r.noEventSentences(),
        r.noEventEmpty(), diffs);
  }

  /** The annotation of a gold sentence as a one-sentence article. */
  public AnnotatedArticle annotate(GoldSentence s) {
    Article a = Article.of(s.id().isEmpty() ? "gold" : s.id(), s.date(), s.text());
    return cache.map(c -> c.get(a, annotatorVersion, annotator)).orElseGet(() -> annotator.apply(a));
  }

  private List<Event> code(GoldSentence s) {
    return coder.apply(annotate(s));
  }
}
