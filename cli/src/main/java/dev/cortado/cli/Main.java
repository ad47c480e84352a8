package dev.cortado.cli;

import dev.cortado.host.ProcessIo;
import dev.cortado.host.RuntimeVersion;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.InternalErrors;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The {@code cortado} command: runs a script file, {@code -e}/{@code -p} source, a script read
 * from stdin, or the REPL, with Node's command-line conventions and exit codes. Runs on the JVM's
 * main thread; the event loop gets its own thread.
 */
public final class Main {
  private static final String USAGE = """
      Usage: cortado [options] [ script.js | - ] [arguments]

      Runs JavaScript on the JVM, with Node's APIs and event loop.
      Without a script, reads the script from stdin, or starts the REPL when stdin is a terminal.

      Options:
        -                     read the script from stdin
        --                    end of cortado's options; what follows is the script and its arguments
        -e, --eval SCRIPT     evaluate SCRIPT
        -p, --print SCRIPT    evaluate SCRIPT and print the result
        -i, --interactive     start the REPL even when stdin is not a terminal
        -h, --help            print this help
        -v, --version         print Cortado's version

      Environment:
        CORTADO_REPL_HISTORY  the REPL's history file (default ~/.cortado_repl_history; empty: none)
        CORTADO_DEBUG=1       print Java stack traces of internal errors
        NO_COLOR              no colours in the REPL
      """;

  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (Throwable t) {
      InternalErrors.report(stdio(), t instanceof ExecutionException e && e.getCause() != null ? e.getCause() : t);
      code = 70;
    }
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  static int run(String[] args) throws Exception {
    CommandLineArgs cli;
    try {
      cli = CommandLineArgs.parse(args);
    } catch (CommandLineArgs.BadCommandLine e) {
      System.err.println(e.getMessage());
      return e.exitCode;
    }
    if (cli.help) {
      System.out.print(USAGE);
      return 0;
    }
    if (cli.version) {
      System.out.println("v" + RuntimeVersion.CORTADO);
      return 0;
    }
    List<String> rest = cli.positionals;
    if (cli.eval != null) {
      return runProgram(new MainProgram.SourceText(cli.eval, "[eval]", cli.print), rest);
    }
    if (cli.print) {
      if (rest.isEmpty()) {
        return runProgram(stdinScript(true), rest); // `echo 1+1 | cortado -p`
      }
      return runProgram(new MainProgram.SourceText(rest.getFirst(), "[eval]", true), tail(rest));
    }
    if (!rest.isEmpty()) {
      String name = rest.getFirst();
      if (name.equals("-")) {
        return runProgram(stdinScript(false), rest); // process.argv[1] is "-", as in Node
      }
      Path cwd = Path.of("").toAbsolutePath();
      Optional<Path> file = MainScript.resolve(cwd, name);
      if (file.isEmpty()) {
        System.err.println("cortado: Error [MODULE_NOT_FOUND]: Cannot find module '"
            + cwd.resolve(name).normalize() + "'");
        return 1;
      }
      return runProgram(new MainProgram.ScriptFile(file.get()), tail(rest));
    }
    if (cli.interactive || Terminals.stdinIsTerminal()) {
      return Repl.launch(cli.interactive && !Terminals.stdinIsTerminal());
    }
    return runProgram(stdinScript(false), List.of());
  }

  private static int runProgram(MainProgram program, List<String> scriptArgs) throws Exception {
    RuntimeOptions options = RuntimeOptions.forProcess(scriptArgs);
    return new EventLoop(options).start(program).get();
  }

  private static MainProgram stdinScript(boolean print) throws IOException {
    String source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    return new MainProgram.SourceText(source, "[stdin]", print);
  }

  private static List<String> tail(List<String> list) {
    return list.subList(1, list.size());
  }

  private static ProcessIo stdio() {
    return new ProcessIo(System.in, new PrintStream(System.out, true), new PrintStream(System.err, true),
        false, false);
  }
}
