package org.vigil.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.app.desk.KnowledgeBaseHierarchy;
import org.vigil.server.BearerToken;
import org.vigil.server.VigilServer;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench serve}: a store of synthetic events, {@code vigil serve} on loopback, an ingest writing into
 * the same store in a child process, and concurrent readers for a fixed time; prints requests per second and
 * latency percentiles per kind of request. Traffic goes to 127.0.0.1 only and stops by itself.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Benchmark the API: concurrent readers against vigil serve while an ingest runs.")
public final class BenchServeCommand implements Callable<Integer> {
  private static final String[] KINDS = {"dyad-series", "events-page", "event", "top-dyads"};
  private static final String[] SIDES = {"USA", "kataib-hezbollah", "IRN", "IRQ"};

  @Option(names = "--events", defaultValue = "100000", description = "Synthetic events in the store (default ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--readers", defaultValue = "50", description = "Concurrent readers (default ${DEFAULT-VALUE}).")
  int readers;

  @Option(names = "--seconds", defaultValue = "30", description = "How long the readers run (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--ingest-articles", defaultValue = "20000",
      description = "Generated articles the background ingest works through (keyword coder; default ${DEFAULT-VALUE}).")
  int ingestArticles;

  @Option(names = "--dir", description = "Work directory (default: a new temporary one); a store left there by an"
      + " earlier run is reused.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (readers < 1 || readers > 1000 || seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("--readers must be 1..1000 and --seconds 1..3600");
    }
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vigil-bench-serve");
    StoreLayout layout = new StoreLayout(work.resolve("store"));
    long stored = seed(layout);
    Path input = generate(work.resolve("ingest.jsonl"));
    KnowledgeBaseHierarchy hierarchy = new KnowledgeBaseHierarchy(ActorKnowledgeBase.loadDefault(List.of()));
    try (VigilServer server = VigilServer.start(new VigilServer.Settings(layout, "127.0.0.1", 0,
        BearerToken.loadOrCreate(work.resolve("serve.token")), hierarchy, 4))) {
      Process ingest = startIngest(input, layout, work.resolve("ingest.log"));
      try {
        warmUp(server.url(), stored);
        System.out.println("  load average before: " + loadAverage());
        double cpu0 = processCpuSeconds();
        Stats[] stats = run(server.url(), stored);
        double cpu = processCpuSeconds() - cpu0;
        System.out.println("  load average after:  " + loadAverage());
        report(stats, ingest.isAlive());
        long n = java.util.Arrays.stream(stats).mapToLong(x -> x.n).sum();
        System.out.printf(Locale.ROOT, "  server+readers process CPU %.1f s for %d requests: %.1f ms CPU a request"
            + " (the ingest runs in its own process)%n", cpu, n, n == 0 ? Double.NaN : cpu * 1000 / n);
        single(server.url(), "dyad series (alone)", "api/dyads/series?a=USA&b=kataib-hezbollah&interval=week");
        single(server.url(), "commitments (1 month)", "api/commitments?from=2024-01-01&to=2024-01-31");
        single(server.url(), "alerts", "api/alerts");
      } finally {
        ingest.destroy();
        ingest.waitFor();
      }
      System.out.println("  ingest log: " + work.resolve("ingest.log"));
    }
    return 0;
  }

  /** Fills the store with synthetic events, or reuses the one a previous run left in --dir; returns its events. */
  private long seed(StoreLayout layout) {
    if (Files.exists(layout.snapshot())) {
      try (StoreReader r = StoreReader.openSnapshot(layout)) {
        long n = r.count("SELECT count(*) FROM events WHERE article_id LIKE 'synthetic-%'");
        System.out.printf(Locale.ROOT, "bench serve: reusing %d synthetic events in %s%n", n, layout.dir());
        return n;
      }
    }
    long t0 = System.nanoTime();
    long stored = new SyntheticStore(20240130L).fill(layout, events);
    System.out.printf(Locale.ROOT, "bench serve: %d synthetic events stored in %.1f s (%s)%n", stored,
        (System.nanoTime() - t0) / 1e9, layout.dir());
    return stored;
  }

  /** A few of each request, unmeasured, so that the JIT, the readers and the caches are warm. */
  private static void warmUp(String base, long stored) {
    Stats[] ignored = {new Stats(), new Stats(), new Stats(), new Stats()};
    read(base, stored, System.nanoTime() + Duration.ofSeconds(5).toNanos(), new Random(0), ignored);
  }

  private static double processCpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  /** The 1, 5 and 15 minute load averages (Linux), to read the figures against. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim() + " on " + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private Path generate(Path file) throws IOException {
    NewsGenerator gen = new NewsGenerator(7L);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ingestArticles; i++) {
        w.write(gen.articleLine(1_000_000 + i));
        w.newLine();
      }
    }
    return file;
  }

  private static Process startIngest(Path input, StoreLayout layout, Path log) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "org.vigil.app.Main", "ingest", input.toString(),
        "--store", layout.dir().toString(), "--coder", "keyword", "--quiet")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Latencies of one kind of request, in nanoseconds, and the errors. */
  private static final class Stats {
    long[] nanos = new long[1024];
    int n;
    long errors;

    void add(long v) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = v;
    }

    void addAll(Stats o) {
      for (int i = 0; i < o.n; i++) {
        add(o.nanos[i]);
      }
      errors += o.errors;
    }

    double percentileMs(double p) {
      long[] s = Arrays.copyOf(nanos, n);
      Arrays.sort(s);
      return n == 0 ? Double.NaN : s[Math.min(n - 1, (int) Math.ceil(p * n) - 1)] / 1e6;
    }
  }

  private Stats[] run(String base, long stored) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Stats[]> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicLong seed = new AtomicLong(1);
    for (int t = 0; t < readers; t++) {
      Stats[] mine = {new Stats(), new Stats(), new Stats(), new Stats()};
      perThread.add(mine);
      Random rnd = new Random(seed.getAndIncrement());
      Thread th = new Thread(() -> read(base, stored, deadline, rnd, mine), "bench-reader-" + t);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    Stats[] all = {new Stats(), new Stats(), new Stats(), new Stats()};
    for (Stats[] s : perThread) {
      for (int k = 0; k < KINDS.length; k++) {
        all[k].addAll(s[k]);
      }
    }
    return all;
  }

  private static void read(String base, long stored, long deadline, Random rnd, Stats[] stats) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      int roll = rnd.nextInt(10);
      int kind = roll < 4 ? 0 : roll < 7 ? 1 : roll < 9 ? 2 : 3;
      String a = SIDES[rnd.nextInt(SIDES.length)];
      String b = SIDES[(Arrays.asList(SIDES).indexOf(a) + 1 + rnd.nextInt(SIDES.length - 1)) % SIDES.length];
      String path = switch (kind) {
        case 0 -> "api/dyads/series?a=" + a + "&b=" + b + "&interval=week";
        case 1 -> "api/events?country=" + (a.equals("kataib-hezbollah") ? "IRQ" : a) + "&limit=50&sort=date_desc"
            + "&offset=" + rnd.nextInt(1000);
        case 2 -> "api/event?id=synthetic-" + rnd.nextInt((int) Math.max(1, stored / 10)) + "/v1/" + rnd.nextInt(10);
        default -> "api/dyads?limit=20";
      };
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          stats[kind].errors++;
        }
      } catch (IOException e) {
        stats[kind].errors++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      stats[kind].add(System.nanoTime() - t0);
    }
  }

  private void report(Stats[] stats, boolean ingestStillRunning) {
    Stats all = new Stats();
    for (Stats s : stats) {
      all.addAll(s);
    }
    System.out.printf(Locale.ROOT, "  %d readers for %d s on loopback; ingest %s during the run%n", readers,
        seconds, ingestStillRunning ? "still running" : "finished");
    line("all", all);
    for (int k = 0; k < KINDS.length; k++) {
      line(KINDS[k], stats[k]);
    }
  }

  private void line(String name, Stats s) {
    System.out.printf(Locale.ROOT, "  %-12s %7d requests %8.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms"
        + "  errors %d%n", name, s.n, s.n / (double) seconds, s.percentileMs(0.50), s.percentileMs(0.95),
        s.percentileMs(0.99), s.errors);
  }

  private static void single(String base, String name, String path) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    System.out.printf(Locale.ROOT, "  %-22s one request: %.0f ms, status %d, %d bytes%n", name,
        (System.nanoTime() - t0) / 1e6, r.statusCode(), r.body().length());
  }
}
