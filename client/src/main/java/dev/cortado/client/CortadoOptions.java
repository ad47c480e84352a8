package dev.cortado.client;

import java.util.List;
import java.util.Map;

/**
 * Just enough of the {@code cortado} command line for the client to choose between the daemon and
 * a direct run; the full parsing happens where the script runs. Like Node, only the arguments
 * before the script name are cortado's options. Stateless.
 */
final class CortadoOptions {
  private CortadoOptions() {}

  /** Whether {@code option} appears among cortado's own options. */
  static boolean has(List<String> args, String option) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(option)) {
        return true;
      }
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        return false;
      }
      if (takesValue(arg)) {
        i++;
      }
    }
    return false;
  }

  /**
   * Why this command must run directly instead of in the daemon, or null when the daemon can
   * run it: the user opted out, or it starts the REPL (which needs the real terminal).
   */
  static String whyDirect(List<String> args, Map<String, String> environment, boolean stdinIsTerminal) {
    String setting = environment.get("CORTADO_DAEMON");
    if (DaemonProcesses.isOff(setting)) {
      return "CORTADO_DAEMON=" + setting;
    }
    boolean program = false;
    for (int i = 0; i < args.size() && !program; i++) {
      String arg = args.get(i);
      if (arg.equals("--no-daemon")) {
        return "--no-daemon";
      }
      if (arg.equals("-i") || arg.equals("--interactive")
          || (arg.matches("-[a-z]+") && arg.indexOf('i') > 0)) {
        return "";
      }
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        program = true; // a script name, stdin ("-"), or "--" then a script
      } else if (takesValue(arg) || arg.startsWith("--eval=") || arg.startsWith("--print")
          || (arg.matches("-[a-z]+") && (arg.indexOf('p') > 0 || arg.indexOf('e') > 0))) {
        program = true;
      } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-v") || arg.equals("--version")
          || arg.equals("--daemon-stop") || arg.equals("--daemon-wait-warm")) {
        program = true;
      }
    }
    if (!program && stdinIsTerminal) {
      return ""; // the REPL: it needs this process's terminal
    }
    return null;
  }

  /** Whether {@code arg} is an option whose value is the next argument ({@code -e CODE}). */
  private static boolean takesValue(String arg) {
    return arg.equals("-e") || arg.equals("--eval") || (arg.matches("-[a-z]+") && arg.endsWith("e"));
  }
}
