package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code node:util}: promisify (custom symbol, setTimeout), callbackify, types, inherits,
 * isDeepStrictEqual, parseArgs, styleText, deprecate and Node's errors, compared with what Node
 * 20 prints for the same script.
 */
class UtilTest {
  @Test
  void apiMatchesNode() {
    JsRun.Result r = NodeTable.assertMatchesNode("util-api.js", "util-api.node.txt", false);
    // deprecate warns once per code
    assertThat(r.stderr()).containsOnlyOnce("[DEP0999] DeprecationWarning: old() is old");
  }

  @Test
  void inspectShowsTheExtraPropertiesOfArraysAndTypedArraysAsNodeDoes() {
    NodeTable.assertMatchesNode("inspect-array-keys.js", "inspect-array-keys.node.txt");
  }
}
