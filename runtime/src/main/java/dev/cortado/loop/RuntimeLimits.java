package dev.cortado.loop;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.graalvm.polyglot.Source;

/**
 * Limits an embedder puts on one runtime (0: no limit). {@code statementLimit} counts the
 * statements of the program's own code (the engine's statement limit); {@code maxPendingTimers}
 * bounds the timers and immediates waiting at once, and {@code maxPendingOps} the host operations
 * in flight; going over either throws a {@code RangeError} in JavaScript, before anything starts.
 * {@code onStatementLimit} hears why the runtime was stopped. Immutable; any thread.
 */
public record RuntimeLimits(long statementLimit, int maxPendingTimers, int maxPendingOps,
    Consumer<String> onStatementLimit) {
  /** No limits: the command line's. */
  public static final RuntimeLimits NONE = new RuntimeLimits(0, 0, 0, why -> { });

  /**
   * Which sources the statement limit counts: the program's, not the runtime's own JavaScript.
   * One instance for every Context: the engine requires the same filter on a shared engine.
   */
  static final Predicate<Source> PROGRAM_CODE = source -> !source.isInternal();
}
