package dev.cortado.loop;

import dev.cortado.engine.SharedEngine;
import dev.cortado.host.HostOps;
import dev.cortado.modules.ModuleOps;
import dev.cortado.trace.TraceRecorder;
import dev.cortado.trace.TraceSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One JavaScript event loop: one thread, one Context, the task queues and the liveness count.
 * The phases follow libuv's {@code uv_run}, as Node uses it: timers, pending completions (the
 * inbox), poll (wait for the inbox until the next timer), check ({@code setImmediate}).
 *
 * <p>Every task is followed by the microtask checkpoint (DESIGN.md rules 2 and 3), which the
 * runtime's JavaScript takes itself ({@code settleTask}, draining the engine's promise jobs with
 * the engine function {@code PromiseJobDrainer} makes): a completion from the inbox is one entry into JavaScript, and the
 * timers and check phases enter once and run all their tasks there. After the few top-level calls
 * that are not tasks, the engine drains promise jobs as the call returns, and {@link #settle} calls
 * {@code afterTask} if JavaScript asked for it.
 *
 * <p>{@link #post}, {@link #ref} and {@link #unref} may be called from any thread; everything else
 * runs on the loop thread.
 */
public final class EventLoop {
  private final RuntimeOptions options;
  private final Inbox inbox = new Inbox();
  private final AtomicInteger javaRefs = new AtomicInteger();
  private final MonotonicClock clock = new MonotonicClock();
  private final StartupTimer timer;
  private final PendingOps pendingOps = new PendingOps(this);
  private TraceSession trace;
  private RuntimeLimits limits = RuntimeLimits.NONE;
  private TraceRecorder recorder;
  private dev.cortado.host.ProcessSignals signals;

  private volatile Context context;
  private volatile int terminatedWith = -1;
  private volatile Thread loopThread;
  /** System.nanoTime() when the loop last stopped waiting (it is running JavaScript), else 0. */
  private volatile long busySinceNanos;
  private Value beginTimersPhase;
  private Value runDueTimers;
  private Value msUntilNextTimer;
  private Value beginCheckPhase;
  private Value runImmediates;
  private Value hasRefedWork;
  private Value hasImmediates;
  private Value afterTask;
  private Value runTask;
  private Value runTaskWith;
  private Value internal;
  private HostOps host;

  public EventLoop(RuntimeOptions options) {
    this.options = options;
    this.timer = new StartupTimer(options.environment(), options.io().stderr(),
        options.pid() == ProcessHandle.current().pid());
  }

  /** Thrown through the loop when JavaScript ends the process ({@code process.exit}). */
  private static final class ExitSignal extends RuntimeException {
    final int code;

    ExitSignal(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  /**
   * Records this run into {@code session} ({@code cortado trace}): the loop then runs on the
   * session's engine. Call before {@link #start}. Any thread.
   */
  public void recordTo(TraceSession session) {
    this.trace = session;
    this.recorder = session.recorder();
  }

  /**
   * Delivers the process's signals from {@code source} to {@code process.on('SIGTERM')} and the
   * like; without it they are never delivered. Call before {@link #start}. Any thread.
   */
  public void catchSignalsFrom(dev.cortado.host.ProcessSignals source) {
    this.signals = source;
  }

  /** Puts {@code limits} on this runtime. Call before {@link #start}. Any thread. */
  public void limit(RuntimeLimits limits) {
    this.limits = limits;
  }

  /** The limits of this runtime. Any thread. */
  public RuntimeLimits limits() {
    return limits;
  }

  /** The recorder of a traced run, else null. Any thread. */
  public TraceRecorder recorder() {
    return recorder;
  }

  /**
   * Runs {@code main} and then the loop until no referenced work is left, on a new loop thread.
   * The future completes with the process exit code. Any thread.
   */
  public CompletableFuture<Integer> start(MainProgram main) {
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread thread = Thread.ofPlatform().name("cortado-loop").stackSize(options.stackBytes())
        .unstarted(() -> {
          try {
            exit.complete(run(main));
          } catch (Throwable t) {
            exit.completeExceptionally(t);
          }
        });
    loopThread = thread; // busyNanos() counts from the first wait: start-up is the runtime's own
    thread.start();
    return exit;
  }

  /**
   * Ends the run as a fatal signal ends a process: no more JavaScript runs, not even exit
   * handlers, and {@link #start}'s future completes with {@code exitCode}. Any thread.
   */
  public void terminate(int exitCode) {
    terminatedWith = exitCode;
    inbox.post(() -> {
      throw new ExitSignal(exitCode);
    });
    Context running = context;
    if (running != null) {
      try {
        running.close(true); // stops JavaScript that is running now
      } catch (RuntimeException alreadyClosing) {
        // the loop is ending by itself
      }
    }
  }

  /** The loop's thread once {@link #start} was called, else null. Any thread. */
  public Thread loopThread() {
    return loopThread;
  }

  /**
   * How long the loop has been running without waiting (one loop turn: tasks and their
   * microtasks), in nanoseconds; 0 while it waits for work. Any thread.
   */
  public long busyNanos() {
    long since = busySinceNanos;
    return since == 0 ? 0 : System.nanoTime() - since;
  }

  /** Hands a completion to the loop; it runs on the loop thread as one task. Any thread. */
  public void post(Runnable completion) {
    inbox.post(completion);
  }

  /** Counts one more pending Java-side operation that keeps the loop alive. Any thread. */
  public void ref() {
    javaRefs.incrementAndGet();
  }

  /** Releases a count taken by {@link #ref()}. Any thread. */
  public void unref() {
    javaRefs.decrementAndGet();
    inbox.post(() -> { }); // wake the loop so it re-checks liveness
  }

  /** Calls a JavaScript function as one task (ticks, then promise jobs, follow). Loop thread. */
  public void runTask(Value function, Object... args) {
    call(runTask, function, null, args);
    settle();
  }

  /** {@link #runTask} with one argument, without an argument array for JavaScript to read. */
  public void runTaskWith(Value function, Object arg) {
    call(runTaskWith, function, arg);
    settle();
  }

  /**
   * A member of the runtime's private {@code internal} object (see js/README.md), for host code
   * such as the REPL that adds its own hooks. Loop thread only.
   */
  public Value internalMember(String name) {
    return internal.getMember(name);
  }

  /** The host work in flight on this loop; see {@link PendingOps} for which thread may call what. */
  public PendingOps pendingOps() {
    return pendingOps;
  }

  /** The Context; only for code running on the loop thread. */
  public Context context() {
    return context;
  }

  private int run(MainProgram main) {
    if (terminatedWith >= 0) {
      return terminatedWith; // a worker terminated before it started
    }
    timer.mark("loop thread started");
    host = new HostOps(options.io(), clock, options.environment(), options.cwd(), options.pid(),
        options.ppid(), options.permissions(), pendingOps);
    host.maxPendingTimers = limits.maxPendingTimers();
    host.signals.source(signals);
    if (trace != null) {
      host.trace = trace.ops();
      host.output = (text, fd) -> recorder.output(fd, text);
    }
    ModuleOps modules = new ModuleOps(this);
    Context.Builder builder = Context.newBuilder("js");
    if (limits.statementLimit() > 0) {
      long statements = limits.statementLimit();
      builder.resourceLimits(ResourceLimits.newBuilder()
          .statementLimit(statements, RuntimeLimits.PROGRAM_CODE)
          .onLimit(event -> {
            terminatedWith = 1;
            limits.onStatementLimit().accept("the program executed " + statements
                + " statements (statement limit " + statements + ")");
          })
          .build());
    }
    context = builder
        .engine(trace != null ? trace.engine() : SharedEngine.get())
        .allowExperimentalOptions(true)
        .option("js.shell", "true")
        .option("js.unhandled-rejections", "handler")
        .option("js.esm-eval-returns-exports", "true")
        .option("js.top-level-await", "true")
        .option("js.performance", "true")
        .option("js.timer-resolution", "1")
        .option("js.atomics-wait-async", "true") // workers share SharedArrayBuffers
        // How many callees a call site inlines before it calls generically (GraalJS: 4).
        // The runtime's own JavaScript is shared by every context of the engine, and so are the
        // inline caches of its call sites: a dispatch loop or a promise job calls the callbacks
        // of every script the daemon has run. With GraalJS's default of 4 targets a site turned
        // generic (no inlining) after the warm-up and a few scripts: events to 10 listeners ran
        // at 2x the time of a fresh JVM, a stream pipe at 2.5x (bench/README.md).
        .option("js.function-cache-limit", "8")
        .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowArrayAccess(true).allowListAccess(true).allowBufferAccess(true).build())
        .allowIO(IOAccess.newBuilder().fileSystem(modules.fileSystem()).build())
        .out(options.io().stdout())
        .err(options.io().stderr())
        .in(options.io().stdin())
        .currentWorkingDirectory(options.cwd())
        .build();
    timer.mark("context created");
    if (terminatedWith >= 0) { // terminate() ran before the context existed: it closed nothing
      context.close(true);
      return terminatedWith;
    }
    try {
      context.enter();
      return runEntered(main, modules);
    } finally {
      host.close(); // the workers this loop started end with it
      options.io().flush();
      host.releaseResources();
      try {
        context.leave();
      } catch (RuntimeException ignored) {
        // closed already, by terminate() from another thread
      }
      try {
        context.close(true);
      } catch (RuntimeException ignored) {
        // closed already: by exit(), or by terminate() from another thread
      }
    }
  }

  private int runEntered(MainProgram main, ModuleOps modules) {
    try {
      internal = JsBootstrap.bootstrap(context, host, modules, timer);
      Value hooks = internal.getMember("loopHooks");
      beginTimersPhase = hooks.getMember("beginTimersPhase");
      runDueTimers = hooks.getMember("runDueTimers");
      msUntilNextTimer = hooks.getMember("msUntilNextTimer");
      beginCheckPhase = hooks.getMember("beginCheckPhase");
      runImmediates = hooks.getMember("runImmediates");
      hasRefedWork = hooks.getMember("hasRefedWork");
      hasImmediates = hooks.getMember("hasImmediates");
      afterTask = internal.getMember("afterTask");
      runTask = internal.getMember("runTask");
      runTaskWith = internal.getMember("runTaskWith");
      internal.getMember("setArgv").execute(options.scriptArgs().toArray());
      timer.mark("runtime JavaScript loaded");
      if (trace != null) {
        trace.attach(Thread.currentThread());
        recorder.phase("script");
      }
      busySinceNanos = System.nanoTime(); // the program's first turn begins
      runMain(hooks, main);
      timer.mark("main script done");
      loop(hooks);
      timer.mark("loop done");
      phase("exiting");
      int code = call(hooks.getMember("emitExit")).asInt();
      return ended(terminatedWith >= 0 ? terminatedWith : code); // terminated as it ran out of work
    } catch (ExitSignal exit) {
      return ended(exit.code);
    }
  }

  /** Tracing: the loop entered {@code name}. */
  private void phase(String name) {
    if (recorder != null) {
      recorder.phase(name);
    }
  }

  private int ended(int exitCode) {
    if (recorder != null) {
      recorder.ended(exitCode);
    }
    return exitCode;
  }

  private void runMain(Value hooks, MainProgram main) {
    Value runMain = hooks.getMember("runMain");
    switch (main) {
      case MainProgram.ScriptFile file -> call(runMain, "file", file.path().toAbsolutePath().toString());
      case MainProgram.SourceText text ->
          call(runMain, text.print() ? "print" : "eval", text.source(), text.name());
      case MainProgram.WorkerScript worker -> call(runMain, "worker", worker.setup());
      case MainProgram.Idle idle -> { }
    }
    settle();
  }

  private void loop(Value hooks) {
    while (true) {
      if (!alive()) {
        call(hooks.getMember("emitBeforeExit"));
        settle();
        if (!alive()) {
          return;
        }
      }
      runTimers();
      runCompletions(0);
      long timeoutNanos = pollTimeoutNanos();
      runCompletions(timeoutNanos);
      if (call(beginCheckPhase).asBoolean()) {
        phase("check");
        call(runImmediates);
        settle();
      }
    }
  }

  private boolean alive() {
    return javaRefs.get() > 0 || !inbox.isEmpty() || call(hasRefedWork).asBoolean();
  }

  /**
   * The timers phase: every timer due when the phase began, one task each. JavaScript runs them
   * in one entry and takes the microtask checkpoint after each (internal.settleTask).
   */
  private void runTimers() {
    if (!call(beginTimersPhase).asBoolean()) {
      return;
    }
    phase("timers");
    call(runDueTimers);
    settle();
  }

  /** Runs the inbox's completions; waits up to {@code timeoutNanos} for the first one. */
  private void runCompletions(long timeoutNanos) {
    Runnable completion;
    try {
      if (timeoutNanos == 0) {
        completion = inbox.poll();
      } else {
        busySinceNanos = 0;
        phase("waiting");
        try {
          completion = inbox.take(timeoutNanos);
        } finally {
          busySinceNanos = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (completion != null) {
      phase("poll");
    }
    while (completion != null) {
      runCompletion(completion);
      completion = inbox.poll();
    }
  }

  private void runCompletion(Runnable completion) {
    try {
      completion.run();
    } catch (PolyglotException e) {
      handleEscaped(e);
    }
    settle();
  }

  /** How long the poll phase may wait: 0 with immediates pending, else until the next timer. */
  private long pollTimeoutNanos() {
    if (call(hasImmediates).asBoolean()) {
      return 0;
    }
    if (!alive()) {
      return 0; // only unref'd timers are left: do not wait for them, the loop ends
    }
    double waitMillis = call(msUntilNextTimer).asDouble();
    if (waitMillis < 0) {
      return javaRefs.get() > 0 ? -1 : 0;
    }
    return (long) Math.ceil(waitMillis * 1e6);
  }

  /**
   * Runs afterTask while JavaScript asks for it (ticks queued by promise jobs, unhandled
   * rejections). Each round is its own top-level call: the engine drains promise jobs after it.
   */
  private void settle() {
    while (host.takeAfterTaskRequest()) {
      while (call(afterTask).asBoolean()) {
        // keep going until afterTask finds nothing to do
      }
    }
  }

  private Value call(Value function, Object... args) {
    try {
      return function.execute(args);
    } catch (PolyglotException e) {
      handleEscaped(e);
      return context.asValue(false);
    }
  }

  /** An exception that escaped the runtime's own catch: exit, or a guest error to report. */
  private void handleEscaped(PolyglotException e) {
    if (e.isCancelled() && terminatedWith >= 0) {
      throw new ExitSignal(terminatedWith);
    }
    if (e.isExit()) {
      throw new ExitSignal(e.getExitStatus());
    }
    if (e.isGuestException() && !e.isInternalError() && internal != null) {
      Value error = e.getGuestObject();
      call(internal.getMember("reportUncaught"), error);
      return;
    }
    InternalErrors.report(options.io(), e);
    throw new ExitSignal(70);
  }
}
