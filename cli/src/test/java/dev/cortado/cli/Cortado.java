package dev.cortado.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code bin/cortado} as a child process, for the CLI's integration tests. */
final class Cortado {
  /** What a run printed and how it ended. */
  record Run(int exitCode, String stdout, String stderr) {}

  private static final long TIMEOUT_SECONDS = 120; // a cold JVM on a loaded two-core machine

  private Cortado() {}

  /** The repository's root: the failsafe property, else the nearest directory with bin/cortado. */
  static Path home() {
    String configured = System.getProperty("cortado.home");
    Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isExecutable(d.resolve("bin/cortado"))) {
        return d;
      }
    }
    throw new IllegalStateException("bin/cortado not found above " + dir);
  }

  static Path launcher() {
    return home().resolve("bin/cortado");
  }

  static Run run(Path cwd, String stdin, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return runWithin(TIMEOUT_SECONDS, cwd, stdin, env, args);
  }

  /** {@link #run}, for a command that may take up to {@code timeoutSeconds}. */
  static Run runWithin(long timeoutSeconds, Path cwd, String stdin, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher().toString());
    command.addAll(List.of(args));
    return exec(command, cwd, stdin, env, timeoutSeconds);
  }

  /** Runs {@code command}; {@code stdin} null means no input at all (an empty pipe). */
  static Run exec(List<String> command, Path cwd, String stdin, Map<String, String> env)
      throws IOException, InterruptedException {
    return exec(command, cwd, stdin, env, TIMEOUT_SECONDS);
  }

  private static Run exec(List<String> command, Path cwd, String stdin, Map<String, String> env,
      long timeoutSeconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cortado-out", ".txt");
    Path err = Files.createTempFile("cortado-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(cwd.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().remove("CORTADO_DEBUG");
      builder.environment().putAll(env);
      Process process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // the process did not read its input: fine
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command + "\nstdout: " + Files.readString(out)
            + "\nstderr: " + Files.readString(err));
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
