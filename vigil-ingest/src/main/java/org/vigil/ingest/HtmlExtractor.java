package org.vigil.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text, title, canonical URL and publication date of a news page. Navigation, headers,
 * footers, asides, forms, scripts and elements whose class or id names boilerplate (menus, share bars, related
 * links, cookie notices) are dropped; the text is the page's paragraphs and subheadings inside its article
 * element (or main, or body). Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /** A page's extracted fields; {@code text} is empty when no main text was found. */
  public record Page(String text, String title, String url, Optional<LocalDate> date) {}

  private static final String DROP_TAGS =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template, figure figcaption";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)\\b(nav|navbar|menu|breadcrumbs?|footer|header|sidebar|share|sharing|social|related|recommended"
          + "|advert|ad-slot|promo|cookie|consent|subscribe|newsletter|comments?|byline-tools|paywall)\\b");
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[property=og:published_time]",
    "meta[property=og:article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
    "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
    "meta[property=article:modified_time]"
  };

  private HtmlExtractor() {}

  /** Parses {@code html} (already decoded) as found at {@code baseUri} (may be empty). */
  public static Page extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    Optional<LocalDate> date = date(doc);
    String title = first(doc, "meta[property=og:title]", "content")
        .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()))
        .orElse(null);
    String url = first(doc, "link[rel=canonical]", "href")
        .or(() -> first(doc, "meta[property=og:url]", "content")).orElse(null);
    doc.select(DROP_TAGS).remove();
    for (Element e : doc.select("[class], [id], [role]")) {
      if (e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    return new Page(mainText(doc), title, url, date);
  }

  private static boolean isBoilerplate(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")) {
      return true;
    }
    if (e.tagName().equals("body") || e.tagName().equals("article") || e.tagName().equals("main")) {
      return false;
    }
    return BOILERPLATE.matcher(e.className() + " " + e.id()).find();
  }

  private static String mainText(Document doc) {
    Element root = Optional.ofNullable(doc.selectFirst("[itemprop=articleBody]"))
        .or(() -> Optional.ofNullable(doc.selectFirst("article")))
        .or(() -> Optional.ofNullable(doc.selectFirst("main")))
        .orElse(doc.body());
    if (root == null) {
      return "";
    }
    List<String> blocks = new ArrayList<>();
    for (Element e : root.select("h1, h2, h3, p, blockquote, li")) {
      if (e.tagName().equals("li") && e.selectFirst("p") != null) {
        continue;
      }
      if (e.tagName().equals("p") && e.parents().stream().anyMatch(p -> p.tagName().equals("blockquote"))) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        blocks.add(t);
      }
    }
    return blocks.isEmpty() ? root.text().strip() : String.join("\n\n", blocks);
  }

  private static Optional<LocalDate> date(Document doc) {
    for (String sel : DATE_META) {
      Optional<LocalDate> d = first(doc, sel, "content").flatMap(Dates::parse);
      if (d.isPresent()) {
        return d;
      }
    }
    return first(doc, "[itemprop=datePublished][datetime]", "datetime")
        .or(() -> first(doc, "time[datetime]", "datetime"))
        .flatMap(Dates::parse);
  }

  private static Optional<String> first(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return Optional.empty();
    }
    String v = attr.equals("href") ? e.absUrl("href") : e.attr(attr);
    if (v.isBlank() && attr.equals("href")) {
      v = e.attr("href");
    }
    return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
