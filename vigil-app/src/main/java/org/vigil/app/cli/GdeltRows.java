package org.vigil.app.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Stored events as rows of the GDELT 2.0 event table (its 61 columns, in its order). Fields Vigil does not
 * produce (ethnic and religion codes, ADM codes, tone, FIPS geo country codes, per-actor geography) are left
 * empty; NumMentions/NumSources/NumArticles come from the event's incident when it has one. Stateless.
 */
final class GdeltRows {
  static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private GdeltRows() {}

  /** One tab-separated line for the joined event row {@code r} (events columns plus reports/sources). */
  static String line(Map<String, Object> r) {
    String[] f = new String[COLUMNS.size()];
    Arrays.fill(f, "");
    LocalDate d = LocalDate.parse(r.get("date").toString());
    f[0] = Long.toString(numericId(r.get("event_id").toString()));
    f[1] = d.format(DAY);
    f[2] = f[1].substring(0, 6);
    f[3] = f[1].substring(0, 4);
    f[4] = String.format(java.util.Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
    actor(r, "src_", f, 5);
    actor(r, "tgt_", f, 15);
    f[25] = Integer.valueOf(0).equals(r.get("sentence")) ? "1" : "0";
    String cameo = r.get("cameo").toString();
    f[26] = cameo;
    f[27] = cameo.substring(0, Math.min(3, cameo.length()));
    f[28] = cameo.substring(0, 2);
    f[29] = String.valueOf(r.get("quad_class"));
    f[30] = String.valueOf(r.get("goldstein"));
    f[31] = String.valueOf(r.get("reports") == null ? 1 : r.get("reports"));
    f[32] = String.valueOf(r.get("sources") == null ? 1 : r.get("sources"));
    f[33] = f[31];
    if (r.get("loc_name") != null) {
      Object precision = r.get("loc_precision");
      f[51] = precision == null ? "" : switch ((Integer) precision) {
        case 3 -> "1";
        case 2 -> "5";
        default -> "4";
      };
      f[52] = clean(r.get("loc_name"));
      f[56] = r.get("loc_lat") == null ? "" : r.get("loc_lat").toString();
      f[57] = r.get("loc_lon") == null ? "" : r.get("loc_lon").toString();
    }
    f[59] = r.get("first_seen") == null ? ""
        : LocalDateTime.parse(r.get("first_seen").toString().replace(' ', 'T')).format(ADDED);
    f[60] = clean(r.get("url"));
    return String.join("\t", f);
  }

  private static void actor(Map<String, Object> r, String p, String[] f, int at) {
    if (r.get(p + "text") == null && r.get(p + "country") == null) {
      return;
    }
    String country = r.get(p + "country") == null ? "" : r.get(p + "country").toString();
    String sector = r.get(p + "sector") == null ? "" : r.get(p + "sector").toString();
    f[at] = country + sector;
    f[at + 1] = clean(r.get(p + "text")).toUpperCase(java.util.Locale.ROOT);
    f[at + 2] = country;
    f[at + 7] = sector;
  }

  private static String clean(Object v) {
    return v == null ? "" : v.toString().replace('\t', ' ').replace('\n', ' ');
  }

  /** A stable positive 63-bit id for a stored event id. */
  static long numericId(String eventId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xFF);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  static List<String> header() {
    return new ArrayList<>(COLUMNS);
  }
}
