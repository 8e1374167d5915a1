package org.vigil.app.eval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.Token;

/**
 * A stand-in resolver for developing the coder before the actor knowledge base is wired: country names and
 * demonyms, a few sector nouns, word by word. Test scope only.
 */
final class StandInResolver implements ActorResolver {
  private static final Map<String, String> COUNTRY = new HashMap<>();
  private static final Map<String, String> SECTOR = new HashMap<>();

  static {
    String[] c = {"USA:us|u.s.|usa|america|american|americans|washington|united_states|pentagon",
        "CHN:china|chinese|beijing", "RUS:russia|russian|russians|moscow|kremlin", "IRN:iran|iranian|tehran",
        "IRQ:iraq|iraqi|baghdad", "ISR:israel|israeli|israelis", "SYR:syria|syrian|damascus|aleppo",
        "FRA:france|french|paris", "GBR:britain|british|uk|london", "RWA:rwanda|rwandan|kigali",
        "BRA:brazil|brazilian|brazilians", "GUY:guyana|guyanese", "TUN:tunisia|tunisian", "NGA:nigeria|nigerian",
        "LBN:lebanon|lebanese|beirut", "UKR:ukraine|ukrainian|kiev|kyiv", "QAT:qatar|qatari",
        "EGY:egypt|egyptian|cairo", "PHL:philippines|filipino", "KEN:kenya|kenyan|nairobi", "SOM:somalia|somali",
        "CHE:switzerland|swiss|zurich", "MMR:myanmar|burmese", "GEO:georgia|georgian", "CAN:canada|canadian",
        "MYS:malaysia|malaysian", "JOR:jordan|jordanian", "PSE:palestinian|palestinians|gaza|hamas",
        "TUR:turkey|turkish", "IND:india|indian", "PAK:pakistan|pakistani", "AFG:afghanistan|afghan",
        "DEU:germany|german", "JPN:japan|japanese", "PRK:pyongyang|north_korea", "KOR:seoul|south_korea",
        "SAU:saudi", "ARE:emirates", "YEM:yemen|yemeni", "LBY:libya|libyan", "SDN:sudan|sudanese"};
    for (String e : c) {
      String[] kv = e.split(":");
      for (String w : kv[1].split("\\|")) {
        COUNTRY.put(w, kv[0]);
      }
    }
    String[] s = {"GOV:government|minister|president|ministry|official|officials|leader|secretary|presidency"
        + "|cabinet|administration|obama|bush|putin|suleiman|sarkozy|abbas|assad|mayor",
        "MIL:forces|troops|soldiers|military|army|commander|general|peacekeepers|tanks",
        "REB:rebels|insurgents|militants|militant|rebel|group", "OPP:dissidents|activists|opponents|demonstrators",
        "JUD:court|judge", "COP:police", "LEG:congress|lawmakers|parliament|senate", "CVL:civilians|people"};
    for (String e : s) {
      String[] kv = e.split(":");
      for (String w : kv[1].split("\\|")) {
        SECTOR.put(w, kv[0]);
      }
    }
    Map<String, String> leaders = Map.of("obama", "USA", "bush", "USA", "putin", "RUS", "assad", "SYR",
        "sarkozy", "FRA", "abbas", "PSE", "suleiman", "LBN");
    leaders.forEach((k, v) -> COUNTRY.putIfAbsent(k, v));
  }

  @Override
  public Optional<ActorRef> resolve(List<Token> phrase, int head, LocalDate date) {
    String country = null;
    String sector = null;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i).word().toLowerCase(Locale.ROOT);
      String pair = i + 1 < phrase.size() ? w + "_" + phrase.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
      text.append(i == 0 ? "" : " ").append(phrase.get(i).word());
      country = country != null ? country : COUNTRY.getOrDefault(pair, COUNTRY.get(w));
      sector = sector != null ? sector : SECTOR.get(w);
    }
    if (country == null && sector == null) {
      Token h = phrase.get(head);
      return h.ner().equals("O") ? Optional.empty()
          : Optional.of(new ActorRef(text.toString(), null, null, null, h.ner(), "ner"));
    }
    return Optional.of(new ActorRef(text.toString(), country, sector, null, null, "stand-in"));
  }

  @Override
  public String version() {
    return "stand-in";
  }
}
