package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * node:stream compared with what Node 20 printed for the same scripts: modes, backpressure,
 * pipe, pipeline and finished, Transform and Duplex, async iteration, web stream bridges, errors
 * and destroy, and the tick at which callbacks and events arrive.
 */
class StreamTest {
  @Test
  void readablesWritablesPipelinesAndIterationAsInNode() {
    NodeTable.assertMatchesNode("stream-basics.js", "stream-basics.node.txt");
  }

  @Test
  void errorsEncodingsCorkingAndBackpressureAsInNode() {
    NodeTable.assertMatchesNode("stream-edges.js", "stream-edges.node.txt");
  }

  @Test
  void callbacksAndEventsArriveOnNodesTicks() {
    NodeTable.assertMatchesNode("stream-timing.js", "stream-timing.node.txt");
  }

  @Test
  void writeReturnsWhatNodeReturnsAndAPipelineOfBigChunksNeverWaitsForDrain() {
    NodeTable.assertMatchesNode("stream-write-return.js", "stream-write-return.node.txt");
  }

  @Test
  void pipelineRunsFunctionStagesToTheirEndAsInNode() {
    NodeTable.assertMatchesNode("stream-pipeline-functions.js", "stream-pipeline-functions.node.txt");
  }

  @Test
  void fileStreamsAsInNode() {
    NodeTable.assertMatchesNode("fs-streams.js", "fs-streams.node.txt");
  }

  @Test
  void aLargeStreamKeepsItsBackpressure() {
    JsRun.Result r = JsRun.js("""
        const { Readable, Writable, pipeline } = require('stream');
        let produced = 0, maxBuffered = 0;
        const source = new Readable({
          read() { produced++; this.push(produced <= 2000 ? Buffer.alloc(16384, 1) : null); },
        });
        let bytes = 0;
        const sink = new Writable({
          write(chunk, enc, cb) {
            bytes += chunk.length;
            maxBuffered = Math.max(maxBuffered, source.readableLength);
            setImmediate(cb);
          },
        });
        pipeline(source, sink, (err) => console.log(err ?? 'ok', bytes, maxBuffered <= 65536));
        """);
    assertThat(r.stdout()).isEqualTo("ok 32768000 true\n");
  }
}
