package org.vigil.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.coding.PatternEventCoder;
import org.vigil.learn.EncoderEventTypeClassifier;
import org.vigil.model.ActorResolver;
import org.vigil.model.EventTypeClassifier;
import org.vigil.nlp.corenlp.CoreNlpAnnotator;
import org.vigil.nlp.corenlp.CoreNlpConfig;
import org.vigil.places.GazetteerGeocoder;

/** The one place where Vigil's stages are built from their bundled data and wired into a {@link Pipeline}. */
public final class PipelineFactory {
  private static EncoderEventTypeClassifier classifier;

  private PipelineFactory() {}

  /**
   * Loads models, dictionaries and gazetteer once (seconds; call once per process), the three side by side so
   * that start-up uses both cores. A bad bundled or user dictionary fails here, citing file:line.
   */
  public static Pipeline load(PipelineOptions options) {
    CompletableFuture<ActorResolver> actors = CompletableFuture.supplyAsync(() ->
        ActorKnowledgeBase.loadDefault(options.userActorDirs()).resolver());
    CompletableFuture<PatternEventCoder> coding = actors.thenApply(PatternEventCoder::loadDefault)
        .thenApply(patterns -> options.classifier() ? patterns.withClassifier(classifier()) : patterns);
    CompletableFuture<GazetteerGeocoder> places = CompletableFuture.supplyAsync(GazetteerGeocoder::loadDefault);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults(),
        tokens -> coding.join().mayHoldEvent(tokens));
    PatternEventCoder coder = joined(coding);
    String versions = "coder=" + coder.version() + ", actors=" + joined(actors).version();
    return new Pipeline(annotator, coder, joined(places), versions);
  }

  /** The loaded value, or the loader's own exception (a bad dictionary's file:line message) unwrapped. */
  private static <T> T joined(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The learned classifier if a pipeline has loaded it (for benchmarks). */
  public static synchronized java.util.Optional<EncoderEventTypeClassifier> loadedClassifier() {
    return java.util.Optional.ofNullable(classifier);
  }

  /** The learned event classifier, loaded once per JVM (its encoder is shared by every pipeline). */
  private static synchronized EventTypeClassifier classifier() {
    if (classifier == null) {
      classifier = EncoderEventTypeClassifier.loadDefault();
    }
    return classifier;
  }
}
