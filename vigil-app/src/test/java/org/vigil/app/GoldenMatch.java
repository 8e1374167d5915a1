package org.vigil.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;

/** Whether a coded event agrees with every field a hand-written golden line names. */
final class GoldenMatch {
  private GoldenMatch() {}

  static boolean matches(JsonNode x, Event e) {
    if (x.has("sentence") && x.get("sentence").asInt() != e.sentence()) {
      return false;
    }
    if (x.has("cameo") && !x.get("cameo").asText().equals(e.code().code())) {
      return false;
    }
    if (x.has("root") && !contains(x.get("root"), e.code().root())) {
      return false;
    }
    if (x.has("mode") && !x.get("mode").asText().equals(e.mode().label())) {
      return false;
    }
    if (x.has("fatalities") && !Objects.equals(x.get("fatalities").asInt(), e.fatalities())) {
      return false;
    }
    if (x.has("location_countries") && !placeTouches(x.get("location_countries"), e)) {
      return false;
    }
    return actor(x.get("source"), e.source()) && actor(x.get("target"), e.target());
  }

  private static boolean actor(JsonNode x, ActorRef a) {
    if (x == null) {
      return true;
    }
    for (String field : new String[] {"country", "sector", "actor"}) {
      if (!x.has(field)) {
        continue;
      }
      String got = a == null ? null : switch (field) {
        case "country" -> a.country();
        case "sector" -> a.sector();
        default -> a.actor();
      };
      String want = x.get(field).isNull() ? null : x.get(field).asText();
      if (!Objects.equals(want, got)) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeTouches(JsonNode countries, Event e) {
    if (e.location() == null) {
      return false;
    }
    Set<String> have = new HashSet<>(e.location().countries());
    have.add(e.location().country());
    for (JsonNode c : countries) {
      if (!have.contains(c.asText())) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
