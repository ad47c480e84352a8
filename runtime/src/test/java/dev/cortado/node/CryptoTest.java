package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** node:crypto compared with Node 20: digests, HMACs, errors, random values, timingSafeEqual. */
class CryptoTest {
  @Test
  void hashesHmacsAndRandomValuesAsInNode() {
    NodeTable.assertMatchesNode("crypto-api.js", "crypto-api.node.txt");
  }

  @Test
  void aLargeInputHashesInChunksAndImportWorks() {
    JsRun.Result r = JsRun.script("main.mjs", """
        import { createHash } from 'node:crypto';
        import crypto from 'crypto';
        const big = Buffer.alloc(50 * 1024 * 1024, 7);
        const whole = createHash('sha256').update(big).digest('hex');
        const parts = crypto.createHash('sha256');
        for (let i = 0; i < big.length; i += 1 << 20) parts.update(big.subarray(i, i + (1 << 20)));
        console.log(whole === parts.digest('hex'), whole.length);
        """);
    assertThat(r.stdout()).isEqualTo("true 64\n");
  }
}
