package dev.cortado.cli.daemon;

import dev.cortado.client.DaemonProcesses;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-off from a daemon that starts quickly to one that runs fast. A daemon starts with the
 * JVM's C1 compiler only ({@code -XX:TieredStopAtLevel=1}, bin/cortado's default): on 2 cores, C2
 * compiling the Graal compiler competes with the first scripts and left a fresh daemon 1.3-4x
 * slower. But at C1 the Graal compiler itself stays slow for good: a script's first run in a
 * trained daemon waits behind half-second tier-2 compilations (timers-bulk 4.7x Node, against 2.1x
 * with C2). So once its own warm-up is done, the C1 daemon starts this successor: the same JVM
 * command with full tiered compilation, listening on a side socket ({@link #sideSocket}). The
 * successor trains itself while the machine is idle, then moves its socket over the public one,
 * and the C1 daemon exits when its running sessions end. New runs reach the successor; a run in
 * progress is never cut. {@code CORTADO_DAEMON_HANDOFF=off} keeps the first daemon.
 *
 * <p>Threads: {@link #start} from the predecessor's warm-up thread; the rest is pure.
 */
final class DaemonSuccessor {
  /** The flag a quick-starting daemon runs with, and its successor without. */
  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  /** The argument that makes a DaemonServer a successor: followed by its predecessor's pid. */
  static final String SUCCESSOR_OF = "--successor-of";

  private DaemonSuccessor() {}

  /**
   * Whether a daemon run by {@code jvmArguments} (its own command line after the executable),
   * with the warm-up on, should hand off to a successor.
   */
  static boolean wanted(List<String> jvmArguments, Map<String, String> environment) {
    return !DaemonProcesses.isOff(environment.get("CORTADO_DAEMON_HANDOFF"))
        && jvmArguments.contains(C1_ONLY) && !jvmArguments.contains(SUCCESSOR_OF);
  }

  /** Where a successor listens until it takes over {@code socket}. */
  static Path sideSocket(Path socket) {
    return socket.resolveSibling(socket.getFileName() + ".next");
  }

  /**
   * The successor's command: {@code executable} and {@code jvmArguments} (the predecessor's own,
   * ending with the main class and the socket) without {@link #C1_ONLY}, marked as the successor
   * of {@code predecessorPid}.
   */
  static List<String> command(String executable, List<String> jvmArguments, long predecessorPid) {
    List<String> command = new ArrayList<>();
    command.addAll(DaemonProcesses.ownSession()); // like the first daemon
    command.add(executable);
    for (String argument : jvmArguments) {
      if (!argument.equals(C1_ONLY)) {
        command.add(argument);
      }
    }
    command.add(SUCCESSOR_OF);
    command.add(Long.toString(predecessorPid));
    return command;
  }

  /**
   * Starts the successor of this process, writing to this one's log; returns it, or null when
   * this JVM's command line cannot be read. The predecessor's warm-up thread.
   */
  static ProcessHandle start() throws IOException {
    ProcessHandle.Info self = ProcessHandle.current().info();
    if (self.command().isEmpty() || self.arguments().isEmpty()) {
      return null;
    }
    List<String> command = command(self.command().get(), List.of(self.arguments().get()), ProcessHandle.current().pid());
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.INHERIT) // the log file, opened for appending
        .redirectErrorStream(true)
        .start();
    return process.toHandle();
  }
}
