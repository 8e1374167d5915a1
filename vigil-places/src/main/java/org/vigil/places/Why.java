package org.vigil.places;

import java.util.Locale;

/** Collects the reasons behind a candidate's score; {@link #OFF} ignores them (scoring without explaining). */
final class Why {
  static final Why OFF = new Why(false);

  private final StringBuilder text;

  private Why(boolean on) {
    this.text = on ? new StringBuilder() : null;
  }

  static Why on() {
    return new Why(true);
  }

  Why add(String s) {
    if (text != null) {
      text.append(s);
    }
    return this;
  }

  Why fmt(String format, Object... args) {
    if (text != null) {
      text.append(String.format(Locale.ROOT, format, args));
    }
    return this;
  }

  @Override
  public String toString() {
    return text == null ? "" : text.toString();
  }
}
