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
import org.vigil.model.Ontology;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * Codes CAMEO events from enhanced++ dependency parses with the project's pattern dictionary: verb and event-noun
 * frames, control and reporting verbs, modes, dates and fatalities. An event whose actors no dictionary places
 * is kept only when its clause names where it happened, for {@link PlaceTargets} to place (or drop) after
 * geocoding. Immutable after loading and thread-safe.
 */
public final class PatternEventCoder implements EventCoder {
  static final List<String> DEFAULT_FILES = List.of("verbs.txt", "nouns.txt", "structure.txt");

  private final PatternBook book;
  private final Ontology ontology;
  private final ActorResolver resolver;

  PatternEventCoder(PatternBook book, Ontology ontology, ActorResolver resolver) {
    this.book = Objects.requireNonNull(book, "book");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The coder with Vigil's bundled patterns; fails at start-up citing file:line when a pattern is bad. */
  public static PatternEventCoder loadDefault(ActorResolver resolver) {
    Ontology ontology = Ontology.loadDefault();
    PatternFileReader reader = new PatternFileReader(ontology);
    for (String f : DEFAULT_FILES) {
      reader.read(f, resource("patterns/" + f));
    }
    if (!reader.problems().isEmpty()) {
      throw new IllegalStateException("bad pattern dictionary:\n  " + String.join("\n  ", reader.problems()));
    }
    return new PatternEventCoder(reader.book(), ontology, resolver);
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
      if (s.heading() || !s.parsed() || s.dependencies().isEmpty() || SportsResults.isSportsResult(s.tokens())) {
        continue;
      }
      Graph g = new Graph(s, book.wrappers()::containsKey);
      EventWriter w = new EventWriter(book, ontology, finder, g, article.article().id(), article.article().date(),
          out);
      new SentenceCoder(book, g, w).code();
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
    return "pattern-coder/" + book.version() + "+" + resolver.version();
  }
}
