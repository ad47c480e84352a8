package dev.cortado.cli.daemon;

import dev.cortado.client.DaemonAddress;
import dev.cortado.engine.SharedEngine;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The warm background process behind {@code bin/cortado}: one JVM with one shared GraalJS engine
 * whose parsed and JIT-compiled code every run reuses. Each client connection is one command, run
 * in a fresh Context ({@link DaemonSession}), so no JavaScript state leaks between runs. It exits
 * when it has been idle for {@code CORTADO_DAEMON_IDLE} seconds (default 3 hours), when its own jars
 * change (a rebuild: clients then start a new daemon under a new key), or on
 * {@code cortado --daemon-stop}. Started by {@code dev.cortado.client.Client}, never by hand;
 * once trained, it hands off to a successor with the JVM's full JIT ({@link DaemonSuccessor}).
 *
 * <p>Threads: the main thread accepts connections; each session has its own threads; a watchdog
 * thread checks idleness and staleness; a warm-up thread trains the engine while the daemon is
 * idle ({@link DaemonWarmup}).
 */
public final class DaemonServer {
  /**
   * Three hours, as Gradle's daemon: what the daemon learned (its JIT-compiled runtime, trained
   * for minutes) is lost when it exits, and the next run in a new JVM is several times slower.
   * An idle daemon keeps its young generation resident (up to 2 GB after allocation-heavy runs;
   * ParallelGC does not shrink it); the collection after {@link #IDLE_COLLECTION_MILLIS} gives back
   * the old generation it no longer needs.
   */
  private static final long DEFAULT_IDLE_SECONDS = 3 * 60 * 60;

  /** The socket clients connect to. */
  private final Path socket;
  /** The daemon this one will replace ({@link DaemonSuccessor}), or null. */
  private final ProcessHandle predecessor;
  /** Where this daemon listens: {@link #socket}, or a side socket until it takes over. */
  private volatile Path listening;
  /** The identity of the socket file this daemon bound, to tell it from a successor's. */
  private volatile Object boundKey;
  private volatile ProcessHandle successor;
  private volatile boolean handedOff;
  /** Whether this daemon, once trained, starts a successor with the full JIT. */
  private volatile boolean startsSuccessor;
  private final long idleMillis;
  /**
   * Idle time after which the daemon runs a full collection, which gives memory back. Not sooner:
   * runs come in bursts (a test suite, a benchmark, a watcher), and at 5 s this collection (0.46 s
   * after a stream benchmark) could stop the next run's start, and each run after one began with
   * a shrunk heap to grow again.
   */
  private static final long IDLE_COLLECTION_MILLIS = 30_000;
  private final List<JarStamp> jars = JarStamp.ofClassPath();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger runs = new AtomicInteger();
  /** Sessions that only wait for the warm-up ({@code --daemon-wait-warm}): not a user's run. */
  private final AtomicInteger waiters = new AtomicInteger();
  private DaemonWarmup warmup;
  private volatile long lastActivity = System.currentTimeMillis();
  private volatile boolean stopping;
  private ServerSocketChannel server;

  private DaemonServer(Path socket, ProcessHandle predecessor, long idleMillis) {
    this.socket = socket;
    this.predecessor = predecessor;
    this.listening = predecessor == null ? socket : DaemonSuccessor.sideSocket(socket);
    this.idleMillis = idleMillis;
  }

  /** {@code DaemonServer SOCKET [--successor-of PID]}. */
  public static void main(String[] args) throws IOException {
    Path socket = Path.of(args[0]);
    ProcessHandle predecessor = null;
    if (args.length == 3 && args[1].equals(DaemonSuccessor.SUCCESSOR_OF)) {
      predecessor = ProcessHandle.of(Long.parseLong(args[2])).orElse(null);
      if (predecessor == null) {
        log("daemon " + args[2] + " exited before its successor started");
        return;
      }
    }
    long idleSeconds = DEFAULT_IDLE_SECONDS;
    String idle = System.getenv("CORTADO_DAEMON_IDLE");
    if (idle != null && idle.matches("[0-9]+")) {
      idleSeconds = Long.parseLong(idle);
    }
    new DaemonServer(socket, predecessor, idleSeconds * 1000).serve();
  }

