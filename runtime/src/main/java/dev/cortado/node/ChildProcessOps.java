package dev.cortado.node;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.cortado.web.Buffers;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Child processes for {@code node:child_process} (86_child_process.js). {@link #spawn} starts a
 * process, on a starter thread, whose life comes back through a {@link PendingOp}: progress
 * reports {@code [0, pid]} once it has started, {@code [1 or 2, byte[]]} for stdout and stderr
 * ({@code null} bytes at their end), then completion with {@code [exitCode, signalName]} once it
 * has exited and both streams are drained; a process that cannot start fails the op with its
 * errno name. {@link #spawnSync} runs one to its end on the calling thread. The methods run on the
 * loop thread; the starters (platform threads), readers (virtual threads) and the JDK's reaper
 * touch only plain Java data.
 */
public final class ChildProcessOps {
  private static final Pattern ERROR_NUMBER = Pattern.compile("error=(\\d+)");
  private static final Map<Integer, String> ERRNO = Map.of(
      2, "ENOENT", 13, "EACCES", 20, "ENOTDIR", 8, "ENOEXEC", 7, "E2BIG", 12, "ENOMEM", 1, "EPERM");
  private static final List<String> SIGNALS = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
      "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
      "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
      "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS");

  private final PendingOps pending;
  /** The runtime's environment (process.env as it started): a child's when JavaScript gives none. */
  private final Map<String, String> environment;
  /** This loop's running children by pid, so process.kill(child.pid) is reported as a signal. */
  private final java.util.Map<Long, Child> running = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The runtime's stdin, which a child with stdio 'inherit' reads: the JVM's own (the child then
   * shares the descriptor), or another stream (the warm daemon's client's, an embedder's), which is
   * copied into the child's stdin pipe.
   */
  private final InputStream stdin;

  public ChildProcessOps(PendingOps pending, Map<String, String> environment, InputStream stdin) {
    this.pending = pending;
    this.environment = environment;
    this.stdin = stdin;
  }

  /**
   * Gives the child about to start our stdin when it is the JVM's own (the descriptor is shared);
   * returns whether it must be copied instead ({@link #copyStdinTo}).
   */
  private boolean stdinMustBeCopied(ProcessBuilder builder) {
    if (stdin == System.in) {
      builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
      return false;
    }
    return true;
  }

  /**
   * Copies our stdin into a started child's stdin until either ends, on a virtual thread. What it
   * has read when the child stops reading is lost to the rest of the program (a shared descriptor
   * would have left it unread): only for a stdin that is not the JVM's own.
   */
  private void copyStdinTo(Process process) {
    Thread.ofVirtual().name("cortado-child-stdin").start(() -> {
      byte[] buffer = new byte[8192];
      try (OutputStream into = process.getOutputStream()) {
        int n;
        while (process.isAlive() && (n = stdin.read(buffer)) >= 0) {
          into.write(buffer, 0, n);
          into.flush();
        }
      } catch (IOException e) {
        // the child closed its stdin or ended
      }
    });
  }

  /**
   * A child: the op reporting on it, its process once started (on a starter thread), and the last
   * signal we sent it. The exported methods run on the loop thread; those that need the process
   * wait for its start (usually over by the time JavaScript asks).
   */
  public static final class Child {
    private final CompletableFuture<Process> started = new CompletableFuture<>();
    private final PendingOp op;
    private volatile int sentSignal;
    private volatile String startError;

    Child(PendingOp op) {
      this.op = op;
    }

    /** The process once started, or null when it could not start. Waits for the start. */
    private Process process() {
      try {
        return started.join();
      } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
        return null;
      }
    }

    @HostAccess.Export
    public PendingOp op() {
      return op;
    }

    /** The child's pid, or -1 when it could not start; waits for the start. */
    @HostAccess.Export
    public double pid() {
      Process process = process();
      return process == null ? -1 : process.pid();
    }

    /** The errno name of a start that failed, else null; waits for the start. */
    @HostAccess.Export
    public String startError() {
      process();
      return startError;
    }

    /** Writes bytes of an ArrayBuffer to the child's stdin; false when it is closed. Loop thread. */
    @HostAccess.Export
    public boolean write(Value arrayBuffer, int offset, int length) {
      byte[] bytes = new byte[length];
      Buffers.read(arrayBuffer, offset, bytes, 0, length);
      Process process = process();
      if (process == null) {
        return false;
      }
      try {
        OutputStream in = process.getOutputStream();
        in.write(bytes);
        in.flush();
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    @HostAccess.Export
    public void closeStdin() {
      Process process = process();
      if (process == null) {
        return;
      }
      try {
        process.getOutputStream().close();
      } catch (IOException ignored) {
        // already closed
      }
    }

    /** Sends a signal (by number); false when the process is gone or never started. */
    @HostAccess.Export
    public boolean kill(int signal) {
      Process process = process();
      if (process == null || !process.isAlive()) {
        return false;
      }
      sentSignal = signal;
      return signal(process, signal);
    }
  }

  /**
   * process.kill(pid, signal): null when sent, else "ESRCH" (no such process) or "EPERM". Signal
   * 0 only checks that the process exists. Loop thread (waits for the kill command).
   */
  @HostAccess.Export
  public String killPid(double pid, int signal) {
    java.util.Optional<ProcessHandle> target = ProcessHandle.of((long) pid);
    if (target.isEmpty() || !target.get().isAlive()) {
      return "ESRCH";
    }
    if (signal == 0) {
      return null;
    }
    Child child = running.get((long) pid);
    if (child != null) {
      child.sentSignal = signal; // Java reports a signalled child as 128 + n: remember what we sent
    }
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf((long) pid))
          .redirectErrorStream(true).start();
      String said = new String(kill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (kill.waitFor() == 0) {
        return null;
      }
      return said.contains("ermitted") ? "EPERM" : "ESRCH";
    } catch (IOException e) {
      return "EPERM";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "EINTR";
    }
  }

  private static boolean signal(Process process, int signal) {
    // Through its handle: Process.destroy() would also close the pipes, losing what the child
    // still writes (a SIGTERM handler's last words).
    if (signal == 15) {
      return process.toHandle().destroy();
    }
    if (signal == 9) {
      return process.toHandle().destroyForcibly();
    }
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
          .redirectErrorStream(true).start();
      kill.getInputStream().readAllBytes();
      return kill.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code env}: key, value pairs, or null for the runtime's environment (not the JVM's). */
  private ProcessBuilder builder(String file, String[] args, String cwd, String[] env) {
    String[] command = new String[args.length + 1];
    command[0] = file;
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (cwd != null) {
      builder.directory(new File(cwd));
    }
    Map<String, String> childEnvironment = builder.environment();
    childEnvironment.clear();
    if (env == null) {
      childEnvironment.putAll(environment);
    } else {
      for (int i = 0; i + 1 < env.length; i += 2) {
        childEnvironment.put(env[i], env[i + 1]);
      }
    }
    return builder;
  }

  /** The errno name of a failed start ("Cannot run program ...: error=2, ..."). */
  static String startError(IOException e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = ERROR_NUMBER.matcher(message);
    if (m.find()) {
      return ERRNO.getOrDefault(Integer.parseInt(m.group(1)), "ENOENT");
    }
    return message.contains("directory") ? "ENOENT" : "EACCES";
  }

  /**
   * The threads that start children: {@link ProcessBuilder#start} blocks until the program has
   * been executed (the JDK's launcher, jspawnhelper, then the program: 1-2 ms, more on a loaded
   * machine), in native code, which would hold a virtual thread's carrier. Platform threads, kept
   * a minute once idle; as many as starts at once.
   *
   * <p>The JDK's launch mechanism stays its default (posix_spawn of jspawnhelper, which then
   * executes the program). Measured with bench/spawn-many.js and a plain Java loop of the same
   * work: {@code -Djdk.lang.Process.launchMechanism=FORK} was 4-40x slower (fork copies the page
   * tables of a JVM of hundreds of MB, then every page it writes while the child lives);
   * {@code VFORK} was about 1.6x faster in plain Java but is deprecated as unsafe in a
   * multi-threaded JVM, prints a warning on stderr, and is to be removed.
   */
  private static final java.util.concurrent.ExecutorService STARTERS =
      java.util.concurrent.Executors.newCachedThreadPool(Thread.ofPlatform().name("cortado-child-start").daemon()
          .factory());

  /**
   * Starts {@code file} with {@code args} in {@code cwd} (null: the JVM's) with {@code env} (key,
   * value pairs; null: the runtime's environment). {@code inheritStdin} gives it our stdin;
   * {@code closeStdin} closes its stdin pipe at once (stdin 'ignore'). {@code ipc} (may be null) is the parent's end of a forked
   * child's channel, read to its end before the exit is reported. Returns the child at once: the
   * start happens on a starter thread, so the loop thread does not wait for it; the op then
   * reports {@code [0, pid]} first, or fails with the errno name when the program cannot start.
   */
  @HostAccess.Export
  public Child spawn(String file, String[] args, String cwd, String[] env, boolean inheritStdin, boolean closeStdin,
      IpcChannel ipc) {
    Child[] self = new Child[1];
    PendingOp op = pending.begin("child_process", "process " + file, () -> {
      // cancelled (the loop is ending): the process, when it has started, is stopped
      self[0].started.thenAccept((process) -> {
        if (process.isAlive()) {
          process.destroy();
        }
      });
    });
    Child child = new Child(op);
    self[0] = child;
    STARTERS.execute(() -> start(child, file, args, cwd, env, inheritStdin, closeStdin, ipc));
    return child;
  }

  /** Starts the child's process, then reads its output and waits for its exit. A starter thread. */
  private void start(Child child, String file, String[] args, String cwd, String[] env, boolean inheritStdin,
      boolean closeStdin, IpcChannel ipc) {
    PendingOp op = child.op;
    Process process;
    boolean copyStdin;
    try {
      ProcessBuilder builder = builder(file, args, cwd, env);
      copyStdin = inheritStdin && stdinMustBeCopied(builder);
      process = builder.start();
      if (copyStdin) {
        copyStdinTo(process);
      }
    } catch (IOException | RuntimeException e) {
      // (a RuntimeException: an argument with a NUL character, say)
      String code = e instanceof IOException io ? startError(io) : "EINVAL";
      child.startError = code;
      child.started.completeExceptionally(e);
      op.fail(code);
      return;
    }
    long pid = process.pid();
    running.put(pid, child);
    if (closeStdin && !copyStdin) {
      try {
        process.getOutputStream().close();
      } catch (IOException ignored) {
        // nothing to close
      }
    }
    child.started.complete(process);
    op.emit(new Object[] {0, (double) pid}); // before any output: the pumps start after it
    // The op completes once the child has exited and both outputs have ended, whichever is last
    // (no thread waits for the exit: the JDK's reaper reports it).
    CompletableFuture<Process> exit = process.onExit();
    AtomicInteger parts = new AtomicInteger(3);
    Runnable partDone = () -> {
      if (parts.decrementAndGet() == 0) {
        exited(child, process);
      }
    };
    pump(process.getInputStream(), 1, op, partDone);
    pump(process.getErrorStream(), 2, op, partDone);
    exit.whenComplete((ignored, failure) -> {
      running.remove(pid);
      if (ipc == null) {
        partDone.run();
      } else {
        // what a forked child sent, then the channel's close, come before its exit
        Thread.ofVirtual().name("cortado-child-ipc").start(() -> {
          ipc.childExited(5000);
          partDone.run();
        });
      }
    });
  }

  /** Completes the op of a child that has exited and whose outputs have ended. Any thread. */
  private static void exited(Child child, Process process) {
    int code = process.exitValue();
    int sent = child.sentSignal;
    // Java reports a signalled child as 128 + signal: a signal we sent is reported as one
    if (sent != 0 && code == 128 + sent) {
      child.op.complete(new Object[] {null, SIGNALS.get(sent)});
    } else {
      child.op.complete(new Object[] {code, null});
    }
  }

  /** A pump's first read buffer; one that a read fills is replaced by a {@link #LARGE_READ} one. */
  private static final int SMALL_READ = 8 * 1024;
  private static final int LARGE_READ = 64 * 1024;

  /**
   * Reads one output of a child on a virtual thread, reporting each chunk, then its end, then runs
   * {@code done}.
   */
  private static void pump(InputStream stream, int fd, PendingOp op, Runnable done) {
    Thread.ofVirtual().name("cortado-child-read").start(() -> {
      // Most children print little: 8 KiB to start with (two per child), 64 KiB (a pipe's
      // capacity) once a read shows that more is coming.
      byte[] buffer = new byte[SMALL_READ];
      try (stream) {
        int n;
        while ((n = stream.read(buffer)) > 0) {
          op.emit(new Object[] {fd, Arrays.copyOf(buffer, n)});
          if (n == buffer.length && buffer.length < LARGE_READ) {
            buffer = new byte[LARGE_READ];
          }
        }
      } catch (IOException ignored) {
        // the stream closed: nothing more to read
      }
      // The end of this output, on its own even when the exit follows at once: the stream ends
      // (and its promise jobs run) before the exit is handled, so a script that awaits the end of
      // stdout and then listens for 'close' still sees it, as in Node.
      op.emit(new Object[] {fd, null});
      done.run();
    });
  }

  /**
   * Runs {@code file} to its end: [status, signal, stdout bytes, stderr bytes, pid, error] where
   * error is null, an errno name, or "ETIMEDOUT". {@code input} goes to its stdin.
   */
  @HostAccess.Export
  public Object[] spawnSync(String file, String[] args, String cwd, String[] env, Value inputBuffer,
      int inputOffset, int inputLength, double timeoutMs, int killSignal, boolean inheritStdin) {
    byte[] input = null;
    if (inputBuffer != null && !inputBuffer.isNull()) {
      input = new byte[inputLength];
      Buffers.read(inputBuffer, inputOffset, input, 0, inputLength);
    }
    Process process;
    boolean copyStdin;
    try {
      ProcessBuilder builder = builder(file, args, cwd, env);
      copyStdin = inheritStdin && input == null && stdinMustBeCopied(builder);
      process = builder.start();
    } catch (IOException e) {
      return new Object[] {null, null, new byte[0], new byte[0], 0, startError(e)};
    }
    CompletableFuture<byte[]> out = readAll(process.getInputStream());
    CompletableFuture<byte[]> err = readAll(process.getErrorStream());
    if (copyStdin) {
      copyStdinTo(process);
    } else if (!inheritStdin || input != null) {
      try (OutputStream stdin = process.getOutputStream()) {
        if (input != null) {
          stdin.write(input);
        }
      } catch (IOException ignored) {
        // the child closed its stdin early
      }
    }
    String error = null;
    Object signal = null;
    try {
      boolean done;
      if (timeoutMs > 0) {
        done = process.waitFor((long) timeoutMs, TimeUnit.MILLISECONDS);
      } else {
        process.waitFor();
        done = true;
      }
      if (!done) {
        signal(process, killSignal);
        process.waitFor();
        error = "ETIMEDOUT";
        signal = SIGNALS.get(killSignal);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      error = "EINTR";
    }
    Object status = signal == null ? (Object) process.exitValue() : null;
    return new Object[] {status, signal, out.join(), err.join(), (double) process.pid(), error};
  }

  private static CompletableFuture<byte[]> readAll(InputStream stream) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try (stream) {
        result.complete(stream.readAllBytes());
      } catch (IOException e) {
        result.complete(new byte[0]);
      }
    });
    return result;
  }
}
