package org.vigil.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the byte offset of the first bad byte. Stateless and thread-safe. */
final class TextDecoding {
  private TextDecoding() {}

  /** Thrown when the bytes are not text; {@link #offset} is the byte offset of the first bad byte. */
  static final class NotText extends Exception {
    final long offset;

    NotText(String reason, long offset) {
      super(reason);
      this.offset = offset;
    }
  }

  /** Decodes {@code bytes} as UTF-8 (a leading BOM is dropped); NUL bytes and invalid sequences fail. */
  static String decode(byte[] bytes) throws NotText {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotText("binary data (NUL byte)", i);
      }
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new NotText("not valid UTF-8", in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new NotText("not valid UTF-8 (truncated sequence at end)", bytes.length);
    }
    out.flip();
    return out.toString();
  }

}
