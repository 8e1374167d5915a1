package org.vigil.coding;

import java.util.Set;
import org.vigil.model.Dependency;

/**
 * Tells when an event word is only the content of another event: what a demand, charge or rejected text says,
 * what an act is about or answers, the object another coded verb takes, the purpose of an act. gold/README.md:
 * such content "is not coded as an event of its own". Stateless over one sentence; not thread-safe.
 */
final class EventContent {
  /** Prepositions that name what an event is about or answers. */
  private static final Set<String> ABOUT = Set.of("over", "into", "for", "about", "against", "regarding",
      "concerning", "in_response_to", "in_retaliation_for", "in_protest_at", "in_protest_against");
  /** Of these, the ones that make an event noun the topic of any noun ("a mission into the crackdown"). */
  private static final Set<String> TOPIC = Set.of("into", "over", "about", "regarding", "concerning");


  private final Graph g;
  private final PatternBook book;
  private final Matcher matcher;

  EventContent(Graph g, PatternBook book, Matcher matcher) {
    this.g = g;
    this.book = book;
    this.matcher = matcher;
  }

  /**
   * An event noun that an appeal, demand, rejection, threat or sanction takes as its object ("turned down Ukraine's
   * request", "suspended the talks"),
   * or one a case names as what another event is about or answers ("sanctions over drone deliveries", "an inquiry
   * into war crimes", "retaliated for the strike"). Light verbs carry their noun and do not count.
   */
  boolean noun(Dependency h) {
    int gov = h.governor();
    if (gov < 0) {
      return false;
    }
    String rel = h.relation();
    boolean light = book.support().contains(g.lemma(gov)) && g.token(gov).isVerb();
    boolean taken = rel.equals("obj") || rel.equals("nsubj:pass");
    Pattern p = taken && !light ? matcher.verb(gov) : null;
    // acts whose object is their content (table content-roots); acts that comment on a deed ("condemned the air
    // strike") leave the deed an event of its own
    if (p != null && book.words().codeIn("content-roots", p.code())) {
      return true;
    }
    int colon = rel.indexOf(':');
    if (colon < 0 || !ABOUT.contains(rel.substring(colon + 1))) {
      return false;
    }
    if (rel.startsWith("nmod")) {
      return TOPIC.contains(rel.substring(colon + 1)) || matcher.noun(gov) != null;
    }
    boolean harm = Casualties.isKilling(g, gov) || Casualties.isHarm(g, gov);
    return rel.startsWith("obl") && !harm && matcher.carriesEvent(gov);
  }

  /**
   * What a noun says or asks ("the demand that he step down", "charges that it finances", "a resolution demanding a
   * ceasefire" that was vetoed), what a rejection turns down ("rebuffed calls for ...") and the purpose of an act
   * ("went on hunger strike to demand ...", "deployed troops to help") are the content of another event.
   */
  boolean clause(Dependency h, int at) {
    int gov = h.governor();
    String rel = Arguments.base(h.relation());
    boolean clause = rel.equals("ccomp") || rel.equals("acl") && !h.relation().equals("acl:relcl");
    if (clause && g.token(gov).isNoun()) {
      return rel.equals("ccomp") || g.hasChildLemma(at, "mark", Set.of("that", "to")) || rejected(gov);
    }
    if (rel.equals("ccomp") && rejected(at)) {
      return true;
    }
    boolean to = g.hasChildLemma(at, "mark", Set.of("to"));
    boolean purpose = rel.equals("xcomp") && to && book.wrappers().get(g.lemma(gov)) == null && matcher.carriesEvent(gov);
    return purpose || h.relation().equals("advcl:to") && to;
  }

  /** True when {@code i} is what a verb of rejection takes ("vetoed a resolution", "rebuffed US calls"). */
  private boolean rejected(int i) {
    Dependency h = g.primaryHead(i);
    if (h == null || h.governor() < 0) {
      return false;
    }
    String rel = h.relation();
    Pattern p = matcher.verb(h.governor());
    boolean taken = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("ccomp");
    return taken && p != null && p.code().startsWith("12");
  }
}
