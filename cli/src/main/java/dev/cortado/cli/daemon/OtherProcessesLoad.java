package dev.cortado.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine's other processes kept its CPUs since the last look: the CPU time all
 * processes used ({@code /proc/stat}) minus this process's own ({@code /proc/self/stat}), in cores.
 * The daemon's warm-up runs only while this is near zero, so it neither takes CPU from the user's
 * other programs (a build, a test run, another runtime being benchmarked) nor leaves its JIT work
 * queued ahead of the next run. Where {@code /proc} cannot be read, other processes count as idle.
 *
 * <p>Threads: one thread (the warm-up's).
 */
final class OtherProcessesLoad {
  /** The kernel's USER_HZ, the unit of both files' times (100 on Linux's usual builds). */
  private static final long TICKS_PER_SECOND = 100;

  private long lastAllBusy = -1;
  private long lastOwn;
  private long lastNanos;

  /** Cores' worth of CPU that other processes used since the previous call; 0 on the first. */
  double sinceLastLook() {
    long allBusy = allBusyTicks();
    long own = ownTicks();
    long now = System.nanoTime();
    if (allBusy < 0 || own < 0) {
      return 0;
    }
    double cores = 0;
    if (lastAllBusy >= 0 && now > lastNanos) {
      long otherTicks = Math.max(0, (allBusy - lastAllBusy) - (own - lastOwn));
      cores = otherTicks / (double) TICKS_PER_SECOND / ((now - lastNanos) / 1e9);
    }
    lastAllBusy = allBusy;
    lastOwn = own;
    lastNanos = now;
    return cores;
  }

  /** Busy ticks of all CPUs: the first line of /proc/stat less idle and iowait; -1 if unreadable. */
  static long allBusyTicks() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).getFirst();
      String[] f = line.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) { // user .. steal (guest time is in user)
        total += Long.parseLong(f[i]);
      }
      return total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** This process's user and system ticks (/proc/self/stat fields 14 and 15); -1 if unreadable. */
  static long ownTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
