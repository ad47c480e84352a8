package dev.cortado.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java half of {@code TextEncoder}/{@code TextDecoder} (js/55_encoding.js): UTF-8 for large
 * inputs, and the Encoding Standard's legacy encodings. Every decoder is the standard's algorithm;
 * its index (the byte-to-code-point table) is read from the JDK's closest charset and corrected
 * where the JDK differs from the standard. Every method returns {@code null}
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
   * iso-2022-jp, shift_jis, euc-kr), or null when the JDK lacks the charsets its index is read
   * from.
   */
  @HostAccess.Export
  public StreamDecoder newDecoder(String name, boolean fatal) {
    switch (name) {
      case "iso-2022-jp" -> {
        return Charset.isSupported("windows-31j") ? new Iso2022JpDecoder(fatal) : null;
      }
      case "shift_jis", "euc-jp", "euc-kr", "big5", "gbk", "gb18030" -> {
        // the charsets the indexes are read from (a trimmed JDK may lack jdk.charsets)
        boolean available = switch (name) {
          case "shift_jis" -> Charset.isSupported("windows-31j");
          case "euc-jp" -> Charset.isSupported("windows-31j") && Charset.isSupported("EUC-JP");
          case "euc-kr" -> Charset.isSupported("x-windows-949");
          case "big5" -> Charset.isSupported("Big5-HKSCS");
          default -> Charset.isSupported("GB18030");
        };
        return available ? new IndexedDecoder(name.equals("gbk") ? "gb18030" : name, fatal) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * One TextDecoder's state for a multi-byte encoding (JavaScript calls decode and reset): the
   * Encoding Standard's decode loop over a byte stream with a pushback ("prepend to stream"),
   * around each encoding's handler ({@link #step}).
   */
  public abstract static class StreamDecoder {
    /** The end-of-stream token given to {@link #step}. */
    static final int END = -1;
    /** What {@link #step} returns: a code point (>= 0), or one of these. */
    static final int CONTINUE = -1;
    static final int ERROR = -2;
    static final int FINISHED = -3;
    /** Two code points, packed in {@link #pair} as two chars (big5's four special pointers). */
    static final int TWO_CODE_POINTS = -4;

    private final boolean fatal;
    private final int[] pushback = new int[3];
    private int pushed;
    int pair;

    StreamDecoder(boolean fatal) {
      this.fatal = fatal;
    }

    /** The handler: consumes byte {@code b} (or {@link #END}) and says what it produced. */
    abstract int step(int b);

    /** Forgets the handler's own state. */
    abstract void resetState();

    /** Whether an ASCII byte here decodes to itself without the handler (a fast path). */
    boolean atSequenceBoundary() {
      return false;
    }

    /** Puts {@code value} back at the front of the stream, to be read again. */
    final void prepend(int value) {
      pushback[pushed++] = value;
    }

    /**
     * Decodes the next {@code length} bytes of {@code buffer}; {@code flush} ends the stream
     * (an unfinished sequence is an error) and resets the decoder. Null on an error when fatal.
     */
    @HostAccess.Export
    public final String decode(Value buffer, int offset, int length, boolean flush) {
      byte[] bytes = read(buffer, offset, length);
      StringBuilder out = new StringBuilder(length);
      int i = 0;
      while (true) {
        int b;
        if (pushed > 0) {
          b = pushback[--pushed];
        } else if (i < length) {
          b = bytes[i++] & 0xFF;
          if (b < 0x80 && atSequenceBoundary()) {
            out.append((char) b); // ASCII outside a sequence: the common case
            continue;
          }
        } else if (flush) {
          b = END;
        } else {
          return out.toString();
        }
        int result = step(b);
        if (result >= 0) {
          out.appendCodePoint(result);
        } else if (result == TWO_CODE_POINTS) {
          out.append((char) (pair >>> 16)).append((char) (pair & 0xFFFF));
        } else if (result == ERROR) {
          if (fatal) {
            reset();
            return null;
          }
          out.append('\uFFFD');
        } else if (result == FINISHED) {
          reset();
          return out.toString();
        }
      }
    }

    /** Forgets any state (a new stream begins). */
    @HostAccess.Export
    public final void reset() {
      pushed = 0;
      resetState();
    }
  }

  /** The standard's ISO-2022-JP decoder (a state machine over escape sequences). */
  public static final class Iso2022JpDecoder extends StreamDecoder {
    private static final int ASCII = 0;
    private static final int ROMAN = 1;
    private static final int KATAKANA = 2;
    private static final int LEAD_BYTE = 3;
    private static final int TRAIL_BYTE = 4;
    private static final int ESCAPE_START = 5;
    private static final int ESCAPE = 6;

    private int state = ASCII;
    private int outputState = ASCII;
    private int lead;
    private boolean outputFlag;

    Iso2022JpDecoder(boolean fatal) {
      super(fatal);
    }

    @Override
    void resetState() {
      state = ASCII;
      outputState = ASCII;
      lead = 0;
      outputFlag = false;
    }

    @Override
    int step(int b) {
      switch (state) {
        case ASCII, ROMAN -> {
          if (b == 0x1B) {
            state = ESCAPE_START;
            return -1;
          }
          if (b == END) {
            return -3;
          }
          outputFlag = false;
          if (b <= 0x7F && b != 0x0E && b != 0x0F) {
            if (state == ROMAN && b == 0x5C) {
              return 0xA5;
            }
            if (state == ROMAN && b == 0x7E) {
              return 0x203E;
            }
            return b;
          }
          return -2;
        }
        case KATAKANA -> {
          if (b == 0x1B) {
            state = ESCAPE_START;
            return -1;
          }
          if (b == END) {
            return -3;
          }
          outputFlag = false;
          return b >= 0x21 && b <= 0x5F ? 0xFF61 - 0x21 + b : -2;
        }
        case LEAD_BYTE -> {
          if (b == 0x1B) {
            state = ESCAPE_START;
            return -1;
          }
          if (b == END) {
            return -3;
          }
          outputFlag = false;
          if (b >= 0x21 && b <= 0x7E) {
            lead = b;
            state = TRAIL_BYTE;
            return -1;
          }
          return -2;
        }
        case TRAIL_BYTE -> {
          if (b == 0x1B) {
            state = ESCAPE_START;
            return -2;
          }
          state = LEAD_BYTE;
          if (b >= 0x21 && b <= 0x7E) {
            char c = jis0208((lead - 0x21) * 94 + b - 0x21);
            return c == UNMAPPED ? -2 : c;
          }
          if (b == END) {
            prepend(END);
          }
          return -2;
        }
        case ESCAPE_START -> {
          if (b == 0x24 || b == 0x28) {
            lead = b;
            state = ESCAPE;
            return -1;
          }
          prepend(b);
          outputFlag = false;
          state = outputState;
          return -2;
        }
        default -> { // ESCAPE
          int l = lead;
          lead = 0;
          int next = -1;
          if (l == 0x28 && b == 0x42) {
            next = ASCII;
          } else if (l == 0x28 && b == 0x4A) {
            next = ROMAN;
          } else if (l == 0x28 && b == 0x49) {
            next = KATAKANA;
          } else if (l == 0x24 && (b == 0x40 || b == 0x42)) {
            next = LEAD_BYTE;
          }
          if (next >= 0) {
            state = next;
            outputState = next;
            boolean output = outputFlag;
            outputFlag = true;
            return output ? -2 : -1;
          }
          prepend(b); // processed after the lead, which comes back first
          prepend(l);
          outputFlag = false;
          state = outputState;
          return -2;
        }
      }
    }
  }

  /**
   * The standard's decoders for shift_jis, euc-jp, euc-kr, big5 and gb18030 (which gbk shares),
   * over its indexes. The indexes are read from the JDK's charsets (windows-31j, EUC-JP,
   * x-windows-949, Big5-HKSCS, GB18030) and corrected where those differ from the standard.
   */
  public static final class IndexedDecoder extends StreamDecoder {
    private final String encoding;
    private int lead;
    private boolean jis0212;
    private int first;
    private int second;
    private int third;

    IndexedDecoder(String encoding, boolean fatal) {
      super(fatal);
      this.encoding = encoding;
    }

    @Override
    void resetState() {
      lead = 0;
      jis0212 = false;
      first = 0;
      second = 0;
      third = 0;
    }

    @Override
    boolean atSequenceBoundary() {
      return lead == 0 && first == 0;
    }

    @Override
    int step(int b) {
      return switch (encoding) {
        case "shift_jis" -> shiftJis(b);
        case "euc-jp" -> eucJp(b);
        case "euc-kr" -> eucKr(b);
        case "big5" -> big5(b);
        default -> gb18030(b);
      };
    }

    // After a lead byte whose pair maps to nothing: an ASCII byte is decoded again by itself.
    private int unmapped(int b) {
      if (b < 0x80) {
        prepend(b);
      }
      return ERROR;
    }

    private int shiftJis(int b) {
      if (b == END) {
        if (lead != 0) {
          lead = 0;
          return ERROR;
        }
        return FINISHED;
      }
      if (lead != 0) {
        int l = lead;
        lead = 0;
        int offset = b < 0x7F ? 0x40 : 0x41;
        int leadOffset = l < 0xA0 ? 0x81 : 0xC1;
        if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFC)) {
          int pointer = (l - leadOffset) * 188 + b - offset;
          if (pointer >= 8836 && pointer <= 10715) {
            return 0xE000 - 8836 + pointer;
          }
          int cp = lookup(jis0208Index(), pointer);
          if (cp >= 0) {
            return cp;
          }
        }
        return unmapped(b);
      }
      if (b < 0x80 || b == 0x80) {
        return b;
      }
      if (b >= 0xA1 && b <= 0xDF) {
        return 0xFF61 - 0xA1 + b;
      }
      if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
        lead = b;
        return CONTINUE;
      }
      return ERROR;
    }

    private int eucJp(int b) {
      if (b == END) {
        if (lead != 0) {
          lead = 0;
          jis0212 = false;
          return ERROR;
        }
        return FINISHED;
      }
      if (lead == 0x8E && b >= 0xA1 && b <= 0xDF) {
        lead = 0;
        return 0xFF61 - 0xA1 + b;
      }
      if (lead == 0x8F && b >= 0xA1 && b <= 0xFE) {
        jis0212 = true;
        lead = b;
        return CONTINUE;
      }
      if (lead != 0) {
        int l = lead;
        lead = 0;
        int cp = -1;
        if (l >= 0xA1 && l <= 0xFE && b >= 0xA1 && b <= 0xFE) {
          int pointer = (l - 0xA1) * 94 + b - 0xA1;
          cp = lookup(jis0212 ? jis0212Index() : jis0208Index(), pointer);
        }
        jis0212 = false;
        return cp >= 0 ? cp : unmapped(b);
      }
      if (b < 0x80) {
        return b;
      }
      if (b == 0x8E || b == 0x8F || (b >= 0xA1 && b <= 0xFE)) {
        lead = b;
        return CONTINUE;
      }
      return ERROR;
    }

    private int eucKr(int b) {
      if (b == END) {
        if (lead != 0) {
          lead = 0;
          return ERROR;
        }
        return FINISHED;
      }
      if (lead != 0) {
        int l = lead;
        lead = 0;
        if (b >= 0x41 && b <= 0xFE) {
          int cp = lookup(eucKrIndex(), (l - 0x81) * 190 + (b - 0x41));
          if (cp >= 0) {
            return cp;
          }
        }
        return unmapped(b);
      }
      if (b < 0x80) {
        return b;
      }
      if (b >= 0x81 && b <= 0xFE) {
        lead = b;
        return CONTINUE;
      }
      return ERROR;
    }

    private int big5(int b) {
      if (b == END) {
        if (lead != 0) {
          lead = 0;
          return ERROR;
        }
        return FINISHED;
      }
      if (lead != 0) {
        int l = lead;
        lead = 0;
        int offset = b < 0x7F ? 0x40 : 0x62;
        if ((b >= 0x40 && b <= 0x7E) || (b >= 0xA1 && b <= 0xFE)) {
          int pointer = (l - 0x81) * 157 + (b - offset);
          switch (pointer) {
            case 1133 -> pair = 0x00CA0304;
            case 1135 -> pair = 0x00CA030C;
            case 1164 -> pair = 0x00EA0304;
            case 1166 -> pair = 0x00EA030C;
            default -> pair = 0;
          }
          if (pair != 0) {
            return TWO_CODE_POINTS;
          }
          int cp = lookup(big5Index(), pointer);
          if (cp >= 0) {
            return cp;
          }
        }
        return unmapped(b);
      }
      if (b < 0x80) {
        return b;
      }
      if (b >= 0x81 && b <= 0xFE) {
        lead = b;
        return CONTINUE;
      }
      return ERROR;
    }

    private int gb18030(int b) {
      if (b == END) {
        if (first == 0 && second == 0 && third == 0) {
          return FINISHED;
        }
        first = 0;
        second = 0;
        third = 0;
        return ERROR;
      }
      if (third != 0) {
        if (b < 0x30 || b > 0x39) {
          prepend(b);
          prepend(third);
          prepend(second);
          first = 0;
          second = 0;
          third = 0;
          return ERROR;
        }
        int pointer = (first - 0x81) * (10 * 126 * 10) + (second - 0x30) * (10 * 126)
            + (third - 0x81) * 10 + b - 0x30;
        first = 0;
        second = 0;
        third = 0;
        int cp = gb18030Ranges(pointer);
        return cp >= 0 ? cp : ERROR;
      }
      if (second != 0) {
        if (b >= 0x81 && b <= 0xFE) {
          third = b;
          return CONTINUE;
        }
        prepend(b);
        prepend(second);
        first = 0;
        second = 0;
        return ERROR;
      }
      if (first != 0) {
        if (b >= 0x30 && b <= 0x39) {
          second = b;
          return CONTINUE;
        }
        int l = first;
        first = 0;
        int offset = b < 0x7F ? 0x40 : 0x41;
        if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
          int cp = lookup(gb18030Index(), (l - 0x81) * 190 + (b - offset));
          if (cp >= 0) {
            return cp;
          }
        }
        return unmapped(b);
      }
      if (b < 0x80) {
        return b;
      }
      if (b == 0x80) {
        return 0x20AC;
      }
      if (b >= 0x81 && b <= 0xFE) {
        first = b;
        return CONTINUE;
      }
      return ERROR;
    }
  }

  private static int lookup(int[] index, int pointer) {
    return pointer >= 0 && pointer < index.length ? index[pointer] : -1;
  }

  /** Decodes {@code bytes} with {@code charset}: one code point, or -1. */
  private static int decodeOne(Charset charset, byte[] bytes) {
    try {
      String decoded = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return decoded.codePointCount(0, decoded.length()) == 1 ? decoded.codePointAt(0) : -1;
    } catch (CharacterCodingException e) {
      return -1;
    }
  }

  private static volatile int[] jis0208Full;
  private static volatile int[] jis0212Table;
  private static volatile int[] eucKrTable;
  private static volatile int[] big5Table;
  private static volatile int[] gb18030Table;
  private static volatile int[] gb18030FourByte;

  /**
   * jis0208, every pointer: the JDK's windows-31j agrees with the standard on all of them (the
   * pointers of Shift_JIS's user-defined area, 8836..10715, are not in the index).
   */
  static int[] jis0208Index() {
    int[] table = jis0208Full;
    if (table == null) {
      Charset windows31j = Charset.forName("windows-31j");
      table = new int[11104];
      for (int p = 0; p < table.length; p++) {
        int lead = p / 188;
        int trail = p % 188;
        table[p] = p >= 8836 && p <= 10715 ? -1 : decodeOne(windows31j, new byte[] {
            (byte) (lead < 0x1F ? lead + 0x81 : lead + 0xC1),
            (byte) (trail < 0x3F ? trail + 0x40 : trail + 0x41)});
      }
      jis0208Full = table;
    }
    return table;
  }

  /** jis0212 (the JDK's EUC-JP three-byte sequences agree with the standard). */
  static int[] jis0212Index() {
    int[] table = jis0212Table;
    if (table == null) {
      Charset eucJp = Charset.forName("EUC-JP");
      table = new int[94 * 94];
      for (int p = 0; p < table.length; p++) {
        table[p] = decodeOne(eucJp, new byte[] {(byte) 0x8F, (byte) (p / 94 + 0xA1), (byte) (p % 94 + 0xA1)});
      }
      jis0212Table = table;
    }
    return table;
  }

  /** euc-kr: the JDK's x-windows-949 without its private-use additions. */
  static int[] eucKrIndex() {
    int[] table = eucKrTable;
    if (table == null) {
      Charset windows949 = Charset.forName("x-windows-949");
      table = new int[126 * 190];
      for (int p = 0; p < table.length; p++) {
        int l = p / 190 + 0x81;
        int t = p % 190 + 0x41;
        int cp = l > 0xFE || t > 0xFE ? -1 : decodeOne(windows949, new byte[] {(byte) l, (byte) t});
        table[p] = cp >= 0xE000 && cp <= 0xF8FF ? -1 : cp;
      }
      eucKrTable = table;
    }
    return table;
  }

  /** Where the JDK's Big5-HKSCS differs from the standard's big5 index: pointer, code point. */
  private static final int[] BIG5_CORRECTIONS = {
      2082, 0x7BB8, 2088, 0x7C06, 2103, 0x7CCE, 2114, 0x7DD2, 2123, 0x7E1D, 2148, 0x8005,
      2151, 0x8028, 2221, 0x83C1, 2239, 0x84A8, 2244, 0x840F, 2303, 0x89A6, 2304, 0x89A9,
      2354, 0x8D77, 2400, 0x90FD, 2413, 0x92B9, 2477, 0x975C, 2498, 0x97FF, 2605, 0x9F16,
      2673, 0x8503, 2746, 0x5159, 2747, 0x515B, 2748, 0x515D, 2749, 0x515E, 2771, 0x936E,
      2780, 0x7479, 2990, 0x6D67, 3087, 0x799B, 3259, 0x9097, 3301, 0x975D, 3436, 0x701E,
      3451, 0x5B28, 4136, 0x7201, 4138, 0x77D7, 4141, 0x7E87, 4182, 0x99D6, 4206, 0x91D4,
      4220, 0x60DE, 4230, 0x6FB6, 4241, 0x8F36, 4258, 0x4FBB, 4273, 0x71DF, 4279, 0x9104,
      4282, 0x9DF0, 4294, 0x83CF, 4329, 0x5C10, 4330, 0x79E3, 4349, 0x5A67, 4419, 0x8F0B,
      4422, 0x7B51, 4494, 0x62D0, 4624, 0x6062, 4694, 0x75F9, 4708, 0x6C4A, 4742, 0x9B2E,
      4748, 0x9F17, 4815, 0x50ED, 4828, 0x5F0C, 4902, 0x880F, 4922, 0x62CE, 4982, 0x7468,
      4992, 0x7162, 4997, 0x7250, 5029, 0x2027, 5038, 0xFE51, 5050, 0x2574, 5120, 0xAF,
      5121, 0xFFE3, 5123, 0x2CD, 5153, 0xFF5E, 5168, 0x2295, 5169, 0x2299, 5180, 0xFF0F,
      5181, 0xFF3C, 5182, 0x2215, 5183, 0xFE68, 5185, 0xFFE5, 5187, 0xFFE0, 5188, 0xFFE1,
      5432, 0x2400, 5433, 0x2401, 5434, 0x2402, 5435, 0x2403, 5436, 0x2404, 5437, 0x2405,
      5438, 0x2406, 5439, 0x2407, 5440, 0x2408, 5441, 0x2409, 5442, 0x240A, 5443, 0x240B,
      5444, 0x240C, 5445, 0x240D, 5446, 0x240E, 5447, 0x240F, 5448, 0x2410, 5449, 0x2411,
      5450, 0x2412, 5451, 0x2413, 5452, 0x2414, 5453, 0x2415, 5454, 0x2416, 5455, 0x2417,
      5456, 0x2418, 5457, 0x2419, 5458, 0x241A, 5459, 0x241B, 5460, 0x241C, 5461, 0x241D,
      5462, 0x241E, 5463, 0x241F, 5464, 0x2421, 5465, 0x20AC, 10942, 0x5EF4, 10946, 0x65E0,
      10948, 0x7676, 10950, 0x96B6, 10957, 0x3003, 10958, 0x4EDD, 19028, 0x5029, 19035, 0x507D,
      19088, 0x5305, 19096, 0x5344, 19112, 0x537F, 19162, 0x5605, 19240, 0x5A77, 19299, 0x5E75,
      19305, 0x5ED0, 19326, 0x5F58, 19355, 0x60A4, 19398, 0x6490, 19439, 0x6674, 19454, 0x675E,
      19553, 0x6C9C, 19554, 0x6E1D, 19557, 0x6E2F, 19611, 0x716E, 19643, 0x732A, 19672, 0x745C,
      19697, 0x74E9, 19748, 0x7809
  };

  /** big5: the JDK's Big5-HKSCS, corrected. */
  static int[] big5Index() {
    int[] table = big5Table;
    if (table == null) {
      Charset big5 = Charset.forName("Big5-HKSCS");
      table = new int[126 * 157];
      for (int p = 0; p < table.length; p++) {
        int t = p % 157;
        table[p] = decodeOne(big5, new byte[] {(byte) (p / 157 + 0x81), (byte) (t < 0x3F ? t + 0x40 : t + 0x62)});
      }
      for (int i = 0; i < BIG5_CORRECTIONS.length; i += 2) {
        table[BIG5_CORRECTIONS[i]] = BIG5_CORRECTIONS[i + 1];
      }
      big5Table = table;
    }
    return table;
  }

  /** gb18030's two-byte index: the JDK's GB18030, but 0xA3A0 is U+3000. */
  static int[] gb18030Index() {
    int[] table = gb18030Table;
    if (table == null) {
      Charset gb18030 = Charset.forName("GB18030");
      table = new int[126 * 190];
      for (int p = 0; p < table.length; p++) {
        int t = p % 190;
        table[p] = decodeOne(gb18030, new byte[] {(byte) (p / 190 + 0x81), (byte) (t < 0x3F ? t + 0x40 : t + 0x41)});
      }
      table[6555] = 0x3000;
      gb18030Table = table;
    }
    return table;
  }

  /**
   * The standard's "index gb18030 ranges code point": the JDK's four-byte GB18030 for the BMP,
   * with the 18 code points GB18030-2022 moved out of the private-use area.
   */
  static int gb18030Ranges(int pointer) {
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575 || pointer < 0) {
      return -1;
    }
    if (pointer >= 189000) {
      return 0x10000 + pointer - 189000;
    }
    if (pointer == 7457) {
      return 0xE7C7;
    }
    if (pointer >= 19057 && pointer <= 19064) {
      return 0x9FB4 + pointer - 19057;
    }
    if (pointer >= 39076 && pointer <= 39085) {
      return 0xFE10 + pointer - 39076;
    }
    int[] table = gb18030FourByte;
    if (table == null) {
      Charset gb18030 = Charset.forName("GB18030");
      table = new int[39420];
      for (int p = 0; p < table.length; p++) {
        int rest = p % 12600;
        table[p] = decodeOne(gb18030, new byte[] {(byte) (p / 12600 + 0x81), (byte) (rest / 1260 + 0x30),
            (byte) (rest % 1260 / 10 + 0x81), (byte) (rest % 10 + 0x30)});
      }
      gb18030FourByte = table;
    }
    return table[pointer];
  }

  /** The standard's jis0208 index at {@code pointer}, or {@link #UNMAPPED}. */
  static char jis0208(int pointer) {
    int cp = lookup(jis0208Index(), pointer);
    return cp < 0 ? UNMAPPED : (char) cp;
  }

  private static byte[] read(Value buffer, int offset, int length) {
    byte[] bytes = new byte[length];
    if (length > 0) {
      buffer.readBuffer(offset, bytes, 0, length);
    }
    return bytes;
  }
}
