package dev.cortado.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up's view of the machine: a real busy child process counts; this process's own CPU
 * time is read correctly, to be left out.
 */
class OtherProcessesLoadTest {
  @Test
  void aBusyChildProcessCountsAndOurOwnWorkDoesNot() throws Exception {
    OtherProcessesLoad load = new OtherProcessesLoad();
    assertThat(load.sinceLastLook()).isZero(); // nothing to compare with yet

    long allBefore = OtherProcessesLoad.allBusyTicks();
    long ownBefore = OtherProcessesLoad.ownTicks();
    long end = System.nanoTime() + 700_000_000L; // this process keeps a core busy
    long spins = 0;
    while (System.nanoTime() < end) {
      spins++;
    }
    long own = OtherProcessesLoad.ownTicks() - ownBefore;
    assertThat(spins).isPositive();
    assertThat(own).as("our own CPU, in ticks").isBetween(50L, 200L); // ~70 of 1/100 s, plus the JVM's
    assertThat(OtherProcessesLoad.allBusyTicks() - allBefore).as("all CPUs' busy ticks").isGreaterThanOrEqualTo(own - 2);
    load.sinceLastLook();

    Process child = new ProcessBuilder("sh", "-c", "end=$(($(date +%s) + 2)); while [ $(date +%s) -lt $end ]; do :; done")
        .start();
    try {
      Thread.sleep(1000);
      assertThat(load.sinceLastLook()).as("a child spinning on one core").isGreaterThan(0.5);
    } finally {
      child.destroyForcibly().waitFor();
    }
  }
}
