package org.vigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A stored event row in Vigil's event JSON schema (the field names of {@code vigil code --format jsonl}), with
 * the store's provenance fields added: event id, version, outlet, URL, coder, ontology and actor-file versions.
 * Thread-safe.
 */
final class StoredEventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredEventJson() {}

  static ObjectNode toJson(Map<String, Object> r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article", str(r, "article_id"));
    o.put("sentence", (Integer) r.get("sentence"));
    o.putArray("span").add((Integer) r.get("span_start")).add((Integer) r.get("span_end"));
    o.put("text", str(r, "text"));
    o.put("date", str(r, "date"));
    o.put("article_date", str(r, "article_date"));
    o.set("source", actor(r, "src_"));
    o.set("target", actor(r, "tgt_"));
    o.put("cameo", str(r, "cameo"));
    o.put("root", str(r, "root"));
    o.put("quad_class", (Integer) r.get("quad_class"));
    o.put("goldstein", (Double) r.get("goldstein"));
    o.put("plover", str(r, "plover"));
    o.put("mode", str(r, "mode"));
    o.set("location", location(r));
    o.put("fatalities", (Integer) r.get("fatalities"));
    o.put("fatalities_qualifier", str(r, "fatalities_qualifier"));
    if (r.get("trigger_start") != null) {
      o.putArray("trigger").add((Integer) r.get("trigger_start")).add((Integer) r.get("trigger_end"));
    }
    o.put("claimant", str(r, "claimant"));
    o.put("event_id", str(r, "event_id"));
    o.put("version", (Integer) r.get("version"));
    o.put("outlet", str(r, "outlet"));
    o.put("url", str(r, "url"));
    o.put("pattern", str(r, "pattern"));
    com.fasterxml.jackson.databind.node.ArrayNode rules = o.putArray("rules");
    String named = str(r, "rules");
    if (named != null && !named.isBlank()) {
      for (String n : named.trim().split("\\s+")) {
        rules.add(n);
      }
    }
    o.put("coder_version", str(r, "coder_version"));
    o.put("ontology_version", str(r, "ontology_version"));
    o.put("actors_version", str(r, "actors_version"));
    return o;
  }

  private static ObjectNode actor(Map<String, Object> r, String p) {
    if (r.get(p + "text") == null && r.get(p + "country") == null && r.get(p + "actor") == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("text", str(r, p + "text"));
    o.put("country", str(r, p + "country"));
    o.put("sector", str(r, p + "sector"));
    o.put("actor", str(r, p + "actor"));
    return o;
  }

  private static ObjectNode location(Map<String, Object> r) {
    if (r.get("loc_name") == null && r.get("loc_country") == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("name", str(r, "loc_name"));
    o.put("country", str(r, "loc_country"));
    o.put("lat", (Double) r.get("loc_lat"));
    o.put("lon", (Double) r.get("loc_lon"));
    return o;
  }

  static String str(Map<String, Object> r, String k) {
    Object v = r.get(k);
    return v == null ? null : v.toString();
  }
}
