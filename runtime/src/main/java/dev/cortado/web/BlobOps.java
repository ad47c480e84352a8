package dev.cortado.web;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code Blob} and {@code File} ({@code host.blob}): builds {@link BlobData}
 * out of strings, buffers and other Blobs, slices it without copying, and reads it into
 * ArrayBuffers or strings. Methods that touch a JavaScript buffer run on the thread that owns it
 * (the loop thread); {@link BlobData} itself may be shared between threads.
 */
public final class BlobOps {
  /** Above this many copied bytes, a new Blob's bytes go to a temporary file. */
  static final long DEFAULT_FILE_THRESHOLD = 64L * 1024 * 1024;

  private static long fileThreshold() {
    return Long.getLong("cortado.blob.fileThreshold", DEFAULT_FILE_THRESHOLD);
  }

  @HostAccess.Export
  public BlobData empty() {
    return BlobData.EMPTY;
  }

  @HostAccess.Export
  public BlobData.Builder builder() {
    return new BlobData.Builder(fileThreshold());
  }

  /**
   * Appends a string UTF-8 encoded (lone surrogates become U+FFFD, as USVString conversion
   * does), with every CR, LF and CRLF turned into "\n" when {@code nativeEndings} (the line
   * ending of this platform family; Cortado runs on Unix-likes and Windows alike with "\n"
   * except on Windows). False when the bytes could not be stored.
   */
  @HostAccess.Export
  public boolean addString(BlobData.Builder builder, String text, boolean nativeEndings) {
    if (nativeEndings) {
      text = nativeLineEndings(text);
    }
    byte[] bytes = utf8(text);
    return add(builder, bytes, 0, bytes.length);
  }

  /** Appends a copy of {@code length} bytes at {@code offset} of an ArrayBuffer. */
  @HostAccess.Export
  public boolean addBytes(BlobData.Builder builder, Value arrayBuffer, int offset, int length) {
    if (length == 0) {
      return true;
    }
    ByteBuffer backing = Buffers.backing(arrayBuffer);
    if (backing != null && backing.hasArray()) {
      return add(builder, backing.array(), backing.arrayOffset() + offset, length);
    }
    byte[] copy = new byte[length];
    Buffers.read(arrayBuffer, offset, copy, 0, length);
    return add(builder, copy, 0, length);
  }

  private static boolean add(BlobData.Builder builder, byte[] bytes, int offset, int length) {
    try {
      builder.add(bytes, offset, length);
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** Appends another Blob's bytes (shared, not copied). */
  @HostAccess.Export
  public void addBlob(BlobData.Builder builder, BlobData data) {
    data.appendTo(builder);
  }

  @HostAccess.Export
  public BlobData build(BlobData.Builder builder) {
    return builder.build();
  }

  @HostAccess.Export
  public double size(BlobData data) {
    return data.size();
  }

  /** The bytes {@code [start, end)} (already clamped by the caller), sharing {@code data}. */
  @HostAccess.Export
  public BlobData slice(BlobData data, double start, double end) {
    return data.slice((long) start, (long) end);
  }

  /**
   * Copies {@code length} bytes from {@code position} into the start of {@code arrayBuffer}.
   * False when they could not be read (a temporary file went missing).
   */
  @HostAccess.Export
  public boolean readInto(BlobData data, double position, Value arrayBuffer, int length) {
    return readIntoAt(data, position, arrayBuffer, 0, length);
  }

  /**
   * Copies {@code length} bytes from {@code position} into {@code arrayBuffer} at {@code offset}
   * (FileReader fills one buffer chunk by chunk). False when they could not be read.
   */
  @HostAccess.Export
  public boolean readIntoAt(BlobData data, double position, Value arrayBuffer, int offset, int length) {
    try {
      ByteBuffer backing = Buffers.backing(arrayBuffer);
      if (backing != null) {
        data.read((long) position, backing.clear().position(offset), length);
      } else {
        byte[] bytes = data.bytes((long) position, length);
        Buffers.write(arrayBuffer, offset, bytes, 0, length);
      }
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** The bytes decoded as UTF-8 (a leading BOM dropped, errors replaced); null on a read error. */
  @HostAccess.Export
  public String text(BlobData data) {
    if (data.size() > Integer.MAX_VALUE - 16) {
      return null;
    }
    try {
      byte[] bytes = data.bytes(0, (int) data.size());
      int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
          && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  /** For tests: how the data is held ("parts=N" and whether a temporary file backs it). */
  @HostAccess.Export
  public String describe(BlobData data) {
    return "parts=" + data.partCount() + (data.inFile() ? " file" : " memory");
  }

  static String nativeLineEndings(String text) {
    String nl = System.lineSeparator();
    if (text.indexOf('\r') < 0 && (nl.equals("\n") || text.indexOf('\n') < 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append(nl);
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        out.append(nl);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** UTF-8 with U+FFFD for unpaired surrogates (the JDK's encoder writes '?'). */
  static byte[] utf8(String s) {
    int n = s.length();
    boolean simple = true;
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        simple = false;
        break;
      }
    }
    if (simple) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder fixed = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        fixed.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        fixed.append('\uFFFD');
      } else {
        fixed.append(c);
      }
    }
    return fixed.toString().getBytes(StandardCharsets.UTF_8);
  }
}
