package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cortado trace} through the real launcher: the program runs as usual (same output, same
 * exit code, its own arguments and permissions), and the two files are written where asked.
 */
class TraceIT {
  @TempDir
  Path dir;

  @Test
  void runsTheProgramAsUsualAndWritesBothFiles() throws Exception {
    Files.writeString(dir.resolve("app.js"), """
        setTimeout(() => console.log('later', process.argv.slice(2).join(' ')), 1);
        Promise.resolve().then(() => console.log('soon'));
        console.error('to stderr');
        process.exitCode = 3;
        """);
    Cortado.Run plain = Cortado.run(dir, null, Map.of(), "app.js", "a", "b");
    Cortado.Run traced = Cortado.run(dir, null, Map.of(), "trace", "app.js", "a", "b", "--out", "out");
    assertThat(traced.stdout()).isEqualTo(plain.stdout()).isEqualTo("soon\nlater a b\n");
    assertThat(traced.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(3);
    assertThat(traced.stderr()).startsWith("to stderr\n").containsPattern(
        "cortado trace: \\d+ events -> .*out/trace\\.json, .*out/trace\\.html\n");
    assertThat(Files.readString(dir.resolve("out/trace.json"))).startsWith("{\"displayTimeUnit\"")
        .contains("\"name\":\"console.log\"");
    assertThat(Files.readString(dir.resolve("out/trace.html"))).contains("const TRACE = {")
        .contains("later");
  }

  @Test
  void theDefaultFolderPermissionsAndTheEventLimit() throws Exception {
    Files.writeString(dir.resolve("loop.js"), """
        for (let i = 0; i < 50; i++) console.log(i);
        try { process.env.HOME; console.log('env allowed'); } catch (e) { console.log(e.name); }
        """);
    Cortado.Run denied = Cortado.run(dir, null, Map.of(), "trace", "loop.js", "--max-events", "30");
    assertThat(denied.stdout()).endsWith("49\nNotCapable\n");
    assertThat(denied.stderr()).contains("(cut at --max-events 30: the rest of the run was not recorded)")
        .contains("cortado-trace/trace.html");
    assertThat(dir.resolve("cortado-trace/trace.json")).exists();

    Cortado.Run allowed = Cortado.run(dir, null, Map.of(), "trace", "--allow-env", "loop.js");
    assertThat(allowed.stdout()).endsWith("env allowed\n");
  }

  @Test
  void badUseIsAnsweredInOneLine() throws Exception {
    Cortado.Run noProgram = Cortado.run(dir, null, Map.of(), "trace");
    assertThat(noProgram.exitCode()).isEqualTo(9);
    assertThat(noProgram.stderr()).isEqualTo(
        "cortado trace: which program? Usage: cortado trace FILE [args] [--out DIR] [--max-events N]\n");
    Cortado.Run badLimit = Cortado.run(dir, null, Map.of(), "trace", "x.js", "--max-events", "lots");
    assertThat(badLimit.exitCode()).isEqualTo(9);
    assertThat(badLimit.stderr()).isEqualTo("cortado trace: --max-events must be a positive whole number, not 'lots'\n");
    Cortado.Run missing = Cortado.run(dir, null, Map.of(), "trace", "nope.js");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.stderr()).contains("Cannot find module").doesNotContain("events ->");
  }
}
