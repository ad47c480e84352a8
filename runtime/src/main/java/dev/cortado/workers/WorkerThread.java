package dev.cortado.workers;

import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.PendingOp;
import dev.cortado.loop.RuntimeOptions;

/**
 * One running worker as its creator sees it: a loop of its own (its thread, its Context, on the
 * shared engine) and the op that reports its life to the creator's loop, completed with the
 * worker's exit code when its loop ends. Thread-safe.
 */
public final class WorkerThread {
  /** The exit code of a terminated worker, as worker_threads reports it. */
  static final int TERMINATED = 1;

  private static final int NEW = 0;
  private static final int STARTED = 1;
  private static final int TERMINATED_BEFORE_START = 2;

  private final EventLoop loop;
  private final WorkerSetup setup;
  private final Runnable onExit;
  private volatile boolean terminateRequested;
  private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(NEW);

  WorkerThread(RuntimeOptions options, WorkerSetup setup, Runnable onExit) {
    this.loop = new EventLoop(options);
    this.setup = setup;
    this.onExit = onExit;
  }

  /**
   * Starts the worker's thread. The creator calls it once the task that created the worker is
   * done, so a worker terminated in that same task never costs a thread. Any thread; once.
   */
  @org.graalvm.polyglot.HostAccess.Export
  public void start() {
    if (!state.compareAndSet(NEW, STARTED)) {
      return;
    }
    loop.start(new MainProgram.WorkerScript(setup)).whenComplete((code, failure) -> {
      // A failure while terminate() closed the Context under the starting loop is a termination.
      ended(failure == null ? code : terminateRequested ? TERMINATED : 70);
    });
  }

  private void ended(int code) {
    setup.port().close();
    onExit.run();
    setup.lifecycle().complete(code);
  }

  /** Stops the worker, even in the middle of a {@code while (true) {}}. Any thread. */
  @org.graalvm.polyglot.HostAccess.Export
  public void terminate() {
    terminateRequested = true;
    if (state.compareAndSet(NEW, TERMINATED_BEFORE_START)) {
      ended(TERMINATED);
      return;
    }
    loop.terminate(TERMINATED);
  }

  /** The op reporting this worker's life (online, errors, exit). */
  @org.graalvm.polyglot.HostAccess.Export
  public PendingOp lifecycle() {
    return setup.lifecycle();
  }

  /** The worker's thread id. Any thread. */
  @org.graalvm.polyglot.HostAccess.Export
  public int threadId() {
    return setup.threadId();
  }
}
