package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import org.vigil.actors.PhraseMatcher.Match;
import org.vigil.actors.PhraseMatcher.Word;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.Token;

/**
 * Resolves a noun phrase against the actor knowledge base on a date. A named person, group, organisation or
 * metonym wins; otherwise a country, demonym or organisation modifier gives the country and the head's noun
 * or title the sector. A bare title ("the president") or a singular noun ("the group") stays empty for the
 * coder's coreference; an unmatched named entity comes back with its text and NER type only. Thread-safe.
 */
final class DictionaryActorResolver implements ActorResolver {
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
  private static final Set<String> BRANCHES =
      Set.of("branch", "branches", "affiliate", "affiliates", "offshoot", "franchise", "province", "cell", "cells");
  private final ActorKnowledgeBase base;
  private final PhraseMatcher matcher;
  private final PersonRoles people;

  DictionaryActorResolver(ActorKnowledgeBase base, AliasIndex index) {
    this.base = base;
    this.matcher = new PhraseMatcher(index);
    this.people = new PersonRoles(base);
  }

  @Override
  public Optional<ActorRef> resolve(List<Token> phrase, int head, LocalDate date) {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(date, "date");
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    if (head < 0 || head >= phrase.size()) {
      throw new IllegalArgumentException("head " + head + " outside phrase of " + phrase.size() + " tokens");
    }
    List<Word> words = PhraseMatcher.words(phrase);
    List<Match> matches = matcher.match(words);
    String text = PhraseText.of(phrase);
    Optional<Match> person = named(matches, head, ActorKind.PERSON);
    if (person.isPresent()) {
      return Optional.of(people.resolve(text, person.get(), date));
    }
    Optional<Match> group = named(matches, head, ActorKind.GROUP);
    if (group.isPresent()) {
      return Optional.of(group(text, group.get(), date, matches, localCountry(phrase, matches, group.get(), head)));
    }
    return countryAndSector(text, phrase, words, matches, head);
  }

  @Override
  public String version() {
    return base.version();
  }

  /**
   * The plain match of {@code kind} covering the head, else the one nearest before it, else the first; a group
   * that leads the head ("Hamas-led militants") when no group is named plainly.
   */
  private static Optional<Match> named(List<Match> matches, int head, ActorKind kind) {
    Match best = null;
    Match leader = null;
    for (Match m : matches) {
      if (m.role() == PhraseMatcher.Role.LEADER && kind == ActorKind.GROUP && hasKind(m, kind) && leader == null) {
        leader = m;
      }
      if (m.role() != PhraseMatcher.Role.PLAIN || !hasKind(m, kind)) {
        continue;
      }
      if (m.covers(head)) {
        return Optional.of(m);
      }
      if (best == null || (m.lastToken() < head && m.lastToken() > best.lastToken())) {
        best = m;
      }
    }
    return Optional.ofNullable(best != null ? best : leader);
  }

  private static boolean hasKind(Match m, ActorKind kind) {
    return m.hits().get(0).entry().kind() == kind;
  }

  /**
   * A named group: its home country and sector, or those of a dated role it holds (in power, say); a
   * transnational group, or a group's named branch ("Islamic State's Afghan branch"), takes the country the
   * phrase places it in.
   */
  private ActorRef group(String text, Match match, LocalDate date, List<Match> matches, Optional<Match> local) {
    AliasIndex.Hit hit = match.hits().get(0);
    ActorEntry e = hit.entry();
    String basis = e.source() + " " + e.id() + " ('" + hit.alias() + "')";
    if (local.isPresent()) {
      AliasIndex.Hit c = local.get().hits().get(0);
      return new ActorRef(text, c.entry().country(), e.sector(), e.id(), null,
          basis + " in " + c.entry().country() + " ('" + c.alias() + "', " + c.entry().source() + ")");
    }
    Optional<Role> role = PersonRoles.active(e, date);
    if (role.isPresent() && role.get().country() != null) {
      Role r = role.get();
      return new ActorRef(text, r.country(), r.sector(), e.id(), null,
          basis + ": " + r.title() + " " + r.range() + " (" + r.source() + ")" + affiliations(matches));
    }
    return new ActorRef(text, e.country(), e.sector(), e.id(), null, basis + affiliations(matches));
  }

  /** The country a transnational group or a group's branch is placed in by the phrase, if any. */
  private static Optional<Match> localCountry(List<Token> phrase, List<Match> matches, Match group, int head) {
    ActorEntry e = group.hits().get(0).entry();
    boolean branch = !group.covers(head) && BRANCHES.contains(phrase.get(head).word().toLowerCase(Locale.ROOT));
    boolean transnational = e.country() == null || KnowledgeValidator.TRANSNATIONAL.equals(e.country());
    if (!transnational && !branch) {
      return Optional.empty();
    }
    return countryMatch(matches, head).filter(m -> m.role() == PhraseMatcher.Role.PLAIN
        && m.hits().get(0).entry().kind() != ActorKind.IGO);
  }

