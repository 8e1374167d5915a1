package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Speech acts a reporting verb carries by the form of what it reports, where no frame codes the content: an
 * evaluation ("X said Y's actions were deplorable", "X called the move a provocation": rule evaluative-speech,
 * X criticizes Y) and an obligation laid on another ("X says Y must go": rule reported-obligation, X demands of
 * Y). Word lists {@code evaluative-predicates} and {@code naming-verbs} (lexicon.txt) give the words. One
 * instance per sentence; not thread-safe.
 */
final class SpeechActs {
  /** Pattern id of the candidates made here, recorded on their events. */
  static final String PATTERN_PREFIX = "speech@";
  private static final Set<String> OBLIGATIONS = Set.of("must");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "me");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "will", "can");
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");

  private final PatternBook book;
  private final Graph g;
  private final Matcher matcher;
  private final RuleTrace rules;

  SpeechActs(PatternBook book, Graph g, Matcher matcher) {
    this.book = book;
    this.g = g;
    this.matcher = matcher;
    this.rules = g.rules();
  }

  /** The candidate reporting verb {@code v} makes by the form of its content, or null. */
  Candidate candidate(int v) {
    if (!g.token(v).isVerb()) {
      return null;
    }
    if (rules.on(CoderRule.EVALUATIVE_SPEECH) && evaluated(v) >= 0) {
      return candidate(v, "111", CoderRule.EVALUATIVE_SPEECH);
    }
    if (rules.on(CoderRule.REPORTED_OBLIGATION) && obliged(v) >= 0) {
      return candidate(v, "100", CoderRule.REPORTED_OBLIGATION);
    }
    return null;
  }

  private Candidate candidate(int v, String code, CoderRule rule) {
    Pattern p = new Pattern(PATTERN_PREFIX + rule.ruleName(), Pattern.Kind.VERB, g.lemma(v), "", code, Set.of(),
        Set.of(), "", Set.of(), false, "", false, false);
    return new Candidate(v, p, true, rule);
  }

  /**
   * The target groups of a candidate made here, tried before the verb's own: whose the evaluated thing is ("North
   * Korea's actions", "Turkish involvement"), then the thing itself; the one obliged to act. Empty for others.
   */
  List<List<Integer>> targets(Candidate c) {
    List<List<Integer>> out = new ArrayList<>();
    if (c.typedBy() == CoderRule.EVALUATIVE_SPEECH) {
      int thing = evaluated(c.trigger());
      out.addAll(new Arguments(g).nounSources(thing));
      Arguments.add(out, List.of(thing));
    } else if (c.typedBy() == CoderRule.REPORTED_OBLIGATION) {
      int subject = obliged(c.trigger());
      List<Integer> group = new ArrayList<>(List.of(subject));
      group.addAll(g.dependents(subject, "conj"));
      out.add(group);
    }
    return out;
  }

  /** True when event noun {@code n} is the evaluative predicate of a reporting verb (it is no event of its own). */
  boolean isEvaluation(int n) {
    Integer head = reporterOf(n);
    return head != null && rules.on(CoderRule.EVALUATIVE_SPEECH) && evaluated(head) >= 0
        && predicate(head) == n;
  }

  private Integer reporterOf(int n) {
    for (var d : g.heads(n)) {
      if (d.governor() >= 0) {
        return d.governor();
      }
    }
    return null;
  }

  /** The evaluated thing of a "say" or naming verb whose content is a negative evaluation, or -1. */
  private int evaluated(int v) {
    int p = predicate(v);
    if (p < 0) {
      return -1;
    }
    int thing = "say".equals(book.reporters().get(g.lemma(v))) ? g.first(p, "nsubj") : g.first(v, "obj");
    return thing >= 0 && someones(thing) ? thing : -1;
  }

  /**
   * A thing said to be someone's: a name, or a noun with an owner ("North Korea's actions", "Turkish
   * involvement"); "terrorism is a threat to peace" is a generic statement, not a criticism of anyone.
   */
  private boolean someones(int thing) {
    if (g.token(thing).pos().startsWith("NNP")) {
      return true;
    }
    return new Arguments(g).nounSources(thing).stream().flatMap(List::stream)
        .anyMatch(m -> !g.token(m).pos().equals("PRP$") || !g.lemma(m).equalsIgnoreCase("its"));
  }

  /**
   * The evaluative predicate: a copular complement of a "say" verb ("said the test was a violation"), or the
   * second object or predicate of a naming verb ("called the plan a provocation", "called it illegal").
   */
  private int predicate(int v) {
    String lemma = g.lemma(v);
    if ("say".equals(book.reporters().get(lemma))) {
      for (int c : g.exact(v, "ccomp")) {
        if (!g.exact(c, "cop").isEmpty() && plainStatement(c) && evaluative(c) && g.first(c, "nsubj") >= 0) {
          return c;
        }
      }
      return -1;
    }
    if (!g.words("naming-verbs").contains(lemma)) {
      return -1;
    }
    List<Integer> objects = g.exact(v, "obj");
    if (objects.isEmpty()) {
      return -1;
    }
    List<Integer> predicates = new ArrayList<>(g.exact(v, "xcomp"));
    predicates.addAll(objects.subList(1, objects.size()));
    predicates.addAll(g.exact(v, "obl:as"));
    predicates.addAll(g.exact(objects.get(0), "xcomp"));
    predicates.addAll(loosePredicates(objects.get(0)));
    return predicates.stream().filter(this::evaluative).findFirst().orElse(-1);
  }

  /**
   * A quoted label the parser leaves loose ("calls Turkish involvement in the battle 'the worst scenario'"): a
   * {@code dep} of the object or of a noun modifying it.
   */
  private List<Integer> loosePredicates(int object) {
    List<Integer> out = new ArrayList<>(g.exact(object, "dep"));
    for (var d : g.children(object)) {
      if (d.relation().startsWith("nmod")) {
        out.addAll(g.exact(d.dependent(), "dep"));
      }
    }
    return out;
  }

  /** A predicate that states what is, not what might be: no modal, no negation. */
  private boolean plainStatement(int c) {
    return !g.hasChildLemma(c, "aux", MODALS) && !g.hasChildLemma(c, "advmod", NEGATORS)
        && !g.hasChildLemma(c, "neg", NEGATORS);
  }

  private boolean evaluative(int p) {
    Set<String> words = g.words("evaluative-predicates");
    return words.contains(g.lemma(p)) || words.contains(g.token(p).word().toLowerCase(java.util.Locale.ROOT))
        || g.exact(p, "amod").stream().anyMatch(a -> words.contains(g.lemma(a)));
  }

  /**
   * The one a "say" verb's content obliges to act ("Rebels say Bozize must go"), when that content carries no
   * event of its own, names someone other than the speakers and is no negation; else -1.
   */
  private int obliged(int v) {
    if (!"say".equals(book.reporters().get(g.lemma(v)))) {
      return -1;
    }
    for (int c : g.exact(v, "ccomp")) {
      int subject = g.first(c, "nsubj");
      boolean obliged = g.token(c).isVerb() && g.hasChildLemma(c, "aux", OBLIGATIONS) && subject >= 0
          && !FIRST_PERSON.contains(g.lemma(subject).toLowerCase(java.util.Locale.ROOT))
          && !g.hasChildLemma(c, "advmod", NEGATORS) && !matcher.carriesEvent(c);
      if (obliged) {
        return subject;
      }
    }
    return -1;
  }
}
