package dev.cortado.trace;

/** Receives the function entries and exits of a traced engine. The thread running JavaScript. */
public interface CallListener {
  /**
   * Where a call was made: the calling function (its root's name and start) and the call's own
   * position. {@code path} is null when unknown.
   */
  record Caller(String rootName, String path, int rootLine, int rootColumn, int line, int column) { }

  /**
   * A function was entered. {@code path} is null for functions without source (engine builtins);
   * {@code internal} marks the runtime's own JavaScript. {@code caller} may be null.
   */
  void enter(String name, String path, int line, int column, boolean internal, Caller caller);

  /** The function entered last returned or threw. */
  void exit();

  /** False once the listener wants no more calls (a trace cut at its event limit). Any thread. */
  default boolean listening() {
    return true;
  }
}
