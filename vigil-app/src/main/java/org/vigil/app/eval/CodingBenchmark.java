package org.vigil.app.eval;

import java.util.List;
import java.util.Objects;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.EventCoder;

/**
 * Times the coding stage alone over already annotated articles on the calling thread: repeated passes until
 * {@code seconds} have elapsed, after one warm-up pass. Not thread-safe; run one at a time.
 */
public final class CodingBenchmark {
  /**
   * Throughput of one measured run.
   *
   * @param sentences sentences coded (all sentences of the articles, over all passes)
   * @param events events coded in one pass
   * @param seconds measured wall time
   */
  public record Result(long sentences, int events, double seconds) {
    public double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  private CodingBenchmark() {}

  public static Result run(EventCoder coder, List<AnnotatedArticle> articles, double seconds) {
    Objects.requireNonNull(coder, "coder");
    int events = pass(coder, articles);
    long perPass = articles.stream().mapToLong(a -> a.sentences().size()).sum();
    long passes = 0;
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (seconds * 1e9);
    do {
      pass(coder, articles);
      passes++;
    } while (System.nanoTime() < deadline);
    return new Result(passes * perPass, events, (System.nanoTime() - t0) / 1e9);
  }

  private static int pass(EventCoder coder, List<AnnotatedArticle> articles) {
    int n = 0;
    for (AnnotatedArticle a : articles) {
      n += coder.code(a).size();
    }
    return n;
  }
}
