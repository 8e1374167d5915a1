package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

class InputScannerTest {
  @TempDir Path tmp;

  private static Path fixture(String name) {
    try {
      return Path.of(InputScannerTest.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ReadResult> scan(Path p, Optional<LocalDate> date) {
    List<ReadResult> out = new ArrayList<>();
    new InputScanner(date, InputStream.nullInputStream()).scan(p, out::add);
    return out;
  }

  private static List<Article> articles(List<ReadResult> rs) {
    return rs.stream().filter(r -> r.article() != null).map(ReadResult::article).toList();
  }

  private static List<Rejection> rejections(List<ReadResult> rs) {
    return rs.stream().filter(r -> r.rejection() != null).map(ReadResult::rejection).toList();
  }

  @Test
  void readsSeedFormatWithItsDateLine() {
    List<Article> as = articles(scan(fixture("seed-harbour.txt"), Optional.empty()));
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("seed-harbour");
      assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 14));
      assertThat(a.text()).startsWith("The port authority").contains("harbour master");
    });
  }

  @Test
  void rejectsPlainTextWithoutDateAndAcceptsItWithDate() {
    assertThat(rejections(scan(fixture("plain-talks.txt"), Optional.empty()))).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("no date"));
    assertThat(articles(scan(fixture("plain-talks.txt"), Optional.of(LocalDate.of(2025, 1, 2)))))
        .singleElement().satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2025, 1, 2)));
  }

  @Test
  void readsJsonLinesKeepingExtraFieldsAndRejectingBadLines() {
    List<ReadResult> rs = scan(fixture("wires.jsonl"), Optional.empty());
    List<Article> as = articles(rs);
    assertThat(as).extracting(Article::id).containsExactly("w-1", "w-2", "w-5");
    Article first = as.get(0);
    assertThat(first.url()).isEqualTo("https://example.org/news/w-1");
    assertThat(first.outlet()).isEqualTo("Example Wire");
    assertThat(first.title()).isEqualTo("Border crossing reopens");
    assertThat(first.extra()).containsEntry("section", "world").containsEntry("wordcount", "12");
    assertThat(as.get(1).date()).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(as.get(2).extra()).containsEntry("tags", "[\"flood\",\"rescue\"]");
    assertThat(rejections(rs)).extracting(Rejection::location).containsExactly("line 3", "line 4");
  }

  @Test
  void extractsMainTextOfHtmlPageAndDropsBoilerplate() {
    Article a = articles(scan(fixture("page-summit.html"), Optional.empty())).get(0);
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 5, 20));
    assertThat(a.title()).isEqualTo("Leaders pledge joint patrols");
    assertThat(a.url()).isEqualTo("https://lantern.example/world/joint-patrols");
    assertThat(a.text()).contains("joint patrols along their mountain frontier", "within thirty days");
    assertThat(a.text()).doesNotContain("Sport", "cookies", "Share on", "Related stories", "Copyright",
        "tracking");
  }

  @Test
  void readsBrokenHtmlWhenDateIsGivenAndRejectsItWithoutDate() {
    assertThat(rejections(scan(fixture("page-broken.html"), Optional.empty()))).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("no publication date"));
    Article a = articles(scan(fixture("page-broken.html"), Optional.of(LocalDate.of(2025, 2, 4)))).get(0);
    assertThat(a.text()).contains("storm damaged the old pier", "would be inspected").doesNotContain("Weather");
  }

  @Test
  void readsOneArticlePerRssItemAndRejectsEmptyItem() {
    List<ReadResult> rs = scan(fixture("feed-world.rss"), Optional.empty());
    List<Article> as = articles(rs);
    assertThat(as).hasSize(2);
    assertThat(as.get(0).outlet()).isEqualTo("Northern Courier");
    assertThat(as.get(0).date()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(as.get(0).text()).isEqualTo(
        "The fisheries ministers of Lunmark and Serra signed an accord on shared quotas.");
    assertThat(as.get(1).text()).contains("tear gas").contains("\n\n").doesNotContain("<p>");
    assertThat(rejections(rs)).singleElement().satisfies(r -> assertThat(r.location()).isEqualTo("item 3"));
  }

  @Test
  void readsAtomEntriesWithPublishedOrUpdatedDate() {
    List<Article> as = articles(scan(fixture("feed-region.atom"), Optional.empty()));
    assertThat(as).extracting(Article::date)
        .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2));
    assertThat(as).extracting(Article::id).doesNotHaveDuplicates();
  }

  @Test
  void readsGzippedInputOfAnyFormat() throws IOException {
    Path gz = tmp.resolve("wires.jsonl.gz");
    Files.write(gz, gzip(Files.readAllBytes(fixture("wires.jsonl"))));
    assertThat(articles(scan(gz, Optional.empty()))).hasSize(3);
    Path rss = tmp.resolve("feed.gz");
    Files.write(rss, gzip(Files.readAllBytes(fixture("feed-world.rss"))));
    assertThat(articles(scan(rss, Optional.empty()))).hasSize(2);
  }

  @Test
  void keepsRecordsBeforeTheBreakOfATruncatedGzipAndRejectsTheRest() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("{\"id\":\"t-").append(i).append("\",\"date\":\"2025-01-01\",\"text\":\"Record number ")
          .append(i).append(" describes a meeting of officials ").append(i * 7919 % 1000).append(".\"}\n");
    }
    byte[] full = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    Path gz = tmp.resolve("cut.jsonl.gz");
    Files.write(gz, Arrays.copyOf(full, full.length / 2));
    List<ReadResult> rs = scan(gz, Optional.empty());
    assertThat(articles(rs)).isNotEmpty().hasSizeLessThan(400);
    assertThat(rejections(rs)).last().satisfies(r -> {
      assertThat(r.location()).startsWith("byte ");
      assertThat(r.reason()).contains("broken off");
    });
  }

  @Test
  void readsHtmlResponsesOfWarcFileAndSkipsOtherRecords() throws IOException {
    Path warc = tmp.resolve("crawl.warc.gz");
    Files.write(warc, WarcFixture.build());
    List<ReadResult> rs = scan(warc, Optional.empty());
    List<Article> as = articles(rs);
    assertThat(as).hasSize(2);
    assertThat(as.get(0).url()).isEqualTo("https://lantern.example/world/joint-patrols");
    assertThat(as.get(0).date()).isEqualTo(LocalDate.of(2025, 5, 20));
    assertThat(as.get(0).outlet()).isEqualTo("lantern.example");
    assertThat(as.get(1).date()).as("capture day when the page has no date").isEqualTo(LocalDate.of(2025, 8, 9));
    assertThat(rejections(rs)).isEmpty();
  }

  @Test
  void readsStandardInputAndWalksFoldersInNameOrder() throws IOException {
    byte[] seed = Files.readAllBytes(fixture("seed-harbour.txt"));
    List<ReadResult> out = new ArrayList<>();
    new InputScanner(Optional.empty(), new ByteArrayInputStream(seed)).scan(Path.of("-"), out::add);
    assertThat(articles(out)).singleElement().satisfies(a -> assertThat(a.origin()).isEqualTo("<stdin>"));
    List<Path> files = InputScanner.expand(List.of(fixture("seed-harbour.txt").getParent().toString()));
    assertThat(files).hasSizeGreaterThanOrEqualTo(7).isSorted();
  }

  @Test
  void rejectsMissingFileAndBinaryFile() throws IOException {
    assertThat(rejections(scan(tmp.resolve("nope.txt"), Optional.empty()))).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("no such file"));
    Path bin = tmp.resolve("blob.txt");
    Files.write(bin, new byte[] {'d', 'a', 't', 'e', ' ', 0, 1, 2});
    assertThat(rejections(scan(bin, Optional.empty()))).singleElement()
        .satisfies(r -> assertThat(r.location()).isEqualTo("byte 5"));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(data);
    }
    return bos.toByteArray();
  }
}
