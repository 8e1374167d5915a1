package org.vigil.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.model.ActorRef;

/**
 * Gives an actor known only by its sector ("police", "the rebels") a country from its context, by three named
 * rules tried in order: the place its own phrase names (sector-place), the nearest earlier named armed group
 * (sector-anaphora), and the article's context country when the sentence names no other (article-country). Unnamed militants, insurgents and gunmen
 * stay without a country, as coders leave them. One instance per draft; not thread-safe.
 */
final class SectorCountries {
  /**
   * Sectors of people who act at home: state organs, crowds, trades, and rebels (see below). Civilians are left
   * out: "people were killed" with no doer is often an accident or a toll, and victims of a placed side already
   * take its country (domestic-target, home-ground).
   */
  private static final Set<String> DOMESTIC = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY",
      "LAB", "EDU", "MED", "REL", "HLH", "AGR", "REB", "SEP");
  /** Armed non-state sectors: an earlier named group of one of them is what "the rebels" refers to. */
  private static final Set<String> ARMED = Set.of("REB", "SEP", "INS", "RAD");
  /** Of the rebel sector, only these head nouns are placed by context: unnamed militants stay unknown. */
  private static final Set<String> REBEL_HEADS = Set.of("rebel", "rebels", "separatist", "separatists",
      "guerrilla", "guerrillas", "secessionist", "secessionists");
  private static final Set<String> DEFINITE = Set.of("the", "these", "those");
  /** Sectors that speak for the state: named beside the country itself, they are another country's. */
  private static final Set<String> STATE_VOICE = Set.of("GOV", "LEG", "JUD");
  private static final Set<String> FOREIGN = Set.of("multinational", "international", "foreign", "regional",
      "peacekeeping", "coalition", "allied", "western", "african", "un", "u.n.");
  private static final Set<String> PLACE_RELATIONS = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at", "nmod:near",
      "obl:near", "appos", "compound", "amod", "nmod:across", "obl:across", "nmod:throughout", "obl:throughout");
  private static final int LOOK_BACK = 3;
  private static final Set<String> HOME_STATE = Set.of("null", "GOV", "MIL", "COP");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
  private static final String CONTEXT_BASIS = "article country";

  private final ActorFinder finder;
  private final Graph g;
  private final ArticleMentions mentions;

  SectorCountries(ActorFinder finder, Graph g) {
    this.finder = finder;
    this.g = g;
    this.mentions = finder.mentions();
  }

  /** {@code a}, resolved from the phrase headed at {@code head}, with a country when its context gives one. */
  ActorRef place(int head, ActorRef a) {
    if (a.country() != null || a.actor() != null || a.sector() == null) {
      return a;
    }
    RuleTrace rules = g.rules();
    String own = foreign(head) ? null : ownPlace(head);
    if (own != null && rules.applies(CoderRule.SECTOR_PLACE, true)) {
      return with(a, own, "place in its phrase");
    }
    ActorRef earlier = definite(head) && ARMED.contains(a.sector()) ? earlier(head, ARMED) : null;
    if (earlier != null && rules.applies(CoderRule.SECTOR_ANAPHORA, true)) {
      return new ActorRef(a.text(), earlier.country(), earlier.sector(), earlier.actor(), a.nerType(),
          "refers to " + earlier.text() + "; " + a.basis());
    }
    String context = mentions.context();
    boolean domestic = DOMESTIC.contains(a.sector()) && (!ARMED.contains(a.sector())
        || REBEL_HEADS.contains(g.token(head).word().toLowerCase(java.util.Locale.ROOT)));
    boolean alone = context != null && mentions.countriesIn(g.sentence().index()).stream()
        .allMatch(context::equals) && !(STATE_VOICE.contains(a.sector()) && namedAsParty(context));
    if (domestic && alone && !foreign(head) && g.exact(head, "nmod:in").isEmpty()
        && rules.applies(CoderRule.ARTICLE_COUNTRY, true)) {
      return with(a, context, CONTEXT_BASIS);
    }
    return a;
  }

  /** "multinational police", "foreign troops": a force from elsewhere, whatever place it is in. */
  private boolean foreign(int head) {
    List<Integer> mods = new java.util.ArrayList<>(g.exact(head, "amod"));
    mods.addAll(g.exact(head, "compound"));
    return mods.stream().anyMatch(m -> FOREIGN.contains(g.token(m).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The sentence names {@code country} itself as a party ("thanked China", "China's assistance"), not as a place
   * or a modifier: a government speaking in the same sentence is then another country's.
   */
  private boolean namedAsParty(String country) {
    for (ArticleMentions.Mention m : mentions.in(g.sentence().index())) {
      org.vigil.model.Dependency up = m.token() < g.size() ? g.primaryHead(m.token()) : null;
      boolean bare = m.ref().sector() == null && m.ref().actor() == null;
      if (bare && country.equals(m.ref().country()) && up != null && !PLACE_RELATIONS.contains(up.relation())) {
        return true;
      }
    }
    return false;
  }

  /** "the group" (no actor of its own) after a named armed group: that group. */
  Optional<ActorRef> group(int head) {
    if (!g.lemma(head).equals("group") || !definite(head)) {
      return Optional.empty();
    }
    ActorRef earlier = earlier(head, ARMED);
    if (earlier == null || earlier.actor() == null || !g.rules().applies(CoderRule.SECTOR_ANAPHORA, true)) {
      return Optional.empty();
    }
    return Optional.of(new ActorRef(finder.text(g, head), earlier.country(), earlier.sector(), earlier.actor(),
        null, "refers to " + earlier.text()));
  }

  /** The country a place modifier of the head names: "rebels in Mali", "troops from Chad", "police of Kenya". */
  private String ownPlace(int head) {
    for (String rel : List.of("nmod:in", "nmod:from", "nmod:of")) {
      for (int p : g.exact(head, rel)) {
        Optional<ActorRef> where = finder.resolve(g, p);
        if (where.isPresent() && where.get().actor() == null && where.get().sector() == null
            && ArticleMentions.isCountry(where.get().country())) {
          return where.get().country();
        }
      }
    }
    return null;
  }

  private boolean definite(int head) {
    return g.exact(head, "det").stream().anyMatch(d -> DEFINITE.contains(g.lemma(d)));
  }

  /** The nearest named actor of one of {@code sectors} before the head: in its sentence, then up to three back. */
  private ActorRef earlier(int head, Set<String> sectors) {
    int here = g.sentence().index();
    for (int s = here; s >= Math.max(0, here - LOOK_BACK); s--) {
      List<ArticleMentions.Mention> found = mentions.in(s);
      for (int i = found.size() - 1; i >= 0; i--) {
        ArticleMentions.Mention m = found.get(i);
        ActorRef r = m.ref();
        if ((s < here || m.token() < head) && r.country() != null && sectors.contains(String.valueOf(r.sector()))) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * The {@code targets}, with those known only by a sector placed in the article's country when a source is that
   * country's own state (its government, army or police) and the sentence names no other country: a state
   * fighting unnamed militants or striking unnamed people in its own country (rule home-state-targets).
   */
  List<ActorRef> atHome(List<ActorRef> targets, List<ActorRef> sources) {
    String context = mentions.context();
    boolean home = context != null && sources.stream().anyMatch(s -> context.equals(s.country())
        && s.actor() == null && HOME_STATE.contains(String.valueOf(s.sector())))
        && mentions.countriesIn(g.sentence().index()).stream().allMatch(context::equals);
    if (!home || targets.stream().noneMatch(SectorCountries::nonStateOnly)
        || !g.rules().applies(CoderRule.HOME_STATE_TARGETS, true)) {
      return targets;
    }
    List<ActorRef> out = new java.util.ArrayList<>(targets.size());
    for (ActorRef t : targets) {
      out.add(nonStateOnly(t) ? with(t, context, "struck at home by its own state") : t);
    }
    return out;
  }

  /** Known only by a non-state sector: unnamed soldiers a state's forces strike are another state's. */
  private static boolean nonStateOnly(ActorRef a) {
    return a.country() == null && a.actor() == null && a.sector() != null && !STATE_SECTORS.contains(a.sector());
  }

  /**
   * The actors of {@code side}, except that one given the article's country which would then be the same as an
   * actor of the {@code other} side ("Russian forces killed ten soldiers": the soldiers are not Russian forces)
   * loses that country again.
   */
  static List<ActorRef> apart(List<ActorRef> side, List<ActorRef> other) {
    List<ActorRef> out = new java.util.ArrayList<>(side.size());
    for (ActorRef a : side) {
      boolean twin = a.basis().startsWith(CONTEXT_BASIS) && other.stream().anyMatch(o -> o != a
          && a.country().equals(o.country()) && java.util.Objects.equals(a.sector(), o.sector()));
      out.add(twin ? new ActorRef(a.text(), null, a.sector(), null, a.nerType(),
          a.basis().substring(a.basis().indexOf("; ") + 2)) : a);
    }
    return out;
  }

  private static ActorRef with(ActorRef a, String country, String why) {
    return new ActorRef(a.text(), country, a.sector(), null, a.nerType(), why + ": " + country + "; " + a.basis());
  }
}
