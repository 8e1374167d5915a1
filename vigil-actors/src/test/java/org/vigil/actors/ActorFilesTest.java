package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.ActorRef;
import org.vigil.model.Span;
import org.vigil.model.Token;

class ActorFilesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static ActorRef resolve(ActorKnowledgeBase kb, String phrase, String date) {
    List<Token> tokens = PlainTokens.of(phrase);
    return kb.resolver().resolve(tokens, tokens.size() - 1, LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void malformedUserLineFailsNamingFileAndLine() throws IOException {
    Path file = write("mine.actors", "[groups]\n# fine\nmy-group | names: My Group | country: IRQ\nbroken entry here\n");
    assertThatThrownBy(() -> ActorKnowledgeBase.loadDefault(List.of(dir)))
        .isInstanceOf(ActorFileException.class)
        .hasMessageStartingWith(file + ":4:")
        .hasMessageContaining("malformed entry id");
  }

  @Test
  void unknownKeyOnContinuationLineIsReportedAtThatLine() throws IOException {
    Path file = write("mine.actors", "[people]\njane-roe | names: Jane Roe | country: USA\n  | rank: colonel\n");
    assertThatThrownBy(() -> ActorKnowledgeBase.loadDefault(List.of(dir)))
        .hasMessageStartingWith(file + ":3:").hasMessageContaining("unknown key 'rank'");
  }

  @Test
  void userEntryReplacesOursById() throws IOException {
    write("override.actors", "[groups]\nkataib-hezbollah | names: Kataib Hezbollah | country: SYR | sector: REB\n");
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(List.of(dir));
    assertThat(resolve(kb, "Kataib Hezbollah", "2024-01-30").country()).isEqualTo("SYR");
  }

  @Test
  void userAliasWinsOverOursWithoutClash() throws IOException {
    write("alias.actors", "[groups]\nmy-pentagon-watchers | names: Pentagon | country: CAN | sector: NGO\n");
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(List.of(dir));
    assertThat(resolve(kb, "the Pentagon", "2024-01-30").country()).isEqualTo("CAN");
  }

  @Test
  void versionChangesWithUserFiles() throws IOException {
    String ours = ActorKnowledgeBase.loadDefault(List.of()).version();
    write("extra.actors", "[groups]\nextra-group | names: Extra Group | country: IRQ | sector: REB\n");
    assertThat(ActorKnowledgeBase.loadDefault(List.of(dir)).version()).isNotEqualTo(ours);
  }

  @Test
  void checkReportsOverlapUnknownCodesAndDuplicateAliasWithLines() throws IOException {
    Path file = write("bad.actors", String.join("\n",
        "[people]",
        "john-doe | names: John Doe | country: USA",
        "  | role: USA GOV Treasurer 2020-01-01..2022-01-01",
        "  | role: USA GOV Treasurer 2021-06-01..2023-01-01",
        "[groups]",
        "ghost-group | names: Ghost Group | country: XYZ | sector: ABC",
        "twin-one | names: Twin Name | country: IRQ",
        "twin-two | names: Twin Name | country: IRQ",
        ""));
    List<String> problems = ActorKnowledgeBase.check(List.of(dir)).stream().map(Throwable::getMessage).toList();
    assertThat(problems).anyMatch(p -> p.startsWith(file + ":4:") && p.contains("overlapping role"));
    assertThat(problems).anyMatch(p -> p.startsWith(file + ":6:") && p.contains("unknown country code 'XYZ'"));
    assertThat(problems).anyMatch(p -> p.startsWith(file + ":6:") && p.contains("unknown sector code 'ABC'"));
    assertThat(problems).anyMatch(p -> p.startsWith(file + ":8:") && p.contains("duplicate alias 'Twin Name'"));
  }

  @Test
  void checkCommandExitsNonZeroOnProblems() throws IOException {
    write("bad.actors", "[groups]\nlost | names: Lost | country: QQQ\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ActorFileCheck.run(List.of(dir), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("bad.actors:2").contains("QQQ");
  }

  @Test
  void ourFilesPassTheCheck() {
    assertThat(ActorKnowledgeBase.check(List.of())).isEmpty();
  }

  @Test
  void roleRangesAreHalfOpen() {
    Role first = new Role("USA", "GOV", null, "Defense Secretary", LocalDate.of(2021, 1, 22), LocalDate.of(2025, 1, 20), "t:1");
    Role next = new Role("USA", "GOV", null, "Defense Secretary", LocalDate.of(2025, 1, 20), null, "t:2");
    assertThat(first.overlaps(next)).isFalse();
    assertThat(first.activeOn(LocalDate.of(2025, 1, 20))).isFalse();
    assertThat(next.activeOn(LocalDate.of(2025, 1, 20))).isTrue();
  }

  @Test
  void handlesHyphensSplitIntoTokensAsCoreNlpDoes() {
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(List.of());
    String text = "Iran-aligned Iraqi armed group";
    List<Token> tokens = List.of(
        new Token(0, "Iran", "Iran", "NNP", "O", new Span(0, 4)),
        new Token(1, "-", "-", "HYPH", "O", new Span(4, 5)),
        new Token(2, "aligned", "align", "VBN", "O", new Span(5, 12)),
        new Token(3, "Iraqi", "Iraqi", "JJ", "O", new Span(13, 18)),
        new Token(4, "armed", "armed", "JJ", "O", new Span(19, 24)),
        new Token(5, "group", "group", "NN", "O", new Span(25, text.length())));
    ActorRef ref = kb.resolver().resolve(tokens, 5, LocalDate.of(2024, 1, 30)).orElseThrow();
    assertThat(ref.cameoCode()).isEqualTo("IRQREB");
    assertThat(ref.basis()).contains("affiliated with IRN");
  }
}
