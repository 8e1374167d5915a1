package org.vigil.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * The event JSON schema of Vigil's outputs ({@code --format jsonl}, exports): fixed field names, one object per
 * event. Thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static ObjectNode toJson(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("article", e.articleId());
    o.put("sentence", e.sentence());
    ArrayNode span = o.putArray("span");
    span.add(e.span().start()).add(e.span().end());
    o.put("text", e.text());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("article_date", e.articleDate() == null ? null : e.articleDate().toString());
    o.set("source", actor(e.source()));
    o.set("target", actor(e.target()));
    o.put("cameo", e.code().code());
    o.put("root", e.code().root());
    o.put("quad_class", e.code().quadClass());
    o.put("goldstein", e.code().goldstein());
    o.put("plover", e.code().plover());
    o.put("label", e.code().label());
    o.put("mode", e.mode().label());
    o.set("claimant", actor(e.claimant()));
    o.set("location", place(e.location()));
    if (e.fatalities() == null) {
      o.putNull("fatalities");
    } else {
      o.put("fatalities", e.fatalities());
    }
    if (e.trigger() != null) {
      o.putArray("trigger").add(e.trigger().start()).add(e.trigger().end());
    }
    o.put("pattern", e.pattern());
    ArrayNode rules = o.putArray("rules");
    e.rules().forEach(rules::add);
    return o;
  }

  public static String toLine(Event e) {
    return write(toJson(e), e);
  }

  /** One JSON line with the versions of coder, patterns and actor files that coded the event. */
  public static String toLine(Event e, String versions) {
    ObjectNode o = toJson(e);
    o.put("versions", versions);
    return write(o, e);
  }

  private static String write(ObjectNode o, Event e) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise event of " + e.articleId(), ex);
    }
  }

  private static ObjectNode actor(ActorRef a) {
    if (a == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", a.text());
    o.put("country", a.country());
    o.put("sector", a.sector());
    o.put("actor", a.actor());
    if (a.nerType() != null) {
      o.put("ner", a.nerType());
    }
    if (a.basis() != null) {
      o.put("basis", a.basis());
    }
    return o;
  }

  private static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("country", p.country());
    if (p.countries().size() > 1) {
      ArrayNode cs = o.putArray("countries");
      p.countries().forEach(cs::add);
    }
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("precision", p.precision());
    if (p.geonameId() != null) {
      o.put("geonames_id", p.geonameId());
    }
    o.put("inferred", p.inferred());
    o.put("reason", p.reason());
    return o;
  }
}
