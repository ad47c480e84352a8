package dev.cortado.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java half of {@code TextEncoder}/{@code TextDecoder} (js/55_encoding.js): UTF-8 for large
 * inputs, and the Encoding Standard's legacy encodings. Single-byte encodings use tables taken
 * from the JDK's charsets and corrected where the JDK differs from the standard's indexes; the
 * multi-byte ones stream through the JDK's closest charset. Every method returns {@code null}
 * (never throws) on invalid input in fatal mode; the JavaScript side throws the TypeError.
 * Loop thread only.
 */
public final class EncodingOps {
  /** Marks a byte the encoding does not map (an error). */
  private static final char UNMAPPED = '\uFFFF';

  private final Map<String, char[]> singleByteTables = new HashMap<>();
  private int lastRead;

  // --- UTF-8 -------------------------------------------------------------------------------------

  /**
   * Decodes {@code length} bytes of {@code buffer} (an ArrayBuffer or SharedArrayBuffer) from
   * {@code offset}; ill-formed sequences become U+FFFD, or the result is null when
   * {@code fatal}.
   */
  @HostAccess.Export
  public String decodeUtf8(Value buffer, int offset, int length, boolean fatal) {
    byte[] bytes = read(buffer, offset, length);
    if (!fatal) {
      String decoded = new String(bytes, StandardCharsets.UTF_8);
      // The JDK turns an encoded surrogate (ED A0..BF xx) into one U+FFFD; the standard wants
      // one per byte. Rare: only then decode again by the standard's algorithm.
      if (decoded.indexOf('\uFFFD') >= 0 && hasEncodedSurrogate(bytes)) {
        return decodeUtf8Standard(bytes);
      }
      return decoded;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasEncodedSurrogate(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == (byte) 0xED && (bytes[i + 1] & 0xFF) >= 0xA0) {
        return true;
      }
    }
    return false;
  }

