package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step: merges the per-country GeoJSON files of the world-countries data package into one small world
 * outline for the dashboard's map (coordinates snapped to a 0.25 degree grid, repeated points and rings that
 * collapse dropped; each feature named by its ISO alpha-3 code). Run by the build with the source folder and
 * the output file as arguments.
 */
public final class WorldOutlineBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double GRID = 4.0;

  private WorldOutlineBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WorldOutlineBuilder SOURCE_DIR OUTPUT_FILE");
    }
    ObjectNode out = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = out.putArray("features");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".geo.json")).sorted().toList();
    }
    for (Path f : files) {
      String iso3 = f.getFileName().toString().replace(".geo.json", "").toUpperCase(Locale.ROOT);
      for (JsonNode feature : JSON.readTree(f.toFile()).path("features")) {
        ObjectNode g = simplify(feature.path("geometry"));
        if (g != null) {
          ObjectNode o = features.addObject().put("type", "Feature");
          o.putObject("properties").put("name", iso3);
          o.set("geometry", g);
        }
      }
    }
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    JSON.writeValue(target.toFile(), out);
    System.out.println("world outline: " + features.size() + " countries, " + Files.size(target) + " bytes");
  }

  private static ObjectNode simplify(JsonNode geometry) {
    String type = geometry.path("type").asText();
    ArrayNode polygons = JSON.createArrayNode();
    if (type.equals("Polygon")) {
      addPolygon(polygons, geometry.path("coordinates"));
    } else if (type.equals("MultiPolygon")) {
      for (JsonNode p : geometry.path("coordinates")) {
        addPolygon(polygons, p);
      }
    }
    if (polygons.isEmpty()) {
      return null;
    }
    ObjectNode g = JSON.createObjectNode().put("type", "MultiPolygon");
    g.set("coordinates", polygons);
    return g;
  }

  private static void addPolygon(ArrayNode polygons, JsonNode rings) {
    ArrayNode polygon = JSON.createArrayNode();
    for (JsonNode ring : rings) {
      ArrayNode r = ring(ring);
      if (r.size() >= 4) {
        polygon.add(r);
      } else if (polygon.isEmpty()) {
        return;
      }
    }
    if (!polygon.isEmpty()) {
      polygons.add(polygon);
    }
  }

  private static ArrayNode ring(JsonNode ring) {
    ArrayNode out = JSON.createArrayNode();
    double px = Double.NaN;
    double py = Double.NaN;
    for (JsonNode pt : ring) {
      double x = Math.round(pt.get(0).asDouble() * GRID) / GRID;
      double y = Math.round(pt.get(1).asDouble() * GRID) / GRID;
      if (x != px || y != py) {
        out.addArray().add(x).add(y);
        px = x;
        py = y;
      }
    }
    return out;
  }
}
