package org.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Sentence;
import org.vigil.store.incident.DuckDbIncidents;

/**
 * The single writer of a store: articles (content hash, version), sentences and events go into DuckDB, one
 * transaction per batch, and their text into the Lucene index (committed every few seconds and on close; it
 * catches up from DuckDB after a crash). A batch is all-or-nothing, so a process killed at
 * any moment leaves whole batches only; rerunning the same input skips what was stored (same content hash) and
 * stores the rest. Incidents are recomputed for the dyads a batch touched. Not thread-safe: one thread writes.
 */
public final class DuckDbEventStore implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The text index commits (an fsync) at most this often; after a crash it catches up from DuckDB. */
  private static final long INDEX_COMMIT_NANOS = 5_000_000_000L;
  private final StoreLayout layout;
  private final Connection db;
  private final ArticleLedger ledger;
  private final LuceneTextIndex index;
  private final MultiRowInsert insertArticle;
  private final MultiRowInsert insertSentence;
  private final MultiRowInsert insertEvent;
  private long nextSeq;
  private long lastIndexCommit = System.nanoTime();

  private DuckDbEventStore(StoreLayout layout, Connection db, LuceneTextIndex index) throws SQLException {
    this.layout = layout;
    this.db = db;
    this.ledger = ArticleLedger.load(db);
    this.index = index;
    this.insertArticle = new MultiRowInsert(db, "articles", 16);
    this.insertSentence = new MultiRowInsert(db, "sentences", 6);
    this.insertEvent = new MultiRowInsert(db, "events", EventRows.COLUMNS);
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT max(seq) FROM articles")) {
      rs.next();
      this.nextSeq = rs.getLong(1) + 1;
    }
  }

  /** Opens (creating when absent) the store in {@code layout}; fails when another writer holds it. */
  public static DuckDbEventStore open(StoreLayout layout) {
    try {
      Files.createDirectories(layout.dir());
      Connection db = DriverManager.getConnection("jdbc:duckdb:" + layout.database());
      DuckDbSchema.create(db);
      db.setAutoCommit(false);
      LuceneTextIndex index = LuceneTextIndex.openWriter(layout.lucene());
      DuckDbEventStore store = new DuckDbEventStore(layout, db, index);
      index.catchUp(db);
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + layout.database() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open store " + layout.dir(), e);
    }
  }

  /** The ledger of stored articles, for cheap duplicate checks before annotation. */
  public ArticleLedger ledger() {
    return ledger;
  }

  /** Stores a batch of coded articles in one transaction and indexes their text. */
  public StoredBatch write(List<CodedArticle> batch, CodingVersions versions) {
    BatchState st = new BatchState(Timestamp.from(Instant.now()));
    long seqBefore = nextSeq;
    try {
      for (CodedArticle ca : batch) {
        storeOne(ca, st, versions);
      }
      insertArticle.insert(st.articleRows);
      insertSentence.insert(st.sentenceRows);
      insertEvent.insert(st.eventRows);
      markDirty(st.dyads);
      db.commit();
    } catch (SQLException e) {
      nextSeq = seqBefore;
      rollback();
      throw new StoreException("cannot store batch: " + e.getMessage(), e);
    }
    for (int i = 0; i < st.heads.size(); i++) {
      ledger.record(st.heads.get(i), st.hashes.get(i), st.stored.get(i).url());
    }
    index.add(st.heads, st.stored, batch);
    if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS) {
      index.commit(nextSeq - 1);
      lastIndexCommit = System.nanoTime();
    }
    return new StoredBatch(st.added, st.newVersions, st.duplicates, st.events);
  }

  /** Inserts one article (as a new version when its id or URL is stored), unless its content is stored. */
  private void storeOne(CodedArticle ca, BatchState st, CodingVersions versions) throws SQLException {
    Article a = ca.annotated().article();
    String hash = ContentHash.of(a);
    if (ledger.check(a, hash) == ArticleLedger.Disposition.DUPLICATE || !st.batchHashes.add(hash)) {
      st.duplicates++;
      return;
    }
    Optional<ArticleLedger.Head> prev = ledger.current(a).or(() -> pendingHead(st.heads, st.stored, a));
    int version = prev.map(h -> h.version() + 1).orElse(1);
    String articleId = prev.map(ArticleLedger.Head::articleId).orElse(a.id());
    prev.ifPresent(h -> {
      retire(h);
      st.retireBuffered(h.seq());
    });
    ArticleLedger.Head head = new ArticleLedger.Head(articleId, version, nextSeq++);
    st.articleRows.add(articleRow(head, hash, a, versions, st.now));
    for (Sentence s : ca.annotated().sentences()) {
      st.sentenceRows.add(new Object[] {head.seq(), s.index(), s.span().start(), s.span().end(), s.heading(),
          s.text()});
    }
    List<Event> events = ca.events();
    for (int i = 0; i < events.size(); i++) {
      String id = head.articleId() + "/v" + head.version() + "/" + i;
      st.eventRows.add(EventRows.row(id, head, a, events.get(i), versions, st.now));
      st.dyads.add(EventRows.dyad(events.get(i)));
    }
    st.events += events.size();
    if (version == 1) {
      st.added++;
    } else {
      st.newVersions++;
    }
    st.heads.add(head);
    st.hashes.add(hash);
    st.stored.add(a);
  }

  /** What a batch has stored so far, before it commits. */
  private static final class BatchState {
    final Timestamp now;
    final List<ArticleLedger.Head> heads = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    final List<Article> stored = new ArrayList<>();
    final Set<String> dyads = new HashSet<>();
    final Set<String> batchHashes = new HashSet<>();
    final List<Object[]> articleRows = new ArrayList<>();
    final List<Object[]> sentenceRows = new ArrayList<>();
    final List<Object[]> eventRows = new ArrayList<>();
    int added;
    int newVersions;
    int duplicates;
    int events;

    BatchState(Timestamp now) {
      this.now = now;
    }

    /** Marks the not yet inserted rows of an article stored earlier in this batch as no longer current. */
    void retireBuffered(long seq) {
      for (Object[] row : articleRows) {
        if (((Long) row[0]) == seq) {
          row[3] = false;
        }
      }
      for (Object[] row : eventRows) {
        if (((Long) row[1]) == seq) {
          row[4] = false;
        }
      }
    }
  }

  private static Optional<ArticleLedger.Head> pendingHead(List<ArticleLedger.Head> heads, List<Article> stored,
      Article a) {
    for (int i = heads.size() - 1; i >= 0; i--) {
      Article s = stored.get(i);
      if (s.id().equals(a.id()) || (a.url() != null && a.url().equals(s.url()))) {
        return Optional.of(heads.get(i));
      }
    }
    return Optional.empty();
  }

  private void retire(ArticleLedger.Head prev) {
    try (PreparedStatement p = db.prepareStatement("UPDATE articles SET is_current = false WHERE seq = ?");
        PreparedStatement q = db.prepareStatement(
            "UPDATE events SET is_current = false WHERE article_seq = ?");
        PreparedStatement d = db.prepareStatement(
            "INSERT OR IGNORE INTO dirty_dyads SELECT DISTINCT dyad FROM events WHERE article_seq = ?")) {
      for (PreparedStatement s : List.of(p, q, d)) {
        s.setLong(1, prev.seq());
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot retire version " + prev, e);
    }
  }

  private static Object[] articleRow(ArticleLedger.Head h, String hash, Article a, CodingVersions v,
      Timestamp now) {
    return new Object[] {h.seq(), h.articleId(), h.version(), true, hash, java.sql.Date.valueOf(a.date()),
        a.title(), a.url(), a.outlet(), a.origin(), json(a), a.text(), now, v.coder(), v.ontology(), v.actors()};
  }


  private static String json(Article a) {
    try {
      return a.extra().isEmpty() ? null : JSON.writeValueAsString(a.extra());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string map always serialises", e);
    }
  }

  private void markDirty(Set<String> dyads) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO dirty_dyads VALUES (?)")) {
      for (String d : dyads) {
        p.setString(1, d);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Recomputes the incidents of every dyad touched since the last call; returns the dyads recomputed. */
  public int mergeIncidents(org.vigil.store.incident.MergeSettings settings) {
    try {
      int n = new DuckDbIncidents(db, settings).mergeDirty();
      db.commit();
      return n;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot merge incidents: " + e.getMessage(), e);
    }
  }

  /** Publishes a consistent copy of the database for readers while this writer holds it (see DuckDbSnapshot). */
  public void publishSnapshot() {
    try {
      db.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot commit before snapshot: " + e.getMessage(), e);
    }
    DuckDbSnapshot.publish(db, layout);
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      throw new StoreException("rollback failed after an error: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      index.commit(nextSeq - 1);
      index.close();
      insertArticle.close();
      insertSentence.close();
      insertEvent.close();
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + layout.database(), e);
    }
  }
}
