package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedArticleReaderTest {
  private final SeedArticleReader strict = new SeedArticleReader(Optional.empty());

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsDateLineWithFirstParagraphOnSameLine() {
    ReadResult r = strict.read("a.txt", "a", utf8("date 2024-01-30 The group said so.\n\nMore text."));
    assertThat(r.article().date()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(r.article().text()).isEqualTo("The group said so.\n\nMore text.");
    assertThat(r.article().id()).isEqualTo("a");
  }

  @Test
  void rejectsMissingDateNamingTheFile() {
    ReadResult r = strict.read("dir/plain.txt", "plain", utf8("Troops moved in."));
    assertThat(r.rejection().message()).contains("dir/plain.txt").contains("no date");
  }

  @Test
  void usesFallbackDateForPlainText() {
    ReadResult r = new SeedArticleReader(Optional.of(LocalDate.of(2020, 5, 1)))
        .read("p.txt", "p", utf8("Troops moved in."));
    assertThat(r.article().date()).isEqualTo(LocalDate.of(2020, 5, 1));
  }

  @Test
  void rejectsEmptyFile() {
    assertThat(strict.read("e.txt", "e", new byte[0]).rejection().message()).contains("e.txt").contains("empty");
  }

  @Test
  void rejectsInvalidUtf8WithByteOffset() {
    byte[] bytes = utf8("date 2024-01-30 abc");
    byte[] bad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    assertThat(strict.read("b.txt", "b", bad).rejection().location()).isEqualTo("byte " + bytes.length);
  }

  @Test
  void rejectsBinaryAtFirstNulByte() {
    byte[] bin = {'d', 'a', 't', 0, 1, 2};
    assertThat(strict.read("x.bin", "x", bin).rejection().message()).contains("byte 3").contains("binary");
  }

  @Test
  void rejectsMalformedDate() {
    assertThat(strict.read("d.txt", "d", utf8("date 2024-13-45 text")).rejection().reason()).contains("bad date");
  }
}
