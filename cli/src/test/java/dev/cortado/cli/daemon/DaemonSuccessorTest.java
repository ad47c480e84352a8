package dev.cortado.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a daemon hands off to a successor and how that successor is started (the hand-off itself
 * runs in DaemonIT, with real daemons).
 */
class DaemonSuccessorTest {
  private static final List<String> C1_DAEMON = List.of("-XX:+EnableJVMCI", "-XX:TieredStopAtLevel=1",
      "-XX:NewSize=768m", "dev.cortado.cli.daemon.DaemonServer", "/run/cortado/abc.sock");

  @Test
  void onlyADaemonLimitedToC1HandsOffAndUsersCanTurnItOff() {
    assertThat(DaemonSuccessor.wanted(C1_DAEMON, Map.of())).isTrue();
    assertThat(DaemonSuccessor.wanted(C1_DAEMON, Map.of("CORTADO_DAEMON_HANDOFF", " Off"))).isFalse();
    assertThat(DaemonSuccessor.wanted(C1_DAEMON, Map.of("CORTADO_DAEMON_HANDOFF", "on"))).isTrue();
    List<String> fullJit = C1_DAEMON.stream().filter(a -> !a.contains("Tiered")).toList();
    assertThat(DaemonSuccessor.wanted(fullJit, Map.of())).isFalse(); // CORTADO_TIER_OPTS chose C2 already
  }

  @Test
  void theSuccessorRunsTheSameCommandWithTheFullJitAndKnowsItsPredecessor() {
    List<String> command = DaemonSuccessor.command("/jdk/bin/java", C1_DAEMON, 4242);
    assertThat(command).endsWith("/jdk/bin/java", "-XX:+EnableJVMCI", "-XX:NewSize=768m",
        "dev.cortado.cli.daemon.DaemonServer", "/run/cortado/abc.sock", "--successor-of", "4242");
    List<String> successorWithC1 = new java.util.ArrayList<>(C1_DAEMON);
    successorWithC1.addAll(List.of("--successor-of", "4242"));
    assertThat(DaemonSuccessor.wanted(successorWithC1, Map.of())).isFalse(); // never a second hand-off
  }

  @Test
  void itListensBesideThePublicSocketUntilItTakesOver() {
    assertThat(DaemonSuccessor.sideSocket(Path.of("/run/cortado/abc.sock")))
        .isEqualTo(Path.of("/run/cortado/abc.sock.next"));
  }
}
