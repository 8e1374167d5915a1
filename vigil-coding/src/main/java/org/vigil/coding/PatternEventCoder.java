package org.vigil.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.model.ActorResolver;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Event;
import org.vigil.model.EventCoder;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.Ontology;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * Codes CAMEO events from enhanced++ dependency parses with the project's pattern dictionary, along one path of
 * {@link CoderPhase phases}: {@code parse → repairs → candidates → roles (who → whom) → type (patterns,
 * classifier) → mode → guards → events}. Every decision on the path is a named {@link CoderRule} that can be
 * switched off ({@link #withSwitches}) and is recorded in {@code Event.rules} on the events it shaped. The TYPE
 * phase takes an optional learned {@link EventTypeClassifier} ({@link #withClassifier}): where no frame matches a
 * verb with a subject and an object, rule classifier-type asks it for the code. An event whose actors no
 * dictionary places is kept only when its clause names where it happened, for {@link PlaceTargets} to place (or
 * drop) after geocoding. Immutable after loading and thread-safe.
 */
public final class PatternEventCoder implements EventCoder {
  static final List<String> DEFAULT_FILES = List.of("verbs.txt", "nouns.txt", "structure.txt", "lexicon.txt");

  private final PatternBook book;
  private final Ontology ontology;
  private final ActorResolver resolver;
  private final RuleSwitches switches;
  private final ClassifierTyping typing;
  private final EventTypeClassifier classifier;
  private final RuleHits hits;
  private final ParseRepairs repairs;

  PatternEventCoder(PatternBook book, Ontology ontology, ActorResolver resolver) {
    this(book, ontology, resolver, RuleSwitches.allOn(), null, null);
  }

  private PatternEventCoder(PatternBook book, Ontology ontology, ActorResolver resolver, RuleSwitches switches,
      EventTypeClassifier classifier, RuleHits hits) {
    this.book = Objects.requireNonNull(book, "book");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.switches = Objects.requireNonNull(switches, "switches");
    this.classifier = classifier;
    this.typing = classifier == null ? null : new ClassifierTyping(classifier, CLASSIFIER_EVENT, CLASSIFIER_ROOT);
    this.hits = hits;
    this.repairs = new ParseRepairs(book.wrappers()::containsKey, book.words(), book.verbs()::containsKey);
  }

  /** Event probability at or above which the classifier may type a sentence where no frame matched. */
  static final double CLASSIFIER_EVENT = 0.5;

  /**
   * Root probability at or above which it does (of 20 roots; 0.3 beat 0.5 on the dev sets and ConfliBERT's
   * held-out sentences: more sentences typed, root precision held).
   */
  static final double CLASSIFIER_ROOT = 0.3;

  /** This coder with the rules {@code switches} turns off (the book and resolver are shared). */
  public PatternEventCoder withSwitches(RuleSwitches switches) {
    return new PatternEventCoder(book, ontology, resolver, switches, classifier, hits);
  }

  /**
   * This coder with a learned classifier injected into the TYPE phase: rule classifier-type consults it for verbs
   * no frame matches. Its model hash becomes part of {@link #version()}.
   */
  public PatternEventCoder withClassifier(EventTypeClassifier classifier) {
    return new PatternEventCoder(book, ontology, resolver, switches, Objects.requireNonNull(classifier,
        "classifier"), hits);
  }

  /** This coder counting into {@code hits} how often each rule fires (for {@code vigil eval --by-rule}). */
  public PatternEventCoder countingInto(RuleHits hits) {
    return new PatternEventCoder(book, ontology, resolver, switches, classifier, Objects.requireNonNull(hits,
        "hits"));
  }

  /** The rules switched on and off for this coder. */
  public RuleSwitches switches() {
    return switches;
  }

  /** The coder with Vigil's bundled patterns; fails at start-up citing file:line when a pattern is bad. */
  public static PatternEventCoder loadDefault(ActorResolver resolver) {
    return new PatternEventCoder(defaultBook(), Ontology.loadDefault(), resolver);
  }

  /** Vigil's bundled pattern book; fails citing file:line when a pattern or list is bad. */
  static PatternBook defaultBook() {
    Ontology ontology = Ontology.loadDefault();
    PatternFileReader reader = new PatternFileReader(ontology);
    for (String f : DEFAULT_FILES) {
      reader.read(f, resource("patterns/" + f));
    }
    reader.requireLists(String.join(", ", DEFAULT_FILES));
    if (!reader.problems().isEmpty()) {
      throw new IllegalStateException("bad pattern dictionary:\n  " + String.join("\n  ", reader.problems()));
    }
    return reader.book();
  }

  static String resource(String name) {
    try (InputStream in = PatternEventCoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/vigil/coding/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  @Override
  public List<Event> code(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    List<Event> out = new ArrayList<>();
    ActorFinder finder = new ActorFinder(resolver, article);
    for (Sentence s : article.sentences()) {
      if (!s.parsed() || s.dependencies().isEmpty()) {
        continue;
      }
      RuleTrace rules = new RuleTrace(switches);
      if (!rules.applies(CoderRule.HEADING, s.heading())
          && !rules.applies(CoderRule.SPORTS_RESULT, SportsResults.isSportsResult(s.tokens(), book.words()))) {
        Graph g = new Graph(s, repairs, rules, book.words());
        EventWriter w = new EventWriter(book, ontology, finder, g, article.article().id(),
            article.article().date(), out);
        new SentenceCoder(book, g, w, typing).code();
      }
      if (hits != null) {
        hits.addAll(rules.hits());
      }
    }
    return out;
  }

  @Override
  public boolean mayHoldEvent(List<Token> tokens) {
    for (Token t : tokens) {
      if (book.triggers().contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String version() {
    String learned = classifier == null ? "" : "+classifier:" + classifier.modelHash();
    String off = switches.off().isEmpty() ? "" : "-" + switches.off().stream().map(CoderRule::ruleName).sorted()
        .collect(java.util.stream.Collectors.joining(",", "off[", "]"));
    return "pattern-coder/" + book.version() + learned + "+" + resolver.version() + off;
  }
}
