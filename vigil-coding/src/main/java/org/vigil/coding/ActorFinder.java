package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.CorefChain;
import org.vigil.model.CorefMention;
import org.vigil.model.Dependency;
import org.vigil.model.Token;

/**
 * Turns an argument head into an actor: takes its noun-phrase subtree, follows coreference to the chain's
 * representative ("the group" to its name), binds bare pronouns to the subject of an enclosing clause, and asks
 * the {@link ActorResolver}. One instance per article; not thread-safe.
 */
final class ActorFinder {
  private static final Set<String> PHRASE_RELS = Set.of("compound", "amod", "nmod:poss", "det", "flat", "case",
      "appos", "nmod:of", "nmod:from", "nummod", "compound:prt", "flat:name", "det:predet", "dep");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "its", "their",
      "his", "her", "our", "them", "him", "themselves", "itself", "himself", "herself");
  private static final Set<String> UNSPECIFIC = Set.of("this", "that", "these", "those", "which", "who", "what");

  private final ActorResolver resolver;
  private final AnnotatedArticle article;
  private final LocalDate date;
  private final Map<Long, CorefChain> chains = new HashMap<>();
  private final ArticleMentions mentions;

  ActorFinder(ActorResolver resolver, AnnotatedArticle article) {
    this.resolver = resolver;
    this.article = article;
    this.date = article.article().date();
    this.mentions = new ArticleMentions(resolver, article);
    for (CorefChain c : article.coref()) {
      for (CorefMention m : c.mentions()) {
        chains.put(key(m.sentence(), m.head()), c);
      }
    }
  }

  /** The actors the article names, sentence by sentence, and its context country. */
  ArticleMentions mentions() {
    return mentions;
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /** The actor named by the phrase headed at {@code head}, or empty when it names none. */
  Optional<ActorRef> resolve(Graph g, int head) {
    Token t = g.token(head);
    String lemma = g.lemma(head);
    if (UNSPECIFIC.contains(lemma) && t.pos().startsWith("W")) {
      return Optional.empty();
    }
    Optional<ActorRef> viaCoref = viaCoref(g, head);
    if (viaCoref.isPresent()) {
      return viaCoref;
    }
    if (PRONOUNS.contains(lemma) || t.pos().startsWith("PRP")) {
      return bindPronoun(g, head);
    }
    List<Token> phrase = phrase(g, head);
    Optional<ActorRef> r = resolver.resolve(phrase, phrase.indexOf(t), date);
    return r.filter(a -> !namedState(g, head, a));
  }

  /**
   * "Nigeria's Zamfara state", "Borno State": a federal state named by a proper noun is a place, not the
   * government the bare noun "state" stands for.
   */
  private static boolean namedState(Graph g, int head, ActorRef a) {
    if (!"GOV".equals(a.sector()) || a.actor() != null || !g.token(head).word().equalsIgnoreCase("state")) {
      return false;
    }
    return g.children(head).stream().anyMatch(d -> d.relation().equals("compound")
        && g.token(d.dependent()).pos().startsWith("NNP"));
  }

  private Optional<ActorRef> viaCoref(Graph g, int head) {
    CorefChain chain = chains.get(key(g.sentence().index(), head));
    if (chain == null || chain.representative() == null) {
      return Optional.empty();
    }
    CorefMention rep = chain.representative();
    if (rep.sentence() == g.sentence().index() && rep.start() <= head && head < rep.end()) {
      return Optional.empty();
    }
    if (rep.sentence() < 0 || rep.sentence() >= article.sentences().size()) {
      return Optional.empty();
    }
    List<Token> tokens = article.sentences().get(rep.sentence()).tokens();
    if (rep.start() < 0 || rep.end() > tokens.size() || rep.head() < rep.start() || rep.head() >= rep.end()) {
      return Optional.empty();
    }
    Optional<ActorRef> r = resolver.resolve(tokens.subList(rep.start(), rep.end()), rep.head() - rep.start(), date);
    return r.filter(a -> !a.isUnresolved());
  }

  /**
   * A pronoun without a chain refers to the nearest enclosing clause's non-pronoun subject; an object pronoun
   * ("fired at it") never to the subject of its own clause, which would have been "itself".
   */
  private Optional<ActorRef> bindPronoun(Graph g, int pronoun) {
    int at = pronoun;
    Dependency own = g.primaryHead(pronoun);
    boolean object = own != null && g.token(pronoun).pos().equals("PRP") && !own.relation().startsWith("nsubj");
    for (int hops = 0; hops < 8; hops++) {
      Dependency h = g.primaryHead(at);
      if (h == null) {
        return Optional.empty();
      }
      at = h.governor();
      if (hops == 0 && object) {
        continue;
      }
      for (int s : g.dependents(at, "nsubj")) {
        if (s != pronoun && !g.token(s).pos().startsWith("PRP") && s < pronoun) {
          List<Token> phrase = phrase(g, s);
          return resolver.resolve(phrase, phrase.indexOf(g.token(s)), date);
        }
      }
    }
    for (int s = pronoun - 1; s >= 0; s--) {
      if (!g.token(s).pos().startsWith("PRP") && g.token(s).isNoun() && isSubject(g, s)) {
        List<Token> phrase = phrase(g, s);
        Optional<ActorRef> a = resolver.resolve(phrase, phrase.indexOf(g.token(s)), date);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSubject(Graph g, int t) {
    for (Dependency d : g.heads(t)) {
      if (d.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors of a phrase whose modifiers are coordinated ("US and Philippine troops" names two), else the one
   * actor it names; empty when it names none.
   */
  List<ActorRef> resolveEach(Graph g, int head) {
    for (Dependency d : g.children(head)) {
      String r = d.relation();
      if (!r.equals("amod") && !r.equals("compound") && !r.equals("nmod:poss") && !r.equals("nmod:of")) {
        continue;
      }
      List<Integer> alts = new ArrayList<>();
      alts.add(d.dependent());
      for (Dependency c : g.children(d.dependent())) {
        if (c.relation().startsWith("conj")) {
          alts.add(c.dependent());
        }
      }
      if (alts.size() > 1 && !alts.contains(head)) {
        List<ActorRef> out = new ArrayList<>();
        for (int keep : alts) {
          boolean[] skip = new boolean[g.size()];
          alts.stream().filter(a -> a != keep).forEach(a -> skip[a] = true);
          List<Token> phrase = phrase(g, head, skip);
          int at = phrase.indexOf(g.token(head));
          if (at >= 0) {
            resolver.resolve(phrase, at, date).ifPresent(out::add);
          }
        }
        if (out.size() > 1) {
          return out;
        }
      }
    }
    return resolve(g, head).map(List::of).orElse(List.of());
  }

  /** Tokens of the noun phrase headed at {@code head}, in text order. */
  List<Token> phrase(Graph g, int head) {
    return phrase(g, head, new boolean[g.size()]);
  }

  private List<Token> phrase(Graph g, int head, boolean[] skip) {
    boolean[] in = new boolean[g.size()];
    for (int i = 0; i < skip.length; i++) {
      in[i] = skip[i];
    }
    collect(g, head, in, 0);
    for (int i = 0; i < skip.length; i++) {
      in[i] &= !skip[i];
    }
    joinHyphenated(g, in);
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out.add(g.token(i));
      }
    }
    return out;
  }

  /**
   * Keeps a hyphenated word whole ("Iran-aligned" is split into three tokens, and the parse hangs "Iran" off
   * "aligned" as an oblique the phrase walk does not follow), so the phrase's text reads as written.
   */
  private static void joinHyphenated(Graph g, boolean[] in) {
    for (int i = in.length - 1; i >= 2; i--) {
      if (in[i] && !in[i - 1] && g.token(i - 1).word().equals("-") && touching(g, i - 2, i - 1)
          && touching(g, i - 1, i)) {
        in[i - 1] = true;
        in[i - 2] = true;
      }
    }
  }

  private static boolean touching(Graph g, int a, int b) {
    return g.token(a).span().end() == g.token(b).span().start();
  }

  private void collect(Graph g, int i, boolean[] in, int depth) {
    in[i] = true;
    if (depth > 4) {
      return;
    }
    for (Dependency d : g.children(i)) {
      int c = d.dependent();
      boolean possessive = !d.relation().equals("case") || g.token(c).pos().equals("POS") || inName(g, i, c);
      possessive &= !d.relation().equals("appos") || g.token(c).pos().startsWith("NNP");
      if (!in[c] && PHRASE_RELS.contains(d.relation()) && possessive && Math.abs(c - i) < 12) {
        collect(g, c, in, depth + 1);
      }
    }
  }

  /**
   * "of" inside a name ("Islamic State of Iraq", "Bank of England"): kept, so that the name reads as written and
   * matches its alias whole instead of placing the group in the country its name mentions.
   */
  private static boolean inName(Graph g, int i, int c) {
    Dependency up = g.primaryHead(i);
    return g.lemma(c).equals("of") && g.token(i).pos().startsWith("NNP") && up != null && up.governor() >= 0
        && up.relation().equals("nmod:of") && g.token(up.governor()).pos().startsWith("NNP");
  }

  /** An actor known only by its words: country and sector unknown, never invented. */
  static ActorRef unknown(String text) {
    return new ActorRef(text == null ? "" : text, null, null, null, null, "unknown");
  }

  String text(Graph g, int head) {
    StringBuilder sb = new StringBuilder();
    for (Token t : phrase(g, head)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }
}
