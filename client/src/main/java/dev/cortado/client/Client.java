package dev.cortado.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The first process {@code bin/cortado} starts: a small JVM with no dependencies, so it starts in
 * tens of milliseconds. It runs the script in the warm daemon for this exact set-up (see
 * {@link DaemonAddress}), starting one when none answers, and makes that invisible: the script
 * sees this process's arguments, directory, environment, terminals and pid, and this process
 * prints what the script prints and exits with its exit code. When the daemon cannot be used, it
 * runs the script directly, in a child JVM that inherits its standard streams; under
 * {@code --verbose} it says why, once, on stderr.
 *
 * <p>Usage: {@code Client N <N words: the direct JVM command> [cortado arguments]}. The direct
 * command ends with the main class; the daemon runs with the same JVM command and
 * {@code dev.cortado.cli.daemon.DaemonServer} instead.
 *
 * <p>Threads: the main thread relays the daemon's frames; a second thread reads stdin when the
 * script asks for input; signal handlers forward Ctrl-C and friends.
 */
public final class Client {
  static final String DAEMON_MAIN = "dev.cortado.cli.daemon.DaemonServer";
  private static final long START_TIMEOUT_MILLIS = 60_000;

  private final List<String> jvmCommand;
  private final List<String> args;
  private final Map<String, String> environment = System.getenv();
  private final boolean verbose;

  private Client(List<String> jvmCommand, List<String> args) {
    this.jvmCommand = jvmCommand;
    this.args = args;
    this.verbose = CortadoOptions.has(args, "--verbose");
  }

  public static void main(String[] argv) {
    int n = Integer.parseInt(argv[0]);
    List<String> jvmCommand = List.of(argv).subList(1, n + 1);
    List<String> args = List.of(argv).subList(n + 1, argv.length);
    int code = new Client(jvmCommand, args).run();
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }

  private int run() {
    String why = CortadoOptions.whyDirect(args, environment, terminals().charAt(0) == '1');
    if (why != null) {
      return runDirect(why);
    }
    DaemonAddress address;
    try {
      address = DaemonAddress.of(jvmCommand, environment);
    } catch (IOException e) {
      return runDirect("no place for the daemon's socket: " + e.getMessage());
    }
    if (CortadoOptions.has(args, "--daemon-stop")) {
      return stop(address);
    }
    SocketChannel channel = connect(address);
    String refused = null;
    if (channel != null) {
      Integer code = relay(channel);
      if (code != null) {
        return code;
      }
      refused = "the daemon did not take the run"; // it died just now: start a new one
    }
    try {
      channel = startAndConnect(address);
    } catch (IOException e) {
      return runDirect("could not start the daemon: " + e.getMessage() + " (log: " + address.log() + ")");
    }
    Integer code = relay(channel);
    return code != null ? code : runDirect(refused != null ? refused : "the daemon did not take the run");
  }

