package dev.cortado.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Which standard streams are terminals, and the JLine terminal the REPL edits lines on. Stateless. */
final class Terminals {
  private Terminals() {}

  /** Whether stdin is a terminal (Node's {@code process.stdin.isTTY}), the REPL's condition. */
  static boolean stdinIsTerminal() {
    return isTerminal(SystemStream.Input);
  }

  /** Whether stdout is a terminal. */
  static boolean stdoutIsTerminal() {
    return isTerminal(SystemStream.Output);
  }

  /** Whether stderr is a terminal. */
  static boolean stderrIsTerminal() {
    return isTerminal(SystemStream.Error);
  }

  private static boolean isTerminal(SystemStream stream) {
    for (String name : new String[] {"ffm", "exec"}) {
      try {
        return TerminalProvider.load(name).isSystemStream(stream);
      } catch (IOException | RuntimeException | LinkageError e) {
        // provider not usable here: try the next one
      }
    }
    return System.console() != null;
  }

  /**
   * The REPL's terminal: the real one when stdin is a terminal, else (for {@code -i} on a pipe) a
   * dumb terminal on the process's streams, which edits nothing and echoes nothing.
   */
  static Terminal open(boolean dumb) throws IOException {
    if (dumb) {
      return new DumbTerminal("cortado", Terminal.TYPE_DUMB, new FileInputStream(FileDescriptor.in),
          new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
    }
    return TerminalBuilder.builder()
        .name("cortado")
        .system(true)
        .dumb(true)
        .encoding(StandardCharsets.UTF_8)
        .build();
  }
}
