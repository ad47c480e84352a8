package dev.cortado.node;

import dev.cortado.web.Buffers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The byte work of {@code node:buffer} that is faster in Java than in JavaScript: encoding strings
 * into an ArrayBuffer (utf8, utf16le, latin1, ascii, hex, base64, base64url) and decoding bytes
 * back into strings. Each method takes an ArrayBuffer, an offset and a length, and reads or
 * writes its memory directly. Loop thread only (the buffers belong to its Context).
 */
public final class BufferOps {
  private static final byte[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);
  /** Sextet of a base64 or base64url character (a byte); -1 for anything else. */
  private static final byte[] SEXTET = new byte[256];

  /**
   * The sextet of a digit shifted to its place in a quad (18, 12, 6, 0 bits); -1 for anything
   * else, so that the OR of a quad's four is negative when one is not a digit.
   */
  private static final int[] QUAD_0 = new int[256];
  private static final int[] QUAD_1 = new int[256];
  private static final int[] QUAD_2 = new int[256];
  private static final int[] QUAD_3 = new int[256];

  static {
    java.util.Arrays.fill(SEXTET, (byte) -1);
    for (int i = 0; i < 64; i++) {
      SEXTET[BASE64[i]] = (byte) i;
      SEXTET[BASE64URL[i]] = (byte) i;
    }
    for (int c = 0; c < 256; c++) {
      int v = SEXTET[c];
      QUAD_0[c] = v < 0 ? -1 : v << 18;
      QUAD_1[c] = v < 0 ? -1 : v << 12;
      QUAD_2[c] = v < 0 ? -1 : v << 6;
      QUAD_3[c] = v;
    }
  }

  /** The memory of {@code arrayBuffer}; fails (as a JavaScript TypeError) when it cannot be reached. */
  private static ByteBuffer memory(Value arrayBuffer) {
    ByteBuffer memory = Buffers.backing(arrayBuffer);
    if (memory == null) {
      throw new IllegalArgumentException("buffer memory is not accessible");
    }
    return memory;
  }

  /**
   * {@code length} bytes from {@code offset} as an array and the index of the first one in it:
   * the buffer's own array when it has one (no copy), else a copy.
   */
  private record Bytes(byte[] array, int start) {
    static Bytes of(ByteBuffer memory, int offset, int length) {
      if (memory.hasArray()) {
        return new Bytes(memory.array(), memory.arrayOffset() + offset);
      }
      byte[] copy = new byte[length];
      memory.get(offset, copy, 0, length);
      return new Bytes(copy, 0);
    }
  }

  // --- decoding (bytes to a string) ----------------------------------------------------------------

