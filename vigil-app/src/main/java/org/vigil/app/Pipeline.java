package org.vigil.app;

import java.util.Objects;
import org.vigil.coding.ContextCountries;
import org.vigil.coding.PatternEventCoder;
import org.vigil.coding.PlacePhase;
import org.vigil.coding.PlaceTargets;
import org.vigil.coding.RedundantEvents;
import org.vigil.coding.RuleHits;
import org.vigil.coding.RuleSwitches;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Annotator;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
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
  private final PlacePhase place;
  private final String versions;
  private final String annotationKey;

  public Pipeline(Annotator annotator, EventCoder coder, Geocoder geocoder, String versions) {
    this(annotator, coder, geocoder, versions, new PlacePhase(), versions);
  }

  private Pipeline(Annotator annotator, EventCoder coder, Geocoder geocoder, String versions, PlacePhase place,
      String annotationKey) {
    this.annotationKey = annotationKey;
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    this.versions = Objects.requireNonNull(versions, "versions");
    this.place = Objects.requireNonNull(place, "place");
  }

  /**
   * This pipeline with the coder's rules switched as {@code switches} say, counting rule hits into {@code hits}
   * (may be null); models are shared. Needs Vigil's {@link PatternEventCoder}.
   */
  public Pipeline withRules(RuleSwitches switches, RuleHits hits) {
    if (!(coder instanceof PatternEventCoder patterns)) {
      throw new IllegalStateException("rule switches need the pattern coder, not " + coder.getClass().getName());
    }
    PatternEventCoder c = patterns.withSwitches(switches);
    c = hits == null ? c : c.countingInto(hits);
    String off = switches.off().isEmpty() ? versions : versions + ", rules off=" + switches.off().stream()
        .map(org.vigil.coding.CoderRule::ruleName).sorted().collect(java.util.stream.Collectors.joining("+"));
    return new Pipeline(annotator, c, geocoder, off, new PlacePhase(switches, hits), annotationKey);
  }

  /** Annotates, codes and places one article. */
  public CodedArticle process(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return code(annotated);
  }

  /** Codes and places an already annotated article (used by evaluation and benchmarks). */
  public CodedArticle code(AnnotatedArticle annotated) {
    return place(codeEvents(annotated));
  }

  /** The coding stage alone: events with resolved actors, not yet placed (a stage of its own in a Flink job). */
  public CodedArticle codeEvents(AnnotatedArticle annotated) {
    return new CodedArticle(annotated, coder.code(annotated));
  }

  /** The placing stage: geocodes the events of {@code coded}, then runs the place phase's conventions. */
  public CodedArticle place(CodedArticle coded) {
    AnnotatedArticle annotated = coded.annotated();
    return new CodedArticle(annotated, place.apply(geocoder.locate(annotated, coded.events())));
  }

  public Annotator annotator() {
    return annotator;
  }

  /** The coding stage alone, for benchmarks. */
  public EventCoder coder() {
    return coder;
  }

  /**
   * The key under which annotations of this pipeline are cached: the loaded pipeline's versions, the same for
   * every {@link #withRules} variant (rule switches change coding, not annotation).
   */
  public String annotationKey() {
    return annotationKey;
  }

  /** Versions of coder, ontology and dictionaries, for provenance on stored events. */
  public String versions() {
    return versions;
  }
}
