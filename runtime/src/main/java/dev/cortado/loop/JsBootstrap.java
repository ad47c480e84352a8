package dev.cortado.loop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Loads the runtime's JavaScript ({@code dev/cortado/js/NN_*.js}) into a fresh Context, in order.
 * The parsed {@link Source}s are kept for the JVM's life, so every Context on the shared engine
 * reuses their compiled code. Loop thread only (per Context).
 */
public final class JsBootstrap {
  /**
   * The files, in load order. Each evaluates to {@code function cortadoModuleBody(host, internal)}
   * (the name the engine is told not to compile: {@link dev.cortado.engine.SharedEngine#RUN_ONCE_FUNCTION}).
   */
  static final List<String> FILES = List.of(
      "00_primordials.js",
      "05_errors.js",
      "10_inspect.js",
      "11_console.js",
      "12_events.js",
      "15_tasks.js",
      "20_timers.js",
      "25_performance.js",
      "30_process.js",
      "40_modules.js",
      "50_web_globals.js",
      "90_main.js",
      "95_repl.js",
      "99_warmup.js");

  /** Takes the engine's shell globals away from user code and hands the ones we need to us. */
  private static final Source PRELUDE = Source.newBuilder("js", """
      (function () {
        'use strict';
        const perf = globalThis.performance;
        const internal = {
          quit: globalThis.quit,
          graal: globalThis.Graal,
          // The engine's own clock: an intrinsic, fast even before the JIT warms up.
          now: Function.prototype.bind.call(perf.now, perf),
        };
        for (const name of ['quit', 'readline', 'read', 'readbuffer', 'load', 'loadWithNewGlobal',
            'print', 'printErr', 'console', 'Graal', 'performance']) {
          delete globalThis[name];
        }
        return internal;
      })()
      """, "cortado:internal/prelude.js").internal(true).buildLiteral();

  private static final List<Source> SOURCES = FILES.stream().map(JsBootstrap::load).toList();

  /**
   * The files loaded on first use ({@code internal.load(name)}), parsed once per JVM so every
   * Context on the shared engine reuses their code. Any thread.
   */
  private static final Map<String, Source> LAZY_SOURCES = new ConcurrentHashMap<>();

  /** Contexts bootstrapped in this JVM; after a few, the shared engine's code is warm. */
  private static final AtomicInteger BOOTSTRAPS = new AtomicInteger();
  private static final int WARM_AFTER_BOOTSTRAPS = 3;

  private JsBootstrap() {}

  /** Runs every file against {@code host}; returns the shared {@code internal} object. */
  static Value bootstrap(Context context, Object host, Object moduleOps, StartupTimer timer) {
    Value internal = context.eval(PRELUDE);
    timer.mark("engine initialised (prelude)");
    internal.putMember("moduleOps", moduleOps);
    boolean engineWarm = BOOTSTRAPS.getAndIncrement() >= WARM_AFTER_BOOTSTRAPS;
    for (Source source : SOURCES) {
      if (engineWarm && source.getName().endsWith("99_warmup.js")) {
        continue; // the shared engine compiled these paths for earlier Contexts already
      }
      context.eval(source).execute(host, internal);
      timer.mark(source.getName());
    }
    Value graal = internal.getMember("graal");
    graal.invokeMember("setUnhandledPromiseRejectionHandler", internal.getMember("onUnhandledRejection"));
    internal.removeMember("graal");
    return internal;
  }

  /**
   * The source of a runtime file that {@code internal.load} evaluates on first use. Any thread.
   *
   * @throws IllegalArgumentException if there is no such runtime file
   */
  public static Source lazySource(String file) {
    if (!file.matches("[0-9]{2}_[a-z0-9_]+\\.js")) {
      throw new IllegalArgumentException("not a runtime file name: " + file);
    }
    return LAZY_SOURCES.computeIfAbsent(file, JsBootstrap::load);
  }

  private static Source load(String file) {
    String resource = "/dev/cortado/js/" + file;
    try (InputStream in = JsBootstrap.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing runtime resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Source.newBuilder("js", text, "cortado:internal/" + file).internal(true).buildLiteral();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
