package dev.cortado.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a {@code Blob}: an immutable sequence of parts, each a region of a byte array or
 * of a temporary file. Slicing and building a Blob out of other Blobs share parts instead of
 * copying bytes. Immutable and thread-safe, so a Blob can be sent to a worker as it is.
 */
public final class BlobData {
  static final BlobData EMPTY = new BlobData(new Object[0], new long[0], new long[0]);
  private static final Cleaner CLEANER = Cleaner.create();

  /** Each source is a {@code byte[]} or a {@link TempFile}. */
  private final Object[] sources;
  private final long[] offsets;
  private final long[] lengths;
  private final long size;

  BlobData(Object[] sources, long[] offsets, long[] lengths) {
    this.sources = sources;
    this.offsets = offsets;
    this.lengths = lengths;
    long total = 0;
    for (long length : lengths) {
      total += length;
    }
    this.size = total;
  }

  public long size() {
    return size;
  }

  /** The number of parts (for tests: slices and nested Blobs share, never copy). */
  int partCount() {
    return sources.length;
  }

  /** Whether any part lives in a temporary file. */
  boolean inFile() {
    for (Object source : sources) {
      if (source instanceof TempFile) {
        return true;
      }
    }
    return false;
  }

  /** The bytes {@code [start, end)}, {@code 0 <= start <= end <= size}, sharing this data's parts. */
  BlobData slice(long start, long end) {
    if (start == 0 && end == size) {
      return this;
    }
    if (start >= end) {
      return EMPTY;
    }
    int first = -1;
    int last = -1;
    long position = 0;
    for (int i = 0; i < sources.length; i++) {
      long partEnd = position + lengths[i];
      if (first < 0 && start < partEnd) {
        first = i;
      }
      if (end <= partEnd) {
        last = i;
        break;
      }
      position = partEnd;
    }
    int n = last - first + 1;
    Object[] s = new Object[n];
    long[] o = new long[n];
    long[] l = new long[n];
    position = 0;
    for (int i = 0; i < first; i++) {
      position += lengths[i];
    }
    for (int k = 0; k < n; k++) {
      int i = first + k;
      long from = Math.max(start, position);
      long to = Math.min(end, position + lengths[i]);
      s[k] = sources[i];
      o[k] = offsets[i] + (from - position);
      l[k] = to - from;
      position += lengths[i];
    }
    return new BlobData(s, o, l);
  }

  /** Copies {@code length} bytes from {@code position} into {@code dst} (its remaining space). */
  void read(long position, ByteBuffer dst, int length) {
    long partStart = 0;
    int remaining = length;
    for (int i = 0; i < sources.length && remaining > 0; i++) {
      long partEnd = partStart + lengths[i];
      if (position < partEnd) {
        long from = position - partStart;
        int n = (int) Math.min(remaining, lengths[i] - from);
        if (sources[i] instanceof byte[] bytes) {
          dst.put(bytes, (int) (offsets[i] + from), n);
        } else {
          ((TempFile) sources[i]).read(offsets[i] + from, dst, n);
        }
        position += n;
        remaining -= n;
      }
      partStart = partEnd;
    }
  }

  /** An InputStream over all the bytes (for uploading a Blob). Any thread. */
  public java.io.InputStream openStream() {
    return new java.io.InputStream() {
      private long position;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        BlobData.this.read(position, ByteBuffer.wrap(b, off, n), n);
        position += n;
        return n;
      }
    };
  }

  /** The bytes {@code [position, position + length)} as a new array. */
  public byte[] bytes(long position, int length) {
    byte[] out = new byte[length];
    read(position, ByteBuffer.wrap(out), length);
    return out;
  }

  /** Appends this data's parts to {@code builder} (no copy). */
  void appendTo(Builder builder) {
    for (int i = 0; i < sources.length; i++) {
      builder.part(sources[i], offsets[i], lengths[i]);
    }
  }

  /**
   * Collects the parts of a new Blob: bytes are copied into memory, and once more than
   * {@code fileThreshold} bytes have been copied the rest go to a temporary file. Single thread.
   */
  static final class Builder {
    private final long fileThreshold;
    private Object[] sources = new Object[4];
    private long[] offsets = new long[4];
    private long[] lengths = new long[4];
    private int count;
    private byte[] pending = new byte[64];
    private int pendingLength;
    private long copied;
    private TempFile file;

    Builder(long fileThreshold) {
      this.fileThreshold = fileThreshold;
    }

    void add(byte[] bytes, int offset, int length) {
      if (length == 0) {
        return;
      }
      copied += length;
      if (file == null && copied > fileThreshold) {
        flush();
        file = TempFile.create();
      }
      if (file != null) {
        flush();
        long at = file.append(bytes, offset, length);
        part(file, at, length);
        return;
      }
      if (pendingLength + length > pending.length) {
        if (pendingLength > 0 && length >= 4096) {
          flush();
        }
        if (length >= 4096) {
          part(java.util.Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
          return;
        }
        pending = java.util.Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
      }
      System.arraycopy(bytes, offset, pending, pendingLength, length);
      pendingLength += length;
    }

    void part(Object source, long offset, long length) {
      if (length == 0) {
        return;
      }
      if (source != pending) {
        flush();
      }
      if (count > 0 && sources[count - 1] == source && offsets[count - 1] + lengths[count - 1] == offset) {
        lengths[count - 1] += length; // adjacent regions of one source (file appends) merge
        return;
      }
      if (count == sources.length) {
        sources = java.util.Arrays.copyOf(sources, count * 2);
        offsets = java.util.Arrays.copyOf(offsets, count * 2);
        lengths = java.util.Arrays.copyOf(lengths, count * 2);
      }
      sources[count] = source;
      offsets[count] = offset;
      lengths[count] = length;
      count++;
    }

    private void flush() {
      if (pendingLength > 0) {
        byte[] bytes = java.util.Arrays.copyOf(pending, pendingLength);
        pendingLength = 0;
        part(bytes, 0, bytes.length);
      }
    }

    BlobData build() {
      flush();
      if (count == 0) {
        return EMPTY;
      }
      return new BlobData(java.util.Arrays.copyOf(sources, count), java.util.Arrays.copyOf(offsets, count),
          java.util.Arrays.copyOf(lengths, count));
    }
  }

  /** An append-only temporary file, deleted once no Blob refers to it (or at exit). */
  static final class TempFile {
    private final FileChannel channel;
    private long length;

    private TempFile(FileChannel channel) {
      this.channel = channel;
    }

    static TempFile create() {
      try {
        Path path = Files.createTempFile("cortado-blob-", ".bin");
        path.toFile().deleteOnExit();
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
        TempFile file = new TempFile(channel);
        CLEANER.register(file, () -> {
          try {
            channel.close();
            Files.deleteIfExists(path);
          } catch (IOException ignored) {
            // best effort: deleteOnExit remains
          }
        });
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized long append(byte[] bytes, int offset, int count) {
      long at = length;
      try {
        ByteBuffer src = ByteBuffer.wrap(bytes, offset, count);
        while (src.hasRemaining()) {
          channel.write(src, length + (count - src.remaining()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      length += count;
      return at;
    }

    void read(long position, ByteBuffer dst, int count) {
      ByteBuffer view = dst.slice(dst.position(), count);
      try {
        while (view.hasRemaining()) {
          int n = channel.read(view, position + view.position());
          if (n < 0) {
            throw new IOException("blob file truncated");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      dst.position(dst.position() + count);
    }
  }
}
