package dev.cortado.engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Engine;

/**
 * The one GraalJS {@link Engine} per JVM. Every Context (the main loop, workers, embedded
 * runtimes) is built on it, so compiled code is shared between them. Thread-safe.
 *
 * <p>Engine log output (including the "interpreter only" warning) never reaches the user's
 * terminal: it goes to the file named by {@code CORTADO_ENGINE_LOG}, or nowhere.
 */
public final class SharedEngine {
  /**
   * The name of the function each runtime file evaluates to ({@code dev/cortado/js/NN_*.js}): it
   * runs once per Context, to define that file's functions. The JIT is told never to compile it
   * (engine.CompileOnly): after a few Contexts its loops made it hot, and compiling these bodies
   * (primordials, inspect, URL, encoding: 0.3-5.8 s each on the single compiler thread) held up
   * the compilations a user's run was waiting for, e.g. a stream pipe's, for the whole run.
   */
  public static final String RUN_ONCE_FUNCTION = "cortadoModuleBody";

  private static volatile Engine engine;

  private SharedEngine() {}

  /** The shared engine, created on first use. */
  public static Engine get() {
    Engine e = engine;
    if (e == null) {
      synchronized (SharedEngine.class) {
        e = engine;
        if (e == null) {
          e = engine = create();
        }
      }
    }
    return e;
  }

  private static Engine create() {
    return Engine.newBuilder("js")
        .allowExperimentalOptions(true)
        .option("engine.WarnInterpreterOnly", "false")
        .option("engine.CompileOnly", "~" + RUN_ONCE_FUNCTION)
        .logHandler(engineLog())
        .build();
  }

  private static OutputStream engineLog() {
    String path = System.getenv("CORTADO_ENGINE_LOG");
    if (path != null && !path.isEmpty()) {
      try {
        return new PrintStream(new java.io.FileOutputStream(path, true), true, StandardCharsets.UTF_8);
      } catch (java.io.IOException ignored) {
        // fall through: an unwritable log path must not stop the runtime
      }
    }
    return OutputStream.nullOutputStream();
  }

  /**
   * Whether the engine compiles JavaScript with the Graal JIT. False means the Graal compiler
   * is missing from the upgrade module path and JavaScript runs 10-40x slower.
   */
  public static boolean isJitActive() {
    return !get().getImplementationName().toLowerCase(java.util.Locale.ROOT).contains("interpreted");
  }

  /** The engine's implementation name, for diagnostics. */
  public static String implementationName() {
    return get().getImplementationName();
  }

}
