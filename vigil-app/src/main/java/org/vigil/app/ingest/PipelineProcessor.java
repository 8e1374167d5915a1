package org.vigil.app.ingest;

import org.vigil.app.Pipeline;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;

/** The production processor: the real {@link Pipeline}, timed per stage. Thread-safe as the pipeline is. */
public final class PipelineProcessor implements ArticleProcessor {
  private final Pipeline pipeline;
  private final StageTimes times;

  public PipelineProcessor(Pipeline pipeline, StageTimes times) {
    this.pipeline = pipeline;
    this.times = times;
  }

  @Override
  public CodedArticle process(Article article) {
    long t0 = System.nanoTime();
    long c0 = StageTimes.cpuNow();
    AnnotatedArticle annotated = pipeline.annotator().annotate(article);
    long t1 = System.nanoTime();
    long c1 = StageTimes.cpuNow();
    CodedArticle coded = pipeline.code(annotated);
    times.annotate.add(t1 - t0);
    times.annotateCpu.add(c1 - c0);
    times.code.add(System.nanoTime() - t1);
    times.codeCpu.add(StageTimes.cpuNow() - c1);
    return coded;
  }
}
