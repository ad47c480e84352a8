package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strings over Latin-1 bytes: the same text with or without the JDK's no-copy constructor. */
class Latin1StringsTest {
  @Test
  void wrapsEveryLatin1ByteAsItsCharacter() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < 256; i++) {
      bytes[i] = (byte) i;
    }
    String s = Latin1Strings.wrap(bytes.clone());
    assertThat(s).hasSize(256).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
    assertThat(s.charAt(255)).isEqualTo('\u00ff');
    assertThat(Latin1Strings.wrap(new byte[0])).isEmpty();
  }

  /** The tests' JVM exports jdk.internal.access as bin/cortado's does: no copy is made there. */
  @Test
  void theLaunchersFlagsGiveTheNoCopyPath() {
    assertThat(Latin1Strings.withoutCopy()).isTrue();
  }
}
