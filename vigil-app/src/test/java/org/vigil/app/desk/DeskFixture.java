package org.vigil.app.desk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigil.app.Pipeline;
import org.vigil.app.SharedPipeline;
import org.vigil.app.ingest.IngestReport;
import org.vigil.app.ingest.IngestRun;
import org.vigil.app.ingest.PipelineProcessor;
import org.vigil.app.ingest.StageTimes;
import org.vigil.store.CodingVersions;
import org.vigil.store.StoreLayout;

/**
 * One store and one running {@code vigil serve} per test JVM: the reference article and the desk's follow-up
 * articles are ingested with the real pipeline into target/desk-store, then {@code vigil serve --port 0} runs as
 * a child process (the real command line in its own JVM) until the test JVM exits.
 */
final class DeskFixture {
  private static final Pattern LISTENING = Pattern.compile("serving .* at (http://\\S+/)");
  private static volatile DeskFixture instance;
  final Path store;
  final String url;
  final String token;
  final IngestReport report;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private DeskFixture(Path store, String url, String token, IngestReport report) {
    this.store = store;
    this.url = url;
    this.token = token;
    this.report = report;
  }

  static synchronized DeskFixture get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static DeskFixture start() {
    try {
      Path store = Path.of("target", "desk-store").toAbsolutePath();
      deleteTree(store);
      IngestReport report = ingest(store);
      Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.vigil.app.Main", "serve",
          "--store", store.toString(), "--port", "0", "--bind", "127.0.0.1")
          .redirectErrorStream(true).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
      String url = awaitUrl(server);
      String token = Files.readString(store.resolve("serve.token")).trim();
      return new DeskFixture(store, url, token, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the desk fixture", e);
    }
  }

  private static IngestReport ingest(Path store) {
    Pipeline p = SharedPipeline.get();
    StageTimes times = new StageTimes();
    Path project = Path.of(System.getProperty("vigil.project.dir", ".."));
    IngestRun run = new IngestRun(new PipelineProcessor(p, times), new CodingVersions(p.versions(), "bundled",
        p.versions()), new IngestRun.Settings(new StoreLayout(store), Optional.empty(), 2, 8,
        Duration.ofSeconds(30)), times);
    return run.run(List.of(project.resolve("examples").toString(), articles().toString()),
        InputStream.nullInputStream(), null);
  }

  /** The follow-up articles written for these tests (test resources). */
  static Path articles() {
    return Path.of("src", "test", "resources", "org", "vigil", "app", "desk", "articles").toAbsolutePath();
  }

  private static String awaitUrl(Process server) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IllegalStateException("vigil serve did not start:\n" + seen);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(url + pathAndQuery.replaceFirst("^/", ""))).GET().build());
  }

  HttpResponse<String> post(String path, String json, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path.replaceFirst("^/", "")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  private HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("request failed: " + r.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
