package dev.cortado.host;

import dev.cortado.engine.EngineIntrospection;
import dev.cortado.engine.NamedKeysLister;
import dev.cortado.engine.OpaqueCaller;
import dev.cortado.engine.OwnAccessorDefiner;
import dev.cortado.engine.PromiseJobDrainer;
import dev.cortado.loop.MonotonicClock;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.UrlOps;
import dev.cortado.web.BlobOps;
import dev.cortado.web.CloneOps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.cortado.loop.JsBootstrap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The small Java operations the runtime's JavaScript calls (the {@code host} object of the
 * {@code js/NN_*.js} files): output, clocks, process facts and engine introspection. Only the
 * runtime's own JavaScript holds a reference; user code never sees it. Loop thread only.
 */
public final class HostOps {
  /** Domain to ASCII / Unicode for {@code 60_url.js}. */
  @HostAccess.Export public final UrlOps url = new UrlOps();

  @HostAccess.Export public final CloneOps clone = new CloneOps();
  @HostAccess.Export public final BlobOps blob = new BlobOps();
  /** The recorder's side of {@code cortado trace}, else null; set before the runtime's JavaScript loads. */
  @HostAccess.Export public dev.cortado.trace.TraceOps trace;
  /** The most timers and immediates that may wait at once (0: no limit); see RuntimeLimits. */
  @HostAccess.Export public int maxPendingTimers;
  /** Tracing: also receives everything written to stdout and stderr, else null. */
  public java.util.function.ObjIntConsumer<String> output;
  /** Host work in flight: {@code internal.listenOp} / {@code awaitOp} in 15_tasks.js. */
  @HostAccess.Export public final PendingOps ops;
  /** File system work of node:fs (82_fs.js). */
  @HostAccess.Export public final dev.cortado.node.FsOps fs;
  /** System facts of node:os (83_os.js). */
  @HostAccess.Export public final dev.cortado.node.OsOps os;
  /** Child processes of node:child_process (86_child_process.js). */
  @HostAccess.Export public final dev.cortado.node.ChildProcessOps childProcess;
  /** IPC channels of child_process.fork and of a forked child's process.send. */
  @HostAccess.Export public final dev.cortado.node.IpcOps ipc;
  /** Signal events of {@code process} (30_process.js); EventLoop gives it the signals' source. */
  @HostAccess.Export public final dev.cortado.node.SignalOps signals;
  /** HTTP exchanges for {@code fetch} (75_fetch.js). */
  @HostAccess.Export public final dev.cortado.fetch.FetchOps fetch;
  private final ProcessIo io;
  private final MonotonicClock clock;
  private final Map<String, String> environment;
  private final long pid;
  private final long ppid;
  private final Permissions permissions;
  private Path cwd;
  private boolean afterTaskRequested;

  @HostAccess.Export public final dev.cortado.web.EncodingOps encoding = new dev.cortado.web.EncodingOps();
  @HostAccess.Export public final dev.cortado.web.CryptoOps crypto = new dev.cortado.web.CryptoOps();
  /** Encoding and decoding of node:buffer (81_buffer.js). */
  @HostAccess.Export public final dev.cortado.node.BufferOps buffer = new dev.cortado.node.BufferOps();
  /** Compression for node:zlib (77_zlib.js). */
  @HostAccess.Export public final dev.cortado.node.ZlibOps zlib;
  /** Digests and HMACs for node:crypto (79_crypto.js). */
  @HostAccess.Export public final dev.cortado.node.HashOps hash = new dev.cortado.node.HashOps();
  @HostAccess.Export public final dev.cortado.web.NavigatorOps navigator = new dev.cortado.web.NavigatorOps();
  /** Property keys that are the same in every Context (internal.sharedSymbol, 00_primordials.js). */
  @HostAccess.Export public final dev.cortado.engine.SharedSymbols sharedSymbols = new dev.cortado.engine.SharedSymbols();

