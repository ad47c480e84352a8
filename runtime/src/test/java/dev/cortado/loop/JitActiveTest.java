package dev.cortado.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.engine.SharedEngine;
import org.junit.jupiter.api.Test;

/** The Graal JIT must be active: without it JavaScript runs 10-40x slower. */
class JitActiveTest {
  @Test
  void engineCompilesWithTheGraalJit() {
    assertThat(SharedEngine.implementationName())
        .as("engine implementation; 'Interpreted' means the Graal compiler is missing from "
            + "--upgrade-module-path or -XX:+EnableJVMCI is not set")
        .doesNotContainIgnoringCase("interpreted");
    assertThat(SharedEngine.isJitActive()).isTrue();
  }
}