  /**
   * Runs the script through the daemon on {@code channel} and returns its exit code; null when
   * the daemon did not accept the run (nothing ran, so it is safe to run it elsewhere).
   */
  private Integer relay(SocketChannel channel) {
    DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
    DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
    String tty = terminals();
    ProcessHandle self = ProcessHandle.current();
    DaemonProtocol.Request request = new DaemonProtocol.Request(args,
        Path.of("").toAbsolutePath().toString(), environment, tty.charAt(0) == '1',
        tty.charAt(1) == '1', tty.charAt(2) == '1', self.pid(),
        self.parent().map(ProcessHandle::pid).orElse(0L));
    try {
      request.writeTo(out);
      DaemonProtocol.Frame first = DaemonProtocol.readFrame(in);
      if (first == null || first.type() != DaemonProtocol.ACCEPTED) {
        if (verbose && first != null && first.type() == DaemonProtocol.REFUSED) {
          System.err.println("cortado: the daemon refused the run: "
              + new String(first.payload(), StandardCharsets.UTF_8));
        }
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    Forwarding forwarding = new Forwarding(out);
    forwarding.installSignalHandlers();
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    OutputStream stderr = new FileOutputStream(FileDescriptor.err);
    try {
      while (true) {
        DaemonProtocol.Frame frame = DaemonProtocol.readFrame(in);
        if (frame == null) {
          break;
        }
        switch (frame.type()) {
          case DaemonProtocol.STDOUT -> writeQuietly(stdout, frame.payload());
          case DaemonProtocol.STDERR -> writeQuietly(stderr, frame.payload());
          case DaemonProtocol.STDIN_WANTED -> forwarding.readStdin(frame.intValue());
          case DaemonProtocol.EXIT -> {
            return frame.intValue();
          }
          default -> { }
        }
      }
    } catch (IOException e) {
      // fall through: the daemon went away mid-run
    }
    System.err.println("cortado: the daemon stopped during the run; run again, or set CORTADO_DAEMON=off"
        + " to run without it");
    return 70;
  }

  /** Starts the daemon unless another client is starting it, then waits until it answers. */
  private SocketChannel startAndConnect(DaemonAddress address) throws IOException {
    try (FileChannel lockFile = FileChannel.open(address.lock(), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
         FileLock ignored = lockFile.lock()) {
      SocketChannel channel = connect(address); // started by whoever held the lock before us
      if (channel != null) {
        return channel;
      }
      Files.deleteIfExists(address.socket());
      if (verbose) {
        System.err.println("cortado: starting the daemon (" + address.socket() + ")");
      }
      spawnDaemon(address);
      long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        channel = connect(address);
        if (channel != null) {
          return channel;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        }
      }
      throw new IOException("it did not answer within " + START_TIMEOUT_MILLIS / 1000 + " s");
    }
  }

  private void spawnDaemon(DaemonAddress address) throws IOException {
    List<String> command = new ArrayList<>();
    command.addAll(DaemonProcesses.ownSession());
    command.addAll(jvmCommand.subList(0, jvmCommand.size() - 1));
    // A long-lived process gives memory back: the heap shrinks after the collections it runs when
    // it becomes idle (DaemonServer), instead of keeping its largest size for good.
    command.add("-XX:MinHeapFreeRatio=10");
    command.add("-XX:MaxHeapFreeRatio=30");
    // But not a young generation squeezed with it: with the heap kept at 1.1-1.3x the live data,
    // the young generation was ~80 MB and JavaScript that allocates (promises, closures) collected
    // every ~100 ms, 20-50 ms each: a third of the time. 256 MB at least cut the pauses by 70%
    // (async-fanout-timers: 79 young pauses, 3.6 s in all, against 9 and 1.0 s over 8 runs).
    // 768 MB: a young collection copies what is alive, and a burst of 200k pending promises or
    // 100 MB buffers alive across several collections was copied each time (promise-fanout ran at
    // 114-347 ms a round against 46-49 ms with 768 MB; Buffer base64/hex of 100 MB had pauses of
    // 100-240 ms, and none with it). It costs resident memory the young space once touched.
    command.add("-XX:NewSize=768m");
    // The daemon starts at C1 too (bin/cortado's default; CORTADO_TIER_OPTS sets both). With C2 on
    // 2 cores, C2 compiling the Graal compiler competed with the script and left Graal running
    // slow profiled code for minutes: a fresh daemon's first runs of the shared benchmarks were
    // 1.3-4x slower than at C1 (bench/README.md). Once trained, it hands off to a successor with
    // C2 (DaemonSuccessor), which compiles a new script's code 2-3x faster.
    command.add(DAEMON_MAIN);
    command.add(address.socket().toString());
    // Its working directory is its own directory, not the client's: that one may be a temporary
    // directory deleted after the run, and then the JVM of its successor cannot start ("Could not
    // determine current working directory"). Runs get the client's directory with each request.
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(address.log().toAbsolutePath().getParent().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
        .redirectErrorStream(true);
    builder.start();
  }

  private int stop(DaemonAddress address) {
    SocketChannel channel = connect(address);
    if (channel == null) {
      System.err.println("cortado: no daemon is running for this build");
      return 0;
    }
    Integer code = relay(channel);
    return code != null ? code : 0;
  }

  private static SocketChannel connect(DaemonAddress address) {
    if (!Files.exists(address.socket())) {
      return null;
    }
    try {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(address.socket()));
      return channel;
    } catch (IOException e) {
      return null;
    }
  }

  /** Runs the script in a child JVM that inherits this process's streams; returns its exit code. */
  private int runDirect(String why) {
    if (why != null && verbose && !why.isEmpty()) {
      System.err.println("cortado: running without the daemon: " + why);
    }
    List<String> command = new ArrayList<>(jvmCommand);
    command.addAll(args);
    try {
      Forwarding.ignoreInterrupts(); // the child gets the terminal's signals itself
      Process child = new ProcessBuilder(command).inheritIO().start();
      Forwarding.passSignalsTo(child); // a signal sent to this process alone (kill PID) reaches the script
      return child.waitFor();
    } catch (IOException e) {
      System.err.println("cortado: cannot start " + jvmCommand.getFirst() + ": " + e.getMessage());
      return 70;
    } catch (InterruptedException e) {
      return 130;
    }
  }

  /** "101": whether stdin, stdout and stderr are terminals, as bin/cortado tested them. */
  private String terminals() {
    String tty = environment.getOrDefault("CORTADO_TTY", "000");
    return tty.length() == 3 ? tty : "000";
  }

  private static void writeQuietly(OutputStream stream, byte[] bytes) {
    try {
      stream.write(bytes);
    } catch (IOException e) {
      // a closed pipe: a direct run would lose this output too
    }
  }

  /** The signals a script may catch, which the client passes on instead of dying of them. */
  private static final String[] FORWARDED_SIGNALS = {"INT", "TERM", "HUP", "USR1", "USR2", "WINCH"};

  /** What goes from this process to the daemon while the script runs: stdin and signals. */
  private static final class Forwarding {
    private final DataOutputStream out;
    private ExecutorService stdinReader;

    Forwarding(DataOutputStream out) {
      this.out = out;
    }

    void installSignalHandlers() {
      // the daemon runs the script's handler (process.on('SIGTERM')), or the default action
      for (String name : FORWARDED_SIGNALS) {
        try {
          sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> send(DaemonProtocol.SIGNAL, signal.getNumber()));
        } catch (IllegalArgumentException unavailable) {
          // not a signal on this platform
        }
      }
    }

    /** Passes the signals a script may catch, except INT (a terminal sends it to both), to {@code child}. */
    static void passSignalsTo(Process child) {
      for (String name : FORWARDED_SIGNALS) {
        if (name.equals("INT")) {
          continue;
        }
        try {
          sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
            try {
              new ProcessBuilder("kill", "-" + signal.getNumber(), String.valueOf(child.pid()))
                  .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
              child.destroy();
            }
          });
        } catch (IllegalArgumentException unavailable) {
          // not a signal on this platform
        }
      }
    }

