package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

/** Converts CoreNLP's annotation maps into Vigil's immutable records. Stateless and thread-safe. */
final class CoreNlpConversion {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private CoreNlpConversion() {}

  static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      out.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(),
          new Span(l.beginPosition(), l.endPosition())));
    }
    return out;
  }

  static Sentence sentence(int index, String text, CoreMap s, boolean parsed, boolean heading) {
    List<Token> tokens = tokens(s);
    Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    List<Dependency> deps = parsed ? dependencies(s) : List.of();
    return new Sentence(index, span, span.of(text), tokens, deps, times(s), parsed && !deps.isEmpty(), heading);
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    return out;
  }

  /** Groups runs of date-typed tokens sharing one normalised value into time expressions. */
  private static List<TimeExpression> times(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      CoreLabel l = labels.get(i);
      String value = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (l.ner() == null || !TIME_TYPES.contains(l.ner()) || value == null) {
        i++;
        continue;
      }
      int j = i + 1;
      StringBuilder text = new StringBuilder(l.word());
      while (j < labels.size() && l.ner().equals(labels.get(j).ner())
          && value.equals(labels.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
        text.append(' ').append(labels.get(j).word());
        j++;
      }
      out.add(new TimeExpression(i, j, text.toString(), value, day(value)));
      i = j;
    }
    return out;
  }

  private static LocalDate day(String value) {
    if (value.length() != 10 || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
