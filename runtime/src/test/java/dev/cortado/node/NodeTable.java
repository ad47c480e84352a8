package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A table test: a script in {@code src/test/resources/dev/cortado/node/} runs on Cortado and its
 * output must equal, line by line, what Node 20 printed for it (the {@code .node.txt} beside it).
 * Any thread.
 */
final class NodeTable {
  private NodeTable() {}

  static String resource(String name) {
    try (InputStream in = NodeTable.class.getResourceAsStream("/dev/cortado/node/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code script} (CommonJS) and compares its stdout and stderr, merged, with {@code expected}. */
  static JsRun.Result assertMatchesNode(String script, String expected) {
    return assertMatchesNode(script, expected, true);
  }

  /** The same, comparing stdout only when {@code withStderr} is false; returns the run. */
  static JsRun.Result assertMatchesNode(String script, String expected, boolean withStderr) {
    JsRun.Result r = JsRun.js(resource(script));
    assertThat(r.leaksJava()).as("Java leaked: %s", r.stderr()).isFalse();
    String[] want = resource(expected).split("\n");
    String[] got = (withStderr ? r.stdout() + r.stderr() : r.stdout()).split("\n");
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      assertThat(got[i]).as("line %d of %s", i + 1, script).isEqualTo(want[i]);
    }
    assertThat(got).as("lines of %s", script).hasSameSizeAs(want);
    assertThat(r.exitCode()).isZero();
    return r;
  }
}
