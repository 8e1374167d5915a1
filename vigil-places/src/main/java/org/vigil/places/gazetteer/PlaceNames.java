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

  private static final String[] ARTICLES = {"al ", "el ", "ad ", "ar ", "as ", "at ", "az ", "an ", "ash "};

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
        b.append(fold(Character.toLowerCase(c)));
      } else {
        space = true;
      }
    }
    String key = b.toString().toLowerCase(Locale.ROOT);
    return key.startsWith("st ") ? "saint " + key.substring(3) : key;
  }

  /** Latin letters that carry no combining mark to strip (dotless i, stroked l and o, ...). */
  private static String fold(char c) {
    return switch (c) {
      case '\u0131' -> "i";
      case '\u0142' -> "l";
      case '\u00f8' -> "o";
      case '\u0111' -> "d";
      case '\u00df' -> "ss";
      case '\u00e6' -> "ae";
      case '\u0153' -> "oe";
      case '\u00fe' -> "th";
      default -> String.valueOf(c);
    };
  }

  /**
   * The key without a leading Arabic article ("al fallujah" gives "fallujah"), as GeoNames often writes
   * the article and news text often drops it; the key itself when it has none.
   */
  public static String withoutArticle(String key) {
    for (String a : ARTICLES) {
      if (key.startsWith(a) && key.length() > a.length() + 2) {
        return key.substring(a.length());
      }
    }
    return key;
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
