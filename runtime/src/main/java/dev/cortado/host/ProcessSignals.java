package dev.cortado.host;

/**
 * Where the signals sent to a runtime's process come from: the JVM's own ({@link JvmSignals}, a
 * direct run) or a daemon client's (the client forwards what it receives). Without one (an
 * embedded runtime, a worker) {@code process.on('SIGTERM')} listeners are accepted but never
 * called. {@link #catchSignal} runs on the loop thread; implementations call handlers from any
 * thread.
 */
public interface ProcessSignals {
  /**
   * From now on, signal {@code number} ({@code name}, e.g. "SIGTERM") runs {@code onSignal}
   * instead of its default action, until the returned action (which restores the default) runs.
   * Null when this signal cannot be caught here.
   */
  Runnable catchSignal(int number, String name, Runnable onSignal);
}
