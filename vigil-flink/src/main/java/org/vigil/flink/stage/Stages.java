package org.vigil.flink.stage;

import java.nio.file.Path;
import java.util.List;
import org.vigil.app.Pipeline;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;

/** The pipeline's stages as operators: annotate (CoreNLP), code (actors resolved inside the coder), place. */
public final class Stages {
  private Stages() {}

  /** Tokens, sentences, NER, times and dependency parses. */
  public static final class Annotate extends PipelineStage<Article, AnnotatedArticle> {
    public Annotate(List<Path> actorDirs) {
      super("annotate", actorDirs);
    }

    @Override
    protected AnnotatedArticle apply(Pipeline p, Article in) {
      return p.annotator().annotate(in);
    }

    @Override
    protected Article articleOf(Article in) {
      return in;
    }
  }

  /** CAMEO events with their actors resolved. */
  public static final class Code extends PipelineStage<AnnotatedArticle, CodedArticle> {
    public Code(List<Path> actorDirs) {
      super("code", actorDirs);
    }

    @Override
    protected CodedArticle apply(Pipeline p, AnnotatedArticle in) {
      return p.codeEvents(in);
    }

    @Override
    protected Article articleOf(AnnotatedArticle in) {
      return in.article();
    }
  }

  /** Places, and the conventions applied after geocoding. */
  public static final class Place extends PipelineStage<CodedArticle, CodedArticle> {
    public Place(List<Path> actorDirs) {
      super("place", actorDirs);
    }

    @Override
    protected CodedArticle apply(Pipeline p, CodedArticle in) {
      return p.place(in);
    }

    @Override
    protected Article articleOf(CodedArticle in) {
      return in.annotated().article();
    }
  }
}
