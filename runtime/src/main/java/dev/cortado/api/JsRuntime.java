package dev.cortado.api;

import dev.cortado.host.Permissions;
import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Value;
import dev.cortado.loop.PendingOp;
import dev.cortado.loop.RuntimeLimits;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A JavaScript runtime embedded in a Java application: its own event loop on its own thread, with
 * timers, promises, modules and console, on the JVM's one shared GraalJS engine (so many runtimes
 * are cheap and share compiled code).
 *
 * <pre>{@code
 * try (JsRuntime js = JsRuntime.builder().stdout(System.out).build()) {
 *   js.evalModule(Path.of("plugin.mjs")).join();
 *   int total = js.call("total", List.of(1, 2, 3)).join().asInt();
 * }
 * }</pre>
 *
 * <p>Every method may be called from any thread: calls are handed to the loop thread through its
 * inbox, and no caller ever touches the engine's Context. Results are futures that complete with
 * plain Java data ({@link JsValue}) once the JavaScript value, or the promise it returned, settles;
 * a JavaScript error or rejection completes them exceptionally with a {@link JsException}.
 */
public final class JsRuntime implements AutoCloseable {
  private final EventLoop loop;
  private final CompletableFuture<Integer> exit;
  private final CompletableFuture<Value> helpers = new CompletableFuture<>();
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private volatile String stoppedForLimit;

