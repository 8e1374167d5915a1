package org.vigil.places.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises place names into lookup keys: accents folded, lower case, periods and apostrophes dropped, other
 * punctuation turned into single spaces ("U.S." and "US" give "us"; "Córdoba" gives "cordoba"). Stateless.
 */
public final class PlaceNames {
  /** Generic words after a region's proper name ("Kherson Oblast", "Anbar province"). */
  private static final Set<String> REGION_WORDS = Set.of("oblast", "province", "governorate", "region",
      "state", "district", "prefecture", "county", "department", "territory", "krai", "raion", "municipality",
      "division", "emirate", "canton", "voivodeship", "wilaya");

  private PlaceNames() {}

  /** The lookup key of {@code name}; empty for a name without letters or digits. */
  public static String normalize(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.' || c == '\'' || c == '\u2019') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The key without a trailing generic region word ("kherson oblast" gives "kherson"), or the key itself. */
  public static String withoutRegionWord(String key) {
    int cut = key.lastIndexOf(' ');
    if (cut > 0 && REGION_WORDS.contains(key.substring(cut + 1))) {
      return key.substring(0, cut);
    }
    return key;
  }

  /** True when {@code word} (any case) is a generic region word such as "province". */
  public static boolean isRegionWord(String word) {
    return REGION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** 64-bit FNV-1a hash of a key, the index's lookup hash. */
  public static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
