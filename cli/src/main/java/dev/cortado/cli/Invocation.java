package dev.cortado.cli;

import dev.cortado.host.ProcessIo;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything about one {@code cortado} command that is not its arguments: the standard streams,
 * the working directory, the environment, whether stdin is a terminal, the process ids the script
 * sees, and who runs it. For a direct run these are this JVM's own; for a run in the daemon they
 * are the client's. Immutable.
 *
 * @param runner how the script is run, for {@code --verbose} ("directly", "in the daemon ...")
 */
public record Invocation(ProcessIo io, PrintStream out, PrintStream err, InputStream in, Path cwd,
    Map<String, String> environment, boolean stdinIsTerminal, long pid, long ppid, String runner) {

  /** This JVM's own process: a direct run. */
  static Invocation ofThisProcess() {
    ProcessIo io = ProcessIo.system();
    ProcessHandle self = ProcessHandle.current();
    return new Invocation(io, new PrintStream(io.stdout(), true), new PrintStream(io.stderr(), true),
        System.in, Path.of("").toAbsolutePath(), System.getenv(), Terminals.stdinIsTerminal(),
        self.pid(), self.parent().map(ProcessHandle::pid).orElse(0L), "directly");
  }
}
