package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code node:buffer}: every encoding both ways on all 256 byte values, number reads and writes,
 * search, fill, copy, compare, concat, slicing, inspection and Node's errors, compared with what
 * Node 20 prints for the same script; the codecs' edge cases; the global and the ES module
 * exports; a large round trip.
 */
class BufferTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("buffer-api.js", "buffer-api.node.txt");
  }

  /**
   * The string codecs around their fast paths: base64 with whitespace, junk, the other alphabet,
   * '=' inside and a lone last sextet, short and long; hex with odd lengths and bad digits;
   * characters above U+00FF read by their low byte; the trouble at every position of the
   * decoders' 8-character steps; writes at offsets, into views, cut short, and fenced (nothing
   * written past what was decoded); encodings of every short length; decoding ranges of a larger
   * buffer.
   */
  @Test
  void codecsMatchNode() {
    NodeTable.assertMatchesNode("buffer-codecs.js", "buffer-codecs.node.txt");
  }

  @Test
  void globalAndEsmExports() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import { Buffer, kMaxLength, isUtf8 } from 'node:buffer';
        import buffer from 'buffer';
        console.log(Buffer === globalThis.Buffer, buffer.Buffer === Buffer, kMaxLength, isUtf8(Buffer.from('é')));
        console.log(Buffer.from('hi'), [Buffer.from('')], Object.prototype.toString.call(Buffer.from('x')), Buffer.name);
        const big = Buffer.alloc(3 * 1024 * 1024 + 1, 'xyz\\u00e9');
        const b64 = big.toString('base64'), url = big.toString('base64url'), hex = big.toString('hex');
        console.log(b64.length, url.length, hex.length, Buffer.from(b64, 'base64').equals(big),
          Buffer.from(url, 'base64url').equals(big), Buffer.from(hex, 'hex').equals(big),
          Buffer.from(b64.replace(/A/g, ' A'), 'base64').equals(big), Buffer.from(url, 'base64').equals(big));
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true 4294967296 true
        <Buffer 68 69> [ <Buffer > ] [object Uint8Array] Buffer
        4194308 4194306 6291458 true true true true true
        """);
  }
}
