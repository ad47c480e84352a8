package dev.cortado.node;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Node's hex encoding, both ways, between a String and a byte[]. Any thread (no state).
 *
 * <p>Written for the daemon's C1-only JIT: four bytes (eight digits) per step, read and written as
 * one little-endian {@code int} and {@code long}, with one table lookup per byte.
 */
final class HexCodec {
  private HexCodec() {}

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The byte of a pair of hex digits, indexed by the pair's low bytes as a little-endian short
   * ({@code second << 8 | first}); -1 when either is not a hex digit.
   */
  private static final short[] BYTE_OF_PAIR = new short[1 << 16];

  /** A byte's two lowercase digits as a little-endian short (the first digit low). */
  private static final short[] DIGITS_OF_BYTE = new short[256];

  static {
    Arrays.fill(BYTE_OF_PAIR, (short) -1);
    String digits = "0123456789abcdefABCDEF";
    for (int i = 0; i < digits.length(); i++) {
      for (int j = 0; j < digits.length(); j++) {
        char first = digits.charAt(i);
        char second = digits.charAt(j);
        BYTE_OF_PAIR[second << 8 | first] =
            (short) (Character.digit(first, 16) << 4 | Character.digit(second, 16));
      }
    }
    String lower = "0123456789abcdef";
    for (int b = 0; b < 256; b++) {
      DIGITS_OF_BYTE[b] = (short) (lower.charAt(b >> 4) | lower.charAt(b & 0xF) << 8);
    }
  }

  /** Long strings are read through a window of this many low bytes (even) rather than one copy. */
  private static final int WINDOW = 32 * 1024;

  /** Lowercase hex of {@code length} bytes of {@code a} from {@code from}, as ASCII bytes. */
  static byte[] encode(byte[] a, int from, int length) {
    byte[] out = new byte[2 * length];
    int i = from;
    int o = 0;
    int end = from + length;
    for (int last = end - 4; i <= last; i += 4) {
      int w = (int) INT_LE.get(a, i);
      LONG_LE.set(out, o, DIGITS_OF_BYTE[w & 0xFF] & 0xFFFFL
          | (DIGITS_OF_BYTE[(w >>> 8) & 0xFF] & 0xFFFFL) << 16
          | (DIGITS_OF_BYTE[(w >>> 16) & 0xFF] & 0xFFFFL) << 32
          | (long) DIGITS_OF_BYTE[w >>> 24] << 48);
      o += 8;
    }
    for (; i < end; i++) {
      int digits = DIGITS_OF_BYTE[a[i] & 0xFF];
      out[o++] = (byte) digits;
      out[o++] = (byte) (digits >> 8);
    }
    return out;
  }

  /**
   * Decodes pairs of hex digits of {@code s} into {@code out} from {@code at}, at most
   * {@code max} bytes, until the first pair that is not one (Node stops there); an odd last digit
   * is ignored; characters above U+00FF read by their low byte. Returns the bytes written.
   */
  static int decode(String s, byte[] out, int at, int max) {
    int pairs = Math.min(s.length() / 2, max);
    byte[] text = new byte[Math.min(2 * pairs, WINDOW)];
    int o = at;
    for (int done = 0; done < pairs; ) {
      int chunk = Math.min(pairs - done, WINDOW / 2);
      Base64Codec.lowBytes(s, 2 * done, 2 * (done + chunk), text);
      int i = 0;
      for (int last = 2 * chunk - 8; i <= last; i += 8) {
        long w = (long) LONG_LE.get(text, i);
        int b0 = BYTE_OF_PAIR[(int) w & 0xFFFF];
        int b1 = BYTE_OF_PAIR[(int) (w >>> 16) & 0xFFFF];
        int b2 = BYTE_OF_PAIR[(int) (w >>> 32) & 0xFFFF];
        int b3 = BYTE_OF_PAIR[(int) (w >>> 48)];
        if ((b0 | b1 | b2 | b3) < 0) {
          break;
        }
        INT_LE.set(out, o, b0 | b1 << 8 | b2 << 16 | b3 << 24);
        o += 4;
      }
      for (; i < 2 * chunk; i += 2) {
        int value = BYTE_OF_PAIR[(text[i + 1] & 0xFF) << 8 | (text[i] & 0xFF)];
        if (value < 0) {
          return o - at;
        }
        out[o++] = (byte) value;
      }
      done += chunk;
    }
    return o - at;
  }
}
