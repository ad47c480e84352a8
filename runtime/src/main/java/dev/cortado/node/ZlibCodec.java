package dev.cortado.node;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.aayushatharva.brotli4j.encoder.EncoderJNI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One compression or decompression in progress, for node:zlib (js/77_zlib.js): deflate and
 * inflate in the zlib, raw and gzip formats (the JDK's zlib, so the bytes are zlib's own), gunzip
 * of concatenated members, automatic zlib/gzip detection (unzip), and brotli through brotli4j.
 * {@link #write} takes a chunk and returns what it produced; {@code finish} ends the stream. A
 * codec is confined to one thread at a time (the loop thread, or the virtual thread of an async
 * one-shot call).
 */
public abstract sealed class ZlibCodec {
  /** A failure as zlib reports it: Node's {@code code} and {@code errno}, and zlib's message. */
  public static final class ZlibError extends Exception {
    final String code;
    final int errno;

    ZlibError(String code, int errno, String message) {
      super(message, null, false, false);
      this.code = code;
      this.errno = errno;
    }

    /** "code|errno|message", as js/77_zlib.js turns it into Node's error. */
    String describe() {
      return code + "|" + errno + "|" + getMessage();
    }
  }

  /** Compresses or decompresses {@code input[offset, offset+length)}; finish ends the stream. */
  public abstract byte[] write(byte[] input, int offset, int length, boolean finish) throws ZlibError;

  /** Releases native memory. Idempotent. */
  public abstract void close();

  /**
   * A failure found after the output the last {@link #write} returned, which that output must
   * still reach the reader before (DecompressionStream's data after the end); taken once.
   */
  public ZlibError takeLateError() {
    return null;
  }

  /**
   * Makes a codec; mode as Node's class names: Deflate, Inflate, Gzip, Gunzip, DeflateRaw,
   * InflateRaw, Unzip, BrotliCompress, BrotliDecompress; or InflateStrict, InflateRawStrict,
   * GunzipStrict for the Compression Streams standard's DecompressionStream, which refuses any byte
   * after the end of the compressed data (one gzip member only).
   */
  public static ZlibCodec create(String mode, int level, int strategy, int brotliQuality, int brotliWindow,
      int brotliMode) throws ZlibError {
    return switch (mode) {
      case "Deflate" -> new Deflating(level, strategy, Format.ZLIB);
      case "DeflateRaw" -> new Deflating(level, strategy, Format.RAW);
      case "Gzip" -> new Deflating(level, strategy, Format.GZIP);
      case "Inflate" -> new Inflating(Format.ZLIB, false);
      case "InflateRaw" -> new Inflating(Format.RAW, false);
      case "Gunzip" -> new Inflating(Format.GZIP, false);
      case "Unzip" -> new Inflating(Format.AUTO, false);
      case "InflateStrict" -> new Inflating(Format.ZLIB, true);
      case "InflateRawStrict" -> new Inflating(Format.RAW, true);
      case "GunzipStrict" -> new Inflating(Format.GZIP, true);
      case "BrotliCompress" -> new BrotliEncoding(brotliQuality, brotliWindow, brotliMode);
      case "BrotliDecompress" -> new BrotliDecoding();
      default -> throw new IllegalArgumentException("no zlib mode " + mode);
    };
  }

  enum Format { ZLIB, RAW, GZIP, AUTO }

  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

  /** Deflate, DeflateRaw and Gzip. */
  static final class Deflating extends ZlibCodec {
    private final Deflater deflater;
    private final Format format;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean headerWritten;
    private final byte[] buffer = new byte[64 * 1024];

    Deflating(int level, int strategy, Format format) {
      this.format = format;
      this.deflater = new Deflater(level, format != Format.ZLIB);
      deflater.setStrategy(strategy);
    }

    @Override
    public byte[] write(byte[] input, int offset, int length, boolean finish) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 2));
      if (format == Format.GZIP && !headerWritten) {
        out.writeBytes(GZIP_HEADER);
        headerWritten = true;
      }
      if (format == Format.GZIP) {
        crc.update(input, offset, length);
        size += length;
      }
      deflater.setInput(input, offset, length);
      if (finish) {
        deflater.finish();
      }
      while (true) {
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
        out.write(buffer, 0, n);
        if (finish ? deflater.finished() : deflater.needsInput() && n < buffer.length) {
          break;
        }
      }
      if (finish && format == Format.GZIP) {
        int value = (int) crc.getValue();
        int bytes = (int) size;
        out.write(new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24),
            (byte) bytes, (byte) (bytes >> 8), (byte) (bytes >> 16), (byte) (bytes >> 24)}, 0, 8);
      }
      return out.toByteArray();
    }

    @Override
    public void close() {
      deflater.end();
    }
  }

  /** Inflate, InflateRaw, Gunzip (concatenated members) and Unzip (zlib or gzip, by the header). */
  static final class Inflating extends ZlibCodec {
    private Format format;
    private Inflater inflater;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // header or trailer bytes
    private final CRC32 crc = new CRC32();
    private long size;
    private State state = State.HEADER;
    private final byte[] buffer = new byte[64 * 1024];
    private boolean sawMember;
    private final boolean strict;
    private ZlibError lateError;

    private enum State { HEADER, BODY, TRAILER, DONE }

    Inflating(Format format, boolean strict) {
      this.format = format;
      this.strict = strict;
      if (format == Format.ZLIB || format == Format.RAW) {
        inflater = new Inflater(format == Format.RAW);
        state = State.BODY;
      }
    }

    @Override
    public byte[] write(byte[] input, int offset, int length, boolean finish) throws ZlibError {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length * 2));
      byte[] data = input;
      int at = offset;
      int end = offset + length;
      while (true) {
        switch (state) {
          case HEADER -> {
            pending.write(data, at, end - at);
            at = end;
            byte[] head = pending.toByteArray();
            if (format == Format.AUTO && head.length >= 2) {
              format = (head[0] == 0x1f && (head[1] & 0xff) == 0x8b) ? Format.GZIP : Format.ZLIB;
              if (format == Format.ZLIB) {
                inflater = new Inflater(false);
                state = State.BODY;
                pending.reset();
                data = head;
                at = 0;
                end = head.length;
                continue;
              }
            }
            int headerLength = format == Format.GZIP ? gzipHeaderLength(head) : -1;
            if (headerLength < 0) {
              if (finish && !(sawMember && head.length == 0)) {
                throw new ZlibError("Z_BUF_ERROR", -5, "unexpected end of file");
              }
              return out.toByteArray();
            }
            inflater = new Inflater(true);
            crc.reset();
            size = 0;
            pending.reset();
            state = State.BODY;
            data = head;
            at = headerLength;
            end = head.length;
          }
          case BODY -> {
            inflater.setInput(data, at, end - at);
            try {
              while (true) {
                int n = inflater.inflate(buffer);
                if (n > 0) {
                  out.write(buffer, 0, n);
                  if (format == Format.GZIP) {
                    crc.update(buffer, 0, n);
                    size += n;
                  }
                }
                if (inflater.finished() || n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                  break;
                }
              }
            } catch (DataFormatException e) {
              throw new ZlibError("Z_DATA_ERROR", -3, e.getMessage() != null ? e.getMessage() : "invalid data");
            }
            if (inflater.needsDictionary()) {
              throw new ZlibError("Z_NEED_DICT", 2, "Missing dictionary");
            }
            if (!inflater.finished()) {
              if (finish) {
                throw new ZlibError("Z_BUF_ERROR", -5, "unexpected end of file");
              }
              return out.toByteArray();
            }
            int rest = inflater.getRemaining();
            at = end - rest;
            if (strict && rest > 0 && format != Format.GZIP) {
              return refuseTheRest(out);
            }
            inflater.end();
            inflater = null;
            if (format == Format.GZIP) {
              state = State.TRAILER;
            } else {
              state = State.DONE;
            }
          }
          case TRAILER -> {
            pending.write(data, at, end - at);
            at = end;
            byte[] tail = pending.toByteArray();
            if (tail.length < 8) {
              if (finish) {
                throw new ZlibError("Z_BUF_ERROR", -5, "unexpected end of file");
              }
              return out.toByteArray();
            }
            long expectedCrc = (tail[0] & 0xffL) | (tail[1] & 0xffL) << 8 | (tail[2] & 0xffL) << 16 | (tail[3] & 0xffL) << 24;
            long expectedSize = (tail[4] & 0xffL) | (tail[5] & 0xffL) << 8 | (tail[6] & 0xffL) << 16 | (tail[7] & 0xffL) << 24;
            if (expectedCrc != crc.getValue()) {
              throw new ZlibError("Z_DATA_ERROR", -3, "incorrect data check");
            }
            if (expectedSize != (size & 0xffffffffL)) {
              throw new ZlibError("Z_DATA_ERROR", -3, "incorrect length check");
            }
            pending.reset();
            sawMember = true;
            if (strict) {
              if (tail.length > 8) {
                return refuseTheRest(out);
              }
              state = State.DONE;
              continue;
            }
            // another gzip member may follow (concatenated files); anything else ends the stream
            if (tail.length > 8 && tail.length >= 10 && (tail[8] & 0xff) == 0x1f && (tail[9] & 0xff) == 0x8b) {
              state = State.HEADER;
              data = tail;
              at = 8;
              end = tail.length;
            } else if (tail.length > 8 && tail.length < 10 && (tail[8] & 0xff) == 0x1f) {
              state = State.HEADER;
              data = tail;
              at = 8;
              end = tail.length;
            } else {
              state = State.DONE;
            }
          }
          case DONE -> {
            if (strict && at < end) {
              return refuseTheRest(out);
            }
            return out.toByteArray();
          }
        }
      }
    }

    /** Strict mode met bytes after the end: the output so far, then the error. */
    private byte[] refuseTheRest(ByteArrayOutputStream out) {
      lateError = new ZlibError("ERR_TRAILING_JUNK_AFTER_STREAM_END", -3, "Junk found after end of compressed data");
      state = State.DONE;
      return out.toByteArray();
    }

    @Override
    public ZlibError takeLateError() {
      ZlibError error = lateError;
      lateError = null;
      return error;
    }

    /** The gzip header's length once it is complete, -1 while more bytes are needed. */
    private static int gzipHeaderLength(byte[] h) throws ZlibError {
      if (h.length < 10) {
        if (h.length >= 1 && (h[0] & 0xff) != 0x1f || h.length >= 2 && (h[1] & 0xff) != 0x8b) {
          throw new ZlibError("Z_DATA_ERROR", -3, "incorrect header check");
        }
        return -1;
      }
      if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b) {
        throw new ZlibError("Z_DATA_ERROR", -3, "incorrect header check");
      }
      if (h[2] != 8) {
        throw new ZlibError("Z_DATA_ERROR", -3, "unknown compression method");
      }
      int flags = h[3] & 0xff;
      int at = 10;
      if ((flags & 4) != 0) { // FEXTRA
        if (h.length < at + 2) {
          return -1;
        }
        at += 2 + ((h[at] & 0xff) | (h[at + 1] & 0xff) << 8);
      }
      for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
        if ((flags & bit) != 0) {
          while (at < h.length && h[at] != 0) {
            at++;
          }
          if (at >= h.length) {
            return -1;
          }
          at++;
        }
      }
      if ((flags & 2) != 0) { // FHCRC
        at += 2;
      }
      return at <= h.length ? at : -1;
    }

    @Override
    public void close() {
      if (inflater != null) {
        inflater.end();
      }
    }
  }

  /** Appends what a brotli wrapper's output buffer holds. */
  private static void copyOut(ByteBuffer chunk, ByteArrayOutputStream out) {
    byte[] bytes = new byte[chunk.remaining()];
    chunk.get(bytes);
    out.writeBytes(bytes);
  }

  private static void loadBrotli() throws ZlibError {
    try {
      Brotli4jLoader.ensureAvailability();
    } catch (Throwable t) {
      throw new ZlibError("ERR_ZLIB_INITIALIZATION_FAILED", -1, "Initialization failed (brotli: "
          + t.getMessage() + ")");
    }
  }

  /** BrotliCompress, through brotli4j's streaming encoder. */
  static final class BrotliEncoding extends ZlibCodec {
    private final EncoderJNI.Wrapper encoder;

    BrotliEncoding(int quality, int window, int mode) throws ZlibError {
      loadBrotli();
      try {
        Encoder.Mode encoderMode = switch (mode) {
          case 1 -> Encoder.Mode.TEXT;
          case 2 -> Encoder.Mode.FONT;
          default -> Encoder.Mode.GENERIC;
        };
        encoder = new EncoderJNI.Wrapper(64 * 1024, quality, window, encoderMode);
      } catch (IOException e) {
        throw new ZlibError("ERR_ZLIB_INITIALIZATION_FAILED", -1, "Initialization failed");
      }
    }

    @Override
    public byte[] write(byte[] input, int offset, int length, boolean finish) throws ZlibError {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 2));
      int at = offset;
      int end = offset + length;
      while (at < end) {
        ByteBuffer in = encoder.getInputBuffer();
        in.clear();
        int n = Math.min(in.remaining(), end - at);
        in.put(input, at, n);
        at += n;
        encoder.push(EncoderJNI.Operation.PROCESS, n);
        drain(out);
      }
      if (finish) {
        encoder.push(EncoderJNI.Operation.FINISH, 0);
        drain(out);
        while (!encoder.isFinished()) {
          encoder.push(EncoderJNI.Operation.FINISH, 0);
          drain(out);
        }
      }
      return out.toByteArray();
    }

    private void drain(ByteArrayOutputStream out) throws ZlibError {
      if (!encoder.isSuccess()) {
        throw new ZlibError("ERR_BROTLI_COMPRESSION_FAILED", -1, "Compression failed");
      }
      while (encoder.hasMoreOutput()) {
        copyOut(encoder.pull(), out);
      }
      while (encoder.hasRemainingInput()) {
        encoder.push(EncoderJNI.Operation.PROCESS, 0);
        while (encoder.hasMoreOutput()) {
          copyOut(encoder.pull(), out);
        }
      }
    }

    @Override
    public void close() {
      encoder.destroy();
    }
  }

  /** BrotliDecompress, through brotli4j's streaming decoder. */
  static final class BrotliDecoding extends ZlibCodec {
    private final DecoderJNI.Wrapper decoder;
    private boolean done;

    BrotliDecoding() throws ZlibError {
      loadBrotli();
      try {
        decoder = new DecoderJNI.Wrapper(64 * 1024);
      } catch (IOException e) {
        throw new ZlibError("ERR_ZLIB_INITIALIZATION_FAILED", -1, "Initialization failed");
      }
    }

    @Override
    public byte[] write(byte[] input, int offset, int length, boolean finish) throws ZlibError {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length * 2));
      int at = offset;
      int end = offset + length;
      while (!done && (at < end || decoder.getStatus() == DecoderJNI.Status.NEEDS_MORE_OUTPUT)) {
        DecoderJNI.Status status = decoder.getStatus();
        if (status == DecoderJNI.Status.NEEDS_MORE_OUTPUT || status == DecoderJNI.Status.OK && decoder.hasOutput()) {
          copyOut(decoder.pull(), out);
          continue;
        }
        ByteBuffer in = decoder.getInputBuffer();
        in.clear();
        int n = Math.min(in.remaining(), end - at);
        in.put(input, at, n);
        at += n;
        decoder.push(n);
        status = decoder.getStatus();
        if (status == DecoderJNI.Status.ERROR) {
          throw new ZlibError("ERR__ERROR_FORMAT_PADDING_1", -1, "Decompression failed");
        }
        while (decoder.hasOutput()) {
          copyOut(decoder.pull(), out);
        }
        if (decoder.getStatus() == DecoderJNI.Status.DONE) {
          done = true;
        }
      }
      if (finish && !done) {
        throw new ZlibError("Z_BUF_ERROR", -5, "unexpected end of file");
      }
      return out.toByteArray();
    }

    @Override
    public void close() {
      decoder.destroy();
    }
  }
}
