package dev.cortado.loop;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * With {@code CORTADO_TIMING=1} in the run's environment, prints on the run's stderr how long each
 * start-up step took since the run began: since the process started for a direct run, since the
 * event loop was created in a daemon. Loop thread only.
 */
final class StartupTimer {
  private final boolean enabled;
  private final long startNanos;
  private final PrintStream err;

  StartupTimer(Map<String, String> environment, OutputStream stderr, boolean sinceProcessStart) {
    this.enabled = "1".equals(environment.get("CORTADO_TIMING"));
    Instant begun = sinceProcessStart
        ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : Instant.now();
    this.startNanos = System.nanoTime() - Duration.between(begun, Instant.now()).toNanos();
    this.err = enabled ? new PrintStream(stderr, true, StandardCharsets.UTF_8) : null;
  }

  /** Records that {@code step} just finished. */
  void mark(String step) {
    if (enabled) {
      err.printf("[cortado timing] %8.1f ms  %s%n", (System.nanoTime() - startNanos) / 1e6, step);
    }
  }
}
