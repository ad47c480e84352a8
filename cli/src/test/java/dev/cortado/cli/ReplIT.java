package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL: driven through a pipe with {@code -i} (Node's flag for a REPL without a terminal), and
 * through a real pseudo-terminal with util-linux {@code script}, where it starts by itself.
 */
class ReplIT {
  @TempDir
  Path dir;

  @Test
  void evaluatesLinesAwaitsAndSurvivesErrors() throws Exception {
    Path history = dir.resolve("history");
    String input = String.join("\n",
        "1+1",
        "const x = await new Promise(r => setTimeout(() => r(41), 10))",
        "x + 1",
        "throw new Error('boom')",
        "'still here'",
        "[1,",
        "2].length",
        "_ * 10",
        "let { a, b: [c] } = await Promise.resolve({ a: 1, b: [2] }); a + c",
        "nope(",
        ")",
        "process.exitCode = 4",
        ".exit",
        "'not evaluated'",
        "");

    Cortado.Run run = Cortado.run(dir, input, Map.of("CORTADO_REPL_HISTORY", history.toString()), "-i");

    assertThat(run.stdout()).startsWith("Welcome to Cortado v");
    List<String> lines = run.stdout().lines().skip(2).toList();
    assertThat(lines).containsExactly(
        "> 2",
        "> undefined",
        "> 42",
        "> Uncaught Error: boom",
        "> 'still here'",
        "> ... 2",
        "> 20",
        "> 3",
        "> ... Uncaught ReferenceError: nope is not defined",
        "> 4",
        "> ");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(Files.readString(history)).contains("const x = await").contains(".exit")
        .doesNotContain("not evaluated");
  }

  @Test
  void hasTheCommandLinesPermissions() throws Exception {
    String input = "try { process.env.GREETING } catch (e) { e.name + ': ' + e.message }\n.exit\n";
    Cortado.Run denied = Cortado.run(dir, input, Map.of("GREETING", "hello"), "-i");
    assertThat(denied.stdout().lines().skip(2).toList()).startsWith(
        "> 'NotCapable: Requires env access to \"GREETING\", run again with the --allow-env flag'");
    Cortado.Run allowed = Cortado.run(dir, input, Map.of("GREETING", "hello"), "--allow-env=GREETING", "-i");
    assertThat(allowed.stdout().lines().skip(2).toList()).startsWith("> 'hello'");
  }

  @Test
  void startsByItselfOnATerminal() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a pty");
    String launcher = Cortado.launcher().toString().replace("'", "'\\''");
    List<String> command = List.of("/usr/bin/script", "-qfec",
        "stty cols 100 rows 30 2>/dev/null; exec '" + launcher + "'", "/dev/null");
    String keys = "1+1\r"
        + "await new Promise(r => setTimeout(() => r('awaited'), 10))\r"
        + "null.boom\r"
        + ".exit\r";

    Cortado.Run run = Cortado.exec(command, dir, keys,
        Map.of("CORTADO_REPL_HISTORY", "", "TERM", "xterm-256color"));

    String plain = run.stdout().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]", "");
    assertThat(run.stdout()).contains("\u001b[33m2\u001b[39m"); // a terminal gets colours
    assertThat(plain).contains("Welcome to Cortado v")
        .contains("'awaited'")
        .contains("Uncaught TypeError: ").contains("boom");
    assertThat(plain).doesNotContain("Exception");
    assertThat(run.exitCode()).isZero();
  }
}
