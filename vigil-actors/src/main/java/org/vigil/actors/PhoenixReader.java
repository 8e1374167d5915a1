package org.vigil.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH / TABARI actor dictionary (the Phoenix files): a root name line, {@code +alias} lines, and
 * codes in brackets on the root, alias or indented lines, {@code [CODE]}, {@code [CODE YYMMDD-YYMMDD]},
 * {@code [CODE >YYMMDD]} or {@code [CODE <YYMMDD]}; {@code #} starts a comment. Malformed lines and codes are
 * collected with their file:line and skipped, so one bad line never stops the batch. Not thread-safe.
 */
final class PhoenixReader {
  /** A dated or undated code of an entry; {@code from}/{@code to} are null when open, {@code to} inclusive. */
  record Code(String code, LocalDate from, LocalDate to, String location) {
    boolean dated() {
      return from != null || to != null;
    }
  }

  /** One root actor: its names as written (underscored, upper case) and its codes. */
  record Entry(String location, List<String> names, List<Code> codes) {}

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("(---|[A-Z]{3}(?:[A-Z]{3})*)");
  private static final Pattern SPAN = Pattern.compile("(\\d{6}|\\d{8})-(\\d{6}|\\d{8})");
  private static final Pattern OPEN = Pattern.compile("([<>])\\s*(\\d{6}|\\d{8})");

  private final String file;
  private final List<Entry> entries = new ArrayList<>();
  private final List<ActorFileException> problems = new ArrayList<>();
  private List<String> names;
  private List<Code> codes;
  private String start;

  PhoenixReader(String file) {
    this.file = file;
  }

  PhoenixReader read(String text) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      line(lines[i], i + 1);
    }
    flush();
    return this;
  }

  List<Entry> entries() {
    return List.copyOf(entries);
  }

  List<ActorFileException> problems() {
    return List.copyOf(problems);
  }

  private void line(String raw, int n) {
    int hash = raw.indexOf('#');
    String line = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
    if (line.isBlank()) {
      return;
    }
    int bracket = line.indexOf('[');
    String name = (bracket >= 0 ? line.substring(0, bracket) : line).strip();
    String codeText = bracket >= 0 ? line.substring(bracket) : "";
    boolean indented = Character.isWhitespace(line.charAt(0));
    if (indented && !name.isEmpty()) {
      problem(n, "text '" + name + "' on an indented code line");
      return;
    }
    if (name.startsWith("+")) {
      if (names == null) {
        problem(n, "alias '" + name + "' without a root entry before it");
        return;
      }
      names.add(name.substring(1).strip());
    } else if (!name.isEmpty()) {
      flush();
      names = new ArrayList<>(List.of(name));
      codes = new ArrayList<>();
      start = file + ":" + n;
    } else if (names == null) {
      problem(n, "code line without a root entry before it");
      return;
    }
    codes(codeText, n);
  }

  private void codes(String text, int n) {
    Matcher m = BRACKET.matcher(text);
    int end = 0;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        problem(n, "unexpected text '" + text.substring(end, m.start()).strip() + "' between codes");
      }
      end = m.end();
      code(m.group(1).strip(), n);
    }
    if (!text.substring(end).isBlank()) {
      problem(n, "unclosed or stray bracket text '" + text.substring(end).strip() + "'");
    }
  }

  private void code(String body, int n) {
    String[] parts = body.split("\\s+", 2);
    String code = parts[0];
    if (!CODE.matcher(code).matches()) {
      problem(n, "malformed code '" + body + "' (expected three-letter blocks, e.g. USAGOV)");
      return;
    }
    String location = file + ":" + n;
    if (parts.length == 1) {
      codes.add(new Code(code, null, null, location));
      return;
    }
    String dates = parts[1].strip();
    try {
      Matcher span = SPAN.matcher(dates);
      Matcher open = OPEN.matcher(dates);
      if (span.matches()) {
        codes.add(new Code(code, date(span.group(1)), date(span.group(2)), location));
      } else if (open.matches()) {
        LocalDate d = date(open.group(2));
        codes.add(open.group(1).equals(">") ? new Code(code, d, null, location) : new Code(code, null, d, location));
      } else {
        problem(n, "malformed date range '" + dates + "' in [" + body + "]");
      }
    } catch (DateTimeException e) {
      problem(n, "bad date in [" + body + "]: " + e.getMessage());
    }
  }

  /** YYMMDD (years up to 30 are 20xx, as the dictionaries stop in 2014) or YYYYMMDD. */
  static LocalDate date(String digits) {
    int year;
    int rest;
    if (digits.length() == 8) {
      year = Integer.parseInt(digits.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
        Integer.parseInt(digits.substring(rest + 2, rest + 4)));
  }

  private void flush() {
    if (names != null) {
      entries.add(new Entry(start, List.copyOf(names), List.copyOf(codes)));
    }
    names = null;
    codes = null;
  }

  private void problem(int line, String reason) {
    problems.add(new ActorFileException(file + ":" + line, reason));
  }
}
