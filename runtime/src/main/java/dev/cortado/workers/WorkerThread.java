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

  private final EventLoop loop;
  private final WorkerSetup setup;

  WorkerThread(RuntimeOptions options, WorkerSetup setup) {
    this.loop = new EventLoop(options);
    this.setup = setup;
  }

  void start(Runnable onExit) {
    loop.start(new MainProgram.WorkerScript(setup)).whenComplete((code, failure) -> {
      setup.port().close();
      onExit.run();
      setup.lifecycle().complete(failure == null ? code : 70);
    });
  }

  /** Stops the worker, even in the middle of a {@code while (true) {}}. Any thread. */
  @org.graalvm.polyglot.HostAccess.Export
  public void terminate() {
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