  private Optional<ActorRef> countryAndSector(
      String text, List<Token> phrase, List<Word> words, List<Match> matches, int head) {
    Optional<Match> country = countryMatch(matches, head)
        .filter(m -> m.firstToken() <= head || !ownedByPronoun(phrase, head));
    Optional<Match> noun = sectorMatch(matches, head);
    Optional<String> entity = UnknownEntity.find(phrase, words, matches);
    if (country.isEmpty()) {
      if (noun.isPresent() && noun.get().covers(head) && standsAlone(noun.get(), phrase)) {
        ActorEntry s = noun.get().hits().get(0).entry();
        return Optional.of(new ActorRef(text, null, s.sector(), null, null, s.source() + " sector " + s.sector()));
      }
      return entity.map(ner -> new ActorRef(UnknownEntity.text(phrase, ner), null, null, null, ner,
          "unknown " + ner + ": no actor entry matches"));
    }
    Optional<Match> owner = ownerOfInstitution(matches, country.get(), head);
    if (owner.isPresent()) {
      noun = country;
      country = owner;
    }
    AliasIndex.Hit c = country.get().hits().get(0);
    ActorEntry ce = c.entry();
    String sector = ce.sector();
    String basis = ce.source() + " " + ce.country() + " (" + c.form() + " '" + c.alias() + "')";
    if (noun.isPresent() && (noun.get().covers(head) || sector == null)) {
      ActorEntry s = noun.get().hits().get(0).entry();
      sector = s.sector();
      basis += " + " + s.source() + " " + s.sector() + " ('" + noun.get().hits().get(0).alias() + "')";
    }
    String actor = ce.kind() == ActorKind.IGO ? ce.id() : null;
    return Optional.of(new ActorRef(text, ce.country(), sector, actor, entity.orElse(null),
        basis + affiliations(matches)));
  }

  /**
   * "Peru's Congress", "Germany's Foreign Office": an institution named like another country's (a metonym at
   * the head) belongs to the country that modifies it; the metonym then gives only the sector.
   */
  private static Optional<Match> ownerOfInstitution(List<Match> matches, Match chosen, int head) {
    ActorEntry e = chosen.hits().get(0).entry();
    if (e.kind() != ActorKind.METONYM || e.sector() == null || !chosen.covers(head)) {
      return Optional.empty();
    }
    Match owner = null;
    for (Match m : matches) {
      ActorEntry o = m.hits().get(0).entry();
      if (m != chosen && m.role() == PhraseMatcher.Role.PLAIN && m.lastToken() < chosen.firstToken()
          && o.kind() == ActorKind.COUNTRY && !o.country().equals(e.country())) {
        owner = m;
      }
    }
    return Optional.ofNullable(owner);
  }

  /**
   * "its troops from Niger": a possessive pronoun before the head names the owner elsewhere, so a country
   * after the head is a place, not the actor's nationality.
   */
  private static boolean ownedByPronoun(List<Token> phrase, int head) {
    for (int t = 0; t < head; t++) {
      if (POSSESSIVE_PRONOUNS.contains(phrase.get(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Country-like modifiers (country, organisation, metonym): nearest at or before the head, else after. */
  private static Optional<Match> countryMatch(List<Match> matches, int head) {
    Match before = null;
    Match after = null;
    Match led = null;
    for (Match m : matches) {
      ActorKind kind = m.hits().get(0).entry().kind();
      if (kind != ActorKind.COUNTRY && kind != ActorKind.IGO && kind != ActorKind.METONYM) {
        continue;
      }
      if (m.role() == PhraseMatcher.Role.LEADER && led == null) {
        led = m;
      } else if (m.role() == PhraseMatcher.Role.PLAIN) {
        if (m.firstToken() <= head && !venueAfterCountry(before, m)) {
          before = m;
        } else if (m.firstToken() > head && after == null) {
          after = m;
        }
      }
    }
    Match pick = before != null ? before : after != null ? after : led;
    return Optional.ofNullable(pick);
  }

  /** "Russia's UN ambassador": an organisation after a country names the venue of the role, not its owner. */
  private static boolean venueAfterCountry(Match country, Match next) {
    return country != null && country.hits().get(0).entry().kind() == ActorKind.COUNTRY
        && next.hits().get(0).entry().kind() == ActorKind.IGO;
  }

  /** The sector noun or title covering the head, else the last one in the phrase. */
  private static Optional<Match> sectorMatch(List<Match> matches, int head) {
    Match last = null;
    for (Match m : matches) {
      ActorKind kind = m.hits().get(0).entry().kind();
      if (m.role() != PhraseMatcher.Role.PLAIN || (kind != ActorKind.SECTOR && kind != ActorKind.TITLE)) {
        continue;
      }
      if (m.covers(head)) {
        return Optional.of(m);
      }
      last = m;
    }
    return Optional.ofNullable(last);
  }

  /**
   * A sector noun alone names an actor only when it is the head and plural (by POS tag, or by its ending when
   * untagged) or marked standalone ("police"); a title never does.
   */
  private static boolean standsAlone(Match noun, List<Token> phrase) {
    ActorEntry e = noun.hits().get(0).entry();
    if (e.kind() != ActorKind.SECTOR) {
      return false;
    }
    Token last = phrase.get(noun.lastToken());
    String w = last.word().toLowerCase(java.util.Locale.ROOT);
    boolean plural = last.pos().isEmpty()
        ? (w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("men")
        : last.pos().startsWith("NNS") || last.pos().startsWith("NNPS");
    return e.standalone() || plural;
  }

  private String affiliations(List<Match> matches) {
    StringBuilder b = new StringBuilder();
    for (Match m : matches) {
      if (m.role() == PhraseMatcher.Role.AFFILIATION) {
        ActorEntry e = m.hits().get(0).entry();
        b.append("; affiliated with ").append(e.kind() == ActorKind.COUNTRY ? e.country() : e.id());
      }
    }
    return b.toString();
  }
}
