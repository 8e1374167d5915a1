package org.vigil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analytics.ActorHierarchy;
import org.vigil.analytics.CorrectedEvents;
import org.vigil.analytics.DyadSeries;
import org.vigil.analytics.DyadSide;

/**
 * A pair of sides over time (series by day, week or month at the actor, country or sponsor level, and the
 * events of one period), the most active pairs, and actors: who appears, and one actor's roles over time, its
 * partners and the levels it rolls up to.
 */
final class DyadRoutes {
  private static final String SIDE_A = "coalesce(src_actor, src_country)";
  private static final String SIDE_B = "coalesce(tgt_actor, tgt_country)";
  private final ReaderPool pool;
  private final ActorHierarchy hierarchy;

  DyadRoutes(ReaderPool pool, ActorHierarchy hierarchy) {
    this.pool = pool;
    this.hierarchy = hierarchy;
  }

  void register(Javalin app) {
    app.get("/api/dyads", this::top);
    app.get("/api/dyads/series", this::series);
    app.get("/api/dyads/events", this::pairEvents);
    app.get("/api/actors", this::actors);
    app.get("/api/actors/{id}", this::actor);
  }

  private record Pair(DyadSide a, DyadSide b, LocalDate from, LocalDate to) {}

  private Pair pair(QueryParams q) {
    DyadSide.RollUp rollUp = q.choice("rollup", DyadSide.RollUp.class, DyadSide.RollUp.COUNTRY);
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    return new Pair(DyadSide.of(q.side("a", true), rollUp, hierarchy),
        DyadSide.of(q.side("b", true), rollUp, hierarchy), from, to);
  }

