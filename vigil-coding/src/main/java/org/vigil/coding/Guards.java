package org.vigil.coding;

import java.util.List;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Dependency;

/**
 * The GUARD phase: precision guards that hold whatever the frames say. A standing position or generic statement
 * ("has long denied", "opposes") is no news event; a generic verb with a text as its object ("released a
 * statement") is not the act the verb codes elsewhere; a list of three or more co-listed actors (donors,
 * signatories) is not a dyad among themselves. Each is a named rule; the word lists are in lexicon.txt. One
 * instance per sentence; not thread-safe.
 */
final class Guards {
  /** Co-listed actors from this many on are a list, not the parties of a joint act. */
  static final int LIST = 3;
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  private final Graph g;
  private final RuleTrace rules;

  Guards(Graph g) {
    this.g = g;
    this.rules = g.rules();
  }

  /**
   * Rule standing-position: verb {@code v} states a position held, not a deed of the day — a verb of stance
   * (list stance-verbs: "Turkey opposes ...", "considers them illegal") in the simple present, or any act in the
   * perfect with an adverb of duration ("has long denied", "has always rejected") — and no date is attached to it.
   * Other verbs in the simple present ("X condemns", "forces clash") are the news or headline present.
   */
  boolean standingPosition(int v) {
    if (v < 0 || !g.token(v).isVerb() || g.sentence().heading()) {
      return false;
    }
    boolean present = PRESENT.contains(g.token(v).pos()) && !g.hasChildLemma(v, "aux", Set.of("do", "will", "be"))
        && g.words("stance-verbs").contains(g.lemma(v));
    boolean held = g.hasChildLemma(v, "aux", Set.of("have")) && g.hasChildLemma(v, "advmod", g.words("duration-adverbs"));
    return rules.applies(CoderRule.STANDING_POSITION, (present || held) && !dated(v));
  }

  /** A date or time of the sentence hangs from verb {@code v}. */
  private boolean dated(int v) {
    for (var t : g.sentence().times()) {
      for (int i = Math.max(0, t.startToken()); i < Math.min(t.endToken(), g.size()); i++) {
        Dependency h = g.primaryHead(i);
        if (h != null && h.governor() == v) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rule generic-verb: a frame that takes any object, whose object is a text or a record ("released a statement",
   * "delivered a speech", "published figures", "a letter both sides released"), does not code its act (a release,
   * a delivery of aid).
   */
  boolean genericVerb(int v, Pattern p) {
    if (!p.objects().isEmpty() || !g.token(v).isVerb() || p.code().startsWith("01")) {
      return false;
    }
    Set<String> texts = g.words("generic-objects");
    boolean text = g.exact(v, "obj").stream().anyMatch(o -> texts.contains(g.lemma(o)));
    org.vigil.model.Dependency h = g.primaryHead(v);
    boolean relative = g.exact(v, "obj").isEmpty() && h != null && h.governor() >= 0
        && Set.of("acl:relcl", "acl", "dep").contains(h.relation()) && texts.contains(g.lemma(h.governor()));
    return rules.applies(CoderRule.GENERIC_VERB, text || relative);
  }

  /**
   * Rule co-listed-actors: three or more sources named in one list ("Japan, Australia and India signed a pact")
   * are co-signatories or co-donors, not parties acting on each other; meetings and fights among them stay.
   */
  boolean coListed(List<ActorRef> sources, String code) {
    boolean joint = code.startsWith("04") || code.compareTo("18") >= 0;
    return rules.applies(CoderRule.CO_LISTED_ACTORS, sources.size() >= LIST && !joint);
  }
}
