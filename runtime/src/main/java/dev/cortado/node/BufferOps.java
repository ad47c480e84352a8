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

  /**
   * Decodes {@code length} bytes from {@code offset} with one of the encodings Node names; hex and
   * base64 text is made over the encoder's output without a copy where the JVM allows ({@link
   * Latin1Strings}).
   */
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
      case "hex" -> Latin1Strings.wrap(HexCodec.encode(a, from, length));
      case "base64" -> Latin1Strings.wrap(Base64Codec.encode(a, from, length, false));
      case "base64url" -> Latin1Strings.wrap(Base64Codec.encode(a, from, length, true));
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
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
      case "hex" -> HexCodec.decode(s, out, at, max);
      case "base64", "base64url" -> Base64Codec.decode(s, out, at, max); // both read either alphabet
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

  /** Copies Java bytes (a child's output, a file's contents) into an ArrayBuffer at {@code offset}. */
  @HostAccess.Export
  public void copyInto(byte[] bytes, Value arrayBuffer, int offset) {
    Buffers.write(arrayBuffer, offset, bytes, 0, bytes.length);
  }
}
