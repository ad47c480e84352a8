package dev.cortado.loop;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

/**
 * The loop's thread-safe inbox (DESIGN.md rule 1). Other threads (HTTP clients, file I/O, workers,
 * embedders) post plain Java completions here; the loop thread takes them and runs each as one
 * task. A completion never holds a JavaScript value across threads.
 *
 * <p>{@link #post} may be called from any thread; {@link #poll} and {@link #take} only from the loop
 * thread.
 */
public final class Inbox {
  private final LinkedTransferQueue<Runnable> queue = new LinkedTransferQueue<>();

  /** Hands a completion to the loop thread, and wakes it if it is waiting. Any thread. */
  public void post(Runnable completion) {
    queue.add(completion);
  }

  /** The next completion, or null without waiting. Loop thread only. */
  public Runnable poll() {
    return queue.poll();
  }

  /**
   * The next completion, waiting up to {@code timeoutNanos} (forever when negative); null on
   * timeout. Loop thread only.
   */
  public Runnable take(long timeoutNanos) throws InterruptedException {
    if (timeoutNanos < 0) {
      return queue.take();
    }
    return queue.poll(timeoutNanos, TimeUnit.NANOSECONDS);
  }

  /** Whether no completion is waiting. Any thread. */
  public boolean isEmpty() {
    return queue.isEmpty();
  }
}
