package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.EventJson;
import org.vigil.app.EventTable;
import org.vigil.app.OrderedWorkers;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.coding.RuleSwitches;
import org.vigil.ingest.ReadResult;
import org.vigil.ingest.InputScanner;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil code FILE...}: codes articles and prints their events. Exit 0 when all inputs were coded, 1 when
 * some were rejected, 2 when an input had no date and none was given.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (files, folders, or - for stdin) and print their events.")
public final class CodeCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files (seed format, plain text, JSONL, HTML, RSS/Atom, WARC, .gz), folders, or -.")
  List<String> inputs;

  @Option(names = "--format", description = "table (default) or jsonl.", defaultValue = "table")
  Format format;

  @Option(names = "--date", description = "Date (YYYY-MM-DD) for plain-text input without a 'date' line.")
  LocalDate date;

  @Option(names = "--actors", description = "Folder of your own actor files (override the bundled ones).")
  List<Path> actorDirs = new ArrayList<>();

  @Option(names = "--disable-rule", paramLabel = "NAME",
      description = "Switch a coder rule off (repeatable; names: see vigil eval --by-rule).")
  List<String> disabledRules = new ArrayList<>();

  @Option(names = "--workers", description = "Articles coded at once (default: one per core, at most 2).")
  int workers = PipelineOptions.defaults().threads();

  @Override
  public Integer call() {
    RuleSwitches switches;
    try {
      switches = RuleSwitches.disabling(disabledRules);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    InputScanner scanner = new InputScanner(Optional.ofNullable(date), System.in);
    List<ReadResult> read = new ArrayList<>();
    try {
      for (Path p : InputScanner.expand(inputs)) {
        scanner.scan(p, read::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list inputs " + inputs, e);
    }
    int[] exit = {0};
    boolean anyArticle = read.stream().anyMatch(r -> r.rejection() == null);
    Pipeline loaded = anyArticle ? PipelineFactory.load(new PipelineOptions(actorDirs, workers)) : null;
    Pipeline pipeline = loaded == null || switches.off().isEmpty() ? loaded : loaded.withRules(switches, null);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    new OrderedWorkers<ReadResult, Outcome>(workers, r -> code(pipeline, r)).run(read.iterator(), o -> {
      if (o.coded() != null) {
        print(o.coded(), pipeline.versions(), out, read.size() > 1);
        return;
      }
      System.err.println("vigil: rejected " + o.rejection().message());
      exit[0] = Math.max(exit[0], o.rejection().reason().startsWith("no date") ? 2 : 1);
    });
    out.flush();
    return exit[0];
  }

  /** One input's result: its coded article, or why it was rejected. */
  private record Outcome(CodedArticle coded, Rejection rejection) {}

  /** Codes one read input on a worker; an article the pipeline fails on is rejected and the others go on. */
  private static Outcome code(Pipeline pipeline, ReadResult r) {
    if (r.rejection() != null) {
      return new Outcome(null, r.rejection());
    }
    Article a = r.article();
    try {
      return new Outcome(pipeline.process(a), null);
    } catch (RuntimeException e) {
      return new Outcome(null, new Rejection(a.origin(), "article " + a.id(), "annotate",
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private void print(CodedArticle coded, String versions, PrintStream out, boolean many) {
    List<Event> events = coded.events();
    if (format == Format.jsonl) {
      events.forEach(e -> out.println(EventJson.toLine(e, versions)));
      return;
    }
    Article a = coded.annotated().article();
    if (many) {
      out.println("== " + a.origin() + " (" + a.date() + ")");
    }
    EventTable.print(events, out);
    out.println(events.size() + " events from " + coded.annotated().sentences().size() + " sentences");
  }
}
