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
  private final PreparedStatement insertArticle;
  private final PreparedStatement insertSentence;
  private final PreparedStatement insertEvent;
  private long nextSeq;
  private long lastIndexCommit = System.nanoTime();

  private DuckDbEventStore(StoreLayout layout, Connection db, LuceneTextIndex index) throws SQLException {
    this.layout = layout;
    this.db = db;
    this.ledger = ArticleLedger.load(db);
    this.index = index;
    this.insertArticle = db.prepareStatement("INSERT INTO articles VALUES (?,?,?,true,?,?,?,?,?,?,?,?,?,?,?,?)");
    this.insertSentence = db.prepareStatement("INSERT INTO sentences VALUES (?,?,?,?,?,?)");
    this.insertEvent = db.prepareStatement(EventRows.INSERT);
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
    prev.ifPresent(this::retire);
    ArticleLedger.Head head = new ArticleLedger.Head(articleId, version, nextSeq++);
    insertArticle(head, hash, a, versions, st.now);
    insertSentences(head.seq(), ca.annotated().sentences());
    st.events += insertEvents(head, a, ca.events(), versions, st.now, st.dyads);
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
    int added;
    int newVersions;
    int duplicates;
    int events;

    BatchState(Timestamp now) {
      this.now = now;
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

  private void insertArticle(ArticleLedger.Head h, String hash, Article a, CodingVersions v, Timestamp now)
      throws SQLException {
    PreparedStatement p = insertArticle;
    p.setLong(1, h.seq());
    p.setString(2, h.articleId());
    p.setInt(3, h.version());
    p.setString(4, hash);
    p.setDate(5, java.sql.Date.valueOf(a.date()));
    p.setString(6, a.title());
    p.setString(7, a.url());
    p.setString(8, a.outlet());
    p.setString(9, a.origin());
    p.setString(10, json(a));
    p.setString(11, a.text());
    p.setTimestamp(12, now);
    p.setString(13, v.coder());
    p.setString(14, v.ontology());
    p.setString(15, v.actors());
    p.executeUpdate();
  }

  private static String json(Article a) {
    try {
      return a.extra().isEmpty() ? null : JSON.writeValueAsString(a.extra());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string map always serialises", e);
    }
  }

  private void insertSentences(long seq, List<Sentence> sentences) throws SQLException {
    PreparedStatement p = insertSentence;
    for (Sentence s : sentences) {
      p.setLong(1, seq);
      p.setInt(2, s.index());
      p.setInt(3, s.span().start());
      p.setInt(4, s.span().end());
      p.setBoolean(5, s.heading());
      p.setString(6, s.text());
      p.addBatch();
    }
    p.executeBatch();
  }

  private int insertEvents(ArticleLedger.Head h, Article a, List<Event> events, CodingVersions v,
      Timestamp now, Set<String> dyads) throws SQLException {
    PreparedStatement p = insertEvent;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      String id = h.articleId() + "/v" + h.version() + "/" + i;
      EventRows.bind(p, id, h.seq(), h.version(), a, e, v, now);
      p.setString(3, h.articleId());
      p.addBatch();
      dyads.add(EventRows.dyad(e));
    }
    p.executeBatch();
    return events.size();
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
