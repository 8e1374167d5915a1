package org.vigil.app.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.vigil.store.CodingVersions;
import org.vigil.store.StoreLayout;

/**
 * Child process of the crash test: ingests with the keyword stand-in coder, slowed down a little and printing
 * "coded ID" per article, so that the parent can kill it at a known point of the run.
 * Arguments: STORE_DIR INPUT [MILLISECONDS_PER_ARTICLE].
 */
public final class SlowKeywordIngestMain {
  private SlowKeywordIngestMain() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    KeywordArticleCoder coder = new KeywordArticleCoder();
    long sleepMs = args.length > 2 ? Long.parseLong(args[2]) : 8;
    ArticleProcessor slow = a -> {
      try {
        Thread.sleep(sleepMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      var coded = coder.process(a);
      out.println("coded " + a.id());
      return coded;
    };
    IngestRun.Settings settings = new IngestRun.Settings(new StoreLayout(Path.of(args[0])), Optional.empty(), 2, 8,
        Duration.ofMillis(300));
    IngestReport r = new IngestRun(slow, versions(), settings, new StageTimes()).run(List.of(args[1]), System.in,
        null);
    out.println("done added=" + r.added() + " duplicates=" + r.duplicates() + " events=" + r.events());
  }

  static CodingVersions versions() {
    return new CodingVersions("keyword-1", "bundled", "none");
  }
}
