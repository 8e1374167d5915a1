package org.vigil.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when, where, as the text presents it, with its provenance.
 *
 * @param articleId id of the article it came from
 * @param sentence 0-based sentence index in the article
 * @param span article offsets of the sentence (UTF-16)
 * @param trigger article offsets of the word(s) that express the event
 * @param text the sentence text
 * @param date event date (from the sentence when it names one, else the article date)
 * @param articleDate the article's date
 * @param source the actor who acts, or an unresolved/unknown actor
 * @param target the actor acted upon, or null
 * @param code CAMEO code with its ontology attributes
 * @param mode asserted, negated, hypothetical, future, historical or reported
 * @param claimant who claims it, for {@link Mode#REPORTED} (and attributed assertions), else null
 * @param location where, or null
 * @param fatalities people killed, or null when the text gives no count
 * @param pattern the id of the pattern that coded it (file:line), for audit
 * @param rules names of the coder's rules (repairs, phases, guards, classifier) that shaped this event, in order
 */
public record Event(
    String articleId,
    int sentence,
    Span span,
    Span trigger,
    String text,
    LocalDate date,
    LocalDate articleDate,
    ActorRef source,
    ActorRef target,
    CameoCode code,
    Mode mode,
    ActorRef claimant,
    Place location,
    Integer fatalities,
    String pattern,
    List<String> rules) {
  public Event {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(mode, "mode");
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** An event no named rule has shaped yet (rules empty). */
  public Event(String articleId, int sentence, Span span, Span trigger, String text, LocalDate date,
      LocalDate articleDate, ActorRef source, ActorRef target, CameoCode code, Mode mode, ActorRef claimant,
      Place location, Integer fatalities, String pattern) {
    this(articleId, sentence, span, trigger, text, date, articleDate, source, target, code, mode, claimant,
        location, fatalities, pattern, List.of());
  }

  public Event withLocation(Place place) {
    return new Event(articleId, sentence, span, trigger, text, date, articleDate, source, target, code,
        mode, claimant, place, fatalities, pattern, rules);
  }

  /** This event with another source actor. */
  public Event withSource(ActorRef newSource) {
    return new Event(articleId, sentence, span, trigger, text, date, articleDate, newSource, target, code,
        mode, claimant, location, fatalities, pattern, rules);
  }

  /** This event with another target actor. */
  public Event withTarget(ActorRef newTarget) {
    return new Event(articleId, sentence, span, trigger, text, date, articleDate, source, newTarget, code,
        mode, claimant, location, fatalities, pattern, rules);
  }

  /** This event with {@code rule} appended to the rules that shaped it. */
  public Event withRule(String rule) {
    Objects.requireNonNull(rule, "rule");
    List<String> more = new java.util.ArrayList<>(rules);
    more.add(rule);
    return new Event(articleId, sentence, span, trigger, text, date, articleDate, source, target, code,
        mode, claimant, location, fatalities, pattern, more);
  }
}