    static void ignoreInterrupts() {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
      } catch (IllegalArgumentException unavailable) {
        // not a signal on this platform
      }
    }

    /** Reads up to {@code max} bytes of stdin on the reader thread and sends them (empty: EOF). */
    synchronized void readStdin(int max) {
      if (stdinReader == null) {
        stdinReader = Executors.newSingleThreadExecutor(r -> {
          Thread thread = new Thread(r, "cortado-stdin");
          thread.setDaemon(true);
          return thread;
        });
      }
      stdinReader.execute(() -> {
        byte[] buffer = new byte[Math.max(1, Math.min(max, 1 << 16))];
        int n;
        try {
          InputStream stdin = System.in;
          n = stdin.read(buffer);
        } catch (IOException e) {
          n = -1;
        }
        synchronized (out) {
          try {
            DaemonProtocol.writeFrame(out, DaemonProtocol.STDIN, buffer, 0, Math.max(n, 0));
          } catch (IOException ignored) {
            // the daemon went away; the relay loop reports it
          }
        }
      });
    }

    private void send(byte type, int value) {
      synchronized (out) {
        try {
          DaemonProtocol.writeIntFrame(out, type, value);
        } catch (IOException e) {
          Runtime.getRuntime().halt(128 + value);
        }
      }
    }
  }
}
