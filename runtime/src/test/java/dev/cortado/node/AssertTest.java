package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code node:assert} and {@code assert/strict}: every assertion passing and failing, with Node's
 * messages (the "+ actual - expected" diff, the falsy expression's source, the regular expression
 * and error class mismatches), properties and operators, compared with what Node 20 prints; an
 * uncaught AssertionError as Node prints it.
 */
class AssertTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("assert-api.js", "assert-api.node.txt");
  }

  @Test
  void uncaughtAssertionErrorAndEsm() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import assert, { deepStrictEqual } from 'node:assert';
        import strict from 'node:assert/strict';
        deepStrictEqual([1], [1]);
        console.log(typeof assert, strict === assert.strict);
        strict.equal(1, 2);
        """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("function true\n");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("""
        AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:

        1 !== 2

            at\s""").contains("""
        generatedMessage: true,
          code: 'ERR_ASSERTION',
          actual: 1,
          expected: 2,
          operator: 'strictEqual'
        }""");
  }
}
