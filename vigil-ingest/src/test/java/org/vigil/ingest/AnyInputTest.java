package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Blasts the scanner with random bytes and random Unicode in every format's clothing: it never throws. */
class AnyInputTest {
  private static final String[] WRAPPERS = {"%s", "date 2025-01-01 %s", "{\"date\":\"2025-01-01\",\"text\":\"%s\"}",
    "<html><body><p>%s</p></body></html>", "<rss version=\"2.0\"><channel><item><description>%s</description>"
        + "</item></channel></rss>", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n%s"};
  private static final String[] NAMES = {"x.txt", "x.jsonl", "x.html", "x.rss", "x.warc", "x.gz", "-"};

  @ParameterizedTest
  @ValueSource(longs = {3, 17, 2024, 777777})
  void everyInputYieldsArticlesOrRejectionsAndNeverAnException(long seed) {
    Random rnd = new Random(seed);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = rnd.nextBoolean() ? randomBytes(rnd) : String.format(WRAPPERS[rnd.nextInt(WRAPPERS.length)],
          randomText(rnd)).getBytes(StandardCharsets.UTF_8);
      List<ReadResult> out = new ArrayList<>();
      new InputScanner(Optional.of(LocalDate.of(2025, 1, 1)), new ByteArrayInputStream(bytes))
          .scan(Path.of("-"), out::add);
      assertThat(out).as("round %d: an input always yields a result", round).isNotEmpty();
      for (ReadResult r : out) {
        assertThat(r.article() != null || r.rejection() != null).isTrue();
        if (r.article() != null) {
          assertThat(r.article().text()).isNotBlank();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 99})
  void htmlExtractorSurvivesRandomTextInBodyAndDateMeta(long seed) {
    Random rnd = new Random(seed);
    for (int round = 0; round < 100; round++) {
      String html = "<html><head><meta property=\"article:published_time\" content=\"" + randomText(rnd)
          + "\"></head><body><article>" + randomText(rnd) + "</article></body></html>";
      HtmlExtractor.Page page = HtmlExtractor.extract(html, NAMES[rnd.nextInt(NAMES.length)]);
      assertThat(page.text()).doesNotContain("<article>");
      assertThat(page.date()).isNotNull();
    }
  }

  private static byte[] randomBytes(Random rnd) {
    byte[] b = new byte[rnd.nextInt(600)];
    rnd.nextBytes(b);
    if (b.length > 2 && rnd.nextInt(4) == 0) {
      b[0] = 0x1F;
      b[1] = (byte) 0x8B;
    }
    return b;
  }

  private static String randomText(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(200);
    for (int i = 0; i < n; i++) {
      int cp = switch (rnd.nextInt(4)) {
        case 0 -> 0x20 + rnd.nextInt(0x5F);
        case 1 -> "<>&\"'{}[]\\\n\r\t".charAt(rnd.nextInt(13));
        case 2 -> 0xA0 + rnd.nextInt(0x2000);
        default -> 0x1F300 + rnd.nextInt(0x300);
      };
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
