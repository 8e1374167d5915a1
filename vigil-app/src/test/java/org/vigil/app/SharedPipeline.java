package org.vigil.app;

/**
 * The once-per-JVM pipeline that tests share: CoreNLP models, dictionaries and gazetteer load once (tens of
 * seconds), however many test classes use them.
 */
public final class SharedPipeline {
  private static final class Holder {
    static final Pipeline INSTANCE = PipelineFactory.load(PipelineOptions.defaults());
  }

  private SharedPipeline() {}

  public static Pipeline get() {
    return Holder.INSTANCE;
  }
}
