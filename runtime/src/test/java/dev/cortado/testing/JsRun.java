package dev.cortado.testing;

import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs JavaScript in a real runtime inside the test JVM (shared engine, fresh Context) and
 * captures what a user would see: stdout, stderr and the exit code. Any thread.
 */
public final class JsRun {
  /** What one run printed and how it ended. */
  public record Result(String stdout, String stderr, int exitCode) {}

  private JsRun() {}

  /** Runs {@code file} with {@code cwd} as the working directory. */
  public static Result file(Path file, Path cwd, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), out, err, false, false);
    RuntimeOptions options = new RuntimeOptions(io, cwd.toAbsolutePath(), Map.of("HOME", "/tmp"),
        List.of(args), 64L * 1024 * 1024);
    try {
      int code = new EventLoop(options).start(new MainProgram.ScriptFile(file.toAbsolutePath()))
          .get(120, TimeUnit.SECONDS);
      return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    } catch (Exception e) {
      throw new AssertionError("runtime did not finish: " + e, e);
    }
  }

  /** Writes {@code source} to {@code name} in a fresh temporary directory and runs it there. */
  public static Result script(String name, String source) {
    try {
      Path dir = Files.createTempDirectory("cortado-test");
      Path file = dir.resolve(name);
      Files.writeString(file, source);
      return file(file, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs CommonJS source as {@code main.js}. */
  public static Result js(String source) {
    return script("main.js", source);
  }
}
