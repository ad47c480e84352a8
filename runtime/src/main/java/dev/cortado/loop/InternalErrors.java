package dev.cortado.loop;

import dev.cortado.host.ProcessIo;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Reports a failure of the runtime itself (not of the user's JavaScript) in one line; the Java
 * stack trace only appears with {@code CORTADO_DEBUG=1}. Any thread.
 */
public final class InternalErrors {
  private InternalErrors() {}

  /** Writes "cortado: internal error: ..." to the runtime's stderr. */
  public static void report(ProcessIo io, Throwable error) {
    PrintStream err = new PrintStream(io.stderr(), true, StandardCharsets.UTF_8);
    err.println("cortado: internal error: " + error.getMessage()
        + " (set CORTADO_DEBUG=1 for details)");
    if ("1".equals(System.getenv("CORTADO_DEBUG"))) {
      error.printStackTrace(err);
    }
    err.flush();
  }
}
