package org.vigil.places.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One small article of a place gold file ({@code gold/places-*.jsonl}): its sentences, the actors' countries,
 * and the place mentions with what they should resolve to.
 *
 * @param id article id
 * @param actors ISO alpha-3 countries of the article's actors
 * @param sentences the sentences, joined by single spaces into the article text
 * @param places expected place mentions
 */
public record GoldArticle(String id, List<String> actors, List<String> sentences, List<GoldPlace> places) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    actors = List.copyOf(actors);
    sentences = List.copyOf(sentences);
    places = List.copyOf(places);
  }

  /** The article text: sentences joined by single spaces. */
  public String text() {
    return String.join(" ", sentences);
  }

  /** Article offset of sentence {@code s}. */
  public int offsetOf(int s) {
    int at = 0;
    for (int i = 0; i < s; i++) {
      at += sentences.get(i).length() + 1;
    }
    return at;
  }

  /** Reads a gold file; a malformed line fails citing file:line. */
  public static List<GoldArticle> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(parse(json.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad gold line: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static GoldArticle parse(JsonNode n) {
    List<String> actors = new ArrayList<>();
    n.get("actors").forEach(a -> actors.add(a.asText()));
    List<String> sentences = new ArrayList<>();
    n.get("sentences").forEach(s -> sentences.add(s.asText()));
    List<GoldPlace> places = new ArrayList<>();
    for (JsonNode p : n.get("places")) {
      List<String> countries = new ArrayList<>();
      p.path("countries").forEach(c -> countries.add(c.asText()));
      places.add(new GoldPlace(p.get("s").asInt(), p.get("text").asText(), p.get("country").asText(),
          p.has("lat") ? p.get("lat").asDouble() : null, p.has("lon") ? p.get("lon").asDouble() : null,
          countries, p.has("region") ? p.get("region").asText() : null,
          p.has("precision") ? p.get("precision").asInt() : null));
    }
    return new GoldArticle(n.get("id").asText(), actors, sentences, places);
  }
}
