package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the store's tables when absent, and adds columns that older stores lack. Every event row carries the
 * versions that coded it and the names of the coder's rules that shaped it ({@code rules}, space-separated).
 */
final class DuckDbSchema {
  private static final String[] DDL = {
    "CREATE TABLE IF NOT EXISTS articles (seq BIGINT NOT NULL, article_id VARCHAR NOT NULL,"
        + " version INTEGER NOT NULL, is_current BOOLEAN NOT NULL, content_hash VARCHAR NOT NULL,"
        + " date DATE NOT NULL, title VARCHAR, url VARCHAR, outlet VARCHAR, origin VARCHAR, extra VARCHAR,"
        + " text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL, coder_version VARCHAR,"
        + " ontology_version VARCHAR, actors_version VARCHAR)",
    "CREATE TABLE IF NOT EXISTS sentences (article_seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
        + " span_start INTEGER, span_end INTEGER, heading BOOLEAN, text VARCHAR)",
    "CREATE TABLE IF NOT EXISTS events (event_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL,"
        + " article_id VARCHAR NOT NULL, version INTEGER NOT NULL, is_current BOOLEAN NOT NULL,"
        + " sentence INTEGER, span_start INTEGER, span_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,"
        + " text VARCHAR, date DATE, article_date DATE,"
        + " src_text VARCHAR, src_country VARCHAR, src_sector VARCHAR, src_actor VARCHAR, src_ner VARCHAR,"
        + " tgt_text VARCHAR, tgt_country VARCHAR, tgt_sector VARCHAR, tgt_actor VARCHAR, tgt_ner VARCHAR,"
        + " cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
        + " plover_mode VARCHAR, plover_context VARCHAR, mode VARCHAR, claimant VARCHAR,"
        + " loc_name VARCHAR, loc_country VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE, loc_precision INTEGER,"
        + " fatalities INTEGER, fatalities_qualifier VARCHAR, pattern VARCHAR, coder_version VARCHAR,"
        + " ontology_version VARCHAR, actors_version VARCHAR, outlet VARCHAR, url VARCHAR,"
        + " first_seen TIMESTAMP, dyad VARCHAR, rules VARCHAR)",
    "CREATE TABLE IF NOT EXISTS incidents (incident_id VARCHAR NOT NULL, dyad VARCHAR NOT NULL,"
        + " src_country VARCHAR, src_actor VARCHAR, tgt_country VARCHAR, tgt_actor VARCHAR, root VARCHAR,"
        + " cameo VARCHAR, quad_class INTEGER, date_start DATE, date_end DATE, place VARCHAR, lat DOUBLE,"
        + " lon DOUBLE, fatalities_min INTEGER, fatalities_max INTEGER, reports INTEGER, sources INTEGER,"
        + " confidence DOUBLE, first_seen TIMESTAMP)",
    "CREATE TABLE IF NOT EXISTS event_mentions (incident_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,"
        + " article_id VARCHAR, version INTEGER, sentence INTEGER, span_start INTEGER, span_end INTEGER,"
        + " outlet VARCHAR, first_seen TIMESTAMP, cameo VARCHAR, fatalities INTEGER,"
        + " fatalities_qualifier VARCHAR, dyad VARCHAR)",
    "CREATE TABLE IF NOT EXISTS dirty_dyads (dyad VARCHAR PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
  };

  private DuckDbSchema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      // stores written before the coder named its rules: the column goes at the end, as in the DDL above
      s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS rules VARCHAR");
      s.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '1')");
    }
  }
}
