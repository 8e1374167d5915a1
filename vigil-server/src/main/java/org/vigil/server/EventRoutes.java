package org.vigil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analytics.CorrectedEvents;
import org.vigil.store.EventFilter;
import org.vigil.store.TextSearch;

/**
 * Events, one event with its evidence (the article, its sentences, the corrections of the event), full-text
 * search and the map's points. Every query reads the corrected view.
 */
final class EventRoutes {
  /** Sort keys a client may ask for, and their SQL. */
  enum Sort {
    DATE("date, event_id"), DATE_DESC("date DESC, event_id"), GOLDSTEIN("goldstein, date, event_id"),
    GOLDSTEIN_DESC("goldstein DESC, date, event_id"), SEEN("first_seen, event_id"),
    SEEN_DESC("first_seen DESC, event_id");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  private final ReaderPool pool;
  private final TextSearch search;

  EventRoutes(ReaderPool pool, TextSearch search) {
    this.pool = pool;
    this.search = search;
  }

  void register(Javalin app) {
    app.get("/api/events", this::events);
    app.get("/api/event", this::event);
    app.get("/api/search", this::search);
    app.get("/api/map", this::map);
  }

  private void events(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    EventFilter f = q.eventFilter();
    int limit = q.integer("limit", 100, 1, 1000);
    int offset = q.integer("offset", 0, 0, 10_000_000);
    Sort sort = q.choice("sort", Sort.class, Sort.DATE);
    ctx.json(pool.withReader(r -> {
      List<Object> params = new ArrayList<>();
      String where = f.where(params);
      long total = ((Number) r.query("SELECT count(*) AS n FROM " + CorrectedEvents.VIEW + " WHERE " + where,
          params).get(0).get("n")).longValue();
      List<Object> page = new ArrayList<>(params);
      page.add(limit);
      page.add(offset);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", total);
      out.put("offset", offset);
      out.put("limit", limit);
      out.put("items", Rows.clean(r.query("SELECT * FROM " + CorrectedEvents.VIEW + " WHERE " + where
          + " ORDER BY " + sort.sql + " LIMIT ? OFFSET ?", page)));
      return out;
    }));
  }

  /** One event (corrected, or as coded when rejected) with the article it came from and its corrections. */
  private void event(Context ctx) {
    String id = new QueryParams(ctx).text("id");
    if (id == null) {
      throw ApiProblem.badParameter("id", "is required (an event id)");
    }
    ctx.json(pool.withReader(r -> {
      List<Map<String, Object>> ev = r.query("SELECT * FROM " + CorrectedEvents.VIEW + " WHERE event_id = ?",
          List.of(id));
      List<Map<String, Object>> coded = r.query("SELECT * FROM events WHERE event_id = ?", List.of(id));
      if (coded.isEmpty()) {
        throw ApiProblem.notFound("no event '" + QueryParams.clip(id) + "'");
      }
      Object seq = coded.get(0).get("article_seq");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("event", Rows.clean(ev.isEmpty() ? coded.get(0) : ev.get(0)));
      out.put("coded", Rows.clean(coded.get(0)));
      out.put("rejected", ev.isEmpty());
      out.put("article", Rows.clean(r.query("SELECT article_id, version, is_current, date, title, url, outlet,"
          + " text FROM articles WHERE seq = ?", List.of(seq)).get(0)));
      out.put("sentences", Rows.clean(r.query("SELECT idx, span_start, span_end, heading FROM sentences"
          + " WHERE article_seq = ? ORDER BY idx", List.of(seq))));
      return out;
    }));
  }

  private void search(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    String query = q.text("q");
    if (query == null) {
      throw ApiProblem.badParameter("q", "is required (Lucene query syntax)");
    }
    int limit = q.integer("limit", 20, 1, 200);
    try {
      ctx.json(Map.of("items", search.search(query, limit)));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter("q", "not a valid query: " + QueryParams.clip(e.getMessage()));
    }
  }

  /** Located events for the map: position, QuadClass, code and a short label. */
  private void map(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    EventFilter f = q.eventFilter();
    int limit = q.integer("limit", 5000, 1, 20000);
    ctx.json(pool.withReader(r -> {
      List<Object> params = new ArrayList<>();
      String where = f.where(params) + " AND loc_lat IS NOT NULL AND loc_lon IS NOT NULL";
      params.add(limit);
      return Map.of("items", Rows.clean(r.query("SELECT event_id, date, loc_name, loc_country, loc_lat, loc_lon,"
          + " loc_precision, quad_class, cameo, src_text, tgt_text FROM " + CorrectedEvents.VIEW + " WHERE "
          + where + " ORDER BY date DESC, event_id LIMIT ?", params)));
    }));
  }
}
