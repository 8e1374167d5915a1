package org.vigil.actors;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.ActorResolver;
import org.vigil.model.Token;

/**
 * Measures load time, heap held by the knowledge base and the mean time to resolve one mention over a mix of
 * phrases built from the loaded entries (named groups with modifiers, people with titles, demonyms with sector
 * nouns, bare titles and unknown names). Prints the figures; a benchmark, not a test.
 */
public final class ResolutionBenchmark {
  private ResolutionBenchmark() {}

  public static void run(PrintStream out, int rounds, List<Path> userDirs) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(userDirs);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long t2 = System.nanoTime();
    ActorKnowledgeBase.loadDefault(userDirs);
    long reloadMs = (System.nanoTime() - t2) / 1_000_000;
    System.gc();
    long heapMb = Math.max(0, rt.totalMemory() - rt.freeMemory() - heapBefore) / (1024 * 1024);
    List<List<Token>> phrases = phrases(kb);
    ActorResolver resolver = kb.resolver();
    LocalDate date = LocalDate.of(2024, 1, 30);
    int resolved = 0;
    for (int warm = 0; warm < 3; warm++) {
      resolved = pass(resolver, phrases, date);
    }
    long t1 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      pass(resolver, phrases, date);
    }
    double micros = (System.nanoTime() - t1) / 1000.0 / ((double) rounds * phrases.size());
    out.printf(Locale.ROOT, "actor knowledge base: load %d ms cold (incl. class loading), %d ms warm, ~%d MB heap, %s%n",
        loadMs, reloadMs, heapMb, kb.counts());
    out.printf(Locale.ROOT, "resolution: %d phrases x %d rounds, %.2f us/mention on average, %d resolved%n",
        phrases.size(), rounds, micros, resolved);
  }

  private static int pass(ActorResolver resolver, List<List<Token>> phrases, LocalDate date) {
    int n = 0;
    for (List<Token> p : phrases) {
      if (resolver.resolve(p, p.size() - 1, date).isPresent()) {
        n++;
      }
    }
    return n;
  }

  /** A deterministic mix of realistic phrases, a few thousand long. */
  static List<List<Token>> phrases(ActorKnowledgeBase kb) {
    List<String> texts = new ArrayList<>();
    String[] nouns = {"soldiers", "forces", "government", "foreign minister", "police", "protesters", "officials"};
    int i = 0;
    for (ActorEntry e : kb.entries()) {
      i++;
      String name = e.displayName();
      switch (e.kind()) {
        case COUNTRY:
          String dem = e.demonyms().isEmpty() ? name : e.demonyms().get(0);
          texts.add("three " + dem + " " + nouns[i % nouns.length]);
          texts.add(name + "'s " + nouns[(i + 3) % nouns.length]);
          break;
        case GROUP:
          texts.add("the Iran-aligned Iraqi armed group " + name);
          texts.add(name + " fighters");
          break;
        case PERSON:
          texts.add("Defense Secretary " + name);
          break;
        default:
          texts.add("the " + name);
      }
    }
    texts.add("the president");
    texts.add("the group");
    texts.add("a spokesman for the ministry");
    List<List<Token>> out = new ArrayList<>();
    for (String t : texts) {
      out.add(PlainTokens.of(t, Map.of()));
    }
    out.add(PlainTokens.of("Zorblax Quentin", Map.of("Zorblax", "PERSON", "Quentin", "PERSON")));
    return out;
  }

  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Integer.parseInt(args[0]) : 20, List.of());
  }
}
