package dev.cortado.cli.daemon;

import dev.cortado.engine.SharedEngine;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The warm background process behind {@code bin/cortado}: one JVM with one shared GraalJS engine
 * whose parsed and JIT-compiled code every run reuses. Each client connection is one command, run
 * in a fresh Context ({@link DaemonSession}), so no JavaScript state leaks between runs. It exits
 * when it has been idle for {@code CORTADO_DAEMON_IDLE} seconds (default 900), when its own jars
 * change (a rebuild: clients then start a new daemon under a new key), or on
 * {@code cortado --daemon-stop}. Started by {@code dev.cortado.client.Client}, never by hand.
 *
 * <p>Threads: the main thread accepts connections; each session has its own threads; a watchdog
 * thread checks idleness and staleness; a warm-up thread trains the engine while the daemon is
 * idle ({@link DaemonWarmup}).
 */
public final class DaemonServer {
  private static final long DEFAULT_IDLE_SECONDS = 900;

  private final Path socket;
  private final long idleMillis;
  private final List<JarStamp> jars = JarStamp.ofClassPath();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger runs = new AtomicInteger();
  /** Sessions that only wait for the warm-up ({@code --daemon-wait-warm}): not a user's run. */
  private final AtomicInteger waiters = new AtomicInteger();
  private DaemonWarmup warmup;
  private volatile long lastActivity = System.currentTimeMillis();
  private volatile boolean stopping;
  private ServerSocketChannel server;

  private DaemonServer(Path socket, long idleMillis) {
    this.socket = socket;
    this.idleMillis = idleMillis;
  }

  public static void main(String[] args) throws IOException {
    Path socket = Path.of(args[0]);
    long idleSeconds = DEFAULT_IDLE_SECONDS;
    String idle = System.getenv("CORTADO_DAEMON_IDLE");
    if (idle != null && idle.matches("[0-9]+")) {
      idleSeconds = Long.parseLong(idle);
    }
    new DaemonServer(socket, idleSeconds * 1000).serve();
  }

  private void serve() throws IOException {
    SharedEngine.get(); // the engine exists before the first client connects
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    Files.deleteIfExists(socket); // the client holds the start lock, so no live daemon owns it
    server.bind(UnixDomainSocketAddress.of(socket));
    log("listening on " + socket);
    Thread.ofPlatform().daemon().name("cortado-daemon-watchdog").start(this::watch);
    int warmupRounds = DaemonWarmup.rounds(System.getenv());
    if (warmupRounds > 0) {
      warmup = new DaemonWarmup(warmupRounds, () -> active.get() - waiters.get() == 0
          && System.currentTimeMillis() - lastActivity > 300);
      Thread thread = Thread.ofPlatform().daemon().name("cortado-daemon-warmup").unstarted(warmup);
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
    while (!stopping) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (IOException e) {
        break; // closed by stop()
      }
      active.incrementAndGet();
      lastActivity = System.currentTimeMillis();
      if (warmup != null) {
        warmup.yieldToRun();
      }
      Thread.ofPlatform().name("cortado-daemon-session").start(
          new DaemonSession(client, this, runs.incrementAndGet()));
    }
    while (active.get() > 0) {
      sleep(50);
    }
    log("stopped after " + runs.get() + " runs");
    System.exit(0);
  }

  /** A session finished. Any thread. */
  void sessionEnded() {
    lastActivity = System.currentTimeMillis();
    active.decrementAndGet();
  }

  /**
   * Waits until the warm-up has run (or {@code timeoutMillis} passed, or there is none); returns
   * whether it has. The waiting session does not count as a run that the warm-up gives way to.
   * A session's thread.
   */
  boolean awaitWarm(long timeoutMillis) throws InterruptedException {
    if (warmup == null) {
      return true;
    }
    waiters.incrementAndGet();
    try {
      return warmup.awaitDone(timeoutMillis);
    } finally {
      waiters.decrementAndGet();
    }
  }

  /** Stops taking connections; the process exits once running sessions end. Any thread. */
  void stopSoon() {
    stopping = true;
    try {
      Files.deleteIfExists(socket);
      server.close();
    } catch (IOException e) {
      log("closing the socket: " + e.getMessage());
    }
  }

  private void watch() {
    long collectedAfter = 0;
    while (!stopping) {
      sleep(2000);
      long idleFor = System.currentTimeMillis() - lastActivity;
      if (active.get() == 0 && idleFor > 5000 && collectedAfter != lastActivity) {
        collectedAfter = lastActivity; // once per idle spell: a full collection shrinks the heap
        System.gc();
      }
      if (active.get() == 0 && idleFor > idleMillis) {
        log("idle for " + idleMillis / 1000 + " s");
        stopSoon();
      } else if (jars.stream().anyMatch(JarStamp::changed)) {
        log("a jar changed (rebuilt); new runs go to a new daemon");
        stopSoon();
      } else if (!Files.exists(socket)) {
        log("socket file removed");
        stopSoon();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A line in the daemon's log file. Any thread. */
  static void log(String message) {
    System.out.println(Instant.now() + " cortado daemon " + ProcessHandle.current().pid() + ": " + message);
  }

  /** A class path jar's size and time when the daemon started. */
  private record JarStamp(Path path, long size, long modified) {
    static List<JarStamp> ofClassPath() {
      List<JarStamp> stamps = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(":")) {
        Path path = Path.of(entry);
        try {
          stamps.add(new JarStamp(path, Files.size(path), Files.getLastModifiedTime(path).toMillis()));
        } catch (IOException e) {
          // not a file (a wildcard expanded by the launcher is listed file by file)
        }
      }
      return stamps;
    }

    boolean changed() {
      try {
        return Files.size(path) != size || Files.getLastModifiedTime(path).toMillis() != modified;
      } catch (IOException e) {
        return true;
      }
    }
  }
}
