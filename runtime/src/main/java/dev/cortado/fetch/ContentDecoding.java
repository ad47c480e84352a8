package dev.cortado.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;

/**
 * Decodes a response body by its {@code Content-Encoding} (gzip, x-gzip, deflate, br, in the
 * order they were applied), as browsers do. Called on the thread that reads the body.
 */
final class ContentDecoding {
  private ContentDecoding() {}

  /** {@code raw} decoded by {@code contentEncoding} (null or empty: as it is). */
  static InputStream decode(InputStream raw, String contentEncoding) throws IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return raw;
    }
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    InputStream in = raw;
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].trim();
      if (coding.isEmpty() || coding.equals("identity")) {
        continue;
      }
      PushbackInputStream peek = new PushbackInputStream(in, 1);
      int first = peek.read();
      if (first < 0) {
        return peek; // an empty body (HEAD, 204, 304) has nothing to decode
      }
      peek.unread(first);
      in = switch (coding) {
        case "gzip", "x-gzip" -> new GZIPInputStream(peek, 16 * 1024);
        // "deflate" is zlib-wrapped by the spec; some servers send raw deflate.
        case "deflate" -> new InflaterInputStream(peek, new Inflater((first & 0x0f) != 8), 16 * 1024);
        case "br" -> {
          Brotli4jLoader.ensureAvailability();
          yield new BrotliInputStream(new BufferedInputStream(peek, 16 * 1024));
        }
        default -> peek; // unknown codings pass through, as in browsers
      };
    }
    return in;
  }
}
