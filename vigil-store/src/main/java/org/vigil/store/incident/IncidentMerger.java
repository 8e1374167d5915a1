package org.vigil.store.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges event reports into incidents. Two reports are linked when they share the dyad (source and target
 * country; reports with neither country known stay single), their named actors do not conflict, their codes are compatible (same root, or both material attacks
 * of roots 18-20, which covers an attack and its casualty report), their dates lie within the window and their
 * places within the distance; incidents are the groups so linked, joined in a canonical order (by date, then
 * event id) and never beyond a total span of days. The result depends only on the set of reports, never on the
 * order they arrive in, and merging is idempotent. Immutable and thread-safe.
 */
public final class IncidentMerger {
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  private static final String UNKNOWN_DYAD = "---|---";
  private final MergeSettings settings;

  public IncidentMerger(MergeSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The incidents of {@code facts} (duplicates by event id count once), ordered by id. */
  public List<Incident> merge(List<EventFact> facts) {
    Map<String, EventFact> byId = new TreeMap<>();
    facts.forEach(f -> byId.putIfAbsent(f.eventId(), f));
    List<EventFact> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(EventFact::date).thenComparing(EventFact::eventId));
    int[] parent = new int[sorted.size()];
    LocalDate[] first = new LocalDate[sorted.size()];
    LocalDate[] last = new LocalDate[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      first[i] = sorted.get(i).date();
      last[i] = first[i];
    }
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        EventFact a = sorted.get(i);
        EventFact b = sorted.get(j);
        if (ChronoUnit.DAYS.between(a.date(), b.date()) > settings.maxDays()) {
          break;
        }
        if (linked(a, b)) {
          union(parent, first, last, i, j);
        }
      }
    }
    Map<Integer, List<EventFact>> groups = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    List<Incident> out = new ArrayList<>();
    for (List<EventFact> g : groups.values()) {
      out.add(incident(g));
    }
    out.sort(Comparator.comparing(Incident::id));
    return out;
  }

  boolean linked(EventFact a, EventFact b) {
    return a.dyad().equals(b.dyad()) && !a.dyad().equals(UNKNOWN_DYAD)
        && !conflict(a.srcActor(), b.srcActor()) && !conflict(a.tgtActor(), b.tgtActor())
        && (a.root().equals(b.root()) || ATTACK_ROOTS.contains(a.root()) && ATTACK_ROOTS.contains(b.root()))
        && near(a, b);
  }

  private static boolean conflict(String x, String y) {
    return x != null && y != null && !x.equals(y);
  }

  private boolean near(EventFact a, EventFact b) {
    if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
      return km(a.lat(), a.lon(), b.lat(), b.lon()) <= settings.maxKm();
    }
    return a.placeCountry() == null || b.placeCountry() == null || a.placeCountry().equals(b.placeCountry());
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the groups of a and b unless the joined group would span more than the allowed days. */
  private void union(int[] parent, LocalDate[] first, LocalDate[] last, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra == rb) {
      return;
    }
    LocalDate lo = first[ra].isBefore(first[rb]) ? first[ra] : first[rb];
    LocalDate hi = last[ra].isAfter(last[rb]) ? last[ra] : last[rb];
    if (ChronoUnit.DAYS.between(lo, hi) > settings.maxSpanDays()) {
      return;
    }
    int root = Math.min(ra, rb);
    parent[Math.max(ra, rb)] = root;
    first[root] = lo;
    last[root] = hi;
  }

  private static Incident incident(List<EventFact> group) {
    List<EventFact> g = new ArrayList<>(group);
    g.sort(Comparator.comparing(EventFact::eventId));
    String cameo = mode(g, EventFact::cameo);
    EventFact rep = g.stream().filter(f -> f.cameo().equals(cameo)).findFirst().orElseThrow();
    String place = mode(g, EventFact::place);
    EventFact at = g.stream().filter(f -> Objects.equals(f.place(), place)).findFirst().orElseThrow();
    Set<String> sources = new HashSet<>();
    g.forEach(f -> sources.add(f.sourceKey()));
    Integer fMin = g.stream().map(EventFact::fatalities).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    Integer fMax = g.stream().map(EventFact::fatalities).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    return new Incident("inc-" + sha(g.get(0).eventId()), rep.dyad(), rep.srcCountry(), mode(g, EventFact::srcActor),
        rep.tgtCountry(), mode(g, EventFact::tgtActor), mode(g, EventFact::root), cameo, rep.quadClass(),
        g.stream().map(EventFact::date).min(Comparator.naturalOrder()).orElseThrow(),
        g.stream().map(EventFact::date).max(Comparator.naturalOrder()).orElseThrow(),
        place, at.lat(), at.lon(), fMin, fMax, sources.size(), 1 - Math.pow(0.5, sources.size()),
        g.stream().map(EventFact::firstSeen).min(Comparator.naturalOrder()).orElseThrow(), g);
  }

  /** The most frequent non-null value, ties broken by the smallest; null when all are null. */
  private static String mode(List<EventFact> g, Function<EventFact, String> f) {
    Map<String, Integer> counts = new TreeMap<>();
    g.forEach(x -> {
      String v = f.apply(x);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    });
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
  }

  private static String sha(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
