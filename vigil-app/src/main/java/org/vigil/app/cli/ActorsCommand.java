package org.vigil.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.actors.ActorFileCheck;
import org.vigil.actors.ActorFileException;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.actors.ActorLookup;
import org.vigil.actors.PhoenixImport;
import org.vigil.actors.ResolutionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil actors ...}: explain a mention's resolution on a date, validate the actor files, benchmark. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Actor knowledge base: look-ups, file checks and benchmark.",
    subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Check.class, ActorsCommand.Bench.class,
        ActorsCommand.ImportPhoenix.class})
public final class ActorsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code vigil actors lookup "NAME" --date YYYY-MM-DD}: what the mention resolves to, and why. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Shows what a mention resolves to on a date: code, entry, role and date range.")
  static final class Lookup implements Callable<Integer> {
    @Parameters(index = "0", description = "The mention, e.g. \"US Defense Secretary Lloyd Austin\".")
    String mention;

    @Option(names = "--date", description = "Article date, YYYY-MM-DD (default: today).")
    LocalDate date;

    @Option(names = "--ner", description = "Tag the mention's capitalised words with this NER type (e.g. PERSON).")
    String ner;

    @Option(names = "--head", description = "The head word of the phrase (default: its last word).")
    String head;

    @Option(names = "--actors", description = "Folder of your own actor files (override the bundled ones).")
    List<Path> actorDirs = new ArrayList<>();

    @Override
    public Integer call() {
      try {
        ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(actorDirs);
        System.out.print(ActorLookup.explain(kb, mention, date == null ? LocalDate.now() : date, ner, head));
        return 0;
      } catch (ActorFileException e) {
        System.err.println("actor files: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code vigil actors check}: validates every actor file; errors name file:line; non-zero exit on any. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validates the actor files (malformed entries, overlapping roles, unknown codes, duplicate aliases).")
  static final class Check implements Callable<Integer> {
    @Option(names = "--actors", description = "Folder of your own actor files to check with the bundled ones.")
    List<Path> actorDirs = new ArrayList<>();

    @Override
    public Integer call() {
      return ActorFileCheck.run(actorDirs, System.out, System.err);
    }
  }

  /** {@code vigil actors bench}: load time, heap and mean resolution time per mention. */
  @Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks actor resolution.")
  static final class Bench implements Runnable {
    @Option(names = "--rounds", defaultValue = "50", description = "Timed rounds over the phrase mix (default 50).")
    int rounds;

    @Override
    public void run() {
      ResolutionBenchmark.run(System.out, rounds, List.of());
    }
  }

  /**
   * {@code vigil actors import-phoenix --shared DIR --out FILE}: converts the Phoenix dictionaries into an actor
   * file and prints the conflicts with the hand-made files (which win) and the counts of what was dropped.
   */
  @Command(name = "import-phoenix", mixinStandardHelpOptions = true,
      description = "Converts the Phoenix/PETRARCH-2 actor dictionaries into Vigil's actor format (facts only).")
  static final class ImportPhoenix implements Callable<Integer> {
    static final String DEFAULT_OUT = "vigil-actors/src/main/resources/org/vigil/actors/phoenix.actors";

    @Option(names = "--shared", defaultValue = "../shared", description = "The shared data folder (default ../shared).")
    Path shared;

    @Option(names = "--out", description = "Actor file to write (default: the bundled " + DEFAULT_OUT + ").")
    Path out;

    @Option(names = "--words", description = "Text files or folders whose lower-case words are common words "
        + "(default: the ConfliBERT and NGEC texts under --shared/data).")
    List<Path> words = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
      Path dir = shared.resolve("data/phoenix-dictionaries");
      if (!java.nio.file.Files.isDirectory(dir)) {
        System.err.println("--shared: no Phoenix dictionaries at " + dir);
        return 2;
      }
      List<Path> sources = words.isEmpty()
          ? List.of(shared.resolve("data/conflibert-cameo"), shared.resolve("data/ngec-synthetic-plover")) : words;
      PhoenixImport.Result r = PhoenixImport.run(dir, PhoenixImport.commonWords(sources));
      Path target = out != null ? out : Path.of(System.getProperty("vigil.home", ".")).resolve(DEFAULT_OUT);
      java.nio.file.Files.writeString(target, r.text());
      r.problems().forEach(p -> System.out.println("malformed " + p.getMessage()));
      r.conflicts().forEach(c -> System.out.println("conflict (ours win): " + c));
      r.counts().forEach((k, v) -> System.out.println(k + ": " + v));
      System.out.println("conflicts with hand-made entries: " + r.conflicts().size() + "; wrote " + target);
      return 0;
    }
  }
}
