package org.vigil.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/**
 * JSON Lines: one object per line with {@code id}, {@code date}, {@code title}, {@code text}, {@code url},
 * {@code source}; other fields are kept in {@link Article#extra()} as their JSON text. A bad line is rejected
 * with its line number. Immutable and thread-safe.
 */
public final class JsonLinesSource implements ArticleSource {
  private static final Set<String> KNOWN = Set.of("id", "date", "title", "text", "url", "source");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Optional<java.time.LocalDate> fallbackDate;

  public JsonLinesSource(Optional<java.time.LocalDate> fallbackDate) {
    this.fallbackDate = fallbackDate;
  }

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = SeedSource.stripGz(name).toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return true;
    }
    String start = new String(head, StandardCharsets.UTF_8).stripLeading();
    return start.startsWith("{") || (n.endsWith(".json") && !start.startsWith("["));
  }

  @Override
  public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder));
    int lineNo = 0;
    String line;
    while (true) {
      try {
        line = lines.readLine();
      } catch (java.nio.charset.CharacterCodingException e) {
        sink.accept(reject(origin, lineNo + 1, "not valid UTF-8; rest of file skipped"));
        return;
      }
      if (line == null) {
        return;
      }
      lineNo++;
      if (!line.isBlank()) {
        sink.accept(parse(origin, lineNo, line));
      }
    }
  }

  ReadResult parse(String origin, int lineNo, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return reject(origin, lineNo, "bad JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return reject(origin, lineNo, "not a JSON object");
    }
    String text = str(node, "text");
    if (text == null || text.isBlank()) {
      return reject(origin, lineNo, "no 'text'");
    }
    Optional<java.time.LocalDate> date = Dates.parse(str(node, "date")).or(() -> fallbackDate);
    if (date.isEmpty()) {
      return reject(origin, lineNo, "no or bad 'date' (YYYY-MM-DD or ISO date-time) and no --date");
    }
    String url = str(node, "url");
    String id = str(node, "id");
    if (id == null || id.isBlank()) {
      id = url != null ? ArticleKeys.fromUrl(url) : "h-" + ArticleKeys.sha256(text).substring(0, 16);
    }
    Map<String, String> extra = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> {
      if (!KNOWN.contains(f.getKey()) && !f.getValue().isNull()) {
        extra.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
      }
    });
    return ReadResult.ok(new Article(id, date.get(), text.strip(), str(node, "title"), url,
        str(node, "source"), origin + ":" + lineNo, extra));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static ReadResult reject(String origin, int line, String reason) {
    return ReadResult.rejected(new Rejection(origin, "line " + line, "read", reason));
  }
}
