package dev.cortado.cli;

import dev.cortado.engine.SharedEngine;
import dev.cortado.host.Permissions;
import dev.cortado.host.RuntimeVersion;
import dev.cortado.loop.EventLoop;
import dev.cortado.trace.TraceFiles;
import dev.cortado.trace.TraceRecorder;
import dev.cortado.trace.TraceSession;
import dev.cortado.loop.InternalErrors;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

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
        -A, --allow-all       allow everything below
        --allow-env[=NAMES]   read environment variables (all, or the comma-separated NAMES)
        --allow-read[=PATHS], --allow-write[=PATHS], --allow-net[=HOSTS], --allow-run[=PROGRAMS],
        --allow-sys[=NAMES]   the other permissions, as in Deno (nothing is allowed by default)
        --deny-KIND[=...]     take a permission back; a deny always wins
        --verbose             say on stderr how the script runs (daemon or direct) and why
        --no-daemon           run in this process, not in the warm daemon
        --daemon-stop         stop this build's daemon
        --daemon-wait-warm    start this build's daemon if needed and wait until the daemon new
                              runs reach is trained (its warm-up, then its successor's),
                              with a line per warm-up round

      cortado trace FILE [args] [--out DIR] [--max-events N]
                              run FILE as usual and record its event loop: the call stack, the Web
                              APIs, the task and microtask queues, the console. Writes
                              DIR/trace.json (Perfetto, chrome://tracing) and DIR/trace.html (a
                              replay page). DIR defaults to ./cortado-trace, N to 1000000.

      Environment:
        CORTADO_REPL_HISTORY  the REPL's history file (default ~/.cortado_repl_history; empty: none)
        CORTADO_DEBUG=1       print Java stack traces of internal errors
        CORTADO_DAEMON=off    never use the warm daemon (bin/cortado starts one by default)
        CORTADO_DAEMON_IDLE   seconds an idle daemon waits before it exits (default 10800)
        CORTADO_DAEMON_WARMUP the most rounds of built-in work a new daemon runs while idle, to
                              compile the runtime before the next run (default 10; 0 or off: none)
        CORTADO_DAEMON_HANDOFF=off  keep the first daemon: no successor with the JVM's full JIT
        NO_COLOR              no colours in the REPL
      """;

  private Main() {}

  public static void main(String[] args) {
    Invocation invocation = Invocation.ofThisProcess();
    // this JVM is the script's process: its signals go to process.on('SIGTERM') and the like
    int code = runReportingErrors(args, invocation, loop -> loop.catchSignalsFrom(new dev.cortado.host.JvmSignals()));
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs one {@code cortado} command for {@code invocation} and returns its exit code; an
   * internal error is reported on the invocation's stderr (exit code 70). {@code onStart} gets
   * the event loop once it exists, so the daemon can end it on a signal. The calling thread waits.
   */
  public static int runReportingErrors(String[] args, Invocation invocation, Consumer<EventLoop> onStart) {
    try {
      return run(args, invocation, onStart);
    } catch (Throwable t) {
      InternalErrors.report(invocation.io(),
          t instanceof ExecutionException e && e.getCause() != null ? e.getCause() : t);
      return 70;
    }
  }

  static int run(String[] args, Invocation invocation, Consumer<EventLoop> onStart) throws Exception {
    if (List.of(args).contains("--daemon-wait-warm")) {
      return 0; // a direct run: no daemon to wait for (the daemon answers it itself)
    }
    int command = 0; // `trace` may follow the launcher's own flags: cortado --no-daemon trace app.js
    while (command < args.length && (args[command].equals("--no-daemon") || args[command].equals("--verbose"))) {
      command++;
    }
    if (command < args.length && args[command].equals("trace")) {
      List<String> rest = new java.util.ArrayList<>(List.of(args));
      rest.remove(command);
      return trace(rest, invocation, onStart);
    }
    return run(args, invocation, onStart, null);
  }

  /**
   * {@code cortado trace FILE [args] [--out DIR] [--max-events N]}: runs the program as usual and
   * writes DIR/trace.json and DIR/trace.html.
   */
  private static int trace(List<String> args, Invocation invocation, Consumer<EventLoop> onStart) throws Exception {
    TraceOptions options;
    try {
      options = TraceOptions.parse(args, invocation.cwd());
    } catch (CommandLineArgs.BadCommandLine e) {
      invocation.err().println(e.getMessage());
      return e.exitCode;
    }
    if (options.rest().stream().noneMatch(arg -> !arg.startsWith("-"))) {
      invocation.err().println("cortado trace: which program? Usage: cortado trace FILE [args] [--out DIR] [--max-events N]");
      return 9;
    }
    try (TraceSession session = new TraceSession(options.maxEvents())) {
      int code = run(options.rest().toArray(String[]::new), invocation, onStart, session);
      TraceRecorder recorder = session.recorder();
      if (recorder.events().isEmpty()) {
        return code;
      }
      TraceFiles.Written written = TraceFiles.write(recorder, options.out(),
          "cortado trace " + String.join(" ", options.rest().stream()
              .filter(arg -> !arg.equals("--no-daemon") && !arg.equals("--verbose")).toList()));
      invocation.err().println("cortado trace: " + written.events() + " events"
          + (recorder.truncated() ? " (cut at --max-events " + recorder.maxEvents()
              + ": the rest of the run was not recorded)" : "")
          + " -> " + written.json() + ", " + written.html());
      if (!session.jobsObserved()) {
        invocation.err().println("cortado trace: this GraalJS hides its promise job queue; microtasks other than nextTick are not shown");
      }
      return code;
    }
  }

  private static int run(String[] args, Invocation invocation, Consumer<EventLoop> onStart,
      TraceSession trace) throws Exception {
    CommandLineArgs cli;
    try {
      cli = CommandLineArgs.parse(args);
    } catch (CommandLineArgs.BadCommandLine e) {
      invocation.err().println(e.getMessage());
      return e.exitCode;
    }
    if (cli.help) {
      invocation.out().print(USAGE);
      return 0;
    }
    if (cli.version) {
      invocation.out().println("v" + RuntimeVersion.CORTADO);
      return 0;
    }
    if (cli.verbose) {
      invocation.err().println("cortado: running " + invocation.runner() + "; Graal JIT "
          + (SharedEngine.isJitActive() ? "active" : "NOT active (JavaScript runs interpreted)"));
    }
    Runner runner = new Runner(invocation, onStart, cli.permissions(), trace);
    List<String> rest = cli.positionals;
    if (cli.eval != null) {
      return runner.run(new MainProgram.SourceText(cli.eval, "[eval]", cli.print), rest);
    }
    if (cli.print) {
      if (rest.isEmpty()) {
        return runner.run(stdinScript(invocation, true), rest); // `echo 1+1 | cortado -p`
      }
      return runner.run(new MainProgram.SourceText(rest.getFirst(), "[eval]", true), tail(rest));
    }
    if (!rest.isEmpty()) {
      String name = rest.getFirst();
      if (name.equals("-")) {
        return runner.run(stdinScript(invocation, false), rest); // process.argv[1] is "-", as in Node
      }
      Path cwd = invocation.cwd();
      Optional<Path> file = MainScript.resolve(cwd, name);
      if (file.isEmpty()) {
        invocation.err().println("cortado: Error [MODULE_NOT_FOUND]: Cannot find module '"
            + cwd.resolve(name).normalize() + "'");
        return 1;
      }
      return runner.run(new MainProgram.ScriptFile(file.get()), tail(rest));
    }
    if (cli.interactive || invocation.stdinIsTerminal()) {
      return Repl.launch(cli.interactive && !invocation.stdinIsTerminal(), cli.permissions());
    }
    return runner.run(stdinScript(invocation, false), List.of());
  }

  /** Starts one event loop for the invocation and waits for its exit code. */
  private record Runner(Invocation invocation, Consumer<EventLoop> onStart, Permissions permissions,
      TraceSession trace) {
    int run(MainProgram program, List<String> scriptArgs) throws Exception {
      RuntimeOptions options = new RuntimeOptions(invocation.io(), invocation.cwd(),
          invocation.environment(), List.copyOf(scriptArgs), RuntimeOptions.DEFAULT_STACK_BYTES,
          invocation.pid(), invocation.ppid(), permissions);
      EventLoop loop = new EventLoop(options);
      if (trace != null) {
        loop.recordTo(trace);
      }
      onStart.accept(loop);
      return loop.start(program).get();
    }
  }

  private static MainProgram stdinScript(Invocation invocation, boolean print) throws IOException {
    String source = new String(invocation.in().readAllBytes(), StandardCharsets.UTF_8);
    return new MainProgram.SourceText(source, "[stdin]", print);
  }

  private static List<String> tail(List<String> list) {
    return list.subList(1, list.size());
  }
}