  public HostOps(ProcessIo io, MonotonicClock clock, Map<String, String> processEnvironment, Path cwd,
      long pid, long ppid, Permissions permissions, PendingOps ops) {
    this.ops = ops;
    this.zlib = new dev.cortado.node.ZlibOps(ops);
    this.fs = new dev.cortado.node.FsOps(ops);
    // A forked child's channel is its own: not in process.env, not inherited by its children or
    // workers (as Node's NODE_CHANNEL_FD); only IpcOps sees it.
    Map<String, String> environment = processEnvironment;
    if (environment.containsKey(dev.cortado.node.IpcChannel.ENVIRONMENT_VARIABLE)) {
      environment = new java.util.LinkedHashMap<>(environment);
      environment.remove(dev.cortado.node.IpcChannel.ENVIRONMENT_VARIABLE);
    }
    this.os = new dev.cortado.node.OsOps(environment);
    this.childProcess = new dev.cortado.node.ChildProcessOps(ops, environment, io.stdin());
    this.signals = new dev.cortado.node.SignalOps(ops);
    this.ipc = new dev.cortado.node.IpcOps(ops, processEnvironment);
    this.fetch = new dev.cortado.fetch.FetchOps(ops, environment);
    this.io = io;
    this.clock = clock;
    this.environment = environment;
    this.cwd = cwd;
    this.pid = pid;
    this.ppid = ppid;
    this.permissions = permissions;
    this.workers = new dev.cortado.workers.WorkerOps(ops, io, environment, pid, ppid, permissions);
  }

  /** Workers, message ports and broadcast channels: {@code 67_messaging.js}, {@code 68_workers.js}. */
  @HostAccess.Export public final dev.cortado.workers.WorkerOps workers;

  /** The loop is ending: the workers it started end too. Loop thread. */
  public void close() {
    workers.close();
    ipc.close();
  }

  /**
   * Closes what the program left open (files, watchers) when its loop ends, so that a long-lived
   * JVM (the daemon, an embedding service) does not keep them. Loop thread.
   */
  public void releaseResources() {
    fs.closeAll();
  }

  // --- permissions ----------------------------------------------------------------------------------

  /**
   * Null when {@code kind} access to {@code target} is permitted (null target: all of that kind),
   * else the message of the {@code NotCapable} error to throw.
   */
  @HostAccess.Export
  public String permissionDenial(String kind, String target) {
    return permissions.denial(kind, target);
  }

  // --- the loop ---------------------------------------------------------------------------------------

  /**
   * Asks the loop to call {@code afterTask} once the engine has drained promise jobs: JavaScript
   * calls this when a tick is queued or a rejection goes unhandled, so the loop skips that call
   * after the (most common) tasks that leave nothing for it.
   */
  @HostAccess.Export
  public void requestAfterTask() {
    afterTaskRequested = true;
  }

  /**
   * The engine function {@code drainJobs()} that runs the pending promise jobs now
   * ({@link PromiseJobDrainer}): the microtask checkpoint JavaScript takes after each task
   * ({@code settleTask} in 15_tasks.js). Loop thread, from JavaScript.
   */
  @HostAccess.Export
  public Value promiseJobDrainer(Value sibling) {
    return PromiseJobDrainer.create(sibling);
  }

  /**
   * The engine function {@code (object, getter)} that gives a new object an own accessor {@code
   * key} ({@link OwnAccessorDefiner}): a [LegacyUnforgeable] attribute such as Event#isTrusted,
   * at the cost of a property store. Loop thread, from JavaScript.
   */
  @HostAccess.Export
  public Value ownAccessorDefiner(Value sibling, String key, boolean enumerable, boolean configurable) {
    return OwnAccessorDefiner.create(sibling, key, enumerable, configurable);
  }

  /**
   * The engine function {@code opaqueCall(fn, thisArg, ...args)} ({@link OpaqueCaller}): a call
   * whose callers' compiled code neither inlines {@code fn} nor depends on it, for the user
   * callbacks that shared per-chunk code calls. Loop thread, from JavaScript.
   */
  @HostAccess.Export
  public Value opaqueCaller(Value sibling) {
    return OpaqueCaller.create(sibling);
  }

