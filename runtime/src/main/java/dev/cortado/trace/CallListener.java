package dev.cortado.trace;

/** Receives the function entries and exits of a traced engine. The thread running JavaScript. */
public interface CallListener {
  /**
   * A function was entered. {@code path} is null for functions without source (engine builtins);
   * {@code internal} marks the runtime's own JavaScript. The caller's position is where the call
   * was made (null path when unknown).
   */
  void enter(String name, String path, int line, int column, boolean internal, String callerPath,
      int callerLine, int callerColumn);

  /** The function entered last returned or threw. */
  void exit();
}
