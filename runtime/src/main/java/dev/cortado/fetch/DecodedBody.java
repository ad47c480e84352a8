package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A response body with a {@code Content-Encoding}, decoded as it is read: a virtual thread reads
 * the decoder over the {@link RawBody} a chunk at a time, one chunk ahead of JavaScript (so the
 * body still flows only as it is read). {@link #read} and {@link #cancel} may be called from any
 * thread.
 */
final class DecodedBody {
  private final RawBody raw;
  private final String encoding;
  private final String hostPort;
  private final Object readLock = new Object();
  private InputStream decoded;
  private byte[] buffer;
  private volatile boolean atEnd;
  private volatile boolean cancelled;
  private volatile CompletableFuture<BodyChunk> readAhead;

  DecodedBody(RawBody raw, String encoding, String hostPort) {
    this.raw = raw;
    this.encoding = encoding;
    this.hostPort = hostPort;
  }

  /** Completes {@code op} with the next decoded {@link BodyChunk}, or null at the end; or fails it. */
  void read(PendingOp op) {
    CompletableFuture<BodyChunk> chunk = readAhead;
    readAhead = null;
    if (chunk == null) {
      chunk = readAsync();
    }
    chunk.whenComplete((next, error) -> {
      if (error != null) {
        cancel();
        op.fail(FetchFailure.encode(error, hostPort));
        return;
      }
      if (next != null && !atEnd && !cancelled) {
        readAhead = readAsync(); // set before the op completes: the next read() sees it
      }
      op.complete(next);
    });
  }

  /** The next decoded {@link BodyChunk} when one was read ahead and is ready, else null. */
  BodyChunk poll() {
    CompletableFuture<BodyChunk> chunk = readAhead;
    if (chunk == null || !chunk.isDone() || chunk.isCompletedExceptionally()) {
      return null;
    }
    BodyChunk next = chunk.join();
    if (next == null) {
      return null; // the end: read() reports it
    }
    readAhead = atEnd || cancelled ? null : readAsync();
    return next;
  }

  void cancel() {
    cancelled = true;
    raw.cancel();
  }

  private CompletableFuture<BodyChunk> readAsync() {
    CompletableFuture<BodyChunk> result = new CompletableFuture<>();
    Thread.ofVirtual().name("cortado-fetch-body").start(() -> {
      try {
        result.complete(readChunk());
      } catch (IOException | RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  private BodyChunk readChunk() throws IOException {
    synchronized (readLock) {
      if (cancelled) {
        throw new IOException("closed");
      }
      if (decoded == null) {
        decoded = ContentDecoding.decode(raw.stream(), encoding);
        buffer = new byte[RawBody.CHUNK];
      }
      int filled = 0;
      while (filled < buffer.length) {
        int n = decoded.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
          atEnd = true;
          break;
        }
        filled += n;
        if (decoded.available() <= 0) {
          break;
        }
      }
      if (filled == 0) {
        return null;
      }
      return new BodyChunk(List.of(ByteBuffer.wrap(Arrays.copyOf(buffer, filled))), filled, false);
    }
  }
}
