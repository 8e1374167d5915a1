package org.vigil.analytics;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An analyst's verdict on one coded event: confirm it, reject it, or fix its code, actors or mode. A correction
 * points at its event by article, sentence and span (not by event id), so it survives the article being coded
 * again; the latest correction of a span wins.
 *
 * @param id sequence number in the log, from 1
 * @param eventId the event id the analyst saw (article/version/index)
 * @param articleId the stored article
 * @param sentence sentence index
 * @param spanStart event span start (UTF-16)
 * @param spanEnd event span end
 * @param analyst who made it
 * @param at when
 * @param verdict what the analyst said
 * @param before the coding the analyst saw
 * @param after the coding after the correction (equal to {@code before} for confirm, null for reject)
 * @param note free text, may be empty
 */
public record Correction(long id, String eventId, String articleId, int sentence, int spanStart, int spanEnd,
    String analyst, Instant at, Verdict verdict, Coding before, Coding after, String note) {
  public Correction {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(before, "before");
    if (verdict != Verdict.REJECT) {
      Objects.requireNonNull(after, "after");
    }
    note = note == null ? "" : note;
  }

  /** What the analyst said about the event. */
  public enum Verdict {
    CONFIRM, REJECT, FIX;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "confirm", "reject" or "fix"; anything else is the caller's fault. */
    public static Verdict parse(String s) {
      for (Verdict v : values()) {
        if (v.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
          return v;
        }
      }
      throw new IllegalArgumentException("verdict must be confirm, reject or fix, got '" + s + "'");
    }
  }

  /**
   * The coding of an event as the corrections see it: CAMEO code with its ontology values, the two sides and the
   * mode. Country and sector may be null.
   */
  public record Coding(String cameo, int quadClass, double goldstein, String plover, Side source, Side target,
      String mode) {
    public Coding {
      Objects.requireNonNull(cameo, "cameo");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** One side of an event: country (or IGO) code, sector codes and named-actor id, each possibly null. */
  public record Side(String country, String sector, String actor) {
    public static final Side NONE = new Side(null, null, null);

    /** The gold-file form: country and sectors run together ("IRQREB"), "---" when nothing is known. */
    public String code() {
      String c = (country == null ? "---" : country) + (sector == null ? "" : sector);
      return c.isEmpty() ? "---" : c;
    }
  }
}
