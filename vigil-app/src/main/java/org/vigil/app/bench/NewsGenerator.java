package org.vigil.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes varied news-style articles for benchmarks from the project's own sentence templates: a lead sentence
 * with an event between two actors, background and reaction sentences, and a closing line. Deterministic for a
 * seed. Output is JSON Lines in the ingest format. Not thread-safe.
 */
public final class NewsGenerator {
  private static final String[][] ACTORS = {
    {"Turkish forces", "Kurdish fighters"}, {"Israeli troops", "Hamas militants"},
    {"Russian forces", "Ukrainian troops"}, {"the Iraqi government", "Kurdish officials"},
    {"Indian police", "Maoist rebels"}, {"the Nigerian army", "Boko Haram"},
    {"the French president", "the German chancellor"}, {"Chinese diplomats", "Japanese officials"},
    {"the Pentagon", "Iranian-backed militias"}, {"Ethiopian troops", "Tigrayan forces"},
    {"Sudanese paramilitaries", "the Sudanese army"}, {"the Egyptian foreign minister", "Qatari mediators"},
    {"Pakistani security forces", "Taliban fighters"}, {"Colombian officials", "ELN rebels"},
    {"the United Nations", "the Syrian government"}, {"Saudi Arabia", "Yemen's Houthi movement"},
  };
  private static final String[] PLACES = {"near Aleppo", "in northern Gaza", "outside Kharkiv", "in Kirkuk",
    "in Chhattisgarh state", "near Maiduguri", "in Brussels", "in Beijing", "near the Jordan-Syria border",
    "in Mekelle", "in Khartoum", "in Doha", "in the Khyber district", "near Cucuta", "in Geneva", "in Sanaa"};
  private static final String[] LEADS = {
    "%1$s attacked %2$s %3$s on %4$s, killing at least %5$d people, officials said.",
    "%1$s shelled positions held by %2$s %3$s early on %4$s.",
    "%1$s met %2$s %3$s on %4$s to discuss a possible truce.",
    "%1$s accused %2$s of violating the ceasefire %3$s on %4$s.",
    "%1$s threatened to retaliate against %2$s after clashes %3$s on %4$s.",
    "%1$s agreed to release prisoners held by %2$s, according to a statement issued %3$s on %4$s.",
    "%1$s signed an agreement with %2$s %3$s on %4$s.",
    "%1$s arrested dozens of supporters of %2$s %3$s on %4$s.",
    "%1$s praised %2$s for its role in the talks %3$s on %4$s.",
    "%1$s declared a ceasefire with %2$s on %4$s, a spokesman said %3$s.",
    "%1$s rejected a proposal from %2$s during talks %3$s on %4$s.",
    "%1$s sent humanitarian aid to areas controlled by %2$s %3$s on %4$s.",
  };
  private static final String[] BACKGROUND = {
    "The two sides have fought intermittently for years.",
    "Residents described hearing explosions throughout the night.",
    "Aid groups warned that civilians were running out of food and water.",
    "Earlier talks collapsed after both delegations walked out.",
    "Analysts said the move could reshape the balance of power in the region.",
    "Local hospitals reported receiving %d wounded patients.",
    "The government said it would investigate the incident.",
    "Diplomats expressed concern about a wider escalation.",
    "A spokesman for %2$s denied the claims and called them propaganda.",
    "%1$s said the operation would continue until its goals were met.",
    "Officials from %2$s could not be reached for comment.",
    "Witnesses said several buildings were damaged %3$s.",
  };
  private static final String[] CLOSINGS = {
    "Reporting by staff correspondents; editing by the world desk.",
    "This story has been updated with additional details.",
    "More coverage is available on our website.",
  };
  private static final String[] OUTLETS = {"Harbor Times", "Evening Ledger", "Northern Wire", "Global Dispatch",
    "Capital Herald", "Frontier Post"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};

  private final Random rnd;
  private final ObjectMapper json = new ObjectMapper();

  public NewsGenerator(long seed) {
    this.rnd = new Random(seed);
  }

  /** The {@code n}-th article as one JSON line. */
  public String articleLine(int n) {
    String[] pair = ACTORS[rnd.nextInt(ACTORS.length)];
    boolean flip = rnd.nextBoolean();
    String a = flip ? pair[1] : pair[0];
    String b = flip ? pair[0] : pair[1];
    String place = PLACES[rnd.nextInt(PLACES.length)];
    String day = DAYS[rnd.nextInt(DAYS.length)];
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(120));
    List<String> sentences = new ArrayList<>();
    sentences.add(cap(String.format(LEADS[rnd.nextInt(LEADS.length)], a, b, place, day, 2 + rnd.nextInt(30))));
    int extra = 2 + rnd.nextInt(5);
    for (int i = 0; i < extra; i++) {
      String tpl = BACKGROUND[rnd.nextInt(BACKGROUND.length)].replace("%d", Integer.toString(3 + rnd.nextInt(40)));
      sentences.add(cap(String.format(tpl, a, b, place)));
    }
    if (rnd.nextInt(3) == 0) {
      sentences.add(cap(String.format(LEADS[rnd.nextInt(LEADS.length)], b, a, place, day, 1 + rnd.nextInt(9))));
    }
    String text = String.join(" ", sentences) + "\n\n" + CLOSINGS[rnd.nextInt(CLOSINGS.length)];
    String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
    ObjectNode o = json.createObjectNode();
    o.put("id", "gen-" + n);
    o.put("date", date.toString());
    o.put("title", cap(a) + " and " + b + ": latest");
    o.put("text", text);
    o.put("url", "https://" + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example/" + n);
    o.put("source", outlet);
    return o.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
