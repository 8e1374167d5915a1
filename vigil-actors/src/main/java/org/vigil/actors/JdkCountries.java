package org.vigil.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 countries from the JDK's own tables: alpha-2 to alpha-3 codes and English display names,
 * cleaned into aliases ("Myanmar (Burma)" gives "Myanmar" and "Burma"; "St. Lucia" also "Saint Lucia").
 * Names the JDK writes with " - " ("Congo - Kinshasa") are left to the project's country file. Stateless.
 */
final class JdkCountries {
  static final String SOURCE = "jdk:ISO-3166";

  private JdkCountries() {}

  /** Alpha-3 code to English aliases, for every ISO 3166-1 country the JDK knows. */
  static Map<String, List<String>> names() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      String alpha3 = locale.getISO3Country();
      out.put(alpha3, aliases(locale.getDisplayCountry(Locale.ENGLISH)));
    }
    return out;
  }

  private static List<String> aliases(String name) {
    List<String> out = new ArrayList<>();
    if (name.contains(" - ")) {
      return out;
    }
    String base = name.replace(" SAR China", "").replace('\u2019', '\'');
    int paren = base.indexOf('(');
    if (paren > 0 && base.endsWith(")")) {
      add(out, base.substring(0, paren).strip());
      add(out, base.substring(paren + 1, base.length() - 1).strip());
    } else {
      add(out, base);
    }
    return out;
  }

  private static void add(List<String> out, String name) {
    out.add(name);
    if (name.contains("&")) {
      out.add(name.replace("&", "and"));
    }
    if (name.startsWith("St. ")) {
      out.add("Saint " + name.substring(4));
    }
  }
}
