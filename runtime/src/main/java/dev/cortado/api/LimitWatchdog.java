package dev.cortado.api;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for the whole JVM that checks every runtime with limits every 10 ms and stops
 * those over a limit: total CPU time of the loop thread, total wall-clock time since the runtime
 * was built, or wall-clock time of one loop turn (a script, callback or microtask chain that never
 * yields). Any thread may register and unregister.
 */
final class LimitWatchdog {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
  private static ScheduledExecutorService ticker;

  /** A runtime and its limits; null means no limit. {@code startedNanos}: System.nanoTime() at creation. */
  record Watched(JsRuntime runtime, Duration cpuTime, Duration turnTime, Duration wallClock, long startedNanos) {}

  private LimitWatchdog() {}

  static synchronized void watch(Watched watched) {
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cortado-limits");
        thread.setDaemon(true);
        return thread;
      });
      ticker.scheduleWithFixedDelay(LimitWatchdog::check, 10, 10, TimeUnit.MILLISECONDS);
    }
    WATCHED.add(watched);
  }

  static void unwatch(JsRuntime runtime) {
    WATCHED.removeIf(w -> w.runtime() == runtime);
  }

  private static void check() {
    for (Watched w : WATCHED) {
      String over = overLimit(w);
      if (over != null) {
        WATCHED.remove(w);
        w.runtime().stopForLimit(over);
      }
    }
  }

  private static String overLimit(Watched w) {
    if (w.wallClock() != null) {
      long alive = System.nanoTime() - w.startedNanos();
      if (alive > w.wallClock().toNanos()) {
        return "the runtime ran for " + alive / 1_000_000 + " ms (wall-clock limit "
            + w.wallClock().toMillis() + " ms)";
      }
    }
    if (w.turnTime() != null) {
      long busy = w.runtime().loop().busyNanos();
      if (busy > w.turnTime().toNanos()) {
        return "JavaScript ran for " + busy / 1_000_000 + " ms without returning to the event loop"
            + " (turn time limit " + w.turnTime().toMillis() + " ms)";
      }
    }
    if (w.cpuTime() != null) {
      Thread thread = w.runtime().loop().loopThread();
      long cpu = thread == null ? -1 : THREADS.getThreadCpuTime(thread.threadId());
      if (cpu > w.cpuTime().toNanos()) {
        return "the runtime used " + cpu / 1_000_000 + " ms of CPU time (limit "
            + w.cpuTime().toMillis() + " ms)";
      }
    }
    return null;
  }
}
