package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadBookTest {
  private static HeadBook book(float w) {
    return new HeadBook("toy-encoder", 2, List.of(
        new SoftmaxHead("event", List.of("no", "yes"), new float[][] {{0.1f, w, -3.25e-7f}, {-0.1f, 1f / 3, 7f}}),
        new SoftmaxHead("mode", List.of("asserted", "negated", "future"),
            new float[][] {{1f, 2f, 3f}, {Float.MIN_VALUE, -0f, 1e30f}, {0f, 0f, 0f}})));
  }

  private static HeadBook reread(HeadBook b) {
    return HeadBook.read(new ByteArrayInputStream(b.format().getBytes(StandardCharsets.UTF_8)), "test.heads");
  }

  @Test
  void roundTripKeepsEveryWeightBitExact() {
    HeadBook b = book(0.123456789f);
    HeadBook again = reread(b);
    assertThat(again.encoder()).isEqualTo("toy-encoder");
    assertThat(again.heads()).hasSize(2);
    for (SoftmaxHead h : b.heads()) {
      SoftmaxHead r = again.head(h.name()).orElseThrow();
      assertThat(r.labels()).isEqualTo(h.labels());
      for (int k = 0; k < h.labels().size(); k++) {
        assertThat(r.row(k)).containsExactly(h.row(k));
      }
    }
    assertThat(again.format()).isEqualTo(b.format());
  }

  @Test
  void hashIsStableAndFollowsTheWeights() {
    assertThat(book(0.5f).hash()).isEqualTo(book(0.5f).hash()).isEqualTo(reread(book(0.5f)).hash());
    assertThat(book(0.5f).hash()).isNotEqualTo(book(0.50001f).hash());
    assertThat(book(0.5f).hash()).matches("[0-9a-f]{64}");
  }

  @Test
  void malformedFileNamesItsLine() {
    String bad = book(0.5f).format().replace("w yes -0.1", "w yes oops");
    assertThatThrownBy(() -> HeadBook.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "x.heads"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.heads:5");
  }
}
