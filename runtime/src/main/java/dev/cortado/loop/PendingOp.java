package dev.cortado.loop;

import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One piece of host work in flight (a request, a file read, a worker's messages). Java code on any
 * thread reports on it with {@link #emit}, {@link #complete} and {@link #fail}; each report becomes
 * one task on the loop thread, which calls the JavaScript listeners set by {@code
 * internal.listenOp}. The reports carry plain Java data only (DESIGN.md rule 1): the listeners are
 * JavaScript values, and only the loop thread reads them.
 *
 * <p>While it is referenced (the default), an op keeps the loop alive (rule 4) until it ends.
 * {@link #id}, {@link #source}, {@link #emit}, {@link #complete}, {@link #fail} and {@link
 * #isEnded} may be called from any thread; the rest only from the loop thread.
 */
public final class PendingOp {
  private final PendingOps owner;
  private final int id;
  private final String source;
  private final Runnable onCancel;
  private final AtomicBoolean ended = new AtomicBoolean();
  private boolean referenced;
  private boolean cancelled;
  private Value onSettle;
  private Value onProgress;

  PendingOp(PendingOps owner, int id, String source, Runnable onCancel) {
    this.owner = owner;
    this.id = id;
    this.source = source;
    this.onCancel = onCancel;
  }

  /** A number unique in this loop, for traces and error messages. Any thread. */
  @HostAccess.Export
  public int id() {
    return id;
  }

  /** What kind of work this is ({@code "fetch"}, {@code "fs"}, {@code "worker"}...). Any thread. */
  @HostAccess.Export
  public String source() {
    return source;
  }

  /** Whether the op has completed, failed or been cancelled. Any thread. */
  public boolean isEnded() {
    return ended.get();
  }

  /**
   * Reports progress (a chunk, a message) without ending the op: {@code onProgress(value)} runs as
   * a task, before the settle task of a completion or failure reported after it. Ignored once the
   * op has ended; dropped if JavaScript cancels the op before it runs. Any thread.
   */
  public void emit(Object value) {
    if (!ended.get()) {
      // Checked again when the task runs: only a cancel drops it. A report made before the op
      // completed (a worker's last error, then its exit) still runs, before the settle task.
      owner.post(this, false, () -> {
        if (!cancelled && onProgress != null) {
          owner.runListener(this, onProgress, value);
        }
      });
    }
  }

  /** Ends the op successfully: {@code onSettle(true, value)} runs as a task. Any thread; once. */
  public void complete(Object value) {
    settle(true, value);
  }

  /**
   * Ends the op with a failure; {@code reason} is plain data the JavaScript side turns into the
   * error its API throws. {@code onSettle(false, reason)} runs as a task. Any thread; once.
   */
  public void fail(Object reason) {
    settle(false, reason);
  }

  private void settle(boolean ok, Object value) {
    if (ended.compareAndSet(false, true)) {
      owner.post(this, true, () -> {
        Value listener = onSettle;
        owner.release(this);
        if (listener != null) {
          owner.runListener(this, listener, ok, value);
        }
      });
    }
  }

  /**
   * Ends the op from JavaScript (an abort, a close): no listener runs any more, the loop no longer
   * waits for it, and the Java side is told to stop through the op's cancel action. Loop thread.
   */
  @HostAccess.Export
  public void cancel() {
    if (ended.compareAndSet(false, true)) {
      cancelled = true;
      owner.release(this);
      if (onCancel != null) {
        onCancel.run();
      }
    }
  }

  /** Node's ref()/unref(): whether this op keeps the loop alive. Loop thread. */
  @HostAccess.Export
  public void setReferenced(boolean referenced) {
    if (ended.get() || referenced == this.referenced) {
      return;
    }
    this.referenced = referenced;
    owner.referenceChanged(referenced);
  }

  /** Whether the op keeps the loop alive. Loop thread. */
  @HostAccess.Export
  public boolean isReferenced() {
    return referenced;
  }

  void listen(Value onSettle, Value onProgress) {
    this.onSettle = onSettle;
    this.onProgress = onProgress;
  }

  void dropReference() {
    if (referenced) {
      referenced = false;
      owner.referenceChanged(false);
    }
    onSettle = null;
    onProgress = null;
  }

  void markReferenced() {
    referenced = true;
  }
}
