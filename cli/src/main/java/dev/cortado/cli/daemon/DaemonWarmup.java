package dev.cortado.cli.daemon;

import dev.cortado.cli.Invocation;
import dev.cortado.cli.Main;
import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * later ones without it. A round gives way at once to a user's run: {@link #yieldToRun} ends it.
 * {@code CORTADO_DAEMON_WARMUP} sets the number of rounds (default {@value #DEFAULT_ROUNDS}); 0 or
 * {@code off} skips it.
 *
 * <p>Threads: {@link #run} on its own low-priority thread; {@link #yieldToRun} and
 * {@link #awaitDone} from any thread.
 */
final class DaemonWarmup implements Runnable {
  /** Rounds to run by default; the later ones find nearly everything compiled. */
  static final int DEFAULT_ROUNDS = 4;
  /** How long the daemon must have been idle before a round starts. */
  private static final long IDLE_BEFORE_ROUND_MILLIS = 300;

  private final int rounds;
  private final BooleanSupplier idle;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile EventLoop running;
  private volatile boolean yielded;

  /**
   * @param rounds how many rounds to run
   * @param idle whether no user run is active and none ended in the last moments
   */
  DaemonWarmup(int rounds, BooleanSupplier idle) {
    this.rounds = rounds;
    this.idle = idle;
  }

  /** The rounds {@code CORTADO_DAEMON_WARMUP} asks for: a number, off (0), or the default. */
  static int rounds(Map<String, String> environment) {
    String setting = environment.getOrDefault("CORTADO_DAEMON_WARMUP", "").strip().toLowerCase(java.util.Locale.ROOT);
    if (setting.matches("[0-9]{1,3}")) {
      return Integer.parseInt(setting);
    }
    return switch (setting) {
      case "off", "false", "no" -> 0;
      default -> DEFAULT_ROUNDS;
    };
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
        if (!idle.getAsBoolean()) {
          continue;
        }
        long roundStart = System.nanoTime();
        int code = runRound(script);
        if (yielded) {
          continue; // a user's run began: this round did not finish; run it again later
        }
        completed++;
        DaemonServer.log("warm-up round " + completed + "/" + rounds + ": "
            + (System.nanoTime() - roundStart) / 1_000_000 + " ms" + (code == 0 ? "" : ", exit code " + code));
      }
      DaemonServer.log("warm-up done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } finally {
      done.countDown();
    }
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
