package dev.cortado.trace;

/**
 * One thing the event loop did, as {@code cortado trace} records it. Every event has a step index
 * (its position in the trace) and a timestamp in microseconds since the trace began. Immutable.
 */
public sealed interface TraceEvent {
  int step();

  long micros();

  /** Where a function is, in a user's file or the runtime; {@code file} null for engine builtins. */
  record Location(String file, int line, int column) { }

  /**
   * A function was entered: it is now on top of the call stack. {@code from} is the call site in
   * the caller (null when not in a user's file): the line the caller is running. {@code derived}
   * marks a frame the engine did not report (a generator body or a module resumed after an
   * await), shown because a function was called from it.
   */
  record Enter(int step, long micros, int frame, String name, Location at, Location from,
      boolean derived) implements TraceEvent { }

  /** The function {@code frame} returned or threw. */
  record Exit(int step, long micros, int frame) implements TraceEvent { }

  /** The loop moved to another phase: script, timers, poll, check, waiting, exiting. */
  record Phase(int step, long micros, String phase) implements TraceEvent { }

  /**
   * A host API took over some work (a timer, a request...): it now waits in the Web APIs box.
   * {@code cause} is the frame that started it (0: none). {@code dueMicros} is -1 when unknown.
   */
  record ApiStarted(int step, long micros, String api, int id, String kind, String label,
      double delayMs, long dueMicros, int cause) implements TraceEvent { }

  /** The work {@code id} left the Web APIs box: {@code reason} is due, cleared, done or cancelled. */
  record ApiEnded(int step, long micros, String api, int id, String reason) implements TraceEvent { }

  /** A callback joined the task queue {@code source} (timer, immediate, io...). */
  record TaskQueued(int step, long micros, int task, String source, String label, Location at,
      int cause) implements TraceEvent { }

  /** The task left its queue without running (cleared). */
  record TaskDropped(int step, long micros, int task) implements TraceEvent { }

  /** The task left its queue and runs now. */
  record TaskStarted(int step, long micros, int task) implements TraceEvent { }

  /** A job joined the microtask queue: a promise reaction, an await, queueMicrotask, nextTick. */
  record JobQueued(int step, long micros, int job, String kind, String label, Location at,
      int cause) implements TraceEvent { }

  /** The job left the microtask queue and runs now. */
  record JobStarted(int step, long micros, int job) implements TraceEvent { }

  /** Text the program wrote to stdout (fd 1) or stderr (fd 2). */
  record Output(int step, long micros, int fd, String text) implements TraceEvent { }

  /** The program ended with this exit code. */
  record Ended(int step, long micros, int exitCode) implements TraceEvent { }
}
