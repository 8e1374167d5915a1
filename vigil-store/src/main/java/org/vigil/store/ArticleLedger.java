package org.vigil.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.model.Article;

/**
 * In-memory index of the stored articles' ids, URLs and content hashes, so that readers of the input can tell a
 * duplicate before spending annotation on it. Loaded from the database at open and updated by the writer after
 * each commit. Thread-safe.
 */
public final class ArticleLedger {
  /** What storing an article would do. */
  public enum Disposition { NEW, NEW_VERSION, DUPLICATE }

  /** The current version of a stored article. */
  record Head(String articleId, int version, long seq) {}

  private final Set<String> hashes = ConcurrentHashMap.newKeySet();
  private final Map<String, Head> byId = new ConcurrentHashMap<>();
  private final Map<String, String> idByUrl = new ConcurrentHashMap<>();

  static ArticleLedger load(Connection c) throws SQLException {
    ArticleLedger ledger = new ArticleLedger();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT article_id, version, seq, content_hash, url, is_current FROM articles")) {
      while (rs.next()) {
        ledger.hashes.add(rs.getString(4));
        if (rs.getBoolean(6)) {
          ledger.record(new Head(rs.getString(1), rs.getInt(2), rs.getLong(3)), null, rs.getString(5));
        }
      }
    }
    return ledger;
  }

  /** What storing {@code a} with content hash {@code hash} would do now. */
  public Disposition check(Article a, String hash) {
    if (hashes.contains(hash)) {
      return Disposition.DUPLICATE;
    }
    return current(a).isPresent() ? Disposition.NEW_VERSION : Disposition.NEW;
  }

  /** The current stored version of the article with {@code a}'s id, or else its URL. */
  Optional<Head> current(Article a) {
    Head h = byId.get(a.id());
    if (h == null && a.url() != null) {
      String id = idByUrl.get(a.url());
      h = id == null ? null : byId.get(id);
    }
    return Optional.ofNullable(h);
  }

  void record(Head head, String hash, String url) {
    if (hash != null) {
      hashes.add(hash);
    }
    byId.put(head.articleId(), head);
    if (url != null) {
      idByUrl.put(url, head.articleId());
    }
  }

  /** Number of distinct content hashes stored. */
  public int size() {
    return hashes.size();
  }
}
