package org.vigil.actors;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.actors.PhraseMatcher.Match;
import org.vigil.model.ActorRef;

/**
 * Resolves a matched person on a date: the first role active on that date gives country and sector; after
 * their last role a person is a politician out of office (sector OPP, the team's gold convention; CAMEO would
 * say ELI); before their first role only their home country is known. Where an alias names several people, the one in office on the date wins. Thread-safe.
 */
final class PersonRoles {
  static final String FORMER = "OPP";
  private final ActorKnowledgeBase base;

  PersonRoles(ActorKnowledgeBase base) {
    this.base = base;
  }

  ActorRef resolve(String text, Match match, LocalDate date) {
    AliasIndex.Hit hit = pick(match, date);
    ActorEntry person = hit.entry();
    String head = person.source() + " " + person.id() + " ('" + hit.alias() + "')";
    Optional<Role> active = active(person, date);
    if (active.isPresent()) {
      Role r = active.get();
      if (r.org() != null) {
        Optional<ActorEntry> org = base.entry(r.org());
        String country = org.map(ActorEntry::country).orElse(person.country());
        String sector = org.map(ActorEntry::sector).orElse(person.sector());
        return new ActorRef(text, country, sector, person.id(), null,
            head + ": " + r.title() + " of " + r.org() + " " + r.range() + " (" + r.source() + ")");
      }
      return new ActorRef(text, r.country(), r.sector(), person.id(), null,
          head + ": " + r.title() + " " + r.country() + " " + r.sector() + " " + r.range() + " (" + r.source() + ")");
    }
    Optional<Role> past = lastEndedBefore(person, date);
    if (past.isPresent()) {
      Role r = past.get();
      String country = r.country() != null ? r.country() : person.country();
      return new ActorRef(text, country, FORMER, person.id(), null,
          head + ": former " + r.title() + " " + r.range() + ", no role on " + date);
    }
    return new ActorRef(text, person.country(), person.sector(), person.id(), null,
        head + ": no role on " + date + " (before first role)");
  }

  private static AliasIndex.Hit pick(Match match, LocalDate date) {
    for (AliasIndex.Hit h : match.hits()) {
      if (active(h.entry(), date).isPresent()) {
        return h;
      }
    }
    return match.hits().get(0);
  }

  static Optional<Role> active(ActorEntry person, LocalDate date) {
    for (Role r : person.roles()) {
      if (r.activeOn(date)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static Optional<Role> lastEndedBefore(ActorEntry person, LocalDate date) {
    Role last = null;
    for (Role r : person.roles()) {
      if (r.to() != null && !r.to().isAfter(date) && (last == null || r.to().isAfter(last.to()))) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }
}
