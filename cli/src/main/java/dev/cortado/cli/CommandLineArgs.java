package dev.cortado.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code cortado} command line, parsed as Node parses its own: options only before the script
 * name; the script name and everything after it (or after {@code --}) belong to the script.
 * Confined to the thread that parses.
 */
@Command(name = "cortado")
final class CommandLineArgs {
  @Option(names = {"-e", "--eval"}, paramLabel = "SCRIPT")
  String eval;

  @Option(names = {"-p", "--print"})
  boolean print;

  @Option(names = {"-i", "--interactive"})
  boolean interactive;

  @Option(names = {"-h", "--help"})
  boolean help;

  @Option(names = {"-v", "--version"})
  boolean version;

  @Option(names = "--verbose")
  boolean verbose;

  // Permissions, as Deno's flags: --allow-KIND grants all of KIND, --allow-KIND=a,b some of it;
  // --deny-KIND[=a,b] takes it back and always wins. (normalize() turns a bare flag into "=".)
  @Option(names = {"-A", "--allow-all"})
  boolean allowAll;

  @Option(names = "--allow-read") String allowRead;
  @Option(names = "--allow-write") String allowWrite;
  @Option(names = "--allow-net") String allowNet;
  @Option(names = "--allow-env") String allowEnv;
  @Option(names = "--allow-run") String allowRun;
  @Option(names = "--allow-sys") String allowSys;
  @Option(names = "--deny-read") String denyRead;
  @Option(names = "--deny-write") String denyWrite;
  @Option(names = "--deny-net") String denyNet;
  @Option(names = "--deny-env") String denyEnv;
  @Option(names = "--deny-run") String denyRun;
  @Option(names = "--deny-sys") String denySys;

  private static final java.util.regex.Pattern PERMISSION_FLAG =
      java.util.regex.Pattern.compile("--(allow|deny)-(read|write|net|env|run|sys)");

  /** The permissions these flags grant; none without flags. */
  dev.cortado.host.Permissions permissions() {
    dev.cortado.host.Permissions granted =
        allowAll ? dev.cortado.host.Permissions.all() : dev.cortado.host.Permissions.none();
    String[] kinds = {"read", "write", "net", "env", "run", "sys"};
    String[] allows = {allowRead, allowWrite, allowNet, allowEnv, allowRun, allowSys};
    String[] denies = {denyRead, denyWrite, denyNet, denyEnv, denyRun, denySys};
    for (int i = 0; i < kinds.length; i++) {
      dev.cortado.host.Permissions.Grant grant = granted.of(kinds[i]);
      if (allows[i] != null) {
        grant = grant.allow(names(allows[i]));
      }
      if (denies[i] != null) {
        grant = grant.deny(names(denies[i]));
      }
      granted = granted.with(kinds[i], grant);
    }
    return granted;
  }

  private static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /** Taken by bin/cortado's client; accepted here so a direct run takes the same command line. */
  @Option(names = "--no-daemon")
  boolean noDaemon;

  @Parameters
  List<String> positionals = new ArrayList<>();

  /** A command line that cannot be run: {@code message} for stderr, then exit with {@code exitCode}. */
  static final class BadCommandLine extends Exception {
    final int exitCode;

    BadCommandLine(String message, int exitCode) {
      super(message, null, false, false);
      this.exitCode = exitCode;
    }
  }

  /** Parses {@code args}; a bad option is Node's exit code 9. */
  static CommandLineArgs parse(String[] args) throws BadCommandLine {
    CommandLineArgs parsed = new CommandLineArgs();
    CommandLine commandLine = new CommandLine(parsed)
        .setStopAtPositional(true)
        .setExpandAtFiles(false)
        .setOverwrittenOptionsAllowed(true)
        .setPosixClusteredShortOptionsAllowed(true)
        .setUnmatchedOptionsArePositionalParams(false);
    try {
      commandLine.parseArgs(normalize(args));
    } catch (CommandLine.MissingParameterException e) {
      throw new BadCommandLine("cortado: " + missingOption(e) + " requires an argument", 9);
    } catch (CommandLine.UnmatchedArgumentException e) {
      List<String> unmatched = e.getUnmatched();
      String option = unmatched.isEmpty() ? "?" : unmatched.getFirst();
      throw new BadCommandLine("cortado: bad option: " + option, 9);
    } catch (CommandLine.ParameterException e) {
      throw new BadCommandLine("cortado: " + e.getMessage(), 9);
    }
    return parsed;
  }

  /**
   * Node spellings picocli does not take as they are: {@code --print=CODE} (print is also a flag),
   * and a lone {@code -} (the stdin script), which must end the options like a script name.
   */
  private static String[] normalize(String[] args) {
    List<String> out = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (options && arg.startsWith("--print=")) {
        out.add("--print");
        out.add("--eval=" + arg.substring("--print=".length()));
      } else if (options && PERMISSION_FLAG.matcher(arg).matches()) {
        out.add(arg + "="); // a bare --allow-env: all of it
      } else if (options && arg.equals("-")) {
        out.add("--");
        out.add("-");
        options = false;
      } else {
        out.add(arg);
        if (arg.equals("--") || (options && !arg.startsWith("-") && !takesValue(args, i))) {
          options = false;
        }
      }
    }
    return out.toArray(String[]::new);
  }

  /** Whether args[i] is the value of the option before it ({@code -e CODE}). */
  private static boolean takesValue(String[] args, int i) {
    if (i == 0) {
      return false;
    }
    String previous = args[i - 1];
    return previous.equals("--eval") || previous.matches("-[a-z]*e");
  }

  private static String missingOption(CommandLine.MissingParameterException e) {
    if (e.getMissing() != null && !e.getMissing().isEmpty()
        && e.getMissing().getFirst() instanceof CommandLine.Model.OptionSpec option) {
      return option.shortestName();
    }
    return "an option";
  }
}
