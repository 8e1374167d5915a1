package org.vigil.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.ActorResolver;
import org.vigil.model.Token;

/** A tiny resolver for unit tests: a few countries, demonyms and sector nouns, looked up word by word. */
final class FakeResolver implements ActorResolver {
  private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("us", "USA"),
      Map.entry("american", "USA"), Map.entry("iran", "IRN"), Map.entry("iraq", "IRQ"), Map.entry("iraqi", "IRQ"),
      Map.entry("israel", "ISR"), Map.entry("israeli", "ISR"), Map.entry("russia", "RUS"), Map.entry("russian", "RUS"),
      Map.entry("ukraine", "UKR"), Map.entry("france", "FRA"), Map.entry("china", "CHN"),
      Map.entry("pentagon", "USA"), Map.entry("syria", "SYR"), Map.entry("syrian", "SYR"), Map.entry("egypt", "EGY"), Map.entry("egyptian", "EGY"));
  private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("forces", "MIL"),
      Map.entry("troops", "MIL"), Map.entry("soldiers", "MIL"), Map.entry("government", "GOV"),
      Map.entry("minister", "GOV"), Map.entry("rebels", "REB"), Map.entry("police", "COP"),
      Map.entry("secretary", "GOV"), Map.entry("gunmen", "UAF"), Map.entry("protesters", "OPP"), Map.entry("state", "GOV"),
      Map.entry("civilians", "CVL"));

  @Override
  public Optional<ActorRef> resolve(List<Token> phrase, int head, LocalDate date) {
    String text = String.join(" ", phrase.stream().map(Token::word).toList());
    if (text.toLowerCase().contains("kataib hezbollah")) {
      return Optional.of(new ActorRef(text, "IRQ", "REB", "kataib-hezbollah", null, "fake"));
    }
    String country = null;
    String sector = null;
    for (Token t : phrase) {
      String w = t.word().toLowerCase();
      country = country == null ? COUNTRIES.get(w) : country;
      sector = sector == null ? SECTORS.get(w) : sector;
    }
    if (country == null && sector == null) {
      Token h = phrase.get(head);
      return h.ner().equals("O") ? Optional.empty() : Optional.of(new ActorRef(text, null, null, null, h.ner(), "ner"));
    }
    return Optional.of(new ActorRef(text, country, sector, null, null, "fake"));
  }

  @Override
  public String version() {
    return "fake";
  }
}
