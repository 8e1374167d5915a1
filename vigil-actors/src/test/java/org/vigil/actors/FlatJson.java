package org.vigil.actors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one flat JSON object (string, number, null values) for the gold files; enough for tests. */
final class FlatJson {
  private final String s;
  private int i;

  private FlatJson(String s) {
    this.s = s;
  }

  static Map<String, String> parse(String line) {
    return new FlatJson(line).object();
  }

  private Map<String, String> object() {
    Map<String, String> out = new LinkedHashMap<>();
    expect('{');
    while (true) {
      skip();
      if (s.charAt(i) == '}') {
        return out;
      }
      String key = string();
      expect(':');
      skip();
      out.put(key, value());
      skip();
      if (s.charAt(i) == ',') {
        i++;
      }
    }
  }

  private String value() {
    if (s.charAt(i) == '"') {
      return string();
    }
    int start = i;
    while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    String raw = s.substring(start, i);
    return raw.equals("null") ? null : raw;
  }

  private String string() {
    skip();
    expect('"');
    StringBuilder b = new StringBuilder();
    while (s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c == '\\') {
        char e = s.charAt(i++);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: b.append(e);
        }
      } else {
        b.append(c);
      }
    }
    i++;
    return b.toString();
  }

  private void expect(char c) {
    skip();
    if (s.charAt(i) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + s);
    }
    i++;
  }

  private void skip() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}
