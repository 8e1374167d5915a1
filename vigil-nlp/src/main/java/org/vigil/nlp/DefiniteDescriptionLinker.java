package org.vigil.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.CorefChain;
import org.vigil.model.CorefMention;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * A light coreference linker for the anaphors that matter to event coding: a definite description of an
 * organisation ("the group", "the militia", "this organization") links to the most recent named organisation,
 * and a personal pronoun ("he", "she") to the most recent named person, within a window of sentences.
 * Chosen over CoreNLP's statistical coref by measured cost (see the issue note): it runs in microseconds and
 * needs no parse. Stateless and thread-safe.
 */
public final class DefiniteDescriptionLinker {
  private static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "organization", "organisation",
      "movement", "faction", "outfit", "network", "party", "coalition", "alliance", "insurgents", "rebels",
      "militants", "guerrillas", "fighters");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final int WINDOW = 4;

  /** Links anaphors in {@code sentences}; returns one chain per antecedent that gained an anaphor. */
  public List<CorefChain> link(List<Sentence> sentences) {
    Map<String, List<CorefMention>> chains = new LinkedHashMap<>();
    Map<String, CorefMention> heads = new LinkedHashMap<>();
    CorefMention lastOrg = null;
    CorefMention lastPerson = null;
    List<List<String>> knownOrgs = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.heading()) {
        continue;
      }
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        String lower = t.word().toLowerCase(Locale.ROOT);
        if (isEntityStart(toks, i, "ORGANIZATION")) {
          lastOrg = entity(s, i, "ORGANIZATION");
          knownOrgs.add(words(s, lastOrg));
        } else if (startsKnown(toks, i, knownOrgs) > 0) {
          int n = startsKnown(toks, i, knownOrgs);
          lastOrg = new CorefMention(s.index(), i, i + n, i + n - 1, String.join(" ", words(toks, i, i + n)));
          i += n - 1;
        } else if (isEntityStart(toks, i, "PERSON")) {
          lastPerson = entity(s, i, "PERSON");
        } else if (DETERMINERS.contains(lower) && i + 1 < toks.size()
            && GROUP_NOUNS.contains(toks.get(i + 1).lemma().toLowerCase(Locale.ROOT))
            && !nextIsNamed(toks, i + 2) && near(lastOrg, s)) {
          add(chains, heads, lastOrg, new CorefMention(s.index(), i, i + 2, i + 1,
              t.word() + " " + toks.get(i + 1).word()));
        } else if (PERSON_PRONOUNS.contains(lower) && t.pos().startsWith("PRP") && near(lastPerson, s)) {
          add(chains, heads, lastPerson, new CorefMention(s.index(), i, i + 1, i, t.word()));
        }
      }
    }
    List<CorefChain> out = new ArrayList<>();
    chains.forEach((key, mentions) -> out.add(new CorefChain(heads.get(key), mentions)));
    return out;
  }

  /** Length of a name already seen as an organisation that starts at token i (NER may miss a repeat). */
  private static int startsKnown(List<Token> toks, int i, List<List<String>> known) {
    for (List<String> name : known) {
      if (i + name.size() <= toks.size() && words(toks, i, i + name.size()).equals(name)) {
        return name.size();
      }
    }
    return 0;
  }

  private static List<String> words(Sentence s, CorefMention m) {
    return words(s.tokens(), m.start(), m.end());
  }

  private static List<String> words(List<Token> toks, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      out.add(toks.get(k).word());
    }
    return out;
  }

  private static boolean near(CorefMention antecedent, Sentence s) {
    return antecedent != null && s.index() - antecedent.sentence() <= WINDOW;
  }

  private static boolean nextIsNamed(List<Token> toks, int i) {
    return i < toks.size() && !"O".equals(toks.get(i).ner()) && toks.get(i).pos().startsWith("NNP");
  }

  private static boolean isEntityStart(List<Token> toks, int i, String type) {
    return type.equals(toks.get(i).ner()) && (i == 0 || !type.equals(toks.get(i - 1).ner()));
  }

  private static CorefMention entity(Sentence s, int start, String type) {
    int end = start;
    StringBuilder text = new StringBuilder();
    while (end < s.tokens().size() && type.equals(s.tokens().get(end).ner())) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(s.tokens().get(end).word());
      end++;
    }
    return new CorefMention(s.index(), start, end, end - 1, text.toString());
  }

  private static void add(Map<String, List<CorefMention>> chains, Map<String, CorefMention> heads,
      CorefMention antecedent, CorefMention anaphor) {
    String key = antecedent.text().toLowerCase(Locale.ROOT);
    heads.putIfAbsent(key, antecedent);
    chains.computeIfAbsent(key, k -> new ArrayList<>(List.of(antecedent))).add(anaphor);
  }
}
