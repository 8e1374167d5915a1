package org.vigil.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API against a running {@code vigil serve}: writes need the token, hostile input in every filter is refused
 * (400) or matches nothing, never reaching the database as SQL, and bad parameters are named in problem JSON.
 */
class DeskSecurityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ATTACKS = List.of("' OR 1=1 --", "1; DROP TABLE events; --",
      "x' UNION SELECT text FROM articles --", "\") OR (\"a\"=\"a", "%' AND 1=(SELECT count(*) FROM events) --",
      "'; COPY events TO '/tmp/x.csv'; --", "../../../etc/passwd", "<script>alert(1)</script>");
  private static DeskFixture desk;
  private static long events;

  @BeforeAll
  static void start() throws IOException {
    desk = DeskFixture.get();
    events = status().get("events").asLong();
  }

  private static JsonNode status() throws IOException {
    return JSON.readTree(desk.get("/api/status").body());
  }

  private static String q(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  @Test
  void correctionWithoutTokenIsRefused() throws IOException {
    String body = "{\"event_id\":\"x\",\"verdict\":\"reject\",\"analyst\":\"mallory\"}";
    for (String auth : new String[] {null, "Bearer wrong-token-0123456789", "Basic " + desk.token,
        "Bearer " + desk.token + "x"}) {
      HttpResponse<String> r = desk.post("/api/corrections", body, auth);
      assertThat(r.statusCode()).as("auth %s", auth).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(JSON.readTree(desk.get("/api/corrections").body()).get("items").toString())
        .doesNotContain("mallory");
  }

  @Test
  void injectionInEveryEventFilterIsRefusedOrMatchesNothing() throws IOException {
    for (String param : List.of("from", "to", "actor", "country", "dyad", "code", "plover", "mode", "place",
        "text", "sort", "limit", "offset")) {
      for (String attack : ATTACKS) {
        HttpResponse<String> r = desk.get("/api/events?" + param + "=" + q(attack));
        assertRefusedOrEmpty(r, param, attack);
      }
    }
    assertThat(status().get("events").asLong()).isEqualTo(events);
  }

  @Test
  void injectionInOtherEndpointsIsRefusedOrMatchesNothing() throws IOException {
    for (String attack : ATTACKS) {
      for (String path : List.of("/api/dyads/series?b=USA&a=", "/api/dyads/events?a=USA&b=",
          "/api/dyads/series?a=USA&b=IRQ&rollup=", "/api/dyads/series?a=USA&b=IRQ&interval=", "/api/actors?q=",
          "/api/incident?id=", "/api/incidents?country=", "/api/event?id=", "/api/commitments?window=",
          "/api/alerts?threshold=", "/api/map?text=", "/api/actors/")) {
        HttpResponse<String> r = desk.get(path + q(attack));
        assertThat(r.statusCode()).as("%s%s", path, attack).isIn(200, 400, 404);
        assertNoDatabaseError(r);
      }
    }
    assertThat(status().get("events").asLong()).isEqualTo(events);
  }

  @Test
  void badParametersAreNamedInProblemJson() throws IOException {
    Map<String, String> cases = Map.of(
        "/api/events?from=2024-13-45", "from",
        "/api/events?limit=abc", "limit",
        "/api/events?limit=100000", "limit",
        "/api/events?mode=sometimes", "mode",
        "/api/events?dyad=USA", "dyad",
        "/api/dyads/series?a=USA&b=IRQ&interval=year", "interval",
        "/api/dyads/series?a=USA", "b",
        "/api/commitments?window=0", "window",
        "/api/search?q=" + q("AND OR ("), "q",
        "/api/events?from=2024-03-01&to=2024-02-01", "to");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      HttpResponse<String> r = desk.get(c.getKey());
      assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
      JsonNode p = JSON.readTree(r.body());
      assertThat(p.get("parameter").asText()).as(c.getKey()).isEqualTo(c.getValue());
      assertThat(p.get("status").asInt()).isEqualTo(400);
      assertThat(p.get("detail").asText()).contains(c.getValue()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void unknownEndpointsAndEventsAreProblemJson() throws IOException {
    HttpResponse<String> r = desk.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Not found");
    assertThat(desk.get("/api/event?id=" + q("no/such/event")).statusCode()).isEqualTo(404);
  }

  private static void assertRefusedOrEmpty(HttpResponse<String> r, String param, String attack) throws IOException {
    assertNoDatabaseError(r);
    if (r.statusCode() == 400) {
      assertThat(JSON.readTree(r.body()).get("parameter").asText()).as("%s=%s", param, attack).isEqualTo(param);
    } else {
      assertThat(r.statusCode()).as("%s=%s", param, attack).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("total").asLong()).as("%s=%s", param, attack).isZero();
    }
  }

  private static void assertNoDatabaseError(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.uri().toString()).isNotIn(500, 503);
    assertThat(r.body()).doesNotContainIgnoringCase("parser error").doesNotContainIgnoringCase("catalog error")
        .doesNotContainIgnoringCase("binder error").doesNotContain("SQLException").doesNotContain("duckdb");
  }
}