  private JsRuntime(RuntimeOptions options, Duration cpuTimeLimit, Duration turnTimeLimit,
      Duration wallClockLimit, long statementLimit, int maxPendingTimers, int maxPendingOps) {
    loop = new EventLoop(options);
    loop.limit(new RuntimeLimits(statementLimit, maxPendingTimers, maxPendingOps,
        why -> stoppedForLimit = why));
    loop.ref(); // the embedder may call in at any time: the loop waits instead of ending
    exit = loop.start(new MainProgram.Idle());
    loop.post(() -> helpers.complete(loop.internalMember("load").execute("96_embedding.js")));
    if (cpuTimeLimit != null || turnTimeLimit != null || wallClockLimit != null) {
      LimitWatchdog.watch(new LimitWatchdog.Watched(this, cpuTimeLimit, turnTimeLimit, wallClockLimit,
          System.nanoTime()));
    }
    exit.whenComplete((code, failure) -> {
      LimitWatchdog.unwatch(this);
      helpers.completeExceptionally(ending());
      for (CompletableFuture<?> future : pending) {
        failWithEnding(future);
      }
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a classic script (not a module); completes with its completion value, awaited when
   * it is a promise.
   */
  public CompletableFuture<JsValue> eval(String source) {
    return eval(source, "embedded.js");
  }

  /** As {@link #eval(String)}, with {@code name} as the script's name in stack traces. */
  public CompletableFuture<JsValue> eval(String source, String name) {
    Objects.requireNonNull(source, "source");
    return submit((hooks, done, failed) ->
        loop.runTask(hooks.getMember("evalScript"), source, name, done, failed));
  }

  /**
   * Imports the ES module {@code file} (its imports, then its body, top-level await included);
   * completes with its namespace's exports when it has finished. It becomes the main module that
   * {@link #call} looks in.
   */
  public CompletableFuture<JsValue> evalModule(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    return submit((hooks, done, failed) ->
        loop.runTask(hooks.getMember("importModule"), path, done, failed));
  }

  /**
   * Calls {@code name}, an export of the main module (see {@link #evalModule}) or else a global
   * function, with {@code args} as plain data; completes with its result, awaited when it is a
   * promise.
   */
  public CompletableFuture<JsValue> call(String name, Object... args) {
    Objects.requireNonNull(name, "name");
    List<Object> arguments = Arrays.asList(args);
    return submit((hooks, done, failed) ->
        loop.runTask(hooks.getMember("call"), name, PlainData.toJs(arguments, hooks), done, failed));
  }

  /**
   * Makes {@code function} a global JavaScript function called {@code name}. When it returns a
   * {@link CompletableFuture}, JavaScript gets a promise that settles on the loop thread when the
   * future completes, from whichever thread completes it; until then the runtime stays alive.
   * Completes when the function is in place.
   */
  public CompletableFuture<Void> expose(String name, JsFunction function) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    return submit((hooks, done, failed) -> {
      hooks.invokeMember("expose", name, (ProxyExecutable) args -> invokeJava(function, hooks, args));
      done.execute((Object) null);
    }).thenApply(ignored -> null);
  }

  /** Completes with the exit code when the runtime ends by itself ({@code process.exit()}). */
  public CompletableFuture<Integer> exitCode() {
    return exit;
  }

  /**
   * Stops the runtime: pending timers and promises are dropped and unfinished futures fail.
   * Waits up to 10 seconds for the loop thread to end. Any thread; closing twice does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    loop.terminate(0);
    try {
      exit.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // ended badly or slowly: either way it is over for the caller
    }
  }

  /** Why calls fail once the runtime has ended. */
  private IllegalStateException ending() {
    String limit = stoppedForLimit;
    if (limit != null) {
      return new ResourceLimitException("the runtime was stopped: " + limit);
    }
    if (closed) {
      return new IllegalStateException("the runtime was closed");
    }
    Integer code = exit.isCompletedExceptionally() ? null : exit.getNow(null);
    return new IllegalStateException(code != null ? "the runtime ended with exit code " + code
        : "the runtime ended with an internal error");
  }

  private void failWithEnding(CompletableFuture<?> future) {
    future.completeExceptionally(ending());
  }

  EventLoop loop() {
    return loop;
  }

  /** Stops a runtime that went over a limit; called by the watchdog thread. */
  void stopForLimit(String why) {
    stoppedForLimit = why;
    loop.terminate(1);
  }

  /** What a task does with the embedding hooks, given its done/failed callbacks. Loop thread. */
  @FunctionalInterface
  private interface Task {
    void run(Value hooks, Value done, Value failed);
  }

  private CompletableFuture<JsValue> submit(Task task) {
    CompletableFuture<JsValue> result = new CompletableFuture<>();
    if (closed) {
      result.completeExceptionally(new IllegalStateException("the runtime was closed"));
      return result;
    }
    pending.add(result);
    result.whenComplete((value, failure) -> pending.remove(result));
    if (exit.isDone()) { // ended before `pending` held this call: fail it here
      failWithEnding(result);
      return result;
    }
    helpers.whenComplete((hooks, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
        return;
      }
      loop.post(() -> {
        Value context = hooks.getContext().asValue((ProxyExecutable) args -> {
          complete(result, args);
          return null;
        });
        Value failed = hooks.getContext().asValue((ProxyExecutable) args -> {
          result.completeExceptionally(toException(args.length > 0 ? args[0] : null));
          return null;
        });
        try {
          task.run(hooks, context, failed);
        } catch (IllegalArgumentException | ClassCastException e) { // data that does not convert
          result.completeExceptionally(e);
        } // anything else ends the loop (exit, termination); the exit handler fails `result`
      });
    });
    return result;
  }

  private static void complete(CompletableFuture<JsValue> result, Value[] args) {
    try {
      result.complete(new JsValue(PlainData.toJava(args.length > 0 ? args[0] : null)));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /**
   * Runs an exposed Java function for JavaScript and returns its result as a JavaScript value (a
   * promise for a future); a failure is thrown into the caller as a JavaScript error. Loop thread.
   */
  private Object invokeJava(JsFunction function, Value hooks, Value[] jsArgs) {
    int maxOps = loop.limits().maxPendingOps();
    if (maxOps > 0 && loop.pendingOps().count() >= maxOps) { // before the Java function starts anything
      return fail(hooks, "RangeError", "Too many pending operations: this runtime allows " + maxOps
          + " at once (JsRuntime.Builder.maxPendingOps)");
    }
    Object outcome;
    try {
      List<Object> args = new ArrayList<>(jsArgs.length);
      for (Value arg : jsArgs) {
        args.add(PlainData.toJava(arg));
      }
      outcome = function.apply(args);
    } catch (Exception e) {
      return fail(hooks, "Error", String.valueOf(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
    if (outcome instanceof CompletableFuture<?> future) {
      Value resolvers = hooks.invokeMember("promiseWithResolvers");
      // pending Java work: the loop stays alive until it settles, and a trace shows it in flight
      PendingOp op = loop.pendingOps().begin("embedder", null);
      loop.pendingOps().listen(op, hooks.getContext().asValue((ProxyExecutable) settled -> {
        if (settled[0].asBoolean()) {
          resolvers.getMember("resolve").execute(PlainData.toJs(settled[1].<PlainResult>asHostObject().value(), hooks));
        } else {
          resolvers.getMember("reject").execute(hooks.invokeMember("makeError", settled[1].asString()));
        }
        return null;
      }), null);
      future.whenComplete((value, failure) -> {
        if (failure != null) {
          Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          op.fail(String.valueOf(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
        } else {
          op.complete(new PlainResult(value));
        }
      });
      return resolvers.getMember("promise");
    }
    return PlainData.toJs(outcome, hooks);
  }

  /** A Java function's result on its way to the loop thread, converted there. */
  private record PlainResult(Object value) { }

  /** Throws a JavaScript error of {@code kind} into the JavaScript that called the Java function. */
  private static Object fail(Value hooks, String kind, String message) {
    return hooks.invokeMember("throwError", kind, message); // throws: the guest error passes through
  }

  private static JsException toException(Value error) {
    Object thrown = PlainData.toJava(error);
    if (thrown instanceof Map<?, ?> map && map.containsKey("stack") && map.containsKey("name")) {
      return new JsException(String.valueOf(map.get("name")), String.valueOf(map.get("message")),
          String.valueOf(map.get("stack")), thrown);
    }
    String text = error == null ? "undefined" : error.isString() ? error.asString() : error.toString();
    return new JsException("Error", text, "Uncaught " + text, thrown);
  }

  /** How a runtime is set up. Not thread-safe; build on one thread. */
  public static final class Builder {
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private InputStream stdin = InputStream.nullInputStream();
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private Map<String, String> environment = Map.of();
    private List<String> args = List.of();
    private Duration cpuTimeLimit;
    private Duration turnTimeLimit;
    private Duration wallClockLimit;
    private Permissions permissions = Permissions.none();
    private long statementLimit;
    private int maxPendingTimers;
    private int maxPendingOps;

    private Builder() {}

    /**
     * Stops the runtime once the program has executed this many statements of its own code (the
     * runtime's JavaScript does not count); its futures then fail with a {@link
     * ResourceLimitException}. Default: no limit. Note: the engine then counts statements in every
     * runtime of the JVM with a statement limit, which costs some speed there.
     */
    public Builder statementLimit(long statements) {
      if (statements <= 0) {
        throw new IllegalArgumentException("a limit must be positive: " + statements);
      }
      this.statementLimit = statements;
      return this;
    }

    /**
     * The most timers and immediates that may wait at once; one more throws a JavaScript {@code
     * RangeError} from {@code setTimeout}, {@code setInterval} or {@code setImmediate}, and the
     * runtime carries on. Default: no limit.
     */
    public Builder maxPendingTimers(int timers) {
      if (timers <= 0) {
        throw new IllegalArgumentException("a limit must be positive: " + timers);
      }
      this.maxPendingTimers = timers;
      return this;
    }

    /**
     * The most host operations (requests, file operations, Java futures of exposed functions...)
     * that may be in flight at once; one more throws a JavaScript {@code RangeError} before it
     * starts. Default: no limit.
     */
    public Builder maxPendingOps(int operations) {
      if (operations <= 0) {
        throw new IllegalArgumentException("a limit must be positive: " + operations);
      }
      this.maxPendingOps = operations;
      return this;
    }

    /**
     * What the JavaScript may do beyond computing (default: nothing, as in Deno). A denied
     * operation throws a JavaScript error named {@code NotCapable} that says which permission
     * would allow it. Example: {@code Permissions.none().with("env", Permissions.Grant.NONE.allow(List.of("HOME")))}.
     */
    public Builder permissions(Permissions granted) {
      this.permissions = Objects.requireNonNull(granted);
      return this;
    }

    /**
     * Stops the runtime once its loop thread has used this much CPU time in all; its futures then
     * fail with a {@link ResourceLimitException}. Default: no limit.
     */
    public Builder cpuTimeLimit(Duration limit) {
      this.cpuTimeLimit = positive(limit);
      return this;
    }

    /**
     * Stops the runtime when JavaScript runs this long without returning to the event loop: an
     * endless loop, a microtask chain that never ends, a runaway regular expression. Waiting for
     * timers or Java futures does not count. Default: no limit.
     */
    public Builder turnTimeLimit(Duration limit) {
      this.turnTimeLimit = positive(limit);
      return this;
    }

    /**
     * Stops the runtime once this much wall-clock time has passed since {@link #build()}, however
     * it was spent (running, or waiting for timers and Java futures); its futures then fail with a
     * {@link ResourceLimitException}. Default: no limit.
     */
    public Builder wallClockLimit(Duration limit) {
      this.wallClockLimit = positive(limit);
      return this;
    }

    private static Duration positive(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("a limit must be positive: " + limit);
      }
      return limit;
    }

    /** Where {@code console.log} and {@code process.stdout} write (default: nowhere). */
    public Builder stdout(OutputStream out) {
      this.stdout = Objects.requireNonNull(out);
      return this;
    }

    /** Where {@code console.error}, warnings and uncaught errors write (default: nowhere). */
    public Builder stderr(OutputStream err) {
      this.stderr = Objects.requireNonNull(err);
      return this;
    }

    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in);
      return this;
    }

    /** {@code process.cwd()} and the base of relative module paths (default: the JVM's). */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = dir.toAbsolutePath().normalize();
      return this;
    }

    /** What {@code process.env} holds (default: nothing; the JVM's environment is not shared). */
    public Builder environment(Map<String, String> env) {
      this.environment = Map.copyOf(env);
      return this;
    }

    /** {@code process.argv.slice(2)}. */
    public Builder args(List<String> arguments) {
      this.args = List.copyOf(arguments);
      return this;
    }

    /** Starts the runtime; its loop thread is running when this returns. */
    public JsRuntime build() {
      ProcessIo io = new ProcessIo(stdin, stdout, stderr, false, false);
      ProcessHandle self = ProcessHandle.current();
      return new JsRuntime(new RuntimeOptions(io, workingDirectory, new java.util.HashMap<>(environment),
          new ArrayList<>(args), RuntimeOptions.DEFAULT_STACK_BYTES, self.pid(),
          self.parent().map(ProcessHandle::pid).orElse(0L), permissions), cpuTimeLimit, turnTimeLimit,
          wallClockLimit, statementLimit, maxPendingTimers, maxPendingOps);
    }
  }
}
