package org.vigil.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.model.Article;
import org.vigil.model.Place;
import org.vigil.places.GazetteerBenchmark;
import org.vigil.places.GazetteerGeocoder;
import org.vigil.nlp.corenlp.CoreNlpAnnotator;
import org.vigil.nlp.corenlp.CoreNlpConfig;
import org.vigil.places.PlaceCandidate;
import org.vigil.places.eval.GoldArticle;
import org.vigil.places.eval.PlaceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil places ...}: look names up in the gazetteer with an article context; benchmark; evaluate. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Gazetteer look-ups, benchmark and evaluation.",
    subcommands = {PlacesCommand.Lookup.class, PlacesCommand.Bench.class, PlacesCommand.Eval.class})
public final class PlacesCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code vigil places lookup NAME --context "Iran; Iraq"}: ranked candidates with scores and reasons. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Shows the gazetteer candidates for a place name, ranked in a context.")
  static final class Lookup implements Runnable {
    @Parameters(index = "0", description = "The place name, e.g. Washington.")
    String name;

    @Option(names = "--context", defaultValue = "",
        description = "Places the article already names, separated by ';', e.g. \"Iran; Iraq\".")
    String context;

    @Option(names = "--limit", defaultValue = "10", description = "Candidates to show (default 10).")
    int limit;

    @Override
    public void run() {
      GazetteerGeocoder geo = GazetteerGeocoder.loadDefault();
      List<String> ctx = Arrays.stream(context.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      List<PlaceCandidate> all = geo.lookup(name, ctx);
      System.out.printf("%d candidates for \"%s\"%s%n", all.size(), name,
          ctx.isEmpty() ? "" : " in context " + ctx);
      for (PlaceCandidate c : all.subList(0, Math.min(limit, all.size()))) {
        Place p = c.place();
        System.out.printf(Locale.ROOT, "%7.2f  %-28s %s  %8.4f %9.4f  precision %d  geonames %s%n         %s%n",
            c.score(), p.name(), p.country(), p.lat(), p.lon(), p.precision(),
            p.geonameId() == null ? "-" : p.geonameId(), p.reason());
      }
    }
  }

  /** {@code vigil places bench}: gazetteer load time, memory and mean lookup time. */
  @Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks the gazetteer.")
  static final class Bench implements Runnable {
    @Option(names = "--rounds", defaultValue = "20", description = "Timed rounds over the name sample.")
    int rounds;

    @Override
    public void run() {
      GazetteerBenchmark.run(System.out, rounds);
    }
  }

  /** {@code vigil places eval gold/places-dev.jsonl ...}: place accuracy through the real CoreNLP annotator. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Place and country accuracy on place gold files, annotated by CoreNLP.")
  static final class Eval implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "Gold files (gold/places-*.jsonl).")
    List<Path> files;

    @Option(names = "--misses", description = "Also list the mentions resolved wrongly or not at all.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults(), tokens -> true);
      GazetteerGeocoder geocoder = GazetteerGeocoder.loadDefault();
      for (Path file : files) {
        PlaceEvaluation.Result r = PlaceEvaluation.evaluate(GoldArticle.read(file),
            g -> annotator.annotate(Article.of(g.id(), LocalDate.of(2024, 1, 1), g.text())), geocoder);
        System.out.printf(Locale.ROOT, "%s: %d mentions, place %.3f, country %.3f (CoreNLP NER and parse)%n",
            file, r.total(), r.placeAccuracy(), r.countryAccuracy());
        if (misses) {
          r.misses().forEach(m -> System.out.println("  miss " + m));
        }
      }
      return 0;
    }
  }
}