  private void serve() throws IOException {
    SharedEngine.get(); // the engine exists before the first client connects
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    // The client holds the start lock, so no live daemon owns the socket; a successor's side
    // socket is its own.
    Files.deleteIfExists(listening);
    server.bind(UnixDomainSocketAddress.of(listening));
    boundKey = fileKey(listening);
    log("listening on " + listening + (predecessor == null ? "" : ", to take over from daemon "
        + predecessor.pid() + " once trained"));
    Thread.ofPlatform().daemon().name("cortado-daemon-watchdog").start(this::watch);
    int warmupRounds = DaemonWarmup.rounds(System.getenv());
    if (warmupRounds > 0) {
      startsSuccessor = predecessor == null && DaemonSuccessor.wanted(
          ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()), System.getenv());
      Runnable afterWarm = predecessor != null ? this::takeOver
          : startsSuccessor ? this::startSuccessor : () -> { };
      warmup = new DaemonWarmup(warmupRounds, this::idle, afterWarm);
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
   * Waits until the warm-up has run (or {@code timeoutMillis} passed, or there is none), and
   * then, when this daemon hands off, until its successor has taken over; returns the pid of the
   * warm daemon that new runs reach, or -1 when the time ran out. The waiting session does not
   * count as a run that the warm-up gives way to. A session's thread.
   */
  long awaitWarm(long timeoutMillis) throws InterruptedException {
    long self = ProcessHandle.current().pid();
    if (warmup == null) {
      return self;
    }
    long deadline = System.currentTimeMillis() + timeoutMillis;
    waiters.incrementAndGet();
    try {
      if (!warmup.awaitDone(timeoutMillis)) {
        return -1;
      }
      ProcessHandle next = successor;
      while (next != null && next.isAlive() && !handedOff) {
        if (System.currentTimeMillis() > deadline) {
          return -1;
        }
        Thread.sleep(100);
      }
      return handedOff ? next.pid() : self;
    } finally {
      waiters.decrementAndGet();
    }
  }

  /** What {@code --daemon-wait-warm} waits for, in a few words. Any thread. */
  String warmupPlan() {
    return "daemon " + ProcessHandle.current().pid() + " trains itself while the machine is idle"
        + (startsSuccessor ? ", then a successor with the full JIT trains too (minutes: about 5-10 on 2 cores)"
            : predecessor != null ? ", then takes over from daemon " + predecessor.pid() : " (minutes)");
  }

  /** The log this daemon and its successor append to (the client starts both so). Any thread. */
  Path logFile() {
    return DaemonAddress.logOf(socket);
  }

  /** Stops taking connections; the process exits once running sessions end. Any thread. */
  void stopSoon() {
    stopping = true;
    try {
      if (ownsSocket()) {
        Files.deleteIfExists(listening);
      }
      server.close();
    } catch (IOException e) {
      log("closing the socket: " + e.getMessage());
    }
  }

  /** Whether no user's run is active and none ended in the last moments. Any thread. */
  private boolean idle() {
    return active.get() - waiters.get() == 0 && System.currentTimeMillis() - lastActivity > 300;
  }

  /**
   * After this daemon's warm-up: starts the daemon that will replace it, once no run is active
   * (a new JVM takes seconds of CPU). The warm-up thread.
   */
  private void startSuccessor() {
    while (!stopping && !idle()) {
      sleep(300);
    }
    if (stopping) {
      return;
    }
    try {
      successor = DaemonSuccessor.start();
      if (successor != null) {
        log("started successor " + successor.pid() + " (full tiered JIT); it takes over once trained");
      }
    } catch (IOException e) {
      log("could not start a successor: " + e.getMessage());
    }
  }

  /**
   * After a successor's warm-up: moves its side socket over the public one, so new runs reach
   * this daemon; the predecessor sees its socket replaced and exits. The warm-up thread.
   */
  private void takeOver() {
    if (stopping || !predecessor.isAlive()) {
      return; // the watchdog stops this daemon
    }
    try {
      Files.move(listening, socket, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      listening = socket;
      lastActivity = System.currentTimeMillis();
      log("took over " + socket + " from daemon " + predecessor.pid());
    } catch (IOException e) {
      log("could not take over from daemon " + predecessor.pid() + ": " + e.getMessage());
      stopSoon();
    }
  }

  /** Whether the file at {@link #listening} is still the socket this daemon bound. */
  private boolean ownsSocket() {
    Object key = fileKey(listening);
    return key != null && key.equals(boundKey);
  }

  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private void watch() {
    long collectedAfter = 0;
    while (!stopping) {
      sleep(2000);
      long idleFor = System.currentTimeMillis() - lastActivity;
      if (active.get() == 0 && idleFor > IDLE_COLLECTION_MILLIS && collectedAfter != lastActivity) {
        collectedAfter = lastActivity; // once per idle spell: a full collection shrinks the heap
        System.gc();
      }
      if (active.get() == 0 && idleFor > idleMillis) {
        log("idle for " + idleMillis / 1000 + " s");
        stopSoon();
      } else if (jars.stream().anyMatch(JarStamp::changed)) {
        log("a jar changed (rebuilt); new runs go to a new daemon");
        stopSoon();
      } else if (successor != null && Files.exists(socket) && !ownsSocket()) {
        handedOff = true;
        log("daemon " + successor.pid() + " took over; stopping once the running sessions end");
        stopSoon();
      } else if (!Files.exists(listening)) {
        log("socket file removed");
        stopSoon();
      } else if (predecessor != null && !listening.equals(socket) && !predecessor.isAlive()) {
        log("daemon " + predecessor.pid() + " exited before this one took over");
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
