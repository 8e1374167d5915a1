package org.vigil.places;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.places.gazetteer.Gazetteer;

/**
 * Measures gazetteer load time, heap held, and the mean time of a context-ranked lookup (as the geocoder
 * does it: all candidates scored, the winner explained) over names drawn from the gazetteer itself (every
 * 97th entity, so common and rare, ambiguous and unique names all occur).
 * A benchmark, not a test; not thread-safe.
 */
public final class GazetteerBenchmark {
  private GazetteerBenchmark() {}

  /** Runs the benchmark and prints its numbers. */
  public static void run(PrintStream out, int rounds) {
    System.gc();
    long before = usedHeap();
    long t0 = System.nanoTime();
    Gazetteer gaz = Gazetteer.loadDefault();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.gc();
    long held = usedHeap() - before;
    GazetteerGeocoder geo = new GazetteerGeocoder(gaz);
    List<String> names = new ArrayList<>();
    for (int id = 0; id < gaz.size(); id += 97) {
      names.add(gaz.name(id));
    }
    List<String> context = List.of("Iraq", "Baghdad");
    PlaceContextProbe probe = new PlaceContextProbe(geo, context);
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (String n : names) {
        sink += probe.lookup(n);
      }
    }
    var threads = ManagementFactory.getThreadMXBean();
    long c1 = threads.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String n : names) {
        sink += probe.lookup(n);
      }
    }
    double lookups = (double) rounds * names.size();
    double us = (System.nanoTime() - t1) / 1e3 / lookups;
    double cpuUs = (threads.getCurrentThreadCpuTime() - c1) / 1e3 / lookups;
    out.printf(Locale.ROOT, "gazetteer: %,d entities (%d countries), load %.0f ms, heap held ~%.1f MB"
            + " (arrays ~%.1f MB)%n", gaz.size(), gaz.countryCount(), loadMs, held / 1e6,
        gaz.approximateBytes() / 1e6);
    out.printf(Locale.ROOT, "lookup: %,d names x %d rounds, mean %.2f us wall, %.2f us CPU per context-ranked"
        + " lookup (%.1f candidates on average); system load %.1f on %d cores%n", names.size(), rounds, us,
        cpuUs, sink / (lookups + 3.0 * names.size()), ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Integer.parseInt(args[0]) : 5);
  }

  /** One context built once, many names ranked against it, as the geocoder does within an article. */
  private static final class PlaceContextProbe {
    private final MentionResolver resolver;
    private final PlaceContext ctx;

    PlaceContextProbe(GazetteerGeocoder geo, List<String> context) {
      this.resolver = new MentionResolver(geo.gazetteer(), WaterBodies.loadDefault());
      this.ctx = geo.contextOf(context);
    }

    int lookup(String name) {
      return resolver.candidates(name, ctx, -1, CandidateRanker.Preference.NONE, 1).size();
    }
  }
}
