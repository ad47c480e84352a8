package dev.cortado.cli.daemon;

import dev.cortado.cli.Invocation;
import dev.cortado.cli.Main;
import dev.cortado.client.DaemonProtocol;
import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One {@code cortado} command run by the daemon for one client connection: it reads the request,
 * runs the command exactly as {@link Main} runs it directly (a fresh Context on the shared, warm
 * engine), relays stdin and signals from the client, and ends with the exit code. Runs on its own
 * thread; a second thread reads the client's frames.
 */
final class DaemonSession implements Runnable {
  private final SocketChannel channel;
  private final DaemonServer server;
  private final int runNumber;
  private volatile EventLoop loop;
  private volatile int pendingSignalExit = -1;
  private volatile boolean finished;
  private static final int SIGWINCH = 28;
  /** The longest --daemon-wait-warm waits: two warm-ups (the daemon's, then its successor's). */
  private static final long WARM_WAIT_MILLIS = 600_000;
  /** The signals the script listens for (process.on('SIGTERM')), by number. */
  private final java.util.Map<Integer, Runnable> caught = new java.util.concurrent.ConcurrentHashMap<>();
  private final dev.cortado.host.ProcessSignals signals = (number, name, onSignal) -> {
    caught.put(number, onSignal);
    return () -> caught.remove(number, onSignal);
  };

  DaemonSession(SocketChannel channel, DaemonServer server, int runNumber) {
    this.channel = channel;
    this.server = server;
    this.runNumber = runNumber;
  }

  @Override
  public void run() {
    try (channel) {
      DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
      DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
      DaemonProtocol.Request request;
      try {
        request = DaemonProtocol.Request.readFrom(in);
      } catch (IOException e) {
        refuse(out, e.getMessage());
        return;
      }
      synchronized (out) {
        DaemonProtocol.writeFrame(out, DaemonProtocol.ACCEPTED, new byte[0], 0, 0);
      }
      ClientStreams streams = new ClientStreams(out);
      if (request.args().contains("--daemon-stop")) {
        new PrintStream(streams.stderr(), true, StandardCharsets.UTF_8)
            .println("cortado: daemon " + ProcessHandle.current().pid() + " stopped");
        streams.sendExit(0);
        server.stopSoon();
        return;
      }
      if (request.args().contains("--daemon-wait-warm")) {
        PrintStream err = new PrintStream(streams.stderr(), true, StandardCharsets.UTF_8);
        long warm;
        try (WarmupProgress progress = WarmupProgress.follow(server.logFile(), err)) {
          if (server.awaitWarm(0) < 0) {
            err.println("cortado: " + server.warmupPlan() + "; progress:");
          }
          warm = server.awaitWarm(WARM_WAIT_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          warm = -1;
        }
        err.println(warm >= 0
            ? "cortado: daemon " + warm + " is warm"
            : "cortado: daemon " + ProcessHandle.current().pid() + " is still warming up after "
                + WARM_WAIT_MILLIS / 1000 + " s");
        streams.sendExit(warm >= 0 ? 0 : 1);
        return;
      }
      Thread reader = Thread.ofPlatform().daemon().name("cortado-daemon-client")
          .start(() -> readClient(in, streams));
      int code = runCommand(request, streams);
      finished = true;
      streams.sendExit(code);
      reader.interrupt();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    } finally {
      server.sessionEnded();
    }
  }

  private int runCommand(DaemonProtocol.Request request, ClientStreams streams) {
    ProcessIo io = new ProcessIo(streams.stdin(), streams.stdout(), streams.stderr(),
        request.stdoutIsTerminal(), request.stderrIsTerminal());
    Invocation invocation = new Invocation(io,
        new PrintStream(io.stdout(), true, StandardCharsets.UTF_8),
        new PrintStream(io.stderr(), true, StandardCharsets.UTF_8),
        io.stdin(), Path.of(request.cwd()), request.environment(), request.stdinIsTerminal(),
        request.pid(), request.ppid(),
        "in the daemon (pid " + ProcessHandle.current().pid() + ", run " + runNumber + ")");
    return Main.runReportingErrors(request.args().toArray(String[]::new), invocation, started -> {
      started.catchSignalsFrom(signals);
      loop = started;
      if (pendingSignalExit >= 0) {
        started.terminate(pendingSignalExit);
      }
    });
  }

  /** Relays the client's stdin and signals until it disconnects. */
  private void readClient(DataInputStream in, ClientStreams streams) {
    try {
      while (true) {
        DaemonProtocol.Frame frame = DaemonProtocol.readFrame(in);
        if (frame == null) {
          break;
        }
        switch (frame.type()) {
          case DaemonProtocol.STDIN -> streams.receivedStdin(frame.payload());
          case DaemonProtocol.SIGNAL -> signalled(frame.intValue());
          default -> { }
        }
      }
    } catch (IOException e) {
      // disconnected
    }
    streams.clientGone();
    endBySignal(129); // the client died (or hung up): end the run as SIGHUP would
  }

  /**
   * A signal the client received: to the script when it listens for it, else its default action,
   * which ends the run as the signal would end a process (SIGWINCH's default is to ignore it).
   */
  private void signalled(int number) {
    Runnable handler = caught.get(number);
    if (handler != null) {
      handler.run();
    } else if (number != SIGWINCH) {
      endBySignal(128 + number);
    }
  }

  private void endBySignal(int exitCode) {
    if (finished) {
      return;
    }
    pendingSignalExit = exitCode;
    EventLoop running = loop;
    if (running != null) {
      running.terminate(exitCode);
    }
  }

  private static void refuse(DataOutputStream out, String why) {
    byte[] reason = String.valueOf(why).getBytes(StandardCharsets.UTF_8);
    try {
      DaemonProtocol.writeFrame(out, DaemonProtocol.REFUSED, reason, 0, reason.length);
    } catch (IOException ignored) {
      // the client is gone
    }
  }
}
