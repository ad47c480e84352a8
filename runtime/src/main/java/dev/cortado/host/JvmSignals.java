package dev.cortado.host;

import java.util.Set;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * This JVM's own signals, for a runtime that owns its process (a direct {@code cortado} run):
 * a caught signal replaces the JVM's handler (for INT, TERM and HUP the one that runs the
 * shutdown hooks and exits with 128 + n) until it is restored. One runtime per JVM should use
 * it. Any thread.
 */
public final class JvmSignals implements ProcessSignals {
  /** The signals a JVM lets a program catch; QUIT is the JVM's thread dump, KILL and STOP no one's. */
  private static final Set<String> CATCHABLE = Set.of("SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGWINCH");

  @Override
  public synchronized Runnable catchSignal(int number, String name, Runnable onSignal) {
    if (!CATCHABLE.contains(name)) {
      return null;
    }
    Signal signal;
    SignalHandler previous;
    try {
      signal = new Signal(name.substring(3));
      previous = Signal.handle(signal, caught -> onSignal.run());
    } catch (IllegalArgumentException unavailable) {
      return null; // used by the JVM or not a signal on this platform
    }
    return () -> {
      synchronized (JvmSignals.this) {
        Signal.handle(signal, previous);
      }
    };
  }
}
