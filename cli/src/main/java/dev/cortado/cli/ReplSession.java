package dev.cortado.cli;

import dev.cortado.loop.EventLoop;
import dev.cortado.loop.InternalErrors;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The REPL's end of an event loop: it starts a loop with no main program, keeps it alive while
 * the REPL is open, and runs each input as one loop task through the {@code internal.replEval}
 * hook of {@code 95_repl.js}. {@link #evaluate}, {@link #interrupt} and {@link #close} are called
 * by the REPL's thread; the exported methods of {@link Evaluation} by JavaScript on the loop thread.
 */
final class ReplSession {
  /** What an input came to. */
  sealed interface Result {
    /** Printed its result or error; the REPL reads the next input. */
    record Done() implements Result {}

    /** Not a whole program yet: the REPL reads another line and tries again. */
    record Incomplete() implements Result {}

    /** Ctrl-C stopped the evaluation (or stopped waiting for it). */
    record Interrupted() implements Result {}

    /** The runtime ended ({@code process.exit()}) with this exit code. */
    record Exited(int code) implements Result {}
  }

  private final EventLoop loop;
  private final CompletableFuture<Integer> exit;
  private volatile Evaluation current;

  private ReplSession(EventLoop loop, CompletableFuture<Integer> exit) {
    this.loop = loop;
    this.exit = exit;
  }

  /** Starts a runtime for the REPL; {@code colors} is whether results are printed in colour. */
  static ReplSession start(RuntimeOptions options, boolean colors) {
    EventLoop loop = new EventLoop(options);
    loop.ref(); // the REPL is a pending operation: the loop waits for input instead of ending
    CompletableFuture<Integer> exit = loop.start(new MainProgram.Idle());
    loop.post(() -> loop.runTask(loop.internalMember("replStart"),
        ProxyObject.fromMap(Map.of("colors", colors))));
    exit.whenComplete((code, failure) -> {
      if (failure != null) {
        InternalErrors.report(options.io(), failure);
      }
    });
    return new ReplSession(loop, exit);
  }

  /** Completes with the runtime's exit code when it ends. */
  CompletableFuture<Integer> exitCode() {
    return exit;
  }

  /** Runs {@code code} as one task on the loop; waits for its result (or an await) to settle. */
  Result evaluate(String code) throws InterruptedException {
    Evaluation evaluation = new Evaluation();
    current = evaluation;
    loop.post(() -> {
      synchronized (evaluation) {
        evaluation.running = true;
      }
      try {
        // as EventLoop.runTask, but an interrupt (Ctrl-C) ends only this task, not the runtime
        loop.internalMember("runTask").execute(loop.internalMember("replEval"), null,
            new Object[] {code, evaluation});
      } catch (PolyglotException e) {
        if (!e.isInterrupted() && !e.isCancelled()) {
          throw e;
        }
      } finally {
        synchronized (evaluation) { // waits here while interrupt() is still interrupting
          evaluation.running = false;
        }
        if (evaluation.cancelled) {
          Thread.interrupted(); // the engine's interrupt also set the thread's flag: clear it
        }
      }
    });
    try {
      CompletableFuture.anyOf(evaluation.outcome, exit).get();
    } catch (ExecutionException e) {
      // the runtime failed: start() reported it
    } finally {
      current = null;
    }
    if (evaluation.outcome.isDone()) {
      return evaluation.outcome.join();
    }
    return new Result.Exited(exit.isCompletedExceptionally() ? 70 : exit.join());
  }

  /**
   * Ctrl-C during an evaluation: stops waiting for it, and interrupts its code if the code is
   * still running (an endless loop). Returns false when nothing was being evaluated.
   */
  boolean interrupt() {
    Evaluation evaluation = current;
    if (evaluation == null) {
      return false;
    }
    evaluation.cancelled = true;
    // The engine interrupts guest code until interrupt() returns; the loop thread keeps its
    // context entered, so interrupt() always waits out its timeout. Holding the lock keeps the
    // loop thread inside this evaluation's task meanwhile, so no other task is interrupted.
    synchronized (evaluation) {
      if (evaluation.running) {
        try {
          loop.context().interrupt(Duration.ofMillis(300));
        } catch (TimeoutException | RuntimeException e) {
          // expected (see above); the code stopped, or finished by itself
        }
      }
    }
    evaluation.outcome.complete(new Result.Interrupted());
    return true;
  }

  /** Ends the runtime as {@code process.exit()} does ('exit' listeners run); its exit code. */
  int close() throws InterruptedException {
    if (!exit.isDone()) {
      loop.post(() -> loop.runTask(loop.internalMember("replExit")));
      loop.unref();
    }
    try {
      return exit.get();
    } catch (ExecutionException e) {
      return 70;
    }
  }

  /** One input being evaluated: the {@code bridge} argument of {@code internal.replEval}. */
  public final class Evaluation {
    final CompletableFuture<Result> outcome = new CompletableFuture<>();
    volatile boolean running;
    volatile boolean cancelled;

    /** Parses {@code code} without running it: "ok", "incomplete" or "error". */
    @HostAccess.Export
    public String check(String name, String code) {
      try {
        loop.context().parse(Source.newBuilder("js", code, name).cached(false).buildLiteral());
        return "ok";
      } catch (PolyglotException e) {
        return e.isSyntaxError() && e.isIncompleteSource() ? "incomplete" : "error";
      }
    }

    /** Runs {@code code} as a script named {@code name}; its completion value. */
    @HostAccess.Export
    public Value run(String name, String code) {
      return loop.context().eval(Source.newBuilder("js", code, name).buildLiteral());
    }

    /** Whether Ctrl-C abandoned this evaluation: its late result is not printed. */
    @HostAccess.Export
    public boolean isCancelled() {
      return cancelled;
    }

    /**
     * Called once the result or error is printed ("done"), or for incomplete input. The REPL goes
     * on after the current task, so that rejections the input left unhandled print first.
     */
    @HostAccess.Export
    public void settled(String what) {
      Result result = "incomplete".equals(what) ? new Result.Incomplete() : new Result.Done();
      loop.post(() -> outcome.complete(result));
    }
  }
}
