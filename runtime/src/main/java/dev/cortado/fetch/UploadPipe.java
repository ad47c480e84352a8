package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The request body of a fetch whose body is a ReadableStream: the HTTP client's sending thread
 * reads it, and each time it runs dry it asks JavaScript for one more chunk (a progress report on
 * {@link #op}), so the upload sends as it reads and holds at most one chunk. {@link #read} runs
 * on the client's thread; {@link #push}, {@link #end} and {@link #fail} on the loop thread.
 */
final class UploadPipe extends InputStream {
  private static final Object END = new Object();
  private final PendingOp op;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private byte[] current;
  private int position;
  private boolean asked;
  private volatile boolean finished;

  UploadPipe(PendingOp op) {
    this.op = op;
  }

  PendingOp op() {
    return op;
  }

  void push(byte[] chunk) {
    queue.add(chunk);
  }

  void end() {
    queue.add(END);
  }

  void fail(String message) {
    queue.add(new IOException(message));
  }

  /** Stops the upload: a blocked read fails, the op ends. Any thread. */
  void abort() {
    queue.add(new IOException("request aborted"));
    op.complete(null);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (current == null || position >= current.length) {
      if (finished) {
        return -1;
      }
      if (!asked) {
        asked = true;
        op.emit("pull");
      }
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("upload interrupted");
      }
      asked = false;
      if (next == END) {
        finished = true;
        op.complete(null);
        return -1;
      }
      if (next instanceof IOException e) {
        finished = true;
        op.complete(null);
        throw e;
      }
      current = (byte[]) next;
      position = 0;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }
}
