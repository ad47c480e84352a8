package dev.cortado.loop;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The loop's thread-safe inbox (DESIGN.md rule 1). Other threads (HTTP clients, file I/O, workers,
 * embedders) post plain Java completions here; the loop thread takes them and runs each as one
 * task. A completion never holds a JavaScript value across threads.
 *
 * <p>The loop thread parks at once when the inbox is empty, and a poster unparks it only when it
 * is parked (no system call while the loop is busy). Measured on the 2-core machine under load
 * (bench/workers-pingpong.mjs): a LinkedTransferQueue's spin before parking, and a 5 or 50 us
 * spin of our own, made ping-pong slower (the spinning thread holds a core the other loop needs)
 * and cost loop-thread CPU; parking at once was fastest.
 *
 * <p>{@link #post} may be called from any thread; {@link #poll} and {@link #take} only from the loop
 * thread.
 */
public final class Inbox {
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  /** The loop thread while it is parked or about to park, else null: posters unpark it. */
  private volatile Thread waiter;

  /** Hands a completion to the loop thread, and wakes it if it is waiting. Any thread. */
  public void post(Runnable completion) {
    queue.add(completion);
    Thread parked = waiter;
    if (parked != null) {
      LockSupport.unpark(parked);
    }
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
    Runnable completion = queue.poll();
    if (completion != null) {
      return completion;
    }
    return park(timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos, timeoutNanos < 0);
  }

  private Runnable park(long deadline, boolean forever) throws InterruptedException {
    Thread me = Thread.currentThread();
    waiter = me; // then poll: a poster either sees the waiter or its completion is seen here
    try {
      Runnable completion;
      while ((completion = queue.poll()) == null) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        if (forever) {
          LockSupport.park(this);
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return null;
          }
          LockSupport.parkNanos(this, left);
        }
      }
      return completion;
    } finally {
      waiter = null;
    }
  }

  /** Whether no completion is waiting. Any thread. */
  public boolean isEmpty() {
    return queue.isEmpty();
  }
}
