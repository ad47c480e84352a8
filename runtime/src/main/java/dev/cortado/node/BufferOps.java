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
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);
  /** Sextet of a base64 or base64url character; -1 for anything else. */
  private static final byte[] SEXTET = new byte[128];

  static {
    java.util.Arrays.fill(SEXTET, (byte) -1);
    for (int i = 0; i < 64; i++) {
      SEXTET[BASE64[i]] = (byte) i;
      SEXTET[BASE64URL[i]] = (byte) i;
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

  private static byte[] bytes(Value arrayBuffer, int offset, int length) {
    ByteBuffer memory = memory(arrayBuffer);
    if (memory.hasArray() && offset == 0 && length == memory.array().length) {
      return memory.array();
    }
    byte[] bytes = new byte[length];
    memory.get(offset, bytes, 0, length);
    return bytes;
  }

  // --- decoding (bytes to a string) ----------------------------------------------------------------

  /** Decodes {@code length} bytes from {@code offset} with one of the encodings Node names. */
  @HostAccess.Export
  public String decode(String encoding, Value arrayBuffer, int offset, int length) {
    ByteBuffer memory = memory(arrayBuffer);
    return switch (encoding) {
      case "latin1" -> new String(bytes(arrayBuffer, offset, length), StandardCharsets.ISO_8859_1);
      case "ascii" -> {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
          out[i] = (byte) (memory.get(offset + i) & 0x7F);
        }
        yield new String(out, StandardCharsets.ISO_8859_1);
      }
      case "utf16le" -> {
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
          int at = offset + 2 * i;
          chars[i] = (char) ((memory.get(at) & 0xFF) | (memory.get(at + 1) & 0xFF) << 8);
        }
        yield new String(chars);
      }
      case "hex" -> hex(memory, offset, length);
      case "base64" -> base64(memory, offset, length, false);
      case "base64url" -> base64(memory, offset, length, true);
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
  }

  private static String hex(ByteBuffer memory, int offset, int length) {
    return java.util.HexFormat.of().formatHex(arrayOf(memory, offset, length));
  }

  /** The bytes as an array: the buffer's own when it spans it, else a copy. */
  private static byte[] arrayOf(ByteBuffer memory, int offset, int length) {
    if (memory.hasArray() && memory.arrayOffset() == 0 && offset == 0 && length == memory.array().length) {
      return memory.array();
    }
    return bytesOf(memory, offset, length);
  }

  private static String base64(ByteBuffer memory, int offset, int length, boolean url) {
    byte[] in = arrayOf(memory, offset, length);
    return url ? java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(in)
        : java.util.Base64.getEncoder().encodeToString(in);
  }

  private static byte[] bytesOf(ByteBuffer memory, int offset, int length) {
    byte[] bytes = new byte[length];
    memory.get(offset, bytes, 0, length);
    return bytes;
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
    return switch (encoding) {
      case "utf8" -> writeUtf8(s, memory, offset, max);
      case "latin1", "ascii" -> {
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
          memory.put(offset + i, (byte) s.charAt(i));
        }
        yield n;
      }
      case "utf16le" -> {
        int n = Math.min(s.length(), max / 2);
        for (int i = 0; i < n; i++) {
          char c = s.charAt(i);
          memory.put(offset + 2 * i, (byte) c);
          memory.put(offset + 2 * i + 1, (byte) (c >> 8));
        }
        yield n * 2;
      }
      case "hex" -> writeHex(s, memory, offset, max);
      case "base64", "base64url" -> writeBase64(s, encoding.equals("base64url"), memory, offset, max);
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
  }

  private static int writeUtf8(String s, ByteBuffer memory, int offset, int max) {
    int n = s.length();
    int o = offset;
    int end = offset + max;
    for (int i = 0; i < n; i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        if (o >= end) {
          break;
        }
        memory.put(o++, (byte) c);
        continue;
      }
      if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint((char) c, s.charAt(i + 1));
        if (o + 4 > end) {
          break;
        }
        memory.put(o++, (byte) (0xF0 | cp >> 18));
        memory.put(o++, (byte) (0x80 | (cp >> 12) & 0x3F));
        memory.put(o++, (byte) (0x80 | (cp >> 6) & 0x3F));
        memory.put(o++, (byte) (0x80 | cp & 0x3F));
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
        memory.put(o++, (byte) (0xC0 | c >> 6));
        memory.put(o++, (byte) (0x80 | c & 0x3F));
      } else {
        if (o + 3 > end) {
          break;
        }
        memory.put(o++, (byte) (0xE0 | c >> 12));
        memory.put(o++, (byte) (0x80 | (c >> 6) & 0x3F));
        memory.put(o++, (byte) (0x80 | c & 0x3F));
      }
    }
    return o - offset;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Hex pairs until the first that is not one (Node stops there). */
  private static int writeHex(String s, ByteBuffer memory, int offset, int max) {
    int pairs = Math.min(s.length() / 2, max);
    if (memory.hasArray()) {
      byte[] out = memory.array();
      int base = memory.arrayOffset() + offset;
      for (int i = 0; i < pairs; i++) {
        int hi = hexValue(s.charAt(2 * i));
        int lo = hexValue(s.charAt(2 * i + 1));
        if (hi < 0 || lo < 0) {
          return i;
        }
        out[base + i] = (byte) (hi << 4 | lo);
      }
      return pairs;
    }
    for (int i = 0; i < pairs; i++) {
      int hi = hexValue(s.charAt(2 * i));
      int lo = hexValue(s.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        return i;
      }
      memory.put(offset + i, (byte) (hi << 4 | lo));
    }
    return pairs;
  }

  /**
   * Node's lenient base64: both alphabets, characters outside them skipped, stops at the first
   * '='; a lone trailing sextet is dropped.
   */
  private static int writeBase64(String s, boolean url, ByteBuffer memory, int offset, int max) {
    int n = s.length();
    if (n >= 1024) {
      // Well-formed input of one alphabet: the JDK's decoder, much faster than the loop below.
      try {
        byte[] decoded = (url ? java.util.Base64.getUrlDecoder() : java.util.Base64.getDecoder()).decode(s);
        int count = Math.min(decoded.length, max);
        memory.put(offset, decoded, 0, count);
        return count;
      } catch (IllegalArgumentException notStrict) {
        // whitespace, the other alphabet, data after '=': the lenient loop
      }
    }
    int o = offset;
    int end = offset + max;
    int bits = 0;
    int count = 0;
    for (int i = 0; i < n && o < end; i++) {
      char c = s.charAt(i);
      if (c == '=') {
        break;
      }
      int v = c < 128 ? SEXTET[c] : -1;
      if (v < 0) {
        continue;
      }
      bits = bits << 6 | v;
      count++;
      if (count == 4) {
        memory.put(o++, (byte) (bits >> 16));
        if (o < end) {
          memory.put(o++, (byte) (bits >> 8));
        }
        if (o < end) {
          memory.put(o++, (byte) bits);
        }
        bits = 0;
        count = 0;
      }
    }
    if (count >= 2 && o < end) {
      if (count == 2) {
        memory.put(o++, (byte) (bits >> 4));
      } else {
        memory.put(o++, (byte) (bits >> 10));
        if (o < end) {
          memory.put(o++, (byte) (bits >> 2));
        }
      }
    }
    return o - offset;
  }

  /** Copies Java bytes (a child's output, a file's contents) into an ArrayBuffer at {@code offset}. */
  @HostAccess.Export
  public void copyInto(byte[] bytes, Value arrayBuffer, int offset) {
    Buffers.write(arrayBuffer, offset, bytes, 0, bytes.length);
  }
}
