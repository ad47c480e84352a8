package dev.cortado.loop;

import dev.cortado.host.ProcessIo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a runtime is set up: its standard streams, working directory, environment and
 * {@code process.argv} tail. Immutable.
 *
 * @param io where the standard streams go
 * @param cwd the working directory
 * @param environment what {@code process.env} starts with
 * @param scriptArgs the arguments after the script name ({@code process.argv.slice(2)})
 * @param stackBytes the loop thread's stack size; deep recursion needs room before the
 *     engine's RangeError
 */
public record RuntimeOptions(ProcessIo io, Path cwd, Map<String, String> environment,
    List<String> scriptArgs, long stackBytes) {

  /** The CLI's defaults: the process's streams, directory and environment. */
  public static RuntimeOptions forProcess(List<String> scriptArgs) {
    return new RuntimeOptions(ProcessIo.system(), Path.of("").toAbsolutePath(), System.getenv(),
        List.copyOf(scriptArgs), 64L * 1024 * 1024);
  }

  /** A copy with other standard streams. */
  public RuntimeOptions withIo(ProcessIo newIo) {
    return new RuntimeOptions(newIo, cwd, environment, scriptArgs, stackBytes);
  }

  /** A copy with another working directory. */
  public RuntimeOptions withCwd(Path newCwd) {
    return new RuntimeOptions(io, newCwd, environment, scriptArgs, stackBytes);
  }
}
