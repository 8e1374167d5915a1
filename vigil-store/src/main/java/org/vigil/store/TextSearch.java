package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over the store's Lucene index (Lucene query syntax over title and text), grouping sentence
 * and article hits by article. Opens a point-in-time reader, so it works while a writer indexes. Thread-safe.
 */
public final class TextSearch {
  /** One article that matched, with its best score and the matching sentences (index to text). */
  public record Hit(String articleId, int version, String title, String date, float score,
      Map<Integer, String> sentences) {}

  private final StoreLayout layout;

  public TextSearch(StoreLayout layout) {
    this.layout = layout;
  }

  /** The best {@code limit} articles for {@code query}; an empty list when nothing is indexed yet. */
  public List<Hit> search(String query, int limit) {
    if (!Files.isDirectory(layout.lucene())) {
      return List.of();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(layout.lucene()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query q = new MultiFieldQueryParser(new String[] {LuceneTextIndex.TITLE, LuceneTextIndex.TEXT},
          new EnglishAnalyzer()).parse(query);
      Map<String, Hit> hits = new LinkedHashMap<>();
      for (ScoreDoc sd : searcher.search(q, limit * 20).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        String id = d.get(LuceneTextIndex.ARTICLE_ID);
        if (!hits.containsKey(id) && hits.size() >= limit) {
          continue;
        }
        Hit h = hits.computeIfAbsent(id, k -> new Hit(k, d.getField("version").numericValue().intValue(),
            d.get(LuceneTextIndex.TITLE) != null ? d.get(LuceneTextIndex.TITLE) : d.get(LuceneTextIndex.ARTICLE_TITLE),
            d.get("date"), sd.score, new LinkedHashMap<>()));
        if ("sentence".equals(d.get(LuceneTextIndex.KIND))) {
          h.sentences().put(d.getField("sentence").numericValue().intValue(), d.get(LuceneTextIndex.TEXT));
        }
      }
      return new ArrayList<>(hits.values());
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      return List.of();
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad search query '" + query + "': " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + layout.lucene(), e);
    }
  }
}
