package org.vigil.app;

import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.coding.PatternEventCoder;
import org.vigil.model.ActorResolver;
import org.vigil.nlp.corenlp.CoreNlpAnnotator;
import org.vigil.nlp.corenlp.CoreNlpConfig;
import org.vigil.places.GazetteerGeocoder;

/** The one place where Vigil's stages are built from their bundled data and wired into a {@link Pipeline}. */
public final class PipelineFactory {
  private PipelineFactory() {}

  /**
   * Loads models, dictionaries and gazetteer once (seconds; call once per process). A bad bundled or user
   * dictionary fails here, citing file:line.
   */
  public static Pipeline load(PipelineOptions options) {
    ActorResolver resolver = ActorKnowledgeBase.loadDefault(options.userActorDirs()).resolver();
    PatternEventCoder coder = PatternEventCoder.loadDefault(resolver);
    GazetteerGeocoder geocoder = GazetteerGeocoder.loadDefault();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults(), coder::mayHoldEvent);
    String versions = "coder=" + coder.version() + ", actors=" + resolver.version();
    return new Pipeline(annotator, coder, geocoder, versions);
  }
}
