package dev.cortado.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How many warm-up rounds a daemon runs: the limit users set, and the early stop once a round
 * leaves the JIT little to do (the rounds themselves run in DaemonIT, with a real daemon).
 */
class DaemonWarmupTest {
  @Test
  void theLimitComesFromTheEnvironment() {
    assertThat(DaemonWarmup.rounds(Map.of())).isEqualTo(DaemonWarmup.DEFAULT_ROUNDS);
    assertThat(DaemonWarmup.rounds(Map.of("CORTADO_DAEMON_WARMUP", "3"))).isEqualTo(3);
    assertThat(DaemonWarmup.rounds(Map.of("CORTADO_DAEMON_WARMUP", " OFF "))).isZero();
    assertThat(DaemonWarmup.rounds(Map.of("CORTADO_DAEMON_WARMUP", "0"))).isZero();
    assertThat(DaemonWarmup.rounds(Map.of("CORTADO_DAEMON_WARMUP", "lots")))
        .isEqualTo(DaemonWarmup.DEFAULT_ROUNDS);
  }

  @Test
  void itStopsEarlyOnlyAfterTheMinimumAndOnceTheJitHasLittleLeft() {
    long busy = DaemonWarmup.SETTLED_COMPILE_MILLIS + 5000;
    long quiet = DaemonWarmup.SETTLED_COMPILE_MILLIS - 1;
    assertThat(DaemonWarmup.settled(1, 0)).isFalse(); // a quiet JIT after one round proves little
    assertThat(DaemonWarmup.settled(DaemonWarmup.MIN_ROUNDS - 1, quiet)).isFalse();
    assertThat(DaemonWarmup.settled(DaemonWarmup.MIN_ROUNDS, busy)).isFalse();
    assertThat(DaemonWarmup.settled(DaemonWarmup.MIN_ROUNDS, quiet)).isTrue();
    assertThat(DaemonWarmup.settled(DaemonWarmup.DEFAULT_ROUNDS - 1, busy)).isFalse();
  }
}
