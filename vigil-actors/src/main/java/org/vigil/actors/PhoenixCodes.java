package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Phoenix / CAMEO actor code ({@code USAGOV}, {@code IGOUNOREFHCR}, {@code NGOUSAHRI}, {@code IMGMUSALQ})
 * to Vigil's conventions (gold/README.md): a country or organisation code and at most one sector. Regions,
 * religions and codes Vigil has no counterpart for map to nothing; the importer counts them. So do companies
 * ({@code MNC...}): a 2014 list of listed firms whose names news uses mostly as brands and product modifiers
 * ("a Boeing 777"), rarely as political actors. Immutable.
 */
final class PhoenixCodes {
  /** A code in Vigil's terms; {@code sector} may be null. */
  record Mapped(String country, String sector) {
    String code() {
      return country + (sector == null ? "" : sector);
    }
  }

  /** Phoenix sector blocks kept as they are (the sectors of gold/README.md, plus INS and UAF). */
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "INS", "OPP", "PTY", "COP", "JUD", "LEG",
      "SPY", "CRM", "CVL", "BUS", "LAB", "AGR", "EDU", "MED", "HLH", "REF", "NGO", "UAF");
  /** Phoenix sectors renamed: separatists are REB (named armed groups), elites and former officials OPP. */
  private static final Map<String, String> RENAMED = Map.of("SEP", "REB", "ELI", "OPP");
  /** Sectors an organisation's code keeps (UNO + REF, UNO + MIL, ICC + JUD, ITP + COP, as igos.actors). */
  private static final Set<String> IGO_SECTORS = Set.of("MIL", "REF", "JUD", "COP");
  /**
   * Phoenix organisation blocks whose Vigil code differs: the EU is EUR (CAMEO: EEC), the UN refugee and
   * children's agencies and the World Food Programme are UNO (igos.actors).
   */
  private static final Map<String, String> ORGS = Map.of("EEC", "EUR", "HCR", "UNO", "KID", "UNO", "WFP", "UNO",
      "ASN", "ASN", "OPC", "OPC");
  /** Phoenix region blocks that share letters with a Vigil organisation code and must never be read as one. */
  private static final Set<String> REGIONS = Set.of("EUR", "AFR", "ASA", "LAM", "MEA", "WST", "SAS", "SEA", "NAF",
      "WAF", "EAF", "SAF", "CAF", "CAS", "CRB", "SAM", "NAM", "SCN", "BLK", "CAU", "EEU", "WEU", "PGS", "MDT");
  /** CAMEO country codes that predate or differ from ISO 3166 alpha-3. */
  private static final Map<String, String> LEGACY = Map.of("ROM", "ROU", "ZAR", "COD", "TMP", "TLS");
  /** CAMEO's international militarized group: transnational armed networks, coded IMG + REB (gold/README.md). */
  static final String TRANSNATIONAL = "IMG";

  private final Set<String> countries;
  private final Set<String> orgs;

  /**
   * @param countries ISO alpha-3 codes Vigil knows
   * @param orgs organisation codes of Vigil's igos.actors (UNO, NAT, IAE, ...)
   */
  PhoenixCodes(Set<String> countries, Set<String> orgs) {
    this.countries = Set.copyOf(countries);
    this.orgs = Set.copyOf(orgs);
  }

  /** The code in Vigil's terms, or empty when Vigil has no counterpart (regions, bare sectors, "---"). */
  Optional<Mapped> map(String code) {
    if (code.length() % 3 != 0 || code.startsWith("---")) {
      return Optional.empty();
    }
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      blocks.add(code.substring(i, i + 3));
    }
    String first = blocks.get(0);
    List<String> rest = blocks.subList(1, blocks.size());
    switch (first) {
      case "IGO": return organisation(rest);
      case TRANSNATIONAL: return Optional.of(new Mapped(TRANSNATIONAL, "REB"));
      case "NGO": return country(rest).map(c -> new Mapped(c, "NGO"));
      default: break;
    }
    String country = LEGACY.getOrDefault(first, first);
    if (!countries.contains(country)) {
      return Optional.empty();
    }
    if (rest.contains("IGO") || rest.contains("NGO") && !rest.get(0).equals("NGO")) {
      return Optional.empty();
    }
    return Optional.of(new Mapped(country, sector(rest, SECTORS)));
  }

  /** The first sector of a sector-only code ("GOVMED" is GOV), or empty when Vigil has none of its blocks. */
  Optional<String> sector(String code) {
    if (code.isEmpty() || code.length() % 3 != 0) {
      return Optional.empty();
    }
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      blocks.add(code.substring(i, i + 3));
    }
    return Optional.ofNullable(sector(blocks, SECTORS));
  }

  /** True for an organisation code of Vigil's (UNO, NAT, ...) and for the transnational IMG. */
  boolean isOrganisation(String code) {
    return orgs.contains(code) || TRANSNATIONAL.equals(code);
  }

  /** The most specific organisation block Vigil knows (IGOUNOIAE is IAE, IGOUNODEVWBK is WBK). */
  private Optional<Mapped> organisation(List<String> blocks) {
    String org = null;
    for (String b : blocks) {
      String mapped = ORGS.getOrDefault(b, b);
      if (!REGIONS.contains(b) && orgs.contains(mapped)) {
        org = mapped;
      }
    }
    if (org == null) {
      return Optional.empty();
    }
    String sector = blocks.contains("HCR") ? "REF" : sector(blocks, IGO_SECTORS);
    return Optional.of(new Mapped(org, sector));
  }

  private Optional<String> country(List<String> blocks) {
    for (String b : blocks) {
      String c = LEGACY.getOrDefault(b, b);
      if (countries.contains(c) || orgs.contains(c) && !REGIONS.contains(b)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static String sector(List<String> blocks, Set<String> allowed) {
    for (String b : blocks) {
      String s = RENAMED.getOrDefault(b, b);
      if (allowed.contains(s) && SECTORS.contains(s)) {
        return s;
      }
    }
    return null;
  }
}
