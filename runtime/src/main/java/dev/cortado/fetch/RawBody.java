package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body as the HTTP client delivers it (before any content decoding): the client's
 * buffers are queued here, and more are asked for only while less than {@link #READ_AHEAD} bytes
 * wait, so an unread body stops the server (TCP flow control) instead of filling memory. Read by
 * {@link #read} (a PendingOp, no thread), by {@link #takeAll} once it has all arrived, or through
 * {@link #stream} by a thread that decodes it. The subscriber methods run on the client's threads;
 * the rest on any thread.
 */
final class RawBody implements HttpResponse.BodySubscriber<Void> {
  /**
   * At most this many bytes are handed over by one read: what has arrived, so the chunks grow
   * when JavaScript reads slower than the network delivers (fewer tasks per byte then). A 1 GiB
   * download measured clearly faster, and used less CPU, than with 64 KiB chunks.
   */
  static final int CHUNK = 256 * 1024;
  /** Bytes queued before the client is asked for no more. */
  static final int READ_AHEAD = 512 * 1024;
  private static final CompletableFuture<Void> NO_VALUE = CompletableFuture.completedFuture(null);

  private final String hostPort;
  private final Runnable onReady;
  private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
  private long queued;
  private Flow.Subscription subscription;
  /** A request(1) is outstanding. */
  private boolean asked;
  /** Keep asking regardless of READ_AHEAD (the whole small body is wanted at once)... */
  private boolean buffering;
  /** ...until more than this many bytes are queued. */
  private final long bufferLimit;
  private boolean complete;
  private String failure;
  private boolean cancelled;
  /** Everything was handed over by {@link #takeAll}. */
  private boolean drained;
  private PendingOp waiting;

  /**
   * With {@code bufferLimit} >= 0, asks for the whole body without waiting for reads, and
   * {@code onReady} runs (on a client thread, outside any lock) once it has arrived or failed, or
   * once more than {@code bufferLimit} bytes wait: then the body flows as it is read.
   */
  RawBody(String hostPort, long bufferLimit, Runnable onReady) {
    this.hostPort = hostPort;
    this.buffering = bufferLimit >= 0;
    this.bufferLimit = bufferLimit;
    this.onReady = onReady;
  }

  @Override
  public CompletionStage<Void> getBody() {
    return NO_VALUE;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    boolean cancel;
    synchronized (this) {
      subscription = s;
      cancel = cancelled;
      asked = !cancel;
    }
    if (cancel) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    PendingOp ready = null;
    BodyChunk chunk = null;
    boolean more;
    boolean overflow = false;
    synchronized (this) {
      asked = false;
      if (cancelled) {
        return;
      }
      for (ByteBuffer item : items) {
        if (item.hasRemaining()) {
          queue.add(item);
          queued += item.remaining();
        }
      }
      if (buffering && queued > bufferLimit) {
        buffering = false;
        overflow = true;
      }
      if (waiting != null && queued > 0) {
        ready = waiting;
        waiting = null;
        chunk = take();
      }
      more = wantsMore();
      asked = more;
      notifyAll();
    }
    if (ready != null) {
      ready.complete(chunk);
    }
    if (overflow) {
      onReady.run();
    }
    if (more) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    settle(FetchFailure.of(error, hostPort).encode());
  }

  @Override
  public void onComplete() {
    settle(null);
  }

  private void settle(String reason) {
    PendingOp ready;
    boolean wasBuffering;
    synchronized (this) {
      if (complete) {
        return;
      }
      wasBuffering = buffering;
      complete = true;
      failure = reason;
      ready = queued == 0 ? waiting : null;
      if (ready != null) {
        waiting = null;
      }
      notifyAll();
    }
    if (ready != null) {
      if (reason == null) {
        ready.complete(null);
      } else {
        ready.fail(reason);
      }
    }
    if (wasBuffering) {
      onReady.run();
    }
  }

  /** Stops buffering the whole body: from now on the body flows as it is read. */
  void stopBuffering() {
    boolean more;
    synchronized (this) {
      buffering = false;
      more = !asked && wantsMore();
      asked |= more;
    }
    if (more) {
      subscription.request(1);
    }
  }

  /**
   * A copy of the whole body when it has arrived without failing and nothing was read yet, else
   * null; with {@code take}, the body is then handed over (reads find its end).
   */
  synchronized byte[] whole(boolean take) {
    if (!complete || failure != null || cancelled || waiting != null || drained) {
      return null;
    }
    byte[] all = new byte[(int) queued];
    int offset = 0;
    for (ByteBuffer buffer : queue) {
      int n = buffer.remaining();
      buffer.get(buffer.position(), all, offset, n);
      offset += n;
    }
    if (take) {
      drain();
    }
    return all;
  }

  /** Hands the whole body over (it was taken by {@link #whole}): reads find its end. */
  synchronized void drain() {
    queue.clear();
    queued = 0;
    drained = true;
  }

  /**
   * Completes {@code op} with the next {@link BodyChunk}, or null at the end, or fails it with an
   * encoded {@link FetchFailure}; at once when there is something to report, else when the client
   * delivers. One read at a time. Any thread.
   */
  void read(PendingOp op) {
    BodyChunk chunk = null;
    boolean end = false;
    String reason = null;
    boolean more = false;
    synchronized (this) {
      if (queued > 0) {
        chunk = take();
        more = wantsMoreAfterRead();
        asked |= more;
      } else if (complete) {
        end = true;
        reason = failure;
      } else {
        waiting = op;
      }
    }
    if (chunk != null) {
      op.complete(chunk);
    } else if (end) {
      if (reason == null) {
        op.complete(null);
      } else {
        op.fail(reason);
      }
    }
    if (more) {
      subscription.request(1);
    }
  }

  /** The next {@link BodyChunk} when bytes are queued, else null (then {@link #read} waits). */
  BodyChunk poll() {
    BodyChunk chunk;
    boolean more;
    synchronized (this) {
      if (queued == 0) {
        return null;
      }
      chunk = take();
      more = wantsMoreAfterRead();
      asked |= more;
    }
    if (more) {
      subscription.request(1);
    }
    return chunk;
  }

  /** Stops the body: the client is told (it closes the connection), nothing more is delivered. */
  void cancel() {
    Flow.Subscription s;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      queue.clear();
      queued = 0;
      s = subscription;
      waiting = null;
      notifyAll();
    }
    if (s != null) {
      s.cancel();
    }
  }

  /** A blocking view of the body, for a thread that decodes it. */
  InputStream stream() {
    return new InputStream() {
      private final byte[] one = new byte[1];

      @Override
      public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        boolean more;
        int n;
        synchronized (RawBody.this) {
          while (queued == 0 && !complete && !cancelled) {
            try {
              RawBody.this.wait();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException("interrupted");
            }
          }
          if (cancelled) {
            throw new IOException("closed");
          }
          if (queued == 0) {
            if (failure != null) {
              throw new FetchFailure.Reported(failure);
            }
            return -1;
          }
          n = 0;
          while (n < len && !queue.isEmpty()) {
            ByteBuffer head = queue.peek();
            int k = Math.min(len - n, head.remaining());
            head.get(b, off + n, k);
            n += k;
            if (!head.hasRemaining()) {
              queue.poll();
            }
          }
          queued -= n;
          more = wantsMoreAfterRead();
          asked |= more;
        }
        if (more) {
          subscription.request(1);
        }
        return n;
      }

      @Override
      public int available() {
        synchronized (RawBody.this) {
          return (int) Math.min(Integer.MAX_VALUE, queued);
        }
      }

      @Override
      public void close() {
        cancel();
      }
    };
  }

  /** Whether to ask the client for more now. Holding the lock. */
  private boolean wantsMore() {
    return !asked && !complete && !cancelled && subscription != null && (buffering || queued < READ_AHEAD);
  }

  /**
   * After a read: whether to ask again. Once the queue had filled up, only when it has drained to
   * half: each pause and resume of the client's socket costs a selector wake-up. Holding the lock.
   */
  private boolean wantsMoreAfterRead() {
    return queued <= READ_AHEAD / 2 && wantsMore();
  }

  /** Up to {@link #CHUNK} bytes off the queue (whole buffers, at least one). Holding the lock. */
  private BodyChunk take() {
    List<ByteBuffer> out = new ArrayList<>(4);
    int size = 0;
    while (!queue.isEmpty()) {
      ByteBuffer next = queue.peek();
      if (size > 0 && size + next.remaining() > CHUNK) {
        break;
      }
      queue.poll();
      out.add(next);
      size += next.remaining();
    }
    queued -= size;
    return new BodyChunk(out, size, queued == 0 && complete && failure == null);
  }
}
