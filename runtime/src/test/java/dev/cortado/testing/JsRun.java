package dev.cortado.testing;

import dev.cortado.host.ProcessIo;
import dev.cortado.host.Permissions;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs JavaScript in a real runtime inside the test JVM (shared engine, fresh Context) and
 * captures what a user would see: stdout, stderr and the exit code. Any thread.
 *
 * <p>With {@code -Djsrun.oracle=node} the same scripts run on Node.js instead ({@code node} on the
 * PATH), to check that a test expects what Node does.
 */
public final class JsRun {
  /** What one run printed and how it ended. */
  public record Result(String stdout, String stderr, int exitCode) {
    /**
     * Whether anything of the JVM leaked to the user: a Java stack frame, a thread dump header,
     * or an engine class name. Errors are the user's, shown as JavaScript (DESIGN.md rule 6).
     */
    public boolean leaksJava() {
      String all = stdout + stderr;
      return all.contains("\tat ") || all.contains("Exception in thread") || all.contains("org.graalvm")
          || all.contains("com.oracle") || all.contains("java.lang.") || all.contains("dev.cortado.");
    }
  }

  private JsRun() {}

  /** Runs {@code file} with {@code cwd} as the working directory, with every permission. */
  public static Result file(Path file, Path cwd, String... args) {
    return file(Permissions.all(), file, cwd, args);
  }

  /** Runs {@code file} with {@code cwd} as the working directory and only {@code permissions}. */
  public static Result file(Permissions permissions, Path file, Path cwd, String... args) {
    return file(permissions, Map.of("HOME", "/tmp"), file, cwd, args);
  }

  /** Runs {@code file} with only {@code permissions} and {@code environment} as the environment. */
  public static Result file(Permissions permissions, Map<String, String> environment, Path file, Path cwd,
      String... args) {
    if ("node".equals(System.getProperty("jsrun.oracle"))) {
      return onNode(file, cwd, args);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), out, err, false, false);
    RuntimeOptions options = new RuntimeOptions(io, cwd.toAbsolutePath(), environment,
        List.of(args), RuntimeOptions.DEFAULT_STACK_BYTES, ProcessHandle.current().pid(),
        ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L), permissions);
    try {
      int code = new EventLoop(options).start(new MainProgram.ScriptFile(file.toAbsolutePath()))
          .get(120, TimeUnit.SECONDS);
      return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    } catch (Exception e) {
      throw new AssertionError("runtime did not finish: " + e, e);
    }
  }

  private static Result onNode(Path file, Path cwd, String... args) {
    List<String> command = new ArrayList<>(List.of("node", file.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    String path = builder.environment().get("PATH");
    builder.environment().clear();
    builder.environment().put("HOME", "/tmp");
    builder.environment().put("PATH", path);
    try {
      Process node = builder.start();
      var out = CompletableFuture.supplyAsync(() -> readAll(node.getInputStream()));
      var err = CompletableFuture.supplyAsync(() -> readAll(node.getErrorStream()));
      if (!node.waitFor(120, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        throw new AssertionError("node did not finish");
      }
      return new Result(out.join(), err.join(), node.exitValue());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("cannot run node: " + e, e);
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code source} to {@code name} in a fresh temporary directory and runs it there. */
  public static Result script(String name, String source) {
    try {
      Path dir = Files.createTempDirectory("cortado-test");
      try {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        return file(file, dir);
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs CommonJS source as {@code main.js}, with every permission. */
  public static Result js(String source) {
    return script("main.js", source);
  }

  /**
   * Runs CommonJS source as {@code main.js} with only {@code permissions}, e.g.
   * {@code Permissions.none().with("net", Permissions.Grant.ALL)}.
   */
  public static Result js(Permissions permissions, String source) {
    return js(permissions, Map.of("HOME", "/tmp"), source);
  }

  /** Runs CommonJS source as {@code main.js} with only {@code permissions} and {@code environment}. */
  public static Result js(Permissions permissions, Map<String, String> environment, String source) {
    try {
      Path dir = Files.createTempDirectory("cortado-test");
      try {
        Path file = dir.resolve("main.js");
        Files.writeString(file, source);
        return file(permissions, environment, file, dir);
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code files} (path relative to a fresh temporary directory, then its text) there and
   * runs {@code main} with that directory as the working directory.
   */
  public static Result project(Map<String, String> files, String main, String... args) {
    try {
      Path dir = Files.createTempDirectory("cortado-test").toRealPath();
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      try {
        return file(dir.resolve(main), dir, args);
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a test's temporary directory and everything the script left in it. */
  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
