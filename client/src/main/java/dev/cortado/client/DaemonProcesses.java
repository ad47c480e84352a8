package dev.cortado.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every daemon process shares however it is started (by a client, or by a daemon handing off
 * to its successor): how its on/off environment switches read, and how it leaves the terminal's
 * session. Stateless; any thread.
 */
public final class DaemonProcesses {
  private static final Set<String> OFF = Set.of("0", "off", "false", "no");

  private DaemonProcesses() {}

  /** Whether an environment switch's {@code setting} turns it off ({@code 0/off/false/no}, any case). */
  public static boolean isOff(String setting) {
    return setting != null && OFF.contains(setting.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The command prefix that starts a process in its own session, so that a Ctrl-C in the terminal
   * it came from never reaches it: {@code setsid} where the system has it, else nothing.
   */
  public static List<String> ownSession() {
    return Files.isExecutable(Path.of("/usr/bin/setsid")) ? List.of("/usr/bin/setsid") : List.of();
  }
}