  private void series(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    Pair p = pair(q);
    DyadSeries.Interval interval = q.choice("interval", DyadSeries.Interval.class, DyadSeries.Interval.WEEK);
    ctx.json(pool.withReader(r -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("a", p.a().code());
      out.put("b", p.b().code());
      out.put("rollup", p.a().rollUp().name().toLowerCase(java.util.Locale.ROOT));
      out.put("a_actors", p.a().actorIds());
      out.put("b_actors", p.b().actorIds());
      out.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
      out.put("buckets", DyadSeries.of(r, p.a(), p.b(), interval, p.from(), p.to()));
      List<Object> params = new ArrayList<>();
      out.put("marks", Rows.clean(r.query("SELECT event_id, date, cameo, src_text, src_actor, src_country,"
          + " tgt_text, text, CASE WHEN cameo LIKE '13%' THEN 'threat' ELSE 'ceasefire' END AS kind FROM "
          + CorrectedEvents.VIEW + " WHERE " + DyadSide.pair(p.a(), p.b(), params) + " AND mode = 'asserted'"
          + " AND (cameo LIKE '087%' OR cameo IN ('0356', '0874') OR cameo LIKE '13%') ORDER BY date", params)));
      return out;
    }));
  }

  private void pairEvents(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    Pair p = pair(q);
    int limit = q.integer("limit", 200, 1, 1000);
    ctx.json(pool.withReader(r -> {
      List<Object> params = new ArrayList<>();
      String sql = "SELECT * FROM " + CorrectedEvents.VIEW + " WHERE " + DyadSide.pair(p.a(), p.b(), params)
          + " AND mode = 'asserted'";
      if (p.from() != null) {
        sql += " AND date >= ?";
        params.add(java.sql.Date.valueOf(p.from()));
      }
      if (p.to() != null) {
        sql += " AND date <= ?";
        params.add(java.sql.Date.valueOf(p.to()));
      }
      params.add(limit);
      return Map.of("items", Rows.clean(r.query(sql + " ORDER BY date, event_id LIMIT ?", params)));
    }));
  }

  /** The most active pairs (either direction), each side its actor id or else its country. */
  private void top(Context ctx) {
    int limit = new QueryParams(ctx).integer("limit", 20, 1, 500);
    ctx.json(pool.withReader(r -> Map.of("items", Rows.clean(r.query("SELECT least(" + SIDE_A + ", " + SIDE_B
        + ") AS a, greatest(" + SIDE_A + ", " + SIDE_B + ") AS b, count(*) AS events,"
        + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict, sum(goldstein) AS goldstein_sum,"
        + " min(date) AS first, max(date) AS last FROM " + CorrectedEvents.VIEW + " WHERE mode = 'asserted'"
        + " AND " + SIDE_A + " IS NOT NULL AND " + SIDE_B + " IS NOT NULL AND " + SIDE_A + " <> " + SIDE_B
        + " GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?", List.of(limit))))));
  }

  private void actors(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    String like = q.text("q");
    int limit = q.integer("limit", 50, 1, 500);
    List<Object> params = new ArrayList<>();
    String filter = like == null ? "" : " HAVING id ILIKE ? OR mode(name) ILIKE ?";
    if (like != null) {
      params.add("%" + like + "%");
      params.add("%" + like + "%");
    }
    params.add(limit);
    ctx.json(pool.withReader(r -> Map.of("items", Rows.clean(r.query("WITH s AS (SELECT coalesce(src_actor,"
        + " src_country) AS id, src_text AS name, src_country AS country, 'source' AS role FROM "
        + CorrectedEvents.VIEW + " WHERE mode = 'asserted' UNION ALL SELECT coalesce(tgt_actor, tgt_country),"
        + " tgt_text, tgt_country, 'target' FROM " + CorrectedEvents.VIEW + " WHERE mode = 'asserted')"
        + " SELECT id, any_value(country) AS country, mode(name) AS name, count(*) FILTER (WHERE role = 'source')"
        + " AS as_source, count(*) FILTER (WHERE role = 'target') AS as_target FROM s WHERE id IS NOT NULL"
        + " GROUP BY id" + filter + " ORDER BY count(*) DESC, id LIMIT ?", params)))));
  }

  /** One actor: levels it rolls up to, events per month as source and target by QuadClass, top partners. */
  private void actor(Context ctx) {
    String id = ctx.pathParam("id");
    if (!DyadSide.isCode(id)) {
      throw ApiProblem.badParameter("id", "not a country code or actor id: '" + QueryParams.clip(id) + "'");
    }
    ctx.json(pool.withReader(r -> {
      String self = "coalesce(%s_actor, %s_country) = ?";
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("levels", hierarchy.rollUp(id));
      out.put("members", hierarchy.members(id));
      out.put("sponsored", hierarchy.sponsored(id));
      out.put("months", Rows.clean(r.query("SELECT CAST(date_trunc('month', date) AS DATE) AS month,"
          + " CASE WHEN " + self.formatted("src", "src") + " THEN 'source' ELSE 'target' END AS role,"
          + " quad_class, count(*) AS events, sum(goldstein) AS goldstein_sum FROM " + CorrectedEvents.VIEW
          + " WHERE mode = 'asserted' AND (" + self.formatted("src", "src") + " OR "
          + self.formatted("tgt", "tgt") + ") GROUP BY ALL ORDER BY month, role, quad_class",
          List.of(id, id, id))));
      out.put("partners", Rows.clean(r.query("SELECT CASE WHEN " + self.formatted("src", "src") + " THEN "
          + SIDE_B + " ELSE " + SIDE_A + " END AS partner, count(*) AS events, sum(goldstein) AS goldstein_sum"
          + " FROM " + CorrectedEvents.VIEW + " WHERE mode = 'asserted' AND (" + self.formatted("src", "src")
          + " OR " + self.formatted("tgt", "tgt") + ") GROUP BY 1 HAVING partner IS NOT NULL"
          + " ORDER BY events DESC LIMIT 20", List.of(id, id, id))));
      if (((List<?>) out.get("months")).isEmpty() && hierarchy.rollUp(id).isEmpty()) {
        throw ApiProblem.notFound("no actor '" + id + "' in the store or the actor files");
      }
      return out;
    }));
  }
}
