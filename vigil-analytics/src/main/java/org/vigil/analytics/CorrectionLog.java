package org.vigil.analytics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The analysts' corrections of a store, one JSON object per line in {@code corrections.jsonl} beside the
 * database. It lives outside DuckDB because an ingest holds the database's only write lock; appending a line is
 * atomic enough for one server process (each append is one write and fsync). Thread-safe.
 */
public final class CorrectionLog {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Path file;
  private final List<Correction> all = new ArrayList<>();

  private CorrectionLog(Path file) {
    this.file = file;
  }

  /** The log of the store in {@code storeDir}; reads what is there, or starts empty. */
  public static CorrectionLog open(Path storeDir) {
    CorrectionLog log = new CorrectionLog(storeDir.resolve("corrections.jsonl"));
    if (Files.exists(log.file)) {
      try {
        List<String> lines = Files.readAllLines(log.file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            log.all.add(parse(lines.get(i), log.file, i + 1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + log.file, e);
      }
    }
    return log;
  }

  private static Correction parse(String line, Path file, int lineNo) {
    try {
      return JSON.readValue(line, Correction.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ":" + lineNo + ": not a correction: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Appends a correction, giving it the next id; returns it as stored. */
  public synchronized Correction append(Correction c) {
    Correction stored = new Correction(all.size() + 1L, c.eventId(), c.articleId(), c.sentence(), c.spanStart(),
        c.spanEnd(), c.analyst(), c.at(), c.verdict(), c.before(), c.after(), c.note());
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.SYNC)) {
        w.write(JSON.writeValueAsString(stored));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
    all.add(stored);
    return stored;
  }

  /** Every correction, oldest first. */
  public synchronized List<Correction> all() {
    return Collections.unmodifiableList(new ArrayList<>(all));
  }

  /** Number of corrections; grows by one with each append, so readers can tell when to reload. */
  public synchronized int size() {
    return all.size();
  }
}
