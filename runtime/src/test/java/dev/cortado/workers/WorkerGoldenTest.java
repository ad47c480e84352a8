package dev.cortado.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worker programs of {@code tests/workers}: each prints what Deno prints for it (the
 * {@code .out} files were produced by {@code deno run -A file.js}).
 */
class WorkerGoldenTest {
  private static final Path DIR = Path.of("..", "tests", "workers").toAbsolutePath().normalize();

  static Stream<String> programs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("programs")
  void printsWhatDenoPrints(String program) throws IOException {
    String expected = Files.readString(DIR.resolve(program.replace(".js", ".out")));
    JsRun.Result r = JsRun.file(DIR.resolve(program), DIR);
    assertThat(r.stdout()).as(program + "\nstderr: " + r.stderr()).isEqualTo(expected);
    assertThat(r.exitCode()).as(program).isZero();
    assertThat(r.leaksJava()).isFalse();
  }
}