  /**
   * The engine function {@code namedKeys(object)} ({@link NamedKeysLister}): the named own keys of
   * an Array or typed array without listing its indices, for {@code util.inspect}. Loop thread,
   * from JavaScript.
   */
  @HostAccess.Export
  public Value namedKeysLister(Value sibling) {
    return NamedKeysLister.create(sibling);
  }

  /** Whether {@link #requestAfterTask()} was called since the last time this was asked. */
  @HostAccess.Export
  public boolean takeAfterTaskRequest() {
    boolean requested = afterTaskRequested;
    afterTaskRequested = false;
    return requested;
  }

  // --- output -------------------------------------------------------------------------------------

  @HostAccess.Export
  public void write(int fd, String text) {
    writeBytes(fd, text.getBytes(StandardCharsets.UTF_8));
  }

  @HostAccess.Export
  public void writeBytes(int fd, Value uint8Array) {
    int length = (int) uint8Array.getMember("byteLength").asLong();
    int offset = (int) uint8Array.getMember("byteOffset").asLong();
    byte[] bytes = new byte[length];
    uint8Array.getMember("buffer").readBuffer(offset, bytes, 0, length);
    writeBytes(fd, bytes);
  }

  private void writeBytes(int fd, byte[] bytes) {
    if (output != null) {
      output.accept(new String(bytes, StandardCharsets.UTF_8), fd);
    }
    OutputStream out = fd == 2 ? io.stderr() : io.stdout();
    try {
      if (fd == 2) {
        io.stdout().flush();
      }
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      // A closed pipe (`cortado app.js | head`) must not crash the runtime: drop the output.
    }
  }

  /**
   * Starts reading stdin on a virtual thread: each chunk read (a byte[]) is a progress report of
   * the returned op, and the end of input completes it. Loop thread; the reading thread blocks on
   * stdin until input comes (a cancelled op stops at its next chunk).
   */
  @HostAccess.Export
  public dev.cortado.loop.PendingOp readStdin() {
    dev.cortado.loop.PendingOp op = ops.begin("stdin", "stdin", null);
    Thread.ofVirtual().name("cortado-stdin").start(() -> {
      byte[] buffer = new byte[65536];
      try {
        int n;
        while ((n = io.stdin().read(buffer)) >= 0) {
          if (op.isEnded()) {
            return;
          }
          if (n > 0) {
            op.emit(java.util.Arrays.copyOf(buffer, n));
          }
        }
        op.complete(null);
      } catch (IOException e) {
        op.fail(e.getMessage() != null ? e.getMessage() : "read failed");
      }
    });
    return op;
  }

  /**
   * Reads the rest of stdin, blocking until its end: {@code fs.readFileSync(0)} and
   * {@code readFileSync('/dev/stdin')}. The run's own stdin, which in the daemon is the client's,
   * not the daemon process's. Loop thread (it blocks it, as Node's synchronous read does).
   */
  @HostAccess.Export
  public byte[] readStdinToEnd() throws IOException {
    return io.stdin().readAllBytes();
  }

  @HostAccess.Export
  public void flush() {
    io.flush();
  }

  @HostAccess.Export
  public boolean isTerminal(int fd) {
    return io.isTerminal(fd);
  }

  // --- clocks ---------------------------------------------------------------------------------------

  /** Milliseconds since the runtime started, monotonic, sub-millisecond precision. */
  @HostAccess.Export
  public double now() {
    return clock.nowMillis();
  }

  @HostAccess.Export
  public double hrtimeNs() {
    return (double) System.nanoTime();
  }

