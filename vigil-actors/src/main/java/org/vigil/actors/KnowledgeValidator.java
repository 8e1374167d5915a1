package org.vigil.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks merged entries for consistency: known country and sector codes, known umbrella and sponsor ids,
 * roles of one person that repeat an office over overlapping dates, one office held by two people at once
 * (hand-made roles only: imported roles carry a code, not an office), and aliases claimed by two entries. Stateless apart from the problems it collects.
 */
final class KnowledgeValidator {
  static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "INS", "OPP", "PTY", "COP", "JUD", "MED", "CVL",
      "BUS", "REF", "HLH", "EDU", "LEG", "SPY", "ELI", "LAB", "AGR", "CRM", "UAF", "NGO", "IGO", "MNC", "SEP", "MOD",
      "RAD", "ENV", "HRI", "REL", "IMG", "SET", "DEV");

  /** CAMEO's code for an international militarized group (transnational networks such as al-Qaeda's core). */
  static final String TRANSNATIONAL = "IMG";

  private final Map<String, ActorEntry> entries;
  private final Set<String> codes = new HashSet<>();
  private final List<ActorFileException> problems = new ArrayList<>();

  KnowledgeValidator(Map<String, ActorEntry> entries) {
    this.entries = entries;
    for (ActorEntry e : entries.values()) {
      if (e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.IGO) {
        codes.add(e.country());
      }
    }
    codes.add(TRANSNATIONAL);
  }

  /** A role and who holds it. */
  private record Held(Role role, ActorEntry holder) {}

  List<ActorFileException> check(List<AliasIndex.Clash> clashes) {
    Map<String, List<Held>> offices = new HashMap<>();
    for (ActorEntry e : entries.values()) {
      code(e.source(), e.country(), "country");
      sector(e.source(), e.sector());
      if (e.kind() == ActorKind.IGO && e.country() == null) {
        problem(e.source(), "organisation " + e.id() + " has no code");
      }
      if (e.partOf() != null && !entries.containsKey(e.partOf())) {
        problem(e.source(), "unknown umbrella id '" + e.partOf() + "' in part-of of " + e.id());
      }
      for (String b : e.backedBy()) {
        if (!entries.containsKey(b) && !codes.contains(b)) {
          problem(e.source(), "unknown sponsor '" + b + "' in backed-by of " + e.id());
        }
      }
      roles(e, offices);
    }
    for (AliasIndex.Clash c : clashes) {
      problem(c.second().entry().source(), "duplicate alias '" + c.second().alias() + "' of "
          + c.second().entry().id() + " (also " + c.first().entry().id() + " at " + c.first().entry().source() + ")");
    }
    return problems;
  }

  private void roles(ActorEntry e, Map<String, List<Held>> offices) {
    for (Role r : e.roles()) {
      if (r.org() != null) {
        if (!entries.containsKey(r.org())) {
          problem(r.source(), "unknown group '@" + r.org() + "' in role of " + e.id());
        }
      } else {
        code(r.source(), r.country(), "role country");
        sector(r.source(), r.sector());
      }
      if (KnowledgeLoader.isImported(r.source())) {
        continue;
      }
      List<Held> held = offices.computeIfAbsent(officeKey(r), k -> new ArrayList<>());
      for (Held h : held) {
        if (h.role().overlaps(r)) {
          String who = h.holder() == e ? "another role of the same person" : h.holder().id();
          problem(r.source(), "overlapping role '" + officeKey(r) + "' " + r.range() + " of " + e.id()
              + " overlaps " + who + " " + h.role().range() + " (" + h.role().source() + ")");
        }
      }
      held.add(new Held(r, e));
    }
  }

  private static String officeKey(Role r) {
    String owner = r.org() != null ? "@" + r.org() : r.country();
    return owner + " " + r.title().toLowerCase(java.util.Locale.ROOT);
  }

  private void code(String where, String code, String what) {
    if (code != null && !codes.contains(code)) {
      problem(where, "unknown " + what + " code '" + code + "'");
    }
  }

  private void sector(String where, String sector) {
    if (sector != null && !SECTORS.contains(sector)) {
      problem(where, "unknown sector code '" + sector + "'");
    }
  }

  private void problem(String where, String reason) {
    problems.add(new ActorFileException(where, reason));
  }
}
