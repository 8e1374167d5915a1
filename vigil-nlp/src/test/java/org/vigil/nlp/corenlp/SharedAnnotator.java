package org.vigil.nlp.corenlp;

import org.vigil.model.Annotator;

/** The once-per-JVM CoreNLP annotator that tests of this module share (models take ~30 s to load). */
public final class SharedAnnotator {
  private static final class Holder {
    static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(CoreNlpConfig.defaults(), tokens -> true);
  }

  private SharedAnnotator() {}

  public static Annotator get() {
    return Holder.INSTANCE;
  }
}