  /** Decodes {@code length} bytes from {@code offset} with one of the encodings Node names. */
  @HostAccess.Export
  public String decode(String encoding, Value arrayBuffer, int offset, int length) {
    Bytes in = Bytes.of(memory(arrayBuffer), offset, length);
    byte[] a = in.array();
    int from = in.start();
    return switch (encoding) {
      case "latin1" -> new String(a, from, length, StandardCharsets.ISO_8859_1);
      case "ascii" -> {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
          out[i] = (byte) (a[from + i] & 0x7F);
        }
        yield new String(out, StandardCharsets.ISO_8859_1);
      }
      case "utf16le" -> {
        // code unit by code unit: a lone surrogate stays one (a charset decoder would replace it)
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
          chars[i] = (char) ((a[from + 2 * i] & 0xFF) | (a[from + 2 * i + 1] & 0xFF) << 8);
        }
        yield new String(chars);
      }
      case "hex" -> java.util.HexFormat.of().formatHex(a, from, from + length);
      case "base64" -> base64(a, from, length, false);
      case "base64url" -> base64(a, from, length, true);
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
  }

  /** Base64 (padded) or base64url (unpadded) text of the bytes, in one pass. */
  private static String base64(byte[] a, int from, int length, boolean url) {
    java.util.Base64.Encoder encoder = url ? java.util.Base64.getUrlEncoder().withoutPadding()
        : java.util.Base64.getEncoder();
    ByteBuffer encoded = encoder.encode(ByteBuffer.wrap(a, from, length));
    return new String(encoded.array(), 0, encoded.limit(), StandardCharsets.ISO_8859_1);
  }

  // --- encoding (a string into bytes) --------------------------------------------------------------

  /** The UTF-8 length of a string (lone surrogates count as U+FFFD, 3 bytes). */
  @HostAccess.Export
  public int utf8Length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 2; // 4 bytes for two code units
        i++;
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }

  /**
   * Writes {@code s} with {@code encoding} into {@code arrayBuffer} at {@code offset}, at most
   * {@code max} bytes and never part of a character; returns the bytes written.
   */
  @HostAccess.Export
  public int write(String encoding, String s, Value arrayBuffer, int offset, int max) {
    ByteBuffer memory = memory(arrayBuffer);
    if (!memory.hasArray()) {
      // not reached with GraalJS's heap ArrayBuffers; written through a copy to keep one code path
      byte[] scratch = new byte[max];
      int n = write(encoding, s, scratch, 0, max);
      memory.put(offset, scratch, 0, n);
      return n;
    }
    return write(encoding, s, memory.array(), memory.arrayOffset() + offset, max);
  }

  private static int write(String encoding, String s, byte[] out, int at, int max) {
    return switch (encoding) {
      case "utf8" -> writeUtf8(s, out, at, max);
      case "latin1", "ascii" -> {
        int n = Math.min(s.length(), max);
        writeLowBytes(s, n, out, at);
        yield n;
      }
      case "utf16le" -> {
        int n = Math.min(s.length(), max / 2);
        for (int i = 0; i < n; i++) {
          char c = s.charAt(i);
          out[at + 2 * i] = (byte) c;
          out[at + 2 * i + 1] = (byte) (c >> 8);
        }
        yield n * 2;
      }
      case "hex" -> writeHex(s, out, at, max);
      case "base64", "base64url" -> writeBase64(s, out, at, max); // both read either alphabet
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
  }

  private static int writeUtf8(String s, byte[] out, int offset, int max) {
    int n = s.length();
    int o = offset;
    int end = offset + max;
    for (int i = 0; i < n; i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        if (o >= end) {
          break;
        }
        out[o++] = (byte) c;
        continue;
      }
      if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint((char) c, s.charAt(i + 1));
        if (o + 4 > end) {
          break;
        }
        out[o++] = (byte) (0xF0 | cp >> 18);
        out[o++] = (byte) (0x80 | (cp >> 12) & 0x3F);
        out[o++] = (byte) (0x80 | (cp >> 6) & 0x3F);
        out[o++] = (byte) (0x80 | cp & 0x3F);
        i++;
        continue;
      }
      if (Character.isSurrogate((char) c)) {
        c = 0xFFFD;
      }
      if (c < 0x800) {
        if (o + 2 > end) {
          break;
        }
        out[o++] = (byte) (0xC0 | c >> 6);
        out[o++] = (byte) (0x80 | c & 0x3F);
      } else {
        if (o + 3 > end) {
          break;
        }
        out[o++] = (byte) (0xE0 | c >> 12);
        out[o++] = (byte) (0x80 | (c >> 6) & 0x3F);
        out[o++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return o - offset;
  }

  /**
   * The low byte of each of the first {@code n} UTF-16 code units of {@code s} into {@code out}
   * at {@code at}, as Node writes latin1 and ascii (U+0141 becomes 0x41); an array copy for a
   * Latin-1 string.
   */
  @SuppressWarnings("deprecation") // the one String method that keeps the low byte of each char
  private static void writeLowBytes(String s, int n, byte[] out, int at) {
    s.getBytes(0, n, out, at);
  }

  /**
   * The low byte of each code unit of {@code s} in [{@code from}, {@code to}) into {@code out}
   * from index 0, as Node reads a string for hex and base64 (U+0141 reads as 'A').
   */
  @SuppressWarnings("deprecation")
  private static void lowBytes(String s, int from, int to, byte[] out) {
    s.getBytes(from, to, out, 0);
  }

  /**
   * The byte of each pair of hex digits, indexed by the pair's two Latin-1 code units
   * ({@code first << 8 | second}); -1 when either is not a hex digit.
   */
  private static final short[] HEX_PAIR = new short[1 << 16];

  static {
    java.util.Arrays.fill(HEX_PAIR, (short) -1);
    String digits = "0123456789abcdefABCDEF";
    for (int i = 0; i < digits.length(); i++) {
      for (int j = 0; j < digits.length(); j++) {
        char hi = digits.charAt(i);
        char lo = digits.charAt(j);
        HEX_PAIR[hi << 8 | lo] = (short) (Character.digit(hi, 16) << 4 | Character.digit(lo, 16));
      }
    }
  }

  /**
   * Long strings are read through a window of this many low bytes (a multiple of 4) rather than
   * one copy of the whole string: hundreds of MB less garbage for a large hex or base64 input.
   */
  private static final int WINDOW = 32 * 1024;

  /** Hex pairs until the first that is not one (Node stops there); an odd last digit is ignored. */
  private static int writeHex(String s, byte[] out, int at, int max) {
    int pairs = Math.min(s.length() / 2, max);
    byte[] text = new byte[Math.min(2 * pairs, WINDOW)];
    for (int done = 0; done < pairs; ) {
      int chunk = Math.min(pairs - done, WINDOW / 2);
      lowBytes(s, 2 * done, 2 * (done + chunk), text);
      for (int i = 0; i < chunk; i++) {
        int value = HEX_PAIR[(text[2 * i] & 0xFF) << 8 | (text[2 * i + 1] & 0xFF)];
        if (value < 0) {
          return done + i;
        }
        out[at + done + i] = (byte) value;
      }
      done += chunk;
    }
    return pairs;
  }

  /**
   * Node's lenient base64: both alphabets, characters outside them skipped, stops at the first
   * '='; a lone trailing sextet is dropped. Runs of whole quads of digits take a fast path (three
   * bytes per four table lookups); the first quad that is not one (whitespace, '=', anything
   * else) hands over to the character-by-character loop at that very character.
   */
  private static int writeBase64(String s, byte[] out, int at, int max) {
    int n = s.length();
    byte[] text = new byte[Math.min(n, WINDOW)];
    int o = at;
    int end = at + max;
    int bits = 0;
    int count = 0;
    boolean padding = false;
    for (int from = 0; from < n && o < end && !padding; from += WINDOW) {
      int length = Math.min(n - from, WINDOW);
      lowBytes(s, from, from + length, text);
      int i = 0;
      if (count == 0) {
        int quads = Math.min(length / 4, (end - o) / 3);
        for (; i < 4 * quads; i += 4) {
          int v = QUAD_0[text[i] & 0xFF] | QUAD_1[text[i + 1] & 0xFF] | QUAD_2[text[i + 2] & 0xFF]
              | QUAD_3[text[i + 3] & 0xFF];
          if (v < 0) {
            break;
          }
          out[o] = (byte) (v >> 16);
          out[o + 1] = (byte) (v >> 8);
          out[o + 2] = (byte) v;
          o += 3;
        }
      }
      for (; i < length && o < end; i++) {
        int c = text[i] & 0xFF;
        if (c == '=') {
          padding = true;
          break;
        }
        int v = SEXTET[c];
        if (v < 0) {
          continue;
        }
        bits = bits << 6 | v;
        count++;
        if (count == 4) {
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

  /** Copies Java bytes (a child's output, a file's contents) into an ArrayBuffer at {@code offset}. */
  @HostAccess.Export
  public void copyInto(byte[] bytes, Value arrayBuffer, int offset) {
    Buffers.write(arrayBuffer, offset, bytes, 0, bytes.length);
  }
}
