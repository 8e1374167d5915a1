package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts Phoenix dictionary entries into candidates: an entry with dated codes is a person whose roles keep
 * their dates (inclusive Phoenix ends become half-open ranges; an open end stays open; nothing is extended);
 * an entry with undated codes only is a named group, organisation, company or NGO; country names and places
 * (a bare country code) are left to countries.actors and the gazetteer. Groups Phoenix codes IMG are left out:
 * the conflict report shows Phoenix giving IMG to regional groups (Abu Sayyaf, Lashkar-e-Taiba, Jemaah
 * Islamiyah) that Vigil's convention codes by home country, which Phoenix does not give. Junk is counted by
 * class. Not thread-safe.
 */
final class PhoenixConversion {
  /** The dictionaries were built in 2014: a role starting later is an error. */
  static final LocalDate LAST_DAY = LocalDate.of(2014, 12, 31);

  private final PhoenixCodes codes;
  private final Map<String, Integer> dropped = new TreeMap<>();

  PhoenixConversion(PhoenixCodes codes) {
    this.codes = codes;
  }

  /** Counts of what was dropped, by reason. */
  Map<String, Integer> dropped() {
    return dropped;
  }

  Optional<PhoenixCandidate> convert(PhoenixReader.Entry e) {
    List<String> names = names(e);
    if (names.isEmpty()) {
      return none("entry without a usable name");
    }
    List<PhoenixCandidate.Span> spans = new ArrayList<>();
    List<PhoenixCodes.Mapped> undated = new ArrayList<>();
    for (PhoenixReader.Code c : e.codes()) {
      if (c.code().startsWith(PhoenixCodes.TRANSNATIONAL)) {
        return none("transnational (IMG) group: Phoenix gives IMG to regional groups Vigil codes by home country");
      }
      Optional<PhoenixCodes.Mapped> m = codes.map(c.code());
      if (m.isEmpty()) {
        drop(c.dated() ? "dated code with no Vigil counterpart (region, bare sector)" : "undated code with no Vigil counterpart");
      } else if (c.dated()) {
        span(c, m.get()).ifPresent(spans::add);
      } else {
        undated.add(m.get());
      }
    }
    boolean anyDated = e.codes().stream().anyMatch(PhoenixReader.Code::dated);
    return candidate(e, names, spans, undated.isEmpty() ? null : undated.get(0), anyDated);
  }

  private Optional<PhoenixCandidate> candidate(PhoenixReader.Entry e, List<String> names,
      List<PhoenixCandidate.Span> spans, PhoenixCodes.Mapped undated, boolean anyDated) {
    if (!spans.isEmpty()) {
      String country = undated != null ? undated.country() : latest(spans).country();
      String sector = undated != null && undated.country().equals(country) ? undated.sector() : null;
      return Optional.of(new PhoenixCandidate(ActorKind.PERSON, names, country, sector, merged(spans), e.location()));
    }
    if (anyDated && undated == null) {
      return none("person whose roles were all dropped");
    }
    if (undated == null) {
      return none(e.codes().isEmpty() ? "entry without a code" : "entry without a usable code");
    }
    if (undated.sector() == null && !isOrganisation(undated)) {
      return none("country or place name (countries.actors and the gazetteer hold these)");
    }
    return Optional.of(new PhoenixCandidate(ActorKind.GROUP, names, undated.country(), undated.sector(), List.of(),
        e.location()));
  }

  private List<String> names(PhoenixReader.Entry e) {
    Set<String> names = new LinkedHashSet<>();
    for (String n : e.names()) {
      List<String> aliases = PhoenixNames.aliases(n);
      if (aliases.isEmpty()) {
        drop("alias with pattern syntax or reserved characters");
      }
      names.addAll(aliases);
    }
    return List.copyOf(names);
  }

  private boolean isOrganisation(PhoenixCodes.Mapped m) {
    return m.country().length() == 3 && codes.isOrganisation(m.country());
  }

  private Optional<PhoenixCandidate.Span> span(PhoenixReader.Code c, PhoenixCodes.Mapped m) {
    LocalDate to = c.to() == null ? null : c.to().plusDays(1);
    if (c.from() != null && c.from().isAfter(LAST_DAY)) {
      drop("role starting after 2014 (the dictionaries stop in 2014)");
      return Optional.empty();
    }
    if (c.from() != null && to != null && !to.isAfter(c.from())) {
      drop("role ending before it starts");
      return Optional.empty();
    }
    String sector = m.sector();
    if (sector == null && codes.isOrganisation(m.country())) {
      sector = "IGO";
    }
    if (sector == null) {
      drop("dated code without a sector");
      return Optional.empty();
    }
    return Optional.of(new PhoenixCandidate.Span(m.country(), sector, c.code(), c.from(), to));
  }

  /** Spans of one code that touch become one; the most recent start comes first (it wins when two are active). */
  private static List<PhoenixCandidate.Span> merged(List<PhoenixCandidate.Span> spans) {
    List<PhoenixCandidate.Span> out = new ArrayList<>();
    for (PhoenixCandidate.Span s : spans) {
      PhoenixCandidate.Span cur = s;
      for (int i = out.size() - 1; i >= 0; i--) {
        if (out.get(i).touches(cur)) {
          cur = out.remove(i).merge(cur);
        }
      }
      out.add(cur);
    }
    out.sort(Comparator.comparing(PhoenixCandidate.Span::from, Comparator.nullsFirst(Comparator.naturalOrder()))
        .reversed());
    return out;
  }

  private static PhoenixCandidate.Span latest(List<PhoenixCandidate.Span> spans) {
    return merged(spans).get(0);
  }

  private Optional<PhoenixCandidate> none(String reason) {
    drop(reason);
    return Optional.empty();
  }

  private void drop(String reason) {
    dropped.merge(reason, 1, Integer::sum);
  }
}
