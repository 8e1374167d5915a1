package org.vigil.actors;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes converted candidates in the actor file format: {@code [people]} with dated roles (title = the
 * Phoenix code, range half-open, an empty end for an open end, an empty start where Phoenix gives none),
 * {@code [groups]} and {@code [sectors]}, each entry with a {@code phx-} id and a note naming its Phoenix
 * file:line. Not thread-safe.
 */
final class PhoenixActorWriter {
  private final Set<String> ids = new HashSet<>();
  private final StringBuilder out = new StringBuilder();

  String write(String header, List<PhoenixCandidate> candidates) {
    out.append(header);
    section("people", ActorKind.PERSON, candidates);
    section("groups", ActorKind.GROUP, candidates);
    section("sectors", ActorKind.SECTOR, candidates);
    return out.toString();
  }

  private void section(String name, ActorKind kind, List<PhoenixCandidate> candidates) {
    out.append('[').append(name).append("]\n");
    for (PhoenixCandidate c : candidates) {
      if (c.kind() == kind) {
        entry(c);
      }
    }
  }

  private void entry(PhoenixCandidate c) {
    String base = c.kind() == ActorKind.SECTOR ? "phx-agents-" + c.sector().toLowerCase(Locale.ROOT)
        : "phx-" + slug(c.names().get(0));
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    out.append(id).append(" | names: ").append(String.join("; ", c.names()));
    if (c.country() != null) {
      out.append(" | country: ").append(c.country());
    }
    if (c.sector() != null) {
      out.append(" | sector: ").append(c.sector());
    }
    for (PhoenixCandidate.Span s : c.roles()) {
      out.append("\n  | role: ").append(s.country()).append(' ').append(s.sector()).append(' ').append(s.code())
          .append(' ').append(date(s.from())).append("..").append(date(s.to()));
    }
    out.append("\n  | note: Phoenix ").append(c.source()).append('\n');
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  static String slug(String name) {
    String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "x" : s;
  }
}
