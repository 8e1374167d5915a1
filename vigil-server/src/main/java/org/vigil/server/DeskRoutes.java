package org.vigil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.analytics.ActorHierarchy;
import org.vigil.analytics.Commitment;
import org.vigil.analytics.CommitmentTracker;
import org.vigil.analytics.EscalationAlert;
import org.vigil.analytics.EscalationDetector;

/** The analyses: commitments and their fate, escalation alerts, incidents with their reports, store status. */
final class DeskRoutes {
  private static final Pattern INCIDENT = Pattern.compile("inc-[0-9a-f]{1,64}");
  private final ReaderPool pool;
  private final ActorHierarchy hierarchy;
  private final String storeName;

  DeskRoutes(ReaderPool pool, ActorHierarchy hierarchy, String storeName) {
    this.pool = pool;
    this.hierarchy = hierarchy;
    this.storeName = storeName;
  }

  void register(Javalin app) {
    app.get("/api/commitments", this::commitments);
    app.get("/api/alerts", this::alerts);
    app.get("/api/incidents", this::incidents);
    app.get("/api/incident", this::incident);
    app.get("/api/status", this::status);
  }

  private void commitments(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    int window = q.integer("window", 30, 1, 3660);
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    CommitmentTracker tracker = new CommitmentTracker(hierarchy, window);
    ctx.json(pool.withReader(r -> {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Commitment c : tracker.track(r, from, to)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("maker", c.maker());
        m.put("counterpart", c.counterpart());
        m.put("date", c.date().toString());
        m.put("until", c.until().toString());
        m.put("fate", c.fate());
        m.put("by", c.by());
        m.put("event", Rows.clean(c.event()));
        m.put("evidence_count", c.evidence().size());
        m.put("evidence", Rows.clean(first(c.evidence())));
        m.put("counter_acts_count", c.counterActs().size());
        m.put("counter_acts", Rows.clean(first(c.counterActs())));
        items.add(m);
      }
      return Map.of("window", window, "items", items);
    }));
  }

  /** The first events that decide a commitment: enough to cite, never a page-sized list. */
  private static List<Map<String, Object>> first(List<Map<String, Object>> rows) {
    return rows.size() <= 10 ? rows : rows.subList(0, 10);
  }

  private void alerts(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    double threshold = q.decimal("threshold", 2.5, 0.1, 100);
    int minEvents = q.integer("min_events", 3, 2, 1_000_000);
    boolean both = Boolean.parseBoolean(q.matching("both", Pattern.compile("true|false"), "true or false"));
    EscalationDetector detector = new EscalationDetector(threshold, minEvents);
    ctx.json(pool.withReader(r -> {
      List<Map<String, Object>> items = new ArrayList<>();
      for (EscalationAlert a : detector.detect(r, both)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a.sideA());
        m.put("b", a.sideB());
        m.put("direction", a.direction());
        m.put("first_week", a.firstWeek().toString());
        m.put("change_week", a.changeWeek().toString());
        m.put("mean_before", a.meanBefore());
        m.put("mean_after", a.meanAfter());
        m.put("statistic", a.statistic());
        m.put("weeks", a.weeks());
        m.put("cited", Rows.clean(a.cited()));
        items.add(m);
      }
      return Map.of("threshold", threshold, "items", items);
    }));
  }

  private void incidents(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    int minSources = q.integer("min_sources", 1, 1, 1000);
    int limit = q.integer("limit", 100, 1, 1000);
    int offset = q.integer("offset", 0, 0, 10_000_000);
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    String country = q.matching("country", Pattern.compile("[A-Za-z]{2,6}"), "a country code");
    List<Object> params = new ArrayList<>(List.of(minSources));
    StringBuilder where = new StringBuilder("sources >= ?");
    if (from != null) {
      where.append(" AND date_end >= ?");
      params.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      where.append(" AND date_start <= ?");
      params.add(java.sql.Date.valueOf(to));
    }
    if (country != null) {
      where.append(" AND (src_country = upper(?) OR tgt_country = upper(?))");
      params.add(country);
      params.add(country);
    }
    params.add(limit);
    params.add(offset);
    ctx.json(pool.withReader(r -> Map.of("items", Rows.clean(r.query("SELECT * FROM incidents WHERE " + where
        + " ORDER BY date_start DESC, incident_id LIMIT ? OFFSET ?", params)))));
  }

  /** One incident with every report merged into it, each with its sentence's text. */
  private void incident(Context ctx) {
    String id = new QueryParams(ctx).matching("id", INCIDENT, "an incident id");
    if (id == null) {
      throw ApiProblem.badParameter("id", "is required (an incident id)");
    }
    ctx.json(pool.withReader(r -> {
      List<Map<String, Object>> inc = r.query("SELECT * FROM incidents WHERE incident_id = ?", List.of(id));
      if (inc.isEmpty()) {
        throw ApiProblem.notFound("no incident '" + id + "'");
      }
      Map<String, Object> out = new LinkedHashMap<>(Rows.clean(inc.get(0)));
      out.put("reports", Rows.clean(r.query("SELECT m.*, e.text, e.src_text, e.tgt_text, e.date FROM"
          + " event_mentions m LEFT JOIN events e ON e.event_id = m.event_id WHERE m.incident_id = ?"
          + " ORDER BY m.first_seen, m.event_id", List.of(id))));
      return out;
    }));
  }

  private void status(Context ctx) {
    ctx.json(pool.withReader(r -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("store", storeName);
      out.put("snapshot", r.fromSnapshot());
      out.put("articles", r.count("SELECT count(*) FROM articles WHERE is_current"));
      out.put("events", r.count("SELECT count(*) FROM ev"));
      out.put("last_event", Rows.clean(r.query("SELECT max(date) AS d FROM ev", List.of()).get(0)).get("d"));
      out.put("corrections", r.count("SELECT count(*) FROM corr"));
      return out;
    }));
  }
}
