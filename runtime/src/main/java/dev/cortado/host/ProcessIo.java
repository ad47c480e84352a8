package dev.cortado.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where a runtime's standard streams go: the real process streams for the CLI, or sinks chosen by
 * an embedder. Writers flush after each write (Node writes stdout synchronously on Linux).
 */
public record ProcessIo(InputStream stdin, OutputStream stdout, OutputStream stderr,
    boolean stdoutIsTerminal, boolean stderrIsTerminal) {

  /** The JVM's own standard streams, unbuffered past what the OS buffers. */
  public static ProcessIo system() {
    boolean terminal = System.console() != null;
    return new ProcessIo(System.in,
        new java.io.FileOutputStream(java.io.FileDescriptor.out),
        new java.io.FileOutputStream(java.io.FileDescriptor.err),
        terminal, terminal);
  }

  /** Whether file descriptor {@code fd} (1 or 2) is a terminal. */
  public boolean isTerminal(int fd) {
    return fd == 2 ? stderrIsTerminal : stdoutIsTerminal;
  }

  /** Flushes both output streams; errors (a closed pipe) are ignored. */
  public void flush() {
    try {
      stdout.flush();
    } catch (IOException ignored) {
      // closed pipe
    }
    try {
      stderr.flush();
    } catch (IOException ignored) {
      // closed pipe
    }
  }
}
