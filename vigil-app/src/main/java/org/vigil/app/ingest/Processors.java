package org.vigil.app.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.store.CodingVersions;

/** Builds the processor an ingest uses: the real pipeline, or the keyword stand-in for store measurements. */
public final class Processors {
  /** Which processor to run. */
  public enum Kind { pipeline, keyword }

  /** A processor with the versions to record on its events. */
  public record Chosen(ArticleProcessor processor, CodingVersions versions) {}

  private Processors() {}

  /**
   * A processor that loads on first use, so that a run whose inputs are all stored already (a rerun after a
   * crash) never loads the NLP models. Thread-safe.
   */
  public static final class Lazy implements ArticleProcessor {
    private final Kind kind;
    private final PipelineOptions options;
    private final StageTimes times;
    private volatile Chosen chosen;

    public Lazy(Kind kind, PipelineOptions options, StageTimes times) {
      this.kind = kind;
      this.options = options;
      this.times = times;
    }

    private Chosen chosen() {
      Chosen c = chosen;
      if (c == null) {
        synchronized (this) {
          if (chosen == null) {
            chosen = load(kind, options, times);
          }
          c = chosen;
        }
      }
      return c;
    }

    @Override
    public org.vigil.model.CodedArticle process(org.vigil.model.Article article) {
      return chosen().processor().process(article);
    }

    /** The versions of the loaded processor (loads it when needed). */
    public CodingVersions versions() {
      return chosen().versions();
    }
  }

  public static Chosen load(Kind kind, PipelineOptions options, StageTimes times) {
    if (kind == Kind.keyword) {
      return new Chosen(timed(new KeywordArticleCoder(), times), new CodingVersions("keyword-1", "bundled",
          "none"));
    }
    var pipeline = PipelineFactory.load(options);
    return new Chosen(new PipelineProcessor(pipeline, times), versionsOf(pipeline.versions()));
  }

  private static ArticleProcessor timed(ArticleProcessor p, StageTimes times) {
    return a -> {
      long t0 = System.nanoTime();
      long c0 = StageTimes.cpuNow();
      var coded = p.process(a);
      times.code.add(System.nanoTime() - t0);
      times.codeCpu.add(StageTimes.cpuNow() - c0);
      return coded;
    };
  }

  /**
   * Splits the pipeline's version string ("coder=..., ontology=..., actors=...", any of ,;space separators) into
   * its parts; an unnamed ontology gets a hash of the bundled ontology, any other unnamed part the whole string.
   */
  private static String ontologyHash() {
    StringBuilder sb = new StringBuilder();
    org.vigil.model.Ontology.loadDefault().codes().forEach(c -> sb.append(c).append('\n'));
    return "cameo-" + Integer.toHexString(sb.toString().hashCode());
  }

  public static CodingVersions versionsOf(String all) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String kv : all.split("[,; ]+")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        parts.put(kv.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT), kv.substring(eq + 1).strip());
      }
    }
    return new CodingVersions(parts.getOrDefault("coder", all),
        parts.computeIfAbsent("ontology", k -> ontologyHash()), parts.getOrDefault("actors", all));
  }
}
