package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * The Node modules keep working after a script replaces Array, String, Promise, Uint8Array, Map,
 * Object and JSON methods with ones that throw: they use only the intrinsics captured before user
 * code ran (Node 20 itself fails several of these; the expected output is Cortado's).
 */
class HostilePatchesTest {
  @Test
  void modulesIgnorePatchedPrototypes() {
    assumeFalse("node".equals(System.getProperty("jsrun.oracle")), "Node 20 fails several of these");
    JsRun.Result r = JsRun.js(NodeTable.resource("hostile-patches.js"));
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo(NodeTable.resource("hostile-patches.expected.txt"));
  }
}
