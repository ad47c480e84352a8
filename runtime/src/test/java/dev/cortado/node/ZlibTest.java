package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * node:zlib compared with Node 20: the same compressed bytes (the JDK's zlib is zlib), round
 * trips of every format sync, async and as streams, concatenated gzip members, brotli, and
 * Node's errors.
 */
class ZlibTest {
  @Test
  void everyFormatAsInNode() {
    NodeTable.assertMatchesNode("zlib-api.js", "zlib-api.node.txt");
  }

  @Test
  void aLargeStreamIsCompressedChunkByChunk() {
    JsRun.Result r = JsRun.js("""
        const zlib = require('zlib');
        const { Readable, Writable, pipeline } = require('stream');
        let produced = 0, compressed = 0;
        const source = new Readable({ read() {
          produced++;
          this.push(produced <= 400 ? Buffer.alloc(65536, produced % 251) : null);
        } });
        pipeline(source, zlib.createGzip(), new Writable({ write(c, e, cb) { compressed += c.length; cb(); } }),
          (err) => console.log(err ?? 'ok', compressed > 0 && compressed < 400 * 65536 / 50));
        """);
    assertThat(r.stdout()).isEqualTo("ok true\n");
  }
}
