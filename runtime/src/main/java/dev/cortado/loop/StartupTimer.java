package dev.cortado.loop;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * With {@code CORTADO_TIMING=1}, prints how long each start-up step took since the process
 * started (to stderr), for start-up work. Loop thread only.
 */
final class StartupTimer {
  private static final boolean ENABLED = "1".equals(System.getenv("CORTADO_TIMING"));
  private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
  private final PrintStream err = System.err;

  /** Records that {@code step} just finished. */
  void mark(String step) {
    if (ENABLED) {
      err.printf("[cortado timing] %6d ms  %s%n",
          Duration.between(processStart, Instant.now()).toMillis(), step);
    }
  }
}
