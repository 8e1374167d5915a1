package org.vigil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds a small gzipped WARC (one gzip member per record, as crawlers write them) for tests. */
final class WarcFixture {
  private WarcFixture() {}

  static byte[] build() throws IOException {
    String page;
    try (InputStream in = WarcFixture.class.getResourceAsStream("/fixtures/page-summit.html")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String undated = "<html><body><article><p>Volunteers repaired the village school roof after the storm."
        + "</p></article></body></html>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(member(record("warcinfo", null, "2025-08-09T10:00:00Z", "application/warc-fields",
        "software: vigil-test\r\n")));
    out.write(member(record("request", "https://lantern.example/world/joint-patrols", "2025-08-09T10:00:01Z",
        "application/http;msgtype=request", "GET /world/joint-patrols HTTP/1.1\r\nHost: lantern.example\r\n\r\n")));
    out.write(member(record("response", "https://www.lantern.example/world/joint-patrols",
        "2025-08-09T10:00:02Z", "application/http;msgtype=response", http("text/html; charset=utf-8", page))));
    out.write(member(record("response", "https://lantern.example/logo.png", "2025-08-09T10:00:03Z",
        "application/http;msgtype=response", http("image/png", "PNG"))));
    out.write(member(record("response", "https://village.example/school", "2025-08-09T10:00:04Z",
        "application/http;msgtype=response", http("text/html", undated))));
    return out.toByteArray();
  }

  private static String http(String type, String body) {
    int len = body.getBytes(StandardCharsets.UTF_8).length;
    return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + len + "\r\n\r\n" + body;
  }

  private static byte[] record(String type, String uri, String date, String contentType, String block) {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes(body)).append(">\r\n");
    h.append("WARC-Date: ").append(date).append("\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] member(byte[] data) throws IOException {
    return InputScannerTest.gzip(data);
  }
}
