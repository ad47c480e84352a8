package dev.cortado.node;

import org.junit.jupiter.api.Test;

/**
 * {@code node:string_decoder} (characters split across chunks in every encoding, end(), errors)
 * and {@code node:querystring} (parse, stringify, escape, unescape, malformed escapes), compared
 * with what Node 20 prints for the same script.
 */
class StringDecoderQuerystringTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("string-decoder-querystring.js", "string-decoder-querystring.node.txt");
  }
}
