package dev.cortado.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the conformance corpora (tests/conformance, golden outputs from Node.js) prints
 * exactly its golden stdout and exits with its golden code.
 */
class ConformanceTest {
  private static final Path CORPORA = Path.of("..", "tests", "conformance");

  @TestFactory
  Stream<DynamicTest> eventLoopCorpus() throws IOException {
    return corpus("event-loop");
  }

  @TestFactory
  Stream<DynamicTest> nodeCorpus() throws IOException {
    return corpus("node");
  }

  private static Stream<DynamicTest> corpus(String name) throws IOException {
    Path dir = CORPORA.resolve(name);
    List<Path> programs;
    try (Stream<Path> files = Files.list(dir)) {
      programs = files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
          .sorted().toList();
    }
    assertThat(programs).as("programs in %s", dir).isNotEmpty();
    return programs.stream().map(program -> DynamicTest.dynamicTest(
        program.getFileName().toString(), () -> check(program)));
  }

  private static void check(Path program) throws IOException {
    String name = program.getFileName().toString();
    Path golden = program.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".out");
    JsRun.Result result = JsRun.file(program, program.getParent());
    String actual = result.stdout() + "exit: " + result.exitCode();
    assertThat(actual).as("%s (stderr: %s)", name, result.stderr())
        .isEqualTo(Files.readString(golden).stripTrailing());
  }
}
