package org.vigil.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.store.StoreReader;

/**
 * Turns corrections into gold lines that {@code vigil eval} reads: one line per corrected sentence, its text and
 * date from the store, and as expected events the sentence's asserted events after every correction (rejected
 * ones gone, fixes applied; events nobody corrected in that sentence are taken as the coder left them).
 * Stateless.
 */
public final class GoldExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldExport() {}

  /** The gold lines, one JSON object each, ordered by article and sentence. */
  public static List<String> lines(StoreReader r, List<Correction> corrections) {
    Map<String, TreeSet<String>> analysts = new LinkedHashMap<>();
    for (Correction c : CorrectedEvents.latestPerKey(corrections).values()) {
      analysts.computeIfAbsent(c.articleId() + "\u0001" + c.sentence(), k -> new TreeSet<>()).add(c.analyst());
    }
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(analysts.keySet())) {
      String[] k = key.split("\u0001");
      List<Map<String, Object>> sentence = r.query("SELECT s.text, a.date FROM articles a JOIN sentences s"
          + " ON s.article_seq = a.seq WHERE a.is_current AND a.article_id = ? AND s.idx = ?",
          List.of(k[0], Integer.parseInt(k[1])));
      if (sentence.isEmpty()) {
        continue;
      }
      List<Map<String, Object>> events = r.query("SELECT * FROM " + CorrectedEvents.VIEW
          + " WHERE article_id = ? AND sentence = ? AND mode = 'asserted' ORDER BY event_id",
          List.of(k[0], Integer.parseInt(k[1])));
      out.add(line(k, sentence.get(0), events, analysts.get(key)));
    }
    return out;
  }

  private static String line(String[] key, Map<String, Object> sentence, List<Map<String, Object>> events,
      TreeSet<String> analysts) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "corr-" + key[0] + "-s" + key[1]);
    o.put("date", DyadSeries.toDate(sentence.get("date")).toString());
    o.put("text", String.valueOf(sentence.get("text")));
    ArrayNode expected = o.putArray("expected");
    for (Map<String, Object> e : events) {
      expected.addObject().put("source", code(e, "src")).put("target", code(e, "tgt"))
          .put("code", String.valueOf(e.get("cameo")));
    }
    ObjectNode notes = o.putObject("notes");
    notes.put("suite", "vigil-corrections");
    notes.put("article", key[0]);
    notes.put("sentence", Integer.parseInt(key[1]));
    notes.put("analysts", String.join(",", analysts));
    notes.put("evaluate", true);
    return o.toString();
  }

  private static String code(Map<String, Object> e, String p) {
    Object c = e.get(p + "_country");
    Object s = e.get(p + "_sector");
    String code = (c == null ? "---" : c.toString()) + (s == null ? "" : s.toString());
    return code.equals("---") ? "---" : code;
  }
}
