package dev.cortado.node;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Node's base64 and base64url, both ways, between a String and a byte[]. Any thread (no state).
 *
 * <p>Written for the daemon's C1-only JIT, which neither unrolls nor vectorises: the bulk of the
 * work goes 8 characters (6 bytes) per step, read and written as one little-endian {@code long},
 * with tables indexed by a <em>pair</em> of characters, so a step costs one load, four lookups
 * and one store. Everything the fast step refuses (whitespace, junk, '=', the ends) goes through
 * the character-by-character loop, which then hands back to the fast step at the next quad.
 */
final class Base64Codec {
  private Base64Codec() {}

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] URL_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);

  /** Sextet of a character of either alphabet (by its low byte); -1 for anything else. */
  private static final byte[] SEXTET = new byte[256];

  /**
   * The first two characters of a quad, indexed by {@code second << 8 | first}, to their bits in
   * the little-endian int of the quad's three bytes ({@code byte0 | byte1 << 8 | byte2 << 16});
   * -1 when either is not a digit. {@link #SECOND_PAIR}: the same for the last two.
   * 2 x 256 KiB, of which a decode touches about 50 KiB.
   */
  private static final int[] FIRST_PAIR = new int[1 << 16];
  private static final int[] SECOND_PAIR = new int[1 << 16];

  /** Twelve bits to their two characters, as a little-endian short (first character low). */
  private static final short[] CHARS_OF_12 = new short[1 << 12];
  private static final short[] URL_CHARS_OF_12 = new short[1 << 12];

  static {
    Arrays.fill(SEXTET, (byte) -1);
    for (int i = 0; i < 64; i++) {
      SEXTET[ALPHABET[i]] = (byte) i;
      SEXTET[URL_ALPHABET[i]] = (byte) i;
    }
    Arrays.fill(FIRST_PAIR, -1);
    Arrays.fill(SECOND_PAIR, -1);
    for (int first = 0; first < 256; first++) {
      int a = SEXTET[first];
      if (a < 0) {
        continue;
      }
      for (int second = 0; second < 256; second++) {
        int b = SEXTET[second];
        if (b < 0) {
          continue;
        }
        // quad a b c d -> byte0 = a << 2 | b >> 4, byte1 = (b & 15) << 4 | c >> 2, byte2 = (c & 3) << 6 | d
        FIRST_PAIR[second << 8 | first] = a << 2 | b >> 4 | (b & 0xF) << 12;
        SECOND_PAIR[second << 8 | first] = (a >> 2) << 8 | (a & 3) << 22 | b << 16;
      }
    }
    for (int v = 0; v < 1 << 12; v++) {
      CHARS_OF_12[v] = (short) (ALPHABET[v >> 6] | ALPHABET[v & 63] << 8);
      URL_CHARS_OF_12[v] = (short) (URL_ALPHABET[v >> 6] | URL_ALPHABET[v & 63] << 8);
    }
  }

  /**
   * Long strings are read through a window of this many low bytes rather than one copy of the
   * whole string: hundreds of MB less garbage for a large input.
   */
  private static final int WINDOW = 32 * 1024;

  // --- bytes to text -------------------------------------------------------------------------------

  /**
   * Base64 (padded) or base64url (unpadded) text of {@code length} bytes of {@code a} from {@code
   * from}, as ASCII bytes.
   */
  static byte[] encode(byte[] a, int from, int length, boolean url) {
    short[] table = url ? URL_CHARS_OF_12 : CHARS_OF_12;
    byte[] alphabet = url ? URL_ALPHABET : ALPHABET;
    int whole = length / 3;
    int rest = length - 3 * whole;
    int size = 4 * whole + (rest == 0 ? 0 : url ? rest + 1 : 4);
    byte[] out = new byte[size];
    int i = from;
    int o = 0;
    int last = from + 3 * whole;
    // three bytes (24 bits) to four characters: two lookups of 12 bits, one int store
    for (; i < last; i += 3) {
      int v = (a[i] & 0xFF) << 16 | (a[i + 1] & 0xFF) << 8 | (a[i + 2] & 0xFF);
      INT_LE.set(out, o, table[v >>> 12] & 0xFFFF | table[v & 0xFFF] << 16);
      o += 4;
    }
    if (rest == 1) {
      int v = a[i] & 0xFF;
      out[o++] = alphabet[v >> 2];
      out[o++] = alphabet[(v & 3) << 4];
      if (!url) {
        out[o++] = '=';
        out[o++] = '=';
      }
    } else if (rest == 2) {
      int v = (a[i] & 0xFF) << 8 | (a[i + 1] & 0xFF);
      out[o++] = alphabet[v >> 10];
      out[o++] = alphabet[(v >> 4) & 63];
      out[o++] = alphabet[(v & 0xF) << 2];
      if (!url) {
        out[o++] = '=';
      }
    }
    return out;
  }

  // --- text to bytes -------------------------------------------------------------------------------

  /**
   * Decodes {@code s} into {@code out} from {@code at}, at most {@code max} bytes, the way Node
   * does: both alphabets, characters outside them skipped, stops at the first '='; a lone last
   * sextet is dropped; characters above U+00FF read by their low byte. Returns the bytes written;
   * writes nothing at or past {@code at + written}.
   */
  static int decode(String s, byte[] out, int at, int max) {
    int n = s.length();
    byte[] text = new byte[Math.min(n, WINDOW)];
    int o = at;
    int end = at + max;
    int bits = 0;
    int count = 0;
    windows:
    for (int from = 0; from < n && o < end; from += WINDOW) {
      int length = Math.min(n - from, WINDOW);
      lowBytes(s, from, from + length, text);
      int i = 0;
      while (i < length && o < end) {
        if (count == 0 && o - at >= 2) {
          // The fast step writes 8 bytes from o - 2: the two bytes before o (already decoded,
          // rewritten unchanged) and six new ones, so nothing past the output is touched.
          long carry = (out[o - 2] & 0xFF) | (out[o - 1] & 0xFF) << 8;
          int lastIn = length - 8;
          int lastOut = end - 6;
          while (i <= lastIn && o <= lastOut) {
            long w = (long) LONG_LE.get(text, i);
            int q0 = FIRST_PAIR[(int) w & 0xFFFF] | SECOND_PAIR[(int) (w >>> 16) & 0xFFFF];
            int q1 = FIRST_PAIR[(int) (w >>> 32) & 0xFFFF] | SECOND_PAIR[(int) (w >>> 48)];
            if ((q0 | q1) < 0) {
              break;
            }
            LONG_LE.set(out, o - 2, carry | (long) q0 << 16 | (long) q1 << 40);
            carry = q1 >>> 8;
            i += 8;
            o += 6;
          }
          if (i >= length || o >= end) {
            continue;
          }
        }
        // one character; back to the fast step once a quad is complete
        int c = text[i++] & 0xFF;
        if (c == '=') {
          break windows;
        }
        int v = SEXTET[c];
        if (v < 0) {
          continue;
        }
        bits = bits << 6 | v;
        if (++count == 4) {
          out[o++] = (byte) (bits >> 16);
          if (o < end) {
            out[o++] = (byte) (bits >> 8);
          }
          if (o < end) {
            out[o++] = (byte) bits;
          }
          bits = 0;
          count = 0;
        }
      }
    }
    if (count >= 2 && o < end) {
      if (count == 2) {
        out[o++] = (byte) (bits >> 4);
      } else {
        out[o++] = (byte) (bits >> 10);
        if (o < end) {
          out[o++] = (byte) (bits >> 2);
        }
      }
    }
    return o - at;
  }

  /**
   * The low byte of each code unit of {@code s} in [{@code from}, {@code to}) into {@code out}
   * from index 0, as Node reads a string for hex and base64 (U+0141 reads as 'A'); an array copy
   * for a Latin-1 string.
   */
  @SuppressWarnings("deprecation") // the one String method that keeps the low byte of each char
  static void lowBytes(String s, int from, int to, byte[] out) {
    s.getBytes(from, to, out, 0);
  }
}
