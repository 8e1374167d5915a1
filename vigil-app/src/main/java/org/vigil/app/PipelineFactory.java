package org.vigil.app;

/** The one place where Vigil's stages are built from their bundled data and wired into a {@link Pipeline}. */
public final class PipelineFactory {
  private PipelineFactory() {}

  /** Loads models, dictionaries and gazetteer once. Takes tens of seconds; call once per process. */
  public static Pipeline load(PipelineOptions options) {
    throw new UnsupportedOperationException("stages are being wired: coder, actors and places not merged yet");
  }
}
