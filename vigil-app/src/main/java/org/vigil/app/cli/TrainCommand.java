package org.vigil.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.learn.CachedSentenceEncoder;
import org.vigil.learn.EncoderEventTypeClassifier;
import org.vigil.learn.HeadBook;
import org.vigil.learn.HeadTrainer;
import org.vigil.learn.OnnxSentenceEncoder;
import org.vigil.learn.SentenceEncoder;
import org.vigil.learn.train.ConfliBertSet;
import org.vigil.learn.train.GoldSentences;
import org.vigil.learn.train.LabelledText;
import org.vigil.learn.train.NgecStories;
import org.vigil.learn.train.PloverToCameo;
import org.vigil.learn.train.RealTextGold;
import org.vigil.learn.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil train}: reproduces the event classifier's heads from {@code ../shared} (ConfliBERT five-class
 * sentences, NGEC synthetic PLOVER stories) and the project's development gold (own sentences, real-text DEV
 * split), holding out 20 % by hash and printing each head's held-out accuracy. Only weights are written.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the event classifier's heads (deterministic) and write them as a heads file.")
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--shared", description = "The shared data folder (default: ../shared).")
  Path shared;

  @Option(names = "--gold", description = "The project's gold folder (default: gold/ of the Vigil checkout).")
  Path gold;

  @Option(names = "--out", description = "Folder for event-type.heads (default: the bundled resources).")
  Path out;

  @Option(names = "--cache", description = "File that keeps sentence vectors between runs (faster retraining).")
  Path cache;

  @Option(names = "--seed", description = "Shuffle seed (default: ${DEFAULT-VALUE}).", defaultValue = "20261207")
  long seed;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("vigil.home", "."));
    Path sharedDir = shared != null ? shared : home.resolve("../shared").normalize();
    Path goldDir = gold != null ? gold : home.resolve("gold");
    Path outDir = out != null ? out : home.resolve("vigil-learn/src/main/resources/org/vigil/learn");
    if (!Files.isDirectory(sharedDir.resolve("data"))) {
      System.err.println("vigil: no shared data folder at " + sharedDir + " (give --shared DIR)");
      return 2;
    }
    List<String> problems = new ArrayList<>();
    List<LabelledText> data = collect(sharedDir, goldDir, problems);
    problems.forEach(p -> System.err.println("skipped " + p));
    long start = System.nanoTime();
    OnnxSentenceEncoder encoder = OnnxSentenceEncoder.shared();
    System.out.printf("encoder %s loaded in %d ms%n", encoder.name(), encoder.loadMillis());
    SentenceEncoder enc = cache == null ? encoder : new CachedSentenceEncoder(encoder, cache);
    HeadBook book = new TrainingRun(enc, HeadTrainer.defaults(seed)).run(data, System.out);
    write(outDir.resolve(EncoderEventTypeClassifier.HEADS.substring(EncoderEventTypeClassifier.HEADS.lastIndexOf('/') + 1)), book);
    System.out.printf("heads %s written to %s in %.1f s (sha256 %s)%n", book.heads().stream()
        .map(h -> h.name()).toList(), outDir, (System.nanoTime() - start) / 1e9, book.hash());
    return 0;
  }

  private static List<LabelledText> collect(Path shared, Path gold, List<String> problems) {
    List<LabelledText> data = new ArrayList<>();
    Path conflibert = shared.resolve("data/conflibert-cameo/class-train.tsv");
    count("conflibert", data, ConfliBertSet.read(conflibert, problems));
    PloverToCameo plover = PloverToCameo.read(shared.resolve("ontology/cameo_to_plover_2021.txt"));
    count("ngec", data, NgecStories.read(shared.resolve("data/ngec-synthetic-plover/stories.csv"), plover, problems));
    for (Path f : devGold(gold)) {
      count(f.getFileName().toString(), data, GoldSentences.read(f, problems));
    }
    count("real-text dev", data, RealTextGold.read(gold.resolve("real"), shared, problems));
    return data;
  }

  /** gold/events-dev*.jsonl: the project's own development sentences (never the test files). */
  private static List<Path> devGold(Path gold) {
    try (Stream<Path> s = Files.list(gold)) {
      return s.filter(p -> p.getFileName().toString().matches("events-dev[^/]*\\.jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + gold, e);
    }
  }

  private static void count(String name, List<LabelledText> data, List<LabelledText> more) {
    long roots = more.stream().filter(t -> t.labels().containsKey(LabelledText.ROOT)).count();
    long none = more.stream().filter(t -> "no".equals(t.labels().get(LabelledText.EVENT))).count();
    System.out.printf("%-18s %5d texts (%d with a root, %d without an event)%n", name, more.size(), roots, none);
    data.addAll(more);
  }

  private static void write(Path file, HeadBook book) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, book.format(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
