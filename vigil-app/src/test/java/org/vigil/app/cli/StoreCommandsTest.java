package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The store's subcommands end to end, with the keyword stand-in coder so that no NLP model loads. */
class StoreCommandsTest {
  @TempDir Path tmp;
  private Path store;
  private Path inputs;

  @BeforeEach
  void writeInputs() throws IOException {
    store = tmp.resolve("store");
    inputs = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(inputs.resolve("a.txt"), "date 2025-03-01 Valdorian troops attacked Morlish positions near"
        + " the river. Morlish officials accused Valdorian commanders of breaking the truce.");
    Files.writeString(inputs.resolve("b.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"date\":\"2025-03-02\",\"text\":\"Valdorian gunners shelled Morlish villages overnight.\","
            + "\"source\":\"Wire B\",\"url\":\"https://b.example/j1\"}",
        "{\"id\":\"j2\",\"date\":\"2025-03-02\",\"text\":\"broken",
        "{\"id\":\"j3\",\"date\":\"2025-03-03\",\"text\":\"Kestrian envoys met Morlish ministers in the capital.\"}"));
    byte[] gz = gzip(("{\"id\":\"g1\",\"date\":\"2025-03-04\",\"text\":\"Morlish police protested Valdorian"
        + " arrests.\"}\n").repeat(40).getBytes(StandardCharsets.UTF_8));
    Files.write(inputs.resolve("c.jsonl.gz"), Arrays.copyOf(gz, gz.length - 12));
  }

  private static int run(String... args) {
    return new CommandLine(new VigilCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  private static String capture(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(run(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private int ingest() {
    return run("ingest", "--coder", "keyword", "--quiet", "--store", store.toString(), inputs.toString());
  }

  @Test
  void ingestExitsOneWithRejectReportAndRerunSkipsEverything() throws IOException {
    assertThat(ingest()).isEqualTo(1);
    assertThat(Files.readString(store.resolve("rejects.tsv"))).contains("b.jsonl\tline 2", "c.jsonl.gz\tbyte ");
    String first = capture("events", "--store", store.toString(), "--format", "csv");
    assertThat(ingest()).isEqualTo(1);
    assertThat(capture("events", "--store", store.toString(), "--format", "csv")).isEqualTo(first);
    assertThat(run("ingest", "--store", store.toString())).as("no input is bad usage").isEqualTo(2);
  }

  @Test
  void eventsJsonlUsesTheEventSchemaAndFiltersByCodeAndCountry() throws IOException {
    ingest();
    List<String> lines = capture("events", "--store", store.toString(), "--format", "jsonl").lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
    JsonNode e = new ObjectMapper().readTree(lines.get(0));
    for (String field : List.of("article", "sentence", "span", "text", "date", "source", "target", "cameo", "root",
        "quad_class", "goldstein", "plover", "mode", "location", "fatalities")) {
      assertThat(e.has(field)).as(field).isTrue();
    }
    assertThat(e.get("source").has("country")).isTrue();
    String attacks = capture("events", "--store", store.toString(), "--format", "jsonl", "--code", "19",
        "--country", "mor");
    assertThat(attacks.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"root\":\"19\""));
    assertThat(capture("events", "--store", store.toString(), "--mode", "negated")).contains("0 events");
  }

  @Test
  void exportsGdeltColumnsPloverFieldsAndParquetReadableByDuckDb() throws IOException, SQLException {
    ingest();
    String gdelt = capture("export", "--store", store.toString(), "--format", "gdelt");
    assertThat(gdelt.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    String plover = capture("export", "--store", store.toString(), "--format", "plover");
    JsonNode p = new ObjectMapper().readTree(plover.lines().findFirst().orElseThrow());
    assertThat(p.has("event_type") && p.has("event_date") && p.has("actor_country")).isTrue();
    Path parquet = tmp.resolve("events.parquet");
    assertThat(run("export", "--store", store.toString(), "--format", "parquet", "-o", parquet.toString())).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(gdelt.lines().count());
    }
  }

  @Test
  void searchFindsArticlesWithTheirEvents() {
    ingest();
    String out = capture("search", "--store", store.toString(), "shelled");
    assertThat(out).contains("j1", "195");
  }

  @Test
  void dyadShowsWeeklyQuadClassCountsAndIncidentsListTheirReports() {
    ingest();
    String dyad = capture("dyad", "VAL", "MOR", "--store", store.toString());
    assertThat(dyad).contains("2025-02-24").contains("no declared ceasefire");
    assertThat(dyad.lines().filter(l -> l.startsWith("2025-")).count()).isEqualTo(1);
    assertThat(capture("incidents", "--store", store.toString())).contains("VAL|MOR");
  }

  @Test
  void storesTwoVersionsOfOneArticleInOneRunInInputOrder() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int v = 1; v <= 6; v++) {
      sb.append("{\"id\":\"same\",\"date\":\"2025-03-05\",\"text\":\"Valdorian troops attacked Morlish posts")
          .append(" in round ").append(v).append(" today.\"}\n");
    }
    Path versions = Files.createDirectories(tmp.resolve("v")).resolve("versions.jsonl");
    Files.writeString(versions, sb);
    assertThat(run("ingest", "--coder", "keyword", "--quiet", "--store", store.toString(), versions.toString()))
        .isZero();
    String current = capture("events", "--store", store.toString(), "--format", "jsonl");
    assertThat(current.lines()).singleElement().satisfies(l -> assertThat(l).contains("round 6 today",
        "\"version\":6"));
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(data);
    }
    return bos.toByteArray();
  }
}
