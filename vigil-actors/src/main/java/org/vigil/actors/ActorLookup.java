package org.vigil.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.Token;

/**
 * Explains what a mention resolves to on a date ({@code vigil actors lookup}): the code, the entry and role
 * that gave it, the entry's umbrella, sponsors and dated roles. Stateless.
 */
public final class ActorLookup {
  private ActorLookup() {}

  /**
   * The explanation of {@code mention} on {@code date}; {@code ner} (e.g. "PERSON"), when not blank, tags the
   * mention's capitalised words as a named entity, as the NLP stage would.
   */
  public static String explain(ActorKnowledgeBase kb, String mention, LocalDate date, String ner) {
    return explain(kb, mention, date, ner, null);
  }

  /** As {@link #explain(ActorKnowledgeBase, String, LocalDate, String)} with the phrase head given by its word. */
  public static String explain(ActorKnowledgeBase kb, String mention, LocalDate date, String ner, String headWord) {
    Map<String, String> tags = new HashMap<>();
    if (ner != null && !ner.isBlank()) {
      for (Token t : PlainTokens.of(mention)) {
        if (Character.isUpperCase(t.word().charAt(0))) {
          tags.put(t.word(), ner);
        }
      }
    }
    List<Token> phrase = PlainTokens.of(mention, tags);
    if (phrase.isEmpty()) {
      return "\"" + mention + "\": no words\n";
    }
    int head = phrase.size() - 1;
    for (int i = 0; headWord != null && i < phrase.size(); i++) {
      if (phrase.get(i).word().equals(headWord)) {
        head = i;
        break;
      }
    }
    Optional<ActorRef> ref = kb.resolver().resolve(phrase, head, date);
    StringBuilder b = new StringBuilder();
    b.append('"').append(mention).append("\" on ").append(date).append(": ");
    if (ref.isEmpty()) {
      return b.append("no actor (a bare title or singular noun is left to coreference)\n").toString();
    }
    ActorRef r = ref.get();
    b.append(r.isUnresolved() ? "unresolved " + r.nerType() + " '" + r.text() + "'" : r.cameoCode());
    if (r.actor() != null) {
      b.append("  actor=").append(r.actor());
    }
    b.append("\n  basis: ").append(r.basis()).append('\n');
    if (r.actor() != null) {
      kb.entry(r.actor()).ifPresent(e -> describe(kb, e, date, b));
    }
    b.append("  actor files version ").append(kb.version()).append('\n');
    return b.toString();
  }

  private static void describe(ActorKnowledgeBase kb, ActorEntry e, LocalDate date, StringBuilder b) {
    b.append("  entry ").append(e.id()).append(" (").append(e.kind().name().toLowerCase(java.util.Locale.ROOT))
        .append(", ").append(e.source()).append("): ").append(String.join("; ", e.names())).append('\n');
    if (e.partOf() != null) {
      b.append("  part of: ").append(e.partOf()).append('\n');
    }
    if (!e.backedBy().isEmpty()) {
      b.append("  backed by: ").append(String.join(", ", e.backedBy())).append('\n');
    }
    b.append("  roll-up: ").append(String.join(" > ", kb.rollUp(e.id()))).append('\n');
    for (Role role : e.roles()) {
      String owner = role.org() != null ? "@" + role.org() : role.country() + " " + role.sector();
      b.append(role.activeOn(date) ? "  * " : "    ").append(role.title()).append(" (").append(owner).append(") ")
          .append(role.range()).append("  ").append(role.source()).append('\n');
    }
  }
}
