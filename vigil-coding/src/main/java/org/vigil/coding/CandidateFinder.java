package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;

/**
 * The CANDIDATES phase: every token a verb or event-noun frame matches, less those a named veto drops because
 * another token already carries the event (the complement of a control verb, the noun of a light verb, the toll
 * of an attack, the content of a demand). Vetoes that fire are counted in the sentence's {@link RuleTrace}. One
 * instance per sentence; not thread-safe.
 */
final class CandidateFinder {
  /**
   * "protested in Tbilisi, demanding elections": the participle elaborates the event it hangs from; a verbal one
   * with a subject of its own ("..., with Iraq blaming Syria") is that subject's statement.
   */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "dep");
  static final Set<String> KILL_LINKS = Set.of("advcl", "acl", "conj", "dep", "xcomp", "parataxis");

  private final PatternBook book;
  private final Graph g;
  private final Matcher matcher;
  private final RuleTrace rules;
  private final EventContent content;
  private final ClassifierTyping typing;
  private final SpeechActs speech;

  /** Candidates from frames; {@code typing} (may be null) types a sentence the frames leave without an event. */
  CandidateFinder(PatternBook book, Graph g, Matcher matcher, ClassifierTyping typing) {
    this.typing = typing;
    this.book = book;
    this.g = g;
    this.matcher = matcher;
    this.rules = g.rules();
    this.content = new EventContent(g, book, matcher);
    this.speech = new SpeechActs(book, g, matcher);
  }

  /** The candidates of the sentence, in token order. */
  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Pattern v = matcher.verb(i);
      if (v != null) {
        if (!vetoedVerb(i, v)) {
          out.add(new Candidate(i, v, true));
        }
        continue;
      }
      Candidate said = speech.candidate(i);
      if (said != null) {
        out.add(said);
        continue;
      }
      Pattern n = matcher.noun(i);
      if (n != null && !vetoedNoun(i)) {
        out.add(new Candidate(i, n, false));
      }
    }
    return out;
  }

  /**
   * The untyped candidate of a sentence the frames gave no event, for the classifier to type if its roles resolve
   * (rule classifier-type), or null when there is no classifier, the rule is off, no verb links, or a veto drops it.
   */
  Candidate untyped() {
    if (typing == null || !rules.on(CoderRule.CLASSIFIER_TYPE)) {
      return null;
    }
    Candidate probe = typing.probe(g);
    return probe == null || vetoedVerb(probe.trigger(), probe.pattern()) ? null : probe;
  }

  /**
   * The classifier's type for {@code probe}, or null when it is not confident or reads a reporting verb as a mere
   * statement (rule classifier-bare-statement: "X said ..." leaves the news to the reported content).
   */
  Candidate typed(Candidate probe) {
    Candidate typed = typing.typed(g, probe);
    if (typed == null) {
      return null;
    }
    boolean bare = typed.pattern().code().startsWith("01")
        && "say".equals(book.reporters().get(g.lemma(typed.trigger())));
    return rules.applies(CoderRule.CLASSIFIER_BARE_STATEMENT, bare) ? null : typed;
  }

  private boolean vetoedNoun(int n) {
    if (rules.applies(CoderRule.EVALUATIVE_SPEECH, speech.isEvaluation(n))) {
      return true;
    }
    Dependency h = new NounHeads(g, book).head(n);
    if (h == null) {
      return false;
    }
    if (rules.applies(CoderRule.EVENT_CONTENT, content.noun(h))) {
      return true;
    }
    boolean taken = h.relation().equals("obj") || h.relation().equals("nsubj:pass") || h.relation().equals("obl:to")
        || h.relation().equals("obl:on");
    Pattern gp = taken ? matcher.verb(h.governor()) : null;
    return rules.applies(CoderRule.FRAME_OBJECT_NOUN, gp != null && gp.objects().contains(g.lemma(n)));
  }

  private boolean vetoedVerb(int v, Pattern p) {
    String lemma = g.lemma(v);
    if (rules.applies(CoderRule.WARNING_OF_OTHERS, new Warnings(g, book, matcher).ofOthers(v))
        || rules.applies(CoderRule.WRAPPED_EVENT, wrapsAnEvent(v, lemma))) {
      return true;
    }
    if (rules.applies(CoderRule.LIGHT_VERB_NOUN, p.objects().isEmpty() && matcher.carriedNoun(v) >= 0)
        || new Guards(g).genericVerb(v, p)) {
      return true;
    }
    Dependency head = g.primaryHead(v);
    boolean elaborates = head != null && g.token(v).pos().equals("VBG")
        && PARTICIPLE_LINKS.contains(Arguments.base(head.relation())) && head.governor() >= 0
        && matcher.carriesEvent(head.governor()) && !(saying(p) && !g.exact(v, "nsubj").isEmpty());
    if (rules.applies(CoderRule.ELABORATING_PARTICIPLE, elaborates)) {
      return true;
    }
    boolean reduced = head != null && head.relation().equals("acl") && g.token(v).pos().equals("VBN")
        && g.dependents(v, "obl:agent").isEmpty();
    if (rules.applies(CoderRule.REDUCED_RELATIVE_ACT, reduced)) {
      return true;
    }
    return rules.applies(CoderRule.TOLL_OF_EVENT, (Casualties.isKilling(g, v) || Casualties.isHarm(g, v))
        && tollOfEvent(v, head));
  }

  /** A verbal act (CAMEO roots 01 to 13): statements, appeals, intents, consultations, demands, criticism, threats. */
  private static boolean saying(Pattern p) {
    return Integer.parseInt(p.code().substring(0, 2)) <= 13;
  }

  /** A killing or harm verb whose event a noun or the clause above already codes ("killed in an air strike"). */
  private boolean tollOfEvent(int v, Dependency h) {
    for (int c : g.dependents(v, "obl")) {
      if (matcher.noun(c) != null) {
        return true;
      }
    }
    if (h != null && KILL_LINKS.contains(Arguments.base(h.relation())) && matcher.carriesEvent(h.governor())) {
      return true;
    }
    if (elaboratesObjectOfEvent(g, matcher, v, h)) {
      return true;
    }
    for (int s : g.dependents(v, "nsubj")) {
      if (matcher.noun(s) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "struck a convoy in Waziristan, killing two soldiers": the parser hangs the participle on the struck object
   * (or a place inside it), but it tells the toll of the act on that object, not another act by it.
   */
  static boolean elaboratesObjectOfEvent(Graph g, Matcher matcher, int v, Dependency h) {
    if (h == null || !g.token(v).pos().equals("VBG") || !Arguments.base(h.relation()).equals("acl")) {
      return false;
    }
    int at = h.governor();
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      Dependency up = g.primaryHead(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.relation();
      if ((rel.equals("obj") || rel.equals("nsubj:pass")) && matcher.verb(up.governor()) != null) {
        return true;
      }
      at = up.governor();
    }
    return false;
  }

  /** A control or reporting verb whose complement carries the event: the complement codes it, shifted. */
  private boolean wrapsAnEvent(int v, String lemma) {
    String wrapKind = book.wrappers().get(lemma);
    List<Integer> complements = new ArrayList<>();
    if (wrapKind != null && !"hedge".equals(wrapKind) || book.reporters().containsKey(lemma)) {
      complements.addAll(g.dependents(v, "xcomp"));
      g.dependents(v, "obl:to").stream().filter(c -> g.token(c).pos().equals("VB")).forEach(complements::add);
    }
    if ("appeal".equals(wrapKind) || "demand".equals(wrapKind)) {
      complements.addAll(g.dependents(v, "ccomp").isEmpty() ? g.dependents(v, "advcl") : g.dependents(v, "ccomp"));
    }
    return complements.stream().anyMatch(matcher::carriesEvent);
  }
}