  /** The standard's UTF-8 decoder: one U+FFFD per maximal ill-formed subsequence. */
  static String decodeUtf8Standard(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    int end = bytes.length;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int needed;
      int cp;
      int lower = 0x80;
      int upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        lower = b == 0xE0 ? 0xA0 : 0x80;
        upper = b == 0xED ? 0x9F : 0xBF;
        needed = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        lower = b == 0xF0 ? 0x90 : 0x80;
        upper = b == 0xF4 ? 0x8F : 0xBF;
        needed = 3;
        cp = b & 0x07;
      } else {
        needed = 0;
        cp = 0;
      }
      int j = i + 1;
      boolean ok = needed > 0;
      for (int k = 0; k < needed; k++) {
        int c = j < end ? bytes[j] & 0xFF : -1;
        if (c < lower || c > upper) {
          ok = false;
          break;
        }
        lower = 0x80;
        upper = 0xBF;
        cp = (cp << 6) | (c & 0x3F);
        j++;
      }
      if (ok) {
        out.appendCodePoint(cp);
      } else {
        out.append('\uFFFD');
      }
      i = j;
    }
    return out.toString();
  }

  /** The UTF-8 bytes of a well-formed string (JavaScript replaced lone surrogates first). */
  @HostAccess.Export
  public ByteBuffer encodeUtf8(String wellFormed) {
    return ByteBuffer.wrap(wellFormed.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The UTF-8 bytes of the longest prefix of a well-formed string that fits in {@code capacity}
   * bytes, never splitting a code point; {@link #lastRead()} then tells how many UTF-16 code
   * units that prefix has.
   */
  @HostAccess.Export
  public ByteBuffer encodeUtf8Into(String wellFormed, int capacity) {
    CharBuffer in = CharBuffer.wrap(wellFormed);
    ByteBuffer out = ByteBuffer.allocate(Math.min(capacity, wellFormed.length() * 3));
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    encoder.encode(in, out, true);
    lastRead = in.position();
    return ByteBuffer.wrap(out.array(), 0, out.position()).slice();
  }

  /** The code units read by the last {@link #encodeUtf8Into}. */
  @HostAccess.Export
  public int lastRead() {
    return lastRead;
  }

  // --- single-byte encodings -----------------------------------------------------------------------

  /**
   * Decodes with the single-byte encoding {@code name} (the standard's lowercase name); unmapped
   * bytes become U+FFFD, or the result is null when {@code fatal}. Null too for an unknown name.
   */
  @HostAccess.Export
  public String decodeSingleByte(String name, Value buffer, int offset, int length, boolean fatal) {
    char[] table = singleByteTable(name);
    if (table == null) {
      return null;
    }
    byte[] bytes = read(buffer, offset, length);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[i];
      if (b >= 0) {
        chars[i] = (char) b;
      } else {
        char c = table[b + 128];
        if (c == UNMAPPED) {
          if (fatal) {
            return null;
          }
          c = '\uFFFD';
        }
        chars[i] = c;
      }
    }
    return new String(chars);
  }

  private char[] singleByteTable(String name) {
    char[] table = singleByteTables.get(name);
    if (table == null) {
      table = buildSingleByteTable(name);
      if (table != null) {
        singleByteTables.put(name, table);
      }
    }
    return table;
  }

  /** Bytes 0x80..0xFF of {@code name}, or null when it is not a single-byte encoding. */
  static char[] buildSingleByteTable(String name) {
    char[] table = new char[128];
    switch (name) {
      case "x-user-defined" -> {
        for (int i = 0; i < 128; i++) {
          table[i] = (char) (0xF780 + i);
        }
        return table;
      }
      case "iso-8859-10" -> {
        return latinUpperHalf("\u00A0\u0104\u0112\u0122\u012A\u0128\u0136\u00A7\u013B\u0110\u0160\u0166\u017D\u00AD\u016A\u014A" +
            "\u00B0\u0105\u0113\u0123\u012B\u0129\u0137\u00B7\u013C\u0111\u0161\u0167\u017E\u2015\u016B\u014B" +
            "\u0100\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u012E\u010C\u00C9\u0118\u00CB\u0116\u00CD\u00CE\u00CF" +
            "\u00D0\u0145\u014C\u00D3\u00D4\u00D5\u00D6\u0168\u00D8\u0172\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" +
            "\u0101\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u012F\u010D\u00E9\u0119\u00EB\u0117\u00ED\u00EE\u00EF" +
            "\u00F0\u0146\u014D\u00F3\u00F4\u00F5\u00F6\u0169\u00F8\u0173\u00FA\u00FB\u00FC\u00FD\u00FE\u0138");
      }
      case "iso-8859-14" -> {
        return latinUpperHalf("\u00A0\u1E02\u1E03\u00A3\u010A\u010B\u1E0A\u00A7\u1E80\u00A9\u1E82\u1E0B\u1EF2\u00AD\u00AE\u0178" +
            "\u1E1E\u1E1F\u0120\u0121\u1E40\u1E41\u00B6\u1E56\u1E81\u1E57\u1E83\u1E60\u1EF3\u1E84\u1E85\u1E61" +
            "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF" +
            "\u0174\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u1E6A\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u0176\u00DF" +
            "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" +
            "\u0175\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u1E6B\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u0177\u00FF");
      }
      default -> {
        // handled below
      }
    }
    String charset = switch (name) {
      case "ibm866" -> "IBM866";
      case "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
          "iso-8859-13", "iso-8859-15", "iso-8859-16" -> name.toUpperCase(java.util.Locale.ROOT);
      case "iso-8859-8", "iso-8859-8-i" -> "ISO-8859-8";
      case "koi8-r" -> "KOI8-R";
      case "koi8-u" -> "KOI8-U";
      case "macintosh" -> "x-MacRoman";
      case "x-mac-cyrillic" -> "x-MacCyrillic";
      case "windows-874" -> "x-windows-874";
      case "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
          "windows-1255", "windows-1256", "windows-1257", "windows-1258" -> name;
      default -> null;
    };
    if (charset == null || !Charset.isSupported(charset)) {
      return null;
    }
    Charset cs = Charset.forName(charset);
    for (int i = 0; i < 128; i++) {
      CharsetDecoder decoder = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      char c;
      try {
        CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) (i + 128)}));
        c = decoded.length() == 1 ? decoded.charAt(0) : UNMAPPED;
      } catch (CharacterCodingException e) {
        c = UNMAPPED;
      }
      // The standard's windows-* indexes map the bytes Windows leaves undefined in 0x80..0x9F
      // to the C1 control of the same number; the JDK leaves them unmapped.
      if (c == UNMAPPED && i < 0x20 && name.startsWith("windows-")) {
        c = (char) (i + 128);
      }
      table[i] = c;
    }
    // Where the JDK's tables are older or different than the standard's indexes.
    switch (name) {
      case "windows-1255" -> table[0xCA - 128] = '\u05BA';
      case "koi8-u" -> { // the standard's KOI8-U is KOI8-RU
        table[0xAE - 128] = '\u045E';
        table[0xBE - 128] = '\u040E';
      }
      case "x-mac-cyrillic" -> { // the standard follows the Mac OS 9 Ukrainian revision
        table[0xA2 - 128] = '\u0490';
        table[0xB6 - 128] = '\u0491';
        table[0xFF - 128] = '\u20AC';
      }
      default -> {
        // the JDK agrees with the standard
      }
    }
    return table;
  }

  private static char[] latinUpperHalf(String upper) {
    char[] table = new char[128];
    for (int i = 0; i < 32; i++) {
      table[i] = (char) (0x80 + i);
    }
    upper.getChars(0, 96, table, 32);
    return table;
  }

  // --- multi-byte encodings --------------------------------------------------------------------------

  /**
   * A streaming decoder for the multi-byte encoding {@code name} (gbk, gb18030, big5, euc-jp,
   * iso-2022-jp, shift_jis, euc-kr), or null when the JDK has no charset for it.
   */
  @HostAccess.Export
  public StreamDecoder newDecoder(String name, boolean fatal) {
    String charset = switch (name) {
      case "gbk", "gb18030" -> "GB18030";
      case "big5" -> "Big5-HKSCS";
      case "euc-jp" -> "EUC-JP";
      case "iso-2022-jp" -> "ISO-2022-JP";
      case "shift_jis" -> "windows-31j";
      case "euc-kr" -> "x-windows-949";
      default -> null;
    };
    if (charset == null || !Charset.isSupported(charset)) {
      return null;
    }
    return new StreamDecoder(Charset.forName(charset), fatal);
  }

  /** One TextDecoder's state for a multi-byte encoding: the bytes of an unfinished sequence. */
  public static final class StreamDecoder {
    private final CharsetDecoder decoder;
    private byte[] pending = new byte[0];

    StreamDecoder(Charset charset, boolean fatal) {
      CodingErrorAction action = fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
      decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
          .replaceWith("\uFFFD");
    }

    /**
     * Decodes the next {@code length} bytes of {@code buffer}; {@code flush} ends the stream
     * (an unfinished sequence is an error) and resets the decoder. Null on an error when fatal.
     */
    @HostAccess.Export
    public String decode(Value buffer, int offset, int length, boolean flush) {
      byte[] bytes = read(buffer, offset, length);
      if (pending.length > 0) {
        byte[] joined = Arrays.copyOf(pending, pending.length + bytes.length);
        System.arraycopy(bytes, 0, joined, pending.length, bytes.length);
        bytes = joined;
      }
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
      try {
        CoderResult result = decoder.decode(in, out, flush);
        if (result.isError()) {
          return fail();
        }
        if (flush) {
          result = decoder.flush(out);
          if (result.isError()) {
            return fail();
          }
          decoder.reset();
          pending = new byte[0];
        } else {
          pending = Arrays.copyOfRange(bytes, in.position(), bytes.length);
        }
      } catch (IllegalStateException | IllegalArgumentException e) {
        return fail();
      }
      out.flip();
      return out.toString();
    }

    /** Forgets any state (a new stream begins). */
    @HostAccess.Export
    public void reset() {
      decoder.reset();
      pending = new byte[0];
    }

    private String fail() {
      reset();
      return null;
    }
  }

  private static byte[] read(Value buffer, int offset, int length) {
    byte[] bytes = new byte[length];
    if (length > 0) {
      buffer.readBuffer(offset, bytes, 0, length);
    }
    return bytes;
  }
}
