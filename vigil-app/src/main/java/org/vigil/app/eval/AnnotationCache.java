package org.vigil.app.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;

/**
 * Keeps annotated articles as JSON files in a folder, keyed by a hash of the article, so that evaluation and
 * benchmarks of the coder need not run CoreNLP again. Safe for one writer per folder.
 */
public final class AnnotationCache {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;

  public AnnotationCache(Path dir) {
    this.dir = dir;
  }

  /** The cached annotation of {@code article}, annotating and storing it with {@code annotator} when missing. */
  public AnnotatedArticle get(Article article, String annotatorVersion,
      Function<Article, AnnotatedArticle> annotator) {
    Path file = dir.resolve(key(article, annotatorVersion) + ".json");
    Optional<AnnotatedArticle> cached = load(file);
    if (cached.isPresent()) {
      return cached.get();
    }
    AnnotatedArticle a = annotator.apply(article);
    try {
      Files.createDirectories(dir);
      Files.writeString(file, JSON.writeValueAsString(a), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing annotation cache " + file, e);
    }
    return a;
  }

  private static Optional<AnnotatedArticle> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), AnnotatedArticle.class));
    } catch (IOException e) {
      throw new UncheckedIOException("reading annotation cache " + file + " (delete it to re-annotate)", e);
    }
  }

  /**
   * The key of an annotation. The classifier does not change annotations (it types sentences the trigger
   * pre-filter let through to the parser, like the patterns), so it is left out of the version.
   */
  private static String key(Article a, String coderVersions) {
    String version = coderVersions.replaceAll("\\+classifier:[0-9a-f]+", "");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((version + "\n" + a.id() + "\n" + a.date() + "\n" + a.text()).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      byte[] d = md.digest();
      for (int i = 0; i < 12; i++) {
        hex.append(String.format("%02x", d[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
