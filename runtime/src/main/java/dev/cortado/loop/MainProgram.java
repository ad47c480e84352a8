package dev.cortado.loop;

import java.nio.file.Path;

/** What a runtime runs first, as its main task. Immutable. */
public sealed interface MainProgram {
  /** A script file: CommonJS or an ES module, decided as Node decides. */
  record ScriptFile(Path path) implements MainProgram {}

  /** Source text from {@code -e}/{@code -p} or stdin; {@code print} shows the completion value. */
  record SourceText(String source, String name, boolean print) implements MainProgram {}

  /**
   * A worker's script, started by the worker's creator; {@code setup} is the worker's
   * {@code dev.cortado.workers.WorkerSetup} (held as Object: the loop does not depend on workers).
   */
  record WorkerScript(Object setup) implements MainProgram {}

  /** Nothing: the embedder or the REPL posts work to the loop itself. */
  record Idle() implements MainProgram {}
}
