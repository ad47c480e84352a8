package dev.cortado.loop;

import dev.cortado.host.Permissions;
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
 * @param pid what {@code process.pid} says (the process the user started, which is not the JVM
 *     running the script when the daemon runs it)
 * @param ppid what {@code process.ppid} says
 * @param permissions what the program may do (environment variables, files, network...)
 */
public record RuntimeOptions(ProcessIo io, Path cwd, Map<String, String> environment,
    List<String> scriptArgs, long stackBytes, long pid, long ppid, Permissions permissions) {

  /** Options for a trusted script running in this JVM's own process: everything permitted. */
  public RuntimeOptions(ProcessIo io, Path cwd, Map<String, String> environment,
      List<String> scriptArgs, long stackBytes) {
    this(io, cwd, environment, scriptArgs, stackBytes, ProcessHandle.current().pid(),
        ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L), Permissions.all());
  }

  /**
   * The default loop-thread stack: about 10,000 frames of interpreted JavaScript, as deep as Node
   * goes. A bigger stack lets compiled code recurse hundreds of thousands of frames deep, and
   * unwinding that many compiled frames after a stack overflow takes the engine seconds.
   */
  public static final long DEFAULT_STACK_BYTES = 16L * 1024 * 1024;

  /** The CLI's defaults: the process's streams, directory and environment. */
  public static RuntimeOptions forProcess(List<String> scriptArgs) {
    return new RuntimeOptions(ProcessIo.system(), Path.of("").toAbsolutePath(), System.getenv(),
        List.copyOf(scriptArgs), DEFAULT_STACK_BYTES);
  }

  /** A copy with other standard streams. */
  public RuntimeOptions withIo(ProcessIo newIo) {
    return new RuntimeOptions(newIo, cwd, environment, scriptArgs, stackBytes, pid, ppid, permissions);
  }

  /** A copy with other permissions. */
  public RuntimeOptions withPermissions(Permissions newPermissions) {
    return new RuntimeOptions(io, cwd, environment, scriptArgs, stackBytes, pid, ppid, newPermissions);
  }

  /** A copy with another working directory. */
  public RuntimeOptions withCwd(Path newCwd) {
    return new RuntimeOptions(io, newCwd, environment, scriptArgs, stackBytes, pid, ppid, permissions);
  }
}
