package org.vigil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/**
 * Reads the seed format: a first line starting {@code date YYYY-MM-DD}, optionally followed on the same line by
 * the first paragraph, then the text. A plain-text file without the date line is read with a fallback date, or
 * rejected when there is none. Immutable and thread-safe.
 */
public final class SeedArticleReader {
  /** Largest article accepted, in bytes; larger inputs are rejected rather than annotated for minutes. */
  public static final int MAX_BYTES = 2_000_000;

  private static final Pattern DATE_LINE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S+)[ \\t]*");

  private final Optional<LocalDate> fallbackDate;

  public SeedArticleReader(Optional<LocalDate> fallbackDate) {
    this.fallbackDate = fallbackDate;
  }

  /** Reads one file. IO failures other than bad content surface as {@link UncheckedIOException}. */
  public ReadResult read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return read(file.toString(), idOf(file), bytes);
  }

  /** Reads the bytes of one input named {@code origin}; {@code id} becomes the article id. */
  public ReadResult read(String origin, String id, byte[] bytes) {
    if (bytes.length == 0) {
      return reject(origin, "byte 0", "empty file");
    }
    if (bytes.length > MAX_BYTES) {
      return reject(origin, "byte " + MAX_BYTES, "too large: " + bytes.length + " bytes (limit " + MAX_BYTES + ")");
    }
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.NotText e) {
      return reject(origin, "byte " + e.offset, e.getMessage());
    }
    if (text.isBlank()) {
      return reject(origin, "byte 0", "no text (only white space)");
    }
    Matcher m = DATE_LINE.matcher(text);
    LocalDate date;
    String body;
    if (m.lookingAt()) {
      try {
        date = LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        return reject(origin, "line 1", "bad date '" + m.group(1) + "', expected YYYY-MM-DD");
      }
      body = text.substring(m.end());
    } else if (fallbackDate.isPresent()) {
      date = fallbackDate.get();
      body = text;
    } else {
      return reject(origin, "line 1", "no date: first line must be 'date YYYY-MM-DD' (or give --date)");
    }
    body = body.strip();
    if (body.isEmpty()) {
      return reject(origin, "line 1", "no text after the date line");
    }
    return ReadResult.ok(new Article(id, date, body, null, null, null, origin, Map.of()));
  }

  private static ReadResult reject(String origin, String where, String reason) {
    return ReadResult.rejected(new Rejection(origin, where, "read", reason));
  }

  static String idOf(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
