package dev.cortado.loop;

import java.util.concurrent.Callable;
import java.util.function.Function;
import dev.cortado.trace.TraceRecorder;
import com.oracle.truffle.js.runtime.Errors;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The host work in flight on one loop, and how it comes back (DESIGN.md rules 1 and 4). A host op
 * class starts work with {@link #begin} on the loop thread, hands the {@link PendingOp} to its
 * worker (a virtual thread, an HTTP client callback...), and returns it to JavaScript, which
 * listens with {@code internal.listenOp(op, onSettle, onProgress)} or {@code internal.awaitOp(op)}.
 *
 * <p>{@link #begin}, {@link #listen} and {@link #count} run on the loop thread; {@link #runAsync}
 * may be called from any thread.
 */
public final class PendingOps {
  private final EventLoop loop;
  private int nextId = 1;
  private int inFlight;

  PendingOps(EventLoop loop) {
    this.loop = loop;
  }

  /**
   * Starts tracking one op, referenced (it keeps the loop alive until it ends). {@code onCancel}
   * (may be null) runs on the loop thread if JavaScript cancels the op; it must not block. Over
   * the runtime's limit of pending ops, throws a JavaScript {@code RangeError} instead. Loop
   * thread.
   */
  public PendingOp begin(String source, Runnable onCancel) {
    return begin(source, null, onCancel);
  }

  /**
   * As {@link #begin(String, Runnable)}, with what a trace shows for the op while it is in flight
   * (e.g. {@code "GET https://example.com/"}); null shows the source and the op's number.
   */
  public PendingOp begin(String source, String label, Runnable onCancel) {
    int max = loop.limits().maxPendingOps();
    if (max > 0 && inFlight >= max) {
      // thrown into the JavaScript that asked for the op, as a RangeError
      throw Errors.createRangeError("Too many pending operations: this runtime allows " + max
          + " at once (JsRuntime.Builder.maxPendingOps)");
    }
    PendingOp op = new PendingOp(this, nextId++, source, onCancel);
    op.markReferenced();
    inFlight++;
    loop.ref();
    op.label(label);
    TraceRecorder recorder = loop.recorder();
    if (recorder != null) {
      recorder.apiStarted(source, op.id(), source, op.label(), -1, -1);
    }
    return op;
  }

  /**
   * Runs {@code work} on a new virtual thread named {@code threadName} and completes {@code op}
   * with its result, or fails it with {@code reason.apply(exception)} (plain data for the
   * JavaScript side to turn into its error). Any thread.
   */
  public static void runAsync(PendingOp op, String threadName, Callable<?> work,
      Function<Exception, Object> reason) {
    Thread.ofVirtual().name(threadName).start(() -> {
      Object result;
      try {
        result = work.call();
      } catch (Exception e) {
        op.fail(reason.apply(e));
        return;
      }
      op.complete(result);
    });
  }

  /** Sets the JavaScript listeners of {@code op} (see {@link PendingOp}). Loop thread. */
  @HostAccess.Export
  public void listen(PendingOp op, Value onSettle, Value onProgress) {
    op.listen(onSettle, onProgress);
  }

  /** How many ops have begun and not yet ended. Loop thread. */
  @HostAccess.Export
  public int count() {
    return inFlight;
  }

  void post(PendingOp op, boolean settles, Runnable task) {
    TraceRecorder recorder = loop.recorder();
    if (recorder == null) {
      loop.post(task);
      return;
    }
    if (settles) {
      recorder.apiEnded(op.source(), op.id(), "done");
    }
    int traced = recorder.taskQueued(op.source(), op.label() + (settles ? ": done" : ": progress"), null);
    loop.post(() -> {
      recorder.taskStarted(traced);
      task.run();
    });
  }

  void runListener(PendingOp op, Value listener, Object... args) {
    loop.runTask(listener, args);
  }

  void runListener(PendingOp op, Value listener, Object arg) {
    loop.runTaskWith(listener, arg);
  }

  void cancelled(PendingOp op) {
    TraceRecorder recorder = loop.recorder();
    if (recorder != null) {
      recorder.apiEnded(op.source(), op.id(), "cancelled");
    }
    release(op);
  }

  void release(PendingOp op) {
    inFlight--;
    op.dropReference();
  }

  void referenceChanged(boolean referenced) {
    if (referenced) {
      loop.ref();
    } else {
      loop.unref();
    }
  }
}
