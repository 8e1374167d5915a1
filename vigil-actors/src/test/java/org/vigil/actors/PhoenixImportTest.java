package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Phoenix converter on small dictionaries written here in the Phoenix format (invented names). */
class PhoenixImportTest {
  private static final PhoenixCodes CODES = new PhoenixCodes(
      Set.of("USA", "FRA", "ROU", "NOR", "IRQ", "KOR"), Set.of("UNO", "EUR", "NAT", "IAE", "WBK", "AMN"));

  @Test
  void readsRootsAliasesDatedCodesAndComments() {
    String text = String.join("\n",
        "# a comment line",
        "JOHN_QUILLBY_  # inline comment",
        "+J._QUILLBY_",
        "\t[FRAGOV 950517-020506]",
        "\t[FRAELI]",
        "MARTA_OSTREVA_ [NORGOV >110301] [NORELI] # two codes on the root line",
        "");
    PhoenixReader r = new PhoenixReader("t.txt").read(text);
    assertThat(r.problems()).isEmpty();
    assertThat(r.entries()).hasSize(2);
    PhoenixReader.Entry john = r.entries().get(0);
    assertThat(john.location()).isEqualTo("t.txt:2");
    assertThat(john.names()).containsExactly("JOHN_QUILLBY_", "J._QUILLBY_");
    assertThat(john.codes().get(0)).isEqualTo(new PhoenixReader.Code("FRAGOV", LocalDate.of(1995, 5, 17),
        LocalDate.of(2002, 5, 6), "t.txt:4"));
    assertThat(john.codes().get(1).dated()).isFalse();
    PhoenixReader.Code open = r.entries().get(1).codes().get(0);
    assertThat(open.from()).isEqualTo(LocalDate.of(2011, 3, 1));
    assertThat(open.to()).isNull();
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndTheBatchGoesOn() {
    String text = String.join("\n",
        "FIRST_PERSON_ [USAGOV 9901-000101]",
        "+ORPHAN",
        "SECOND_PERSON_ [usagov]",
        "THIRD_PERSON_ [USAGOV 990101-000101",
        "FOURTH_PERSON_ [USAGOV 990101-000101]");
    PhoenixReader r = new PhoenixReader("bad.txt").read(text);
    assertThat(r.problems()).extracting(ActorFileException::location)
        .containsExactly("bad.txt:1", "bad.txt:3", "bad.txt:4");
    assertThat(r.problems().get(0).reason()).contains("malformed date range '9901-000101'");
    assertThat(r.problems().get(1).reason()).contains("malformed code 'usagov'");
    assertThat(r.entries()).extracting(e -> e.names().get(0)).contains("FOURTH_PERSON_");
    assertThat(r.entries().get(r.entries().size() - 1).codes()).hasSize(1);
  }

  @Test
  void twoDigitYearsFollowTheDictionariesHorizon() {
    assertThat(PhoenixReader.date("140301")).isEqualTo(LocalDate.of(2014, 3, 1));
    assertThat(PhoenixReader.date("450101")).isEqualTo(LocalDate.of(1945, 1, 1));
    assertThat(PhoenixReader.date("19270101")).isEqualTo(LocalDate.of(1927, 1, 1));
  }

  @Test
  void mapsCodesToVigilConventions() {
    assertThat(code("IGOUNO")).isEqualTo("UNO");
    assertThat(code("IGOUNOREFHCR")).isEqualTo("UNOREF");
    assertThat(code("IGOUNOIAE")).isEqualTo("IAE");
    assertThat(code("IGOUNODEVWBK")).isEqualTo("WBK");
    assertThat(code("IGOEUREEC")).isEqualTo("EUR");
    assertThat(code("IGOWSTNAT")).isEqualTo("NAT");
    assertThat(code("IGOEURDEVEBR")).as("the region block EUR is not the EU").isNull();
    assertThat(code("NGOUSAHRI")).isEqualTo("USANGO");
    assertThat(code("NGOHRIAMN")).isEqualTo("AMNNGO");
    assertThat(code("MNCUSA")).as("companies are left out").isNull();
    assertThat(code("MNC")).isNull();
    assertThat(code("IMGMUSALQ")).isEqualTo("IMGREB");
    assertThat(code("IRQSEP")).isEqualTo("IRQREB");
    assertThat(code("FRAELI")).isEqualTo("FRAOPP");
    assertThat(code("ROMGOV")).isEqualTo("ROUGOV");
    assertThat(code("USAGOVREL")).isEqualTo("USAGOV");
    assertThat(code("SASREB")).as("a region").isNull();
    assertThat(code("---")).isNull();
  }

  private static String code(String phoenix) {
    return CODES.map(phoenix).map(PhoenixCodes.Mapped::code).orElse(null);
  }

  @Test
  void namesBecomeAliasesAndJunkGivesNone() {
    assertThat(PhoenixNames.aliases("ADEN_HILLS_LIBERATION_FRONT_(AHLF)_"))
        .containsExactly("Aden Hills Liberation Front", "AHLF");
    assertThat(PhoenixNames.aliases("IPCC")).containsExactly("IPCC");
    assertThat(PhoenixNames.aliases("ABU_BAKR_AL_QUILLI_")).containsExactly("Abu Bakr al Quilli");
    assertThat(PhoenixNames.aliases("SOME_GROUP_+OTHER_GROUP_")).isEmpty();
    assertThat(PhoenixNames.aliases("CATTLE!PERSON!")).isEmpty();
  }

  @Test
  void rolesKeepTheirDatesAndOpenEndsStayOpen() {
    PhoenixConversion conv = new PhoenixConversion(CODES);
    PhoenixReader.Entry e = new PhoenixReader("t.txt").read(String.join("\n",
        "JOHN_QUILLBY_",
        "\t[FRAGOV 950517-020506]",
        "\t[FRAGOV 020401-030101]",
        "\t[NORGOV >110301]",
        "\t[FRAMIL 160101-170101]",
        "\t[FRAELI]")).entries().get(0);
    PhoenixCandidate c = conv.convert(e).orElseThrow();
    assertThat(c.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(c.country()).isEqualTo("FRA");
    assertThat(c.sector()).as("Phoenix's undated ELI: out of office").isEqualTo("OPP");
    assertThat(c.roles()).containsExactly(
        new PhoenixCandidate.Span("NOR", "GOV", "NORGOV", LocalDate.of(2011, 3, 1), null),
        new PhoenixCandidate.Span("FRA", "GOV", "FRAGOV", LocalDate.of(1995, 5, 17), LocalDate.of(2003, 1, 2)));
    assertThat(conv.dropped()).containsEntry("role starting after 2014 (the dictionaries stop in 2014)", 1);
  }

  @Test
  void groupsAreUndatedAndBareCountryNamesAreLeftToTheGazetteer() {
    PhoenixConversion conv = new PhoenixConversion(CODES);
    List<PhoenixReader.Entry> entries = new PhoenixReader("t.txt").read(String.join("\n",
        "NORTHERN_QUILL_BRIGADES_ [IRQREB]",
        "+QUILL_BRIGADES_",
        "QUILLTOWN_ [IRQ]",
        "THE_UNITED_QUILLS_ [IGOUNO]")).entries();
    PhoenixCandidate brigades = conv.convert(entries.get(0)).orElseThrow();
    assertThat(brigades.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(brigades.code()).isEqualTo("IRQREB");
    assertThat(brigades.names()).containsExactly("Northern Quill Brigades", "Quill Brigades");
    assertThat(conv.convert(entries.get(1))).isEmpty();
    assertThat(conv.convert(entries.get(2)).orElseThrow().code()).isEqualTo("UNO");
  }

  @Test
  void agentsGiveSingularAndPluralSectorNouns() {
    PhoenixAgents agents = new PhoenixAgents("agents.txt").read(String.join("\n",
        "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
        "QUILL_GROWER [~AGR]",
        "FERRY!PERSON! [~BUS]",
        "QUILL_BOARD {} [~GOVBUS]",
        "QUILL_PRIEST [~CHR]",
        "QUILL_WARDEN [~COP]",
        "QUILL_WARDEN [~MIL]",
        "BROKEN LINE [~GOV]"), CODES);
    Map<String, List<String>> bySector = new java.util.TreeMap<>();
    agents.candidates().forEach(c -> bySector.put(c.sector(), c.names()));
    assertThat(bySector.get("AGR")).containsExactly("quill grower", "quill growers");
    assertThat(bySector.get("BUS")).contains("ferryman", "ferrywomen");
    assertThat(bySector.get("GOV")).containsExactly("quill board");
    assertThat(bySector).doesNotContainKeys("COP", "MIL");
    assertThat(agents.problems()).extracting(ActorFileException::location).containsExactly("agents.txt:8");
  }

  @Test
  void oursWinAndAmbiguousOrCommonWordAliasesGo() {
    ActorEntry ours = new ActorEntry("jane-quill", ActorKind.PERSON, List.of("Jane Quill", "Quill"), List.of(), "FRA",
        null, null, List.of(), List.of(), false, "people.actors:1");
    PhoenixPrecedence p = new PhoenixPrecedence(List.of(ours), Set.of("harbour", "red", "army", "front"));
    PhoenixCandidate sameFuller = person(List.of("Jane Marie Quill"), "FRA");
    PhoenixCandidate otherCountry = person(List.of("Jane Marie Quill"), "NOR");
    PhoenixCandidate surname = person(List.of("Tom Quill", "Quill"), "USA");
    PhoenixCandidate harbour = group(List.of("Harbour Liberation Front", "Harbour"), "IRQ", "REB");
    PhoenixCandidate clash1 = group(List.of("Red Quills"), "IRQ", "REB");
    PhoenixCandidate clash2 = group(List.of("Red Quills", "Red Quill Army"), "USA", "REB");
    PhoenixCandidate generic = group(List.of("Red Army Front", "Red Front"), "FRA", "REB");
    List<PhoenixCandidate> kept =
        p.apply(List.of(sameFuller, otherCountry, surname, harbour, clash1, clash2, generic));
    assertThat(kept).extracting(c -> c.names()).containsExactly(
        List.of("Jane Marie Quill"), List.of("Tom Quill"), List.of("Harbour Liberation Front"), List.of("Red Quill Army"));
    assertThat(kept.get(0).country()).isEqualTo("NOR");
    assertThat(p.conflicts()).hasSize(1);
    assertThat(p.conflicts().get(0)).startsWith("people.actors:1 jane-quill wins over t.txt:1 'Jane Marie Quill'");
  }

  private static PhoenixCandidate person(List<String> names, String country) {
    return new PhoenixCandidate(ActorKind.PERSON, names, country, null,
        List.of(new PhoenixCandidate.Span(country, "GOV", country + "GOV", LocalDate.of(2001, 1, 1), null)), "t.txt:1");
  }

  private static PhoenixCandidate group(List<String> names, String country, String sector) {
    return new PhoenixCandidate(ActorKind.GROUP, names, country, sector, List.of(), "t.txt:2");
  }

  @Test
  void convertsAWholeDictionaryFolderIntoAValidActorFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Phoenix.Countries.actors.txt"), String.join("\n",
        "QUILLANDRA_ [FRA]",
        "PIERRE_VANTOUX_",
        "\t[FRAGOV 970101-051231]",
        "\t[FRAELI]",
        "MARTA_OSTREVA_ [NORGOV >110301] [NORELI]",
        "BROKEN_ [FRAGOV 9701-0512]"));
    Files.writeString(dir.resolve("Phoenix.International.actors.txt"),
        "UNITED_QUILL_FUND_ [IGOUNODEVWBK]\nQUILL_WATCH_ [NGOUSAHRI]\n");
    Files.writeString(dir.resolve("Phoenix.MilNonState.actors.txt"), "NORTHERN_QUILL_BRIGADES_ [IRQREB]\n");
    Files.writeString(dir.resolve("Phoenix.agents.txt"), "QUILL_GROWER [~AGR]\n");
    PhoenixImport.Result r = PhoenixImport.run(dir, Set.of());
    assertThat(r.problems()).extracting(ActorFileException::location)
        .containsExactly("Phoenix.Countries.actors.txt:6");
    ActorFileParser parsed = new ActorFileParser("phoenix.actors").parse(r.text());
    assertThat(parsed.problems()).isEmpty();
    Map<String, ActorEntry> byId = new java.util.HashMap<>();
    parsed.entries().forEach(e -> byId.put(e.id(), e));
    ActorEntry pierre = byId.get("phx-pierre-vantoux");
    assertThat(pierre.roles()).hasSize(1);
    assertThat(pierre.roles().get(0).range()).isEqualTo("1997-01-01..2006-01-01");
    assertThat(byId.get("phx-marta-ostreva").roles().get(0).range()).isEqualTo("2011-03-01..");
    assertThat(byId.get("phx-united-quill-fund").country()).isEqualTo("WBK");
    assertThat(byId.get("phx-quill-watch").sector()).isEqualTo("NGO");
    assertThat(byId.get("phx-northern-quill-brigades").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(byId.get("phx-agents-agr").names()).containsExactly("quill grower", "quill growers");
    assertThat(byId).doesNotContainKey("phx-quillandra");
    assertThat(r.counts()).containsEntry("written person", 2);
    assertThat(PhoenixImport.run(dir, Set.of()).text()).as("deterministic").isEqualTo(r.text());
  }
}
