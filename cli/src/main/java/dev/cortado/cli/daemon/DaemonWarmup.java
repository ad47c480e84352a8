package dev.cortado.cli.daemon;

import dev.cortado.cli.Invocation;
import dev.cortado.cli.Main;
import dev.cortado.client.DaemonProcesses;
import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Trains a fresh daemon while it is idle: it runs a built-in workload ({@code
 * warmup-workload.js}: promises, timers, events, encoding, URL, Buffer, streams) in a few fresh
 * runtimes, so the shared engine has compiled the runtime's own JavaScript, and the JVM the Graal
 * compiler itself, before the user's next run. A daemon's first runs were 3-50x slower than its
 * later ones without it. After each round it waits until the JIT has compiled what the round
 * queued ({@link #awaitCompilerQuiet}). A round starts only when the daemon is idle and so are
 * the machine's other processes ({@link OtherProcessesLoad}), and it gives way at once to a
 * user's run: {@link #yieldToRun} ends it. Rounds go on until one leaves the JIT little to do
 * ({@value #SETTLED_COMPILE_MILLIS} ms), at least {@value #MIN_ROUNDS} and at most the limit
 * {@code CORTADO_DAEMON_WARMUP} sets (default {@value #DEFAULT_ROUNDS}; 0 or {@code off} skips
 * the warm-up). Then a full collection empties the young generation the rounds filled, so the
 * first user's run does not pay for their garbage.
 *
 * <p>Threads: {@link #run} on its own low-priority thread; {@link #yieldToRun} and
 * {@link #awaitDone} from any thread.
 */
final class DaemonWarmup implements Runnable {
  /**
   * The most rounds run by default. On 2 cores each of the first six rounds still left the
   * compiler 5-9 s of work; a user's run right after four rounds shared the compiler with
   * tier-2 compilations of the runtime's hot functions (0.5 s each) and ran 3-4x slower.
   */
  static final int DEFAULT_ROUNDS = 10;
  /** Rounds run at least, unless the limit is lower. */
  static final int MIN_ROUNDS = 4;
  /** A round after which the JIT was busy for less than this has left little to compile. */
  static final long SETTLED_COMPILE_MILLIS = 3000;
  /** How long the daemon must have been idle before a round starts. */
  private static final long IDLE_BEFORE_ROUND_MILLIS = 300;
  /** The longest wait, after a round, for the JIT to finish what the round queued. */
  private static final long COMPILER_QUIET_TIMEOUT_MILLIS = 30_000;
  /** How often the JIT's threads are looked at while waiting for them. */
  private static final long COMPILER_POLL_MILLIS = 250;

  /** Other processes using more than this many cores keep a round from starting. */
  private static final double OTHERS_BUSY_CORES = 0.25;

  private final int rounds;
  private final BooleanSupplier idle;
  private final Runnable afterWarm;
  private final OtherProcessesLoad otherProcesses = new OtherProcessesLoad();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile EventLoop running;
  private volatile boolean yielded;

  /**
   * @param rounds how many rounds to run
   * @param idle whether no user run is active and none ended in the last moments
   * @param afterWarm what to do once the rounds have run, on this thread, before {@link
   *     #awaitDone} returns
   */
  DaemonWarmup(int rounds, BooleanSupplier idle, Runnable afterWarm) {
    this.rounds = rounds;
    this.idle = idle;
    this.afterWarm = afterWarm;
  }

  /** The rounds {@code CORTADO_DAEMON_WARMUP} asks for: a number, off (0), or the default. */
  static int rounds(Map<String, String> environment) {
    String setting = environment.getOrDefault("CORTADO_DAEMON_WARMUP", "").strip();
    if (setting.matches("[0-9]{1,3}")) {
      return Integer.parseInt(setting);
    }
    return DaemonProcesses.isOff(setting) ? 0 : DEFAULT_ROUNDS;
  }

  @Override
  public void run() {
    try {
      String script = workload();
      int completed = 0;
      long started = System.nanoTime();
      while (completed < rounds) {
        sleep(IDLE_BEFORE_ROUND_MILLIS);
        yielded = false; // before the idle check: a run that begins after it ends the round
        double othersCores = otherProcesses.sinceLastLook();
        if (!idle.getAsBoolean() || othersCores > OTHERS_BUSY_CORES) {
          continue;
        }
        long roundStart = System.nanoTime();
        int code = runRound(script);
        if (yielded) {
          continue; // a user's run began: this round did not finish; run it again later
        }
        completed++;
        long roundMillis = (System.nanoTime() - roundStart) / 1_000_000;
        long compileMillis = awaitCompilerQuiet(COMPILER_QUIET_TIMEOUT_MILLIS);
        DaemonServer.log("warm-up round " + completed + "/" + rounds + ": " + roundMillis + " ms"
            + (code == 0 ? "" : ", exit code " + code) + ", then " + compileMillis + " ms until the JIT was quiet");
        if (settled(completed, compileMillis)) {
          break;
        }
      }
      if (idle.getAsBoolean()) {
        System.gc();
      }
      DaemonServer.log("warm-up done in " + (System.nanoTime() - started) / 1_000_000 + " ms ("
          + completed + (completed == 1 ? " round)" : " rounds)"));
      afterWarm.run();
    } finally {
      done.countDown();
    }
  }

  /**
   * Whether the warm-up can stop before its limit: after {@code completed} rounds, the last of
   * which kept the JIT busy for {@code compileMillis}.
   */
  static boolean settled(int completed, long compileMillis) {
    return completed >= MIN_ROUNDS && compileMillis < SETTLED_COMPILE_MILLIS;
  }

  /** Ends the running round, if any, so a user's run has the machine. Any thread. */
  void yieldToRun() {
    yielded = true;
    EventLoop loop = running;
    if (loop != null) {
      loop.terminate(0);
    }
  }

  /** Waits until every round has run, up to {@code timeoutMillis}; returns whether they have. */
  boolean awaitDone(long timeoutMillis) throws InterruptedException {
    return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  private int runRound(String script) {
    OutputStream nowhere = OutputStream.nullOutputStream();
    InputStream nothing = new ByteArrayInputStream(new byte[0]);
    ProcessIo io = new ProcessIo(nothing, nowhere, nowhere, false, false);
    Invocation invocation = new Invocation(io, new PrintStream(nowhere), new PrintStream(nowhere), nothing,
        Path.of(System.getProperty("java.io.tmpdir")), Map.of(), false, ProcessHandle.current().pid(), 0,
        "as the daemon's warm-up");
    try {
      return Main.runReportingErrors(new String[] {"-e", script}, invocation, loop -> {
        running = loop;
        if (yielded) {
          loop.terminate(0);
        }
      });
    } finally {
      running = null;
    }
  }

  /**
   * Waits until the engine's compiler threads have been nearly idle (under a tenth of one core)
   * for two polls in a row, or {@code timeoutMillis} passed; returns how long it waited. A round
   * queues far more compilations than the single compiler thread of a small machine finishes
   * during it, and a round run before they are done runs interpreted code and queues yet more;
   * a user's run that started with that backlog waited behind it (3-6x slower runs after the
   * rounds had ended).
   */
  static long awaitCompilerQuiet(long timeoutMillis) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long last = compilerCpuNanos(threads);
    int quietPolls = 0;
    while (quietPolls < 2 && (System.nanoTime() - start) / 1_000_000 < timeoutMillis) {
      sleep(COMPILER_POLL_MILLIS);
      long now = compilerCpuNanos(threads);
      quietPolls = now - last < COMPILER_POLL_MILLIS * 1_000_000 / 10 ? quietPolls + 1 : 0;
      last = now;
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The CPU time used so far by the engine's compiler threads (Truffle's, named so). */
  private static long compilerCpuNanos(ThreadMXBean threads) {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("TruffleCompilerThread")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        total += Math.max(cpu, 0);
      }
    }
    return total;
  }

  private static String workload() {
    try (InputStream in = DaemonWarmup.class.getResourceAsStream("warmup-workload.js")) {
      if (in == null) {
        throw new IllegalStateException("warmup-workload.js is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
