package org.vigil.flink.stage;

import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.vigil.app.Pipeline;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/**
 * One stage of vigil-app's {@link Pipeline} as a Flink operator: the pipeline (models, dictionaries, gazetteer)
 * is taken from the JVM's {@link SharedPipeline} in {@code open()}, so it loads once however many slots and
 * stages run. An article the stage fails on goes to the side output {@link #REJECTED} and the stream goes on,
 * as in a plain ingest.
 */
public abstract class PipelineStage<I, O> extends ProcessFunction<Versioned<I>, Versioned<O>> {
  /** Articles a stage could not process. */
  public static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};
  private final List<String> actorDirs;
  private final String name;
  private transient Pipeline pipeline;

  protected PipelineStage(String name, List<Path> actorDirs) {
    this.name = name;
    this.actorDirs = actorDirs.stream().map(Path::toString).toList();
  }

  @Override
  public void open(OpenContext context) {
    pipeline = SharedPipeline.acquire(actorDirs.stream().map(Path::of).toList());
  }

  @Override
  public void processElement(Versioned<I> in, Context ctx, Collector<Versioned<O>> out) {
    O result;
    try {
      result = apply(pipeline, in.value());
    } catch (RuntimeException e) {
      Article a = articleOf(in.value());
      ctx.output(REJECTED, new Rejection(a.origin(), "article " + a.id(), name,
          e.getClass().getSimpleName() + ": " + e.getMessage()));
      return;
    }
    out.collect(in.with(result));
  }

  /** The stage itself. */
  protected abstract O apply(Pipeline p, I in);

  /** The article {@code in} belongs to, for rejections. */
  protected abstract Article articleOf(I in);

  @Override
  public void close() {
    if (pipeline != null) {
      SharedPipeline.release();
      pipeline = null;
    }
  }
}
