package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.analytics.Correction;
import org.vigil.analytics.CorrectionLog;
import org.vigil.analytics.PatternPrecision;
import org.vigil.model.CameoCode;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;

/**
 * Corrections: list them, the live precision of each pattern from them, and make one (bearer token needed).
 * A correction names the event id it was made on; the event's original coding is looked up and kept as
 * "before", so the correction holds however often it is corrected again.
 */
final class CorrectionRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ANALYST = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");
  private static final Pattern SIDE = Pattern.compile("---|[A-Z]{3}([A-Z]{3})*");
  private static final Pattern ACTOR = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private final ReaderPool pool;
  private final CorrectionLog log;
  private final BearerToken token;
  private final Clock clock;

  CorrectionRoutes(ReaderPool pool, CorrectionLog log, BearerToken token, Clock clock) {
    this.pool = pool;
    this.log = log;
    this.token = token;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/api/corrections", ctx -> ctx.json(Map.of("items", log.all())));
    app.get("/api/corrections/precision", ctx -> ctx.json(Map.of("items",
        pool.withReader(r -> PatternPrecision.of(r, log.all())))));
    app.post("/api/corrections", this::create);
  }

  private void create(Context ctx) {
    if (!token.accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiProblem(401, "Unauthorized", "corrections need 'Authorization: Bearer <token>' (the token"
          + " is in the file 'vigil serve' printed at start)", null);
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (IOException e) {
      throw new ApiProblem(400, "Bad body", "the body is not JSON: " + QueryParams.clip(e.getMessage()), "body");
    }
    if (body == null || !body.isObject()) {
      throw new ApiProblem(400, "Bad body", "the body must be a JSON object", "body");
    }
    String eventId = field(body, "event_id", null);
    Correction.Verdict verdict;
    try {
      verdict = Correction.Verdict.parse(field(body, "verdict", null));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter("verdict", e.getMessage());
    }
    String analyst = field(body, "analyst", ANALYST);
    String note = body.path("note").asText("");
    if (note.length() > 2000) {
      throw ApiProblem.badParameter("note", "longer than 2000 characters");
    }
    Map<String, Object> row = pool.withReader(r -> {
      List<Map<String, Object>> rows = r.query("SELECT * FROM events WHERE event_id = ?", List.of(eventId));
      if (rows.isEmpty()) {
        throw ApiProblem.badParameter("event_id", "no event '" + QueryParams.clip(eventId) + "'");
      }
      return rows.get(0);
    });
    Correction.Coding before = coding(row);
    Correction.Coding after = switch (verdict) {
      case CONFIRM -> before;
      case REJECT -> null;
      case FIX -> fixed(body, before);
    };
    Correction c = log.append(new Correction(0, eventId, (String) row.get("article_id"),
        (Integer) row.get("sentence"), (Integer) row.get("span_start"), (Integer) row.get("span_end"), analyst,
        clock.instant(), verdict, before, after, note));
    ctx.status(201).json(c);
  }

  private static String field(JsonNode body, String name, Pattern p) {
    JsonNode n = body.get(name);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw ApiProblem.badParameter(name, "is required (a string)");
    }
    String v = n.asText().trim();
    if (v.length() > QueryParams.MAX_TEXT || (p != null && !p.matcher(v).matches())) {
      throw ApiProblem.badParameter(name, "not allowed: '" + QueryParams.clip(v) + "'");
    }
    return v;
  }

  /** The coding after a fix: each of cameo, source, target, mode given replaces the coded one. */
  private static Correction.Coding fixed(JsonNode body, Correction.Coding before) {
    String cameo = body.hasNonNull("cameo") ? field(body, "cameo", Pattern.compile("\\d{2,4}")) : before.cameo();
    CameoCode code = Ontology.loadDefault().lookup(cameo)
        .orElseThrow(() -> ApiProblem.badParameter("cameo", "not a CAMEO code in the ontology: " + cameo));
    String mode = before.mode();
    if (body.hasNonNull("mode")) {
      try {
        mode = Mode.parse(field(body, "mode", null)).label();
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter("mode", "unknown mode (asserted, negated, hypothetical, future,"
            + " historical, reported)");
      }
    }
    return new Correction.Coding(code.code(), code.quadClass(), code.goldstein(), code.plover(),
        side(body, "source", before.source()), side(body, "target", before.target()), mode);
  }

  /** A side as a gold code ("IRQREB", "---") with an optional actor id ("source_actor"); else unchanged. */
  private static Correction.Side side(JsonNode body, String name, Correction.Side before) {
    if (!body.hasNonNull(name) && !body.hasNonNull(name + "_actor")) {
      return before;
    }
    String code = body.hasNonNull(name) ? field(body, name, SIDE) : before.code();
    String actor = body.hasNonNull(name + "_actor") ? field(body, name + "_actor", ACTOR)
        : code.equals(before.code()) ? before.actor() : null;
    if (code.equals("---")) {
      return new Correction.Side(null, null, actor);
    }
    return new Correction.Side(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, actor);
  }

  static Correction.Coding coding(Map<String, Object> r) {
    return new Correction.Coding((String) r.get("cameo"), (Integer) r.get("quad_class"),
        (Double) r.get("goldstein"), (String) r.get("plover"), side(r, "src"), side(r, "tgt"),
        (String) r.get("mode"));
  }

  private static Correction.Side side(Map<String, Object> r, String p) {
    return new Correction.Side((String) r.get(p + "_country"), (String) r.get(p + "_sector"),
        (String) r.get(p + "_actor"));
  }
}
