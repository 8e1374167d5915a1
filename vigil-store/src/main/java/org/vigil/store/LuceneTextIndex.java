package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Sentence;

/**
 * The Lucene index of article and sentence text, kept by the store's writer. DuckDB is the source of truth: each
 * commit records the last article sequence number indexed, and on open the index catches up with any articles
 * committed to DuckDB but not yet indexed (after a crash between the two commits). Not thread-safe.
 */
final class LuceneTextIndex implements AutoCloseable {
  static final String KIND = "kind";
  static final String ARTICLE_ID = "article_id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String ARTICLE_TITLE = "article_title";
  private static final String LAST_SEQ = "last_seq";

  private final IndexWriter writer;

  private LuceneTextIndex(IndexWriter writer) {
    this.writer = writer;
  }

  static LuceneTextIndex openWriter(Path dir) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    return new LuceneTextIndex(new IndexWriter(FSDirectory.open(dir), cfg));
  }

  /** Indexes the stored articles of a batch; older versions of the same articles leave the index. */
  void add(List<ArticleLedger.Head> heads, List<Article> stored, List<CodedArticle> batch) {
    for (int i = 0; i < heads.size(); i++) {
      Article a = stored.get(i);
      List<Sentence> sentences = batch.stream().filter(c -> c.annotated().article() == a).findFirst()
          .map(c -> c.annotated().sentences()).orElse(List.of());
      List<String[]> rows = new ArrayList<>();
      for (Sentence s : sentences) {
        rows.add(new String[] {String.valueOf(s.index()), s.text()});
      }
      addArticle(heads.get(i), a.title(), a.text(), a.date().toString(), rows);
    }
  }

  private void addArticle(ArticleLedger.Head h, String title, String text, String date, List<String[]> sentences) {
    try {
      writer.deleteDocuments(new Term(ARTICLE_ID, h.articleId()));
      Document d = new Document();
      d.add(new StringField(KIND, "article", Field.Store.YES));
      d.add(new StringField(ARTICLE_ID, h.articleId(), Field.Store.YES));
      d.add(new StoredField("version", h.version()));
      d.add(new StoredField("date", date));
      d.add(new TextField(TITLE, title == null ? "" : title, Field.Store.YES));
      d.add(new TextField(TEXT, text, Field.Store.NO));
      writer.addDocument(d);
      for (String[] s : sentences) {
        Document sd = new Document();
        sd.add(new StringField(KIND, "sentence", Field.Store.YES));
        sd.add(new StringField(ARTICLE_ID, h.articleId(), Field.Store.YES));
        sd.add(new StoredField("version", h.version()));
        sd.add(new StoredField("sentence", Integer.parseInt(s[0])));
        sd.add(new StoredField("date", date));
        sd.add(new StoredField(ARTICLE_TITLE, title == null ? "" : title));
        sd.add(new TextField(TEXT, s[1], Field.Store.YES));
        writer.addDocument(sd);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + h.articleId(), e);
    }
  }

  /** Commits, recording {@code lastSeq} as the last article sequence number indexed. */
  void commit(long lastSeq) {
    try {
      writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit text index", e);
    }
  }

  /** Indexes current articles of {@code db} committed after the index's last commit. */
  void catchUp(Connection db) throws SQLException {
    long last = lastSeq();
    long max = last;
    try (PreparedStatement p = db.prepareStatement("SELECT seq, article_id, version, title, text, date"
        + " FROM articles WHERE seq > ? AND is_current ORDER BY seq")) {
      p.setLong(1, last);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          var h = new ArticleLedger.Head(rs.getString(2), rs.getInt(3), rs.getLong(1));
          addArticle(h, rs.getString(4), rs.getString(5), rs.getString(6), sentences(db, h.seq()));
          max = h.seq();
        }
      }
    }
    if (max > last) {
      commit(max);
    }
  }

  private static List<String[]> sentences(Connection db, long seq) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT idx, text FROM sentences WHERE article_seq = ?")) {
      p.setLong(1, seq);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new String[] {String.valueOf(rs.getInt(1)), rs.getString(2)});
        }
      }
    }
    return out;
  }

  private long lastSeq() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (e.getKey().equals(LAST_SEQ)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close text index", e);
    }
  }
}