  @HostAccess.Export
  public double cpuTimeMicros() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1000.0;
  }

  // --- process facts ------------------------------------------------------------------------------

  @HostAccess.Export
  public ProxyObject processInfo() {
    Map<String, Object> info = new HashMap<>();
    info.put("nodeVersion", RuntimeVersion.NODE_COMPAT);
    info.put("version", RuntimeVersion.CORTADO);
    info.put("engineVersion", org.graalvm.polyglot.Engine.class.getPackage().getImplementationVersion());
    info.put("arch", architecture());
    info.put("platform", platform());
    info.put("pid", pid);
    info.put("ppid", ppid);
    info.put("execPath", RuntimeVersion.executablePath());
    return ProxyObject.fromMap(info);
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64" -> "arm64";
      default -> arch;
    };
  }

  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win")) {
      return "win32";
    }
    return os.contains("mac") ? "darwin" : "linux";
  }

  @HostAccess.Export
  public String cwd() {
    return cwd.toString();
  }

  /**
   * {@code process.chdir}: makes {@code directory} (relative to the current one) this runtime's
   * working directory; returns null, or the error code when it is not a directory (ENOENT,
   * ENOTDIR, EACCES), from which the JavaScript side makes Node's error.
   */
  @HostAccess.Export
  public String chdir(String directory) {
    Path target = cwd.resolve(directory).normalize();
    if (!Files.exists(target)) {
      Path existing = target.getParent();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return existing == null || Files.isDirectory(existing) ? "ENOENT" : "ENOTDIR";
    }
    if (!Files.isDirectory(target)) {
      return "ENOTDIR";
    }
    if (!Files.isExecutable(target)) {
      return "EACCES";
    }
    cwd = target;
    return null;
  }

  /** The environment as alternating keys and values. */
  @HostAccess.Export
  public String[] environmentPairs() {
    String[] pairs = new String[environment.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : environment.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }

  /**
   * This runtime's permissions as command-line flags ({@code --allow-read=/a,/b}, {@code --deny-net}),
   * which a forked child gets: the same permissions as its parent, no more.
   */
  @HostAccess.Export
  public String[] permissionFlags() {
    return permissions.asFlags().toArray(new String[0]);
  }

  /** Runs a full garbage collection (the {@code gc()} global of CORTADO_EXPOSE_GC=1). */
  @HostAccess.Export
  public void collectGarbage() {
    System.gc();
  }

  /** [rss, heapTotal, heapUsed] in bytes. */
  @HostAccess.Export
  public double[] memoryUsage() {
    Runtime rt = Runtime.getRuntime();
    return new double[] {residentSetBytes(), rt.totalMemory(), rt.totalMemory() - rt.freeMemory()};
  }

  private static double residentSetBytes() {
    try {
      List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
      for (String line : status) {
        if (line.startsWith("VmRSS:")) {
          return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux: fall back to the heap size
    }
    return Runtime.getRuntime().totalMemory();
  }

  /** One line of a source file (1-based), for error messages; null when unreadable. */
  @HostAccess.Export
  public String sourceLine(String path, int line) {
    try {
      String file = path.startsWith("file://") ? java.net.URI.create(path).getPath() : path;
      Path p = cwd.resolve(file);
      if (!Files.isRegularFile(p) || Files.size(p) > 16 * 1024 * 1024) {
        return null;
      }
      try (var lines = Files.lines(p)) {
        return lines.skip(Math.max(0, line - 1)).findFirst().orElse(null);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return null;
    }
  }

  // --- engine introspection -------------------------------------------------------------------------

  @HostAccess.Export
  public int promiseState(Value promise) {
    return EngineIntrospection.promiseState(promise);
  }

  @HostAccess.Export
  public boolean promiseIsHandled(Value promise) {
    return EngineIntrospection.promiseIsHandled(promise);
  }

  @HostAccess.Export
  public Value promiseResult(Value promise) {
    return EngineIntrospection.promiseResult(promise);
  }

  @HostAccess.Export
  public Value proxyTarget(Value value) {
    return EngineIntrospection.proxyTarget(value);
  }

  // --- the runtime's own files ---------------------------------------------------------------------

  /**
   * Evaluates the runtime file {@code name} (one {@code js/NN_area.js}) in the calling Context and
   * returns its function, for {@code internal.load}. The parsed source is shared by all Contexts.
   */
  @HostAccess.Export
  public Value runtimeFile(String name) {
    return Context.getCurrent().eval(JsBootstrap.lazySource(name));
  }
}
