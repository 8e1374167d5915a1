package org.vigil.app;

import java.util.List;
import java.util.Objects;
import org.vigil.coding.ContextCountries;
import org.vigil.coding.PlaceTargets;
import org.vigil.coding.RedundantEvents;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Annotator;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.EventCoder;
import org.vigil.model.Geocoder;

/**
 * The stages of Vigil wired in order: annotate, code (actors are resolved inside the coder through the
 * injected resolver), geocode, then give target-less acts the country of their place ({@link PlaceTargets})
 * and sector-only state actors the country of their context ({@link ContextCountries}), and drop target-less
 * repeats ({@link RedundantEvents}). Holds models loaded once; thread-safe when its stages are, which all of
 * Vigil's are.
 */
public final class Pipeline {
  private final Annotator annotator;
  private final EventCoder coder;
  private final Geocoder geocoder;
  private final PlaceTargets placeTargets = new PlaceTargets();
  private final ContextCountries contextCountries = new ContextCountries();
  private final RedundantEvents redundant = new RedundantEvents();
  private final String versions;

  public Pipeline(Annotator annotator, EventCoder coder, Geocoder geocoder, String versions) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    this.versions = Objects.requireNonNull(versions, "versions");
  }

  /** Annotates, codes and places one article. */
  public CodedArticle process(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return code(annotated);
  }

  /** Codes and places an already annotated article (used by evaluation and benchmarks). */
  public CodedArticle code(AnnotatedArticle annotated) {
    List<Event> events = coder.code(annotated);
    List<Event> placed = placeTargets.apply(geocoder.locate(annotated, events));
    return new CodedArticle(annotated, redundant.apply(contextCountries.apply(placed)));
  }

  public Annotator annotator() {
    return annotator;
  }

  /** The coding stage alone, for benchmarks. */
  public EventCoder coder() {
    return coder;
  }

  /** Versions of coder, ontology and dictionaries, for provenance on stored events. */
  public String versions() {
    return versions;
  }
}
