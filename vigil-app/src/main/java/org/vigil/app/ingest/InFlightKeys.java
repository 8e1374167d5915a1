package org.vigil.app.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Article;

/**
 * The ids and URLs of articles between reading and commit. The reader waits before submitting an article whose
 * id or URL is in flight, so that two versions of one article are stored in input order even with parallel
 * workers. Thread-safe.
 */
final class InFlightKeys {
  private final Set<String> keys = new HashSet<>();
  private boolean aborted;

  /** Waits until neither the id nor the URL of {@code a} is in flight, then marks them. */
  synchronized void acquire(Article a) {
    List<String> mine = keysOf(a);
    boolean interrupted = false;
    while (!aborted && mine.stream().anyMatch(keys::contains)) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    keys.addAll(mine);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Marks {@code a} as stored (or dropped). */
  synchronized void release(Article a) {
    keysOf(a).forEach(keys::remove);
    notifyAll();
  }

  /** Stops all waiting: the writer has failed and the run is ending. */
  synchronized void abort() {
    aborted = true;
    notifyAll();
  }

  private static List<String> keysOf(Article a) {
    return a.url() == null ? List.of("id:" + a.id()) : List.of("id:" + a.id(), "url:" + a.url());
  }
}
