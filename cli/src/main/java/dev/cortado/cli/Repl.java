package dev.cortado.cli;

import dev.cortado.host.ProcessIo;
import dev.cortado.host.RuntimeVersion;
import dev.cortado.loop.RuntimeOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * The interactive REPL: reads lines with JLine on the calling (main) thread and evaluates each
 * input on the event loop through a {@link ReplSession}, so timers and promises keep running
 * while it waits for input. Prompt "> ", "... " for incomplete input, dot commands, history in
 * {@code ~/.cortado_repl_history}. Confined to the thread that calls {@link #run()}.
 */
final class Repl {
  private static final Pattern COMMAND = Pattern.compile("^\\s*\\.([a-z]+)(?:\\s+(.*?))?\\s*$");
  private static final String HELP = """
      .break    Discard the input typed so far (also .clear)
      .exit     Leave the REPL
      .help     Show these commands
      .load     Evaluate a file's code in this session: .load FILE
      .save     Write the code entered in this session to a file: .save FILE

      Ctrl+C discards the current input, twice on an empty line leaves; Ctrl+D leaves.""";

  private static final String INTERRUPTED =
      "Uncaught Error [ERR_SCRIPT_EXECUTION_INTERRUPTED]: Script execution was interrupted by SIGINT";

  private final Terminal terminal;
  private final LineReader reader;
  private final ReplSession session;
  private final PrintWriter out;
  private final List<String> evaluated = new ArrayList<>();
  private final Object readingLock = new Object();
  private boolean reading;
  private boolean closing;

  private Repl(Terminal terminal, LineReader reader, ReplSession session) {
    this.terminal = terminal;
    this.reader = reader;
    this.session = session;
    this.out = terminal.writer();
  }

  /**
   * Starts a runtime and runs the REPL until {@code .exit}, Ctrl-D or {@code process.exit()};
   * returns the exit code. {@code dumb}: stdin is not a terminal ({@code -i} on a pipe). The
   * REPL has the permissions of the command line's flags, as a script has.
   */
  static int launch(boolean dumb, dev.cortado.host.Permissions permissions) throws Exception {
    Terminal terminal = Terminals.open(dumb);
    if (!dumb && terminal.getWidth() <= 0) {
      terminal.setSize(new Size(80, Math.max(terminal.getHeight(), 24))); // a pty nobody sized
    }
    LineReader reader = lineReader(terminal);
    boolean stdoutTty = Terminals.stdoutIsTerminal();
    boolean stderrTty = Terminals.stderrIsTerminal();
    boolean colors = !dumb && stdoutTty && !terminal.getType().startsWith(Terminal.TYPE_DUMB)
        && System.getenv("NO_COLOR") == null;
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    OutputStream stderr = new FileOutputStream(FileDescriptor.err);
    if (!dumb && stdoutTty) {
      stdout = aboveThePrompt(stdout, reader);
    }
    if (!dumb && stderrTty) {
      stderr = aboveThePrompt(stderr, reader);
    }
    ProcessIo io = new ProcessIo(System.in, stdout, stderr, stdoutTty, stderrTty);
    RuntimeOptions options = RuntimeOptions.forProcess(List.of()).withIo(io).withPermissions(permissions);
    ReplSession session = ReplSession.start(options, colors);
    Repl repl = new Repl(terminal, reader, session);
    session.exitCode().thenAccept(repl::exitedWhileReading);
    if (!dumb) {
      terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
    }
    return repl.run();
  }

  /** Output on the REPL's screen: lines printed while the prompt waits go above it. */
  private static OutputStream aboveThePrompt(OutputStream stream, LineReader reader) {
    return new PromptAwareOutput(stream, reader);
  }

  private static LineReader lineReader(Terminal terminal) {
    DefaultParser parser = new DefaultParser(); // JavaScript keeps its quotes and backslashes
    parser.setEscapeChars(new char[0]);
    parser.setQuoteChars(new char[0]);
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("cortado")
        .parser(parser)
        .variable(LineReader.HISTORY_SIZE, 1000)
        .option(LineReader.Option.HISTORY_TIMESTAMPED, false) // one plain line per entry
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, true);
    Path history = historyFile();
    if (history != null) {
      builder.variable(LineReader.HISTORY_FILE, history);
    }
    return builder.build();
  }

  /** CORTADO_REPL_HISTORY, or ~/.cortado_repl_history; null (no file) when it is set but empty. */
  private static Path historyFile() {
    String configured = System.getenv("CORTADO_REPL_HISTORY");
    if (configured != null) {
      return configured.isBlank() ? null : Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".cortado_repl_history");
  }

  private int run() throws InterruptedException {
    out.println("Welcome to Cortado v" + RuntimeVersion.CORTADO + " (Node.js "
        + RuntimeVersion.NODE_COMPAT + " compatible).");
    out.println("Type \".help\" for more information.");
    out.flush();
    StringBuilder input = new StringBuilder();
    boolean interruptedOnce = false;
    while (true) {
      String line;
      try {
        synchronized (readingLock) {
          if (session.exitCode().isDone()) {
            return finish(session.close());
          }
          reading = true;
        }
        line = reader.readLine(input.isEmpty() ? "> " : "... ");
      } catch (UserInterruptException e) {
        if (!input.isEmpty() || !e.getPartialLine().isEmpty()) {
          input.setLength(0);
          interruptedOnce = false;
          continue;
        }
        if (interruptedOnce) {
          return finish(session.close());
        }
        out.println("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
        out.flush();
        interruptedOnce = true;
        continue;
      } catch (EndOfFileException e) {
        return finish(session.close());
      } finally {
        synchronized (readingLock) {
          reading = false;
        }
      }
      interruptedOnce = false;

      Matcher command = COMMAND.matcher(line);
      if (command.matches() && (input.isEmpty() || isCommand(command.group(1)))) {
        Integer code = runCommand(command.group(1), command.group(2), input);
        if (code != null) {
          return finish(code);
        }
        continue;
      }
      String code = input.isEmpty() ? line : input + "\n" + line;
      if (code.isBlank()) {
        input.setLength(0);
        continue;
      }
      switch (session.evaluate(code)) {
        case ReplSession.Result.Incomplete incomplete -> {
          input.setLength(0);
          input.append(code);
        }
        case ReplSession.Result.Done done -> {
          input.setLength(0);
          evaluated.add(code);
        }
        case ReplSession.Result.Interrupted interrupted -> {
          input.setLength(0);
          out.println(INTERRUPTED);
          out.flush();
        }
        case ReplSession.Result.Exited exited -> {
          return finish(exited.code());
        }
      }
    }
  }

  private static boolean isCommand(String name) {
    return switch (name) {
      case "break", "clear", "exit", "help", "load", "save" -> true;
      default -> false;
    };
  }

  /** Runs a dot command; returns an exit code when the REPL ends. */
  private Integer runCommand(String name, String argument, StringBuilder input)
      throws InterruptedException {
    switch (name) {
      case "exit" -> {
        return session.close();
      }
      case "break", "clear" -> input.setLength(0);
      case "help" -> out.println(HELP);
      case "save" -> {
        if (argument == null || argument.isEmpty()) {
          out.println("Usage: .save FILE");
          break;
        }
        try {
          Files.writeString(Path.of(argument), String.join("\n", evaluated) + "\n", StandardCharsets.UTF_8);
          out.println("Session saved to: " + argument);
        } catch (IOException | RuntimeException e) {
          out.println("Failed to save: " + argument);
        }
      }
      case "load" -> {
        if (argument == null || argument.isEmpty()) {
          out.println("Usage: .load FILE");
          break;
        }
        String code;
        try {
          code = Files.readString(Path.of(argument), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          out.println("Failed to load: " + argument);
          break;
        }
        out.flush();
        switch (session.evaluate(code)) {
          case ReplSession.Result.Exited exited -> {
            return exited.code();
          }
          case ReplSession.Result.Incomplete incomplete -> out.println("Failed to load: " + argument
              + " is not a complete program");
          case ReplSession.Result.Done done -> evaluated.add(code);
          case ReplSession.Result.Interrupted interrupted -> out.println(INTERRUPTED);
        }
      }
      default -> out.println("Invalid REPL keyword");
    }
    out.flush();
    return null;
  }

  /** Leaves the terminal as it found it; returns {@code code}. */
  private int finish(int code) {
    synchronized (readingLock) {
      closing = true;
    }
    out.flush();
    saveHistory();
    try {
      terminal.close();
    } catch (IOException e) {
      // nothing left to restore
    }
    return code;
  }

  /**
   * The runtime ended while the REPL waited at its prompt (a timer called {@code process.exit}):
   * the main thread is blocked reading, so this thread restores the terminal and ends the process.
   */
  private void exitedWhileReading(int code) {
    synchronized (readingLock) {
      if (!reading || closing) {
        return;
      }
      closing = true;
    }
    saveHistory();
    try {
      Attributes attributes = terminal.getAttributes();
      attributes.setLocalFlag(Attributes.LocalFlag.ICANON, true);
      attributes.setLocalFlag(Attributes.LocalFlag.ECHO, true);
      attributes.setInputFlag(Attributes.InputFlag.ICRNL, true);
      terminal.setAttributes(attributes);
    } catch (RuntimeException e) {
      // best effort
    }
    out.println();
    out.flush();
    System.out.flush();
    Runtime.getRuntime().halt(code);
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException | RuntimeException e) {
      // a read-only home directory must not break the REPL
    }
  }
}
