package org.vigil.app.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.actors.ActorEntry;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.analytics.ActorHierarchy;

/**
 * The actor knowledge base seen as a hierarchy: an actor's levels are its roll-up (umbrella groups, home
 * country, sponsor), and the reverse maps are built once at construction. Immutable, thread-safe.
 */
public final class KnowledgeBaseHierarchy implements ActorHierarchy {
  private final ActorKnowledgeBase kb;
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, Set<String>> sponsored = new HashMap<>();

  public KnowledgeBaseHierarchy(ActorKnowledgeBase kb) {
    this.kb = kb;
    for (ActorEntry e : kb.entries()) {
      List<String> levels = kb.rollUp(e.id());
      String sponsor = kb.sponsorOf(e.id()).orElse(null);
      for (String level : levels.subList(1, levels.size())) {
        if (!level.equals(sponsor) || level.equals(e.country())) {
          members.computeIfAbsent(level, k -> new TreeSet<>()).add(e.id());
        }
      }
      if (sponsor != null) {
        sponsored.computeIfAbsent(sponsor, k -> new TreeSet<>()).add(e.id());
      }
    }
  }

  @Override
  public List<String> rollUp(String actorId) {
    return kb.rollUp(actorId);
  }

  @Override
  public Set<String> members(String code) {
    return Set.copyOf(members.getOrDefault(code, Set.of()));
  }

  @Override
  public Set<String> sponsored(String code) {
    return Set.copyOf(sponsored.getOrDefault(code, Set.of()));
  }
}
