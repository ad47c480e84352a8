package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * CompressionStream and DecompressionStream (Compression Streams standard): round trips in every
 * format, interchange with node:zlib, Web IDL errors, and the decompression errors a reader sees.
 */
class CompressionStreamTest {
  @Test
  void everyFormatRoundTripsAndInterchangesWithNodeZlib() {
    JsRun.Result r = JsRun.js("""
        const zlib = require('node:zlib');
        const text = 'a line of text that repeats; '.repeat(2000);
        const pipe = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
        const nodeInflate = { deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync, gzip: zlib.gunzipSync, brotli: zlib.brotliDecompressSync };
        const nodeDeflate = { deflate: zlib.deflateSync, 'deflate-raw': zlib.deflateRawSync, gzip: zlib.gzipSync, brotli: zlib.brotliCompressSync };
        (async () => {
          for (const format of ['deflate', 'deflate-raw', 'gzip', 'brotli']) {
            const packed = await pipe(text, new CompressionStream(format));
            const back = new TextDecoder().decode(await pipe(packed, new DecompressionStream(format)));
            const byNode = nodeInflate[format](packed).toString() === text;
            const fromNode = new TextDecoder().decode(await pipe(nodeDeflate[format](text), new DecompressionStream(format))) === text;
            console.log(format, packed.length < text.length / 10, back === text, byNode, fromNode);
          }
          // Chunks of every BufferSource kind, split anywhere.
          const packed = zlib.gzipSync('split across chunks');
          const ds = new DecompressionStream('gzip');
          const writer = ds.writable.getWriter();
          writer.write(packed.buffer.slice(packed.byteOffset, packed.byteOffset + 3));
          writer.write(new DataView(packed.buffer, packed.byteOffset + 3, 7));
          writer.write(packed.subarray(10));
          writer.close();
          let out = '';
          for await (const chunk of ds.readable) out += new TextDecoder().decode(chunk, { stream: true });
          console.log(out);
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        deflate true true true true
        deflate-raw true true true true
        gzip true true true true
        brotli true true true true
        split across chunks
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void webIdlShapeAndErrors() {
    JsRun.Result r = JsRun.js("""
        for (const f of [() => new CompressionStream('zip'), () => new DecompressionStream(), () => CompressionStream('gzip')]) {
          try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
        }
        const cs = new CompressionStream({ toString: () => 'gzip' });
        console.log(Object.prototype.toString.call(cs), cs.readable instanceof ReadableStream, cs.writable instanceof WritableStream);
        console.log(CompressionStream.length, Object.keys(DecompressionStream.prototype).join(','));
        try { Object.getOwnPropertyDescriptor(CompressionStream.prototype, 'readable').get.call({}); } catch (e) { console.log(e.message); }
        try { structuredClone(cs); } catch (e) { console.log(e.name); }
        console.log(new DecompressionStream('deflate'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        TypeError: Failed to construct 'CompressionStream': The provided value 'zip' is not a valid enum value of type CompressionFormat.
        TypeError: Failed to construct 'DecompressionStream': 1 argument required, but only 0 present.
        TypeError: Class constructor CompressionStream cannot be invoked without 'new'
        [object CompressionStream] true true
        1 readable,writable
        Illegal invocation
        DataCloneError
        DecompressionStream {
          readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
          writable: WritableStream { locked: false, state: 'writable' }
        }
        """);
  }

  @Test
  void badInputErrorsTheStreamWithATypeErrorAfterTheOutputBeforeIt() {
    JsRun.Result r = JsRun.js("""
        const zlib = require('node:zlib');
        const show = (what) => (e) => console.log(what, e.name, e.message);
        const read = (ds, bytes, close) => {
          const writer = ds.writable.getWriter();
          writer.write(bytes).catch(() => {});
          if (close) writer.close().catch(() => {});
          return ds.readable.getReader();
        };
        (async () => {
          const cs = new CompressionStream('gzip');
          const writer = cs.writable.getWriter();
          const written = writer.write('text'); // the write waits for a read (backpressure)
          const readP = cs.readable.getReader().read();
          await written.catch(show('string chunk:'));
          await readP.catch(show('then a read:'));

          await read(new DecompressionStream('deflate'), new Uint8Array([1, 2, 3, 4]), false).read().catch(show('corrupt:'));
          const truncated = zlib.gzipSync('cut short').subarray(0, 15);
          const reader = read(new DecompressionStream('gzip'), truncated, true);
          let got = '';
          try { for (;;) { const { value, done } = await reader.read(); if (done) break; got += new TextDecoder().decode(value); } }
          catch (e) { show('truncated (after ' + JSON.stringify(got) + '):')(e); }

          const junk = new Uint8Array([...zlib.deflateSync('the data'), 0]);
          const r2 = read(new DecompressionStream('deflate'), junk, false);
          console.log('before the junk:', new TextDecoder().decode((await r2.read()).value));
          await r2.read().catch(show('junk:'));

          const r3 = read(new DecompressionStream('gzip'), zlib.gzipSync(''), true);
          console.log('empty:', JSON.stringify(await r3.read()));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        string chunk: TypeError The provided value is not of type '(ArrayBuffer or ArrayBufferView)'
        then a read: TypeError The provided value is not of type '(ArrayBuffer or ArrayBufferView)'
        corrupt: TypeError The compressed data is not valid: incorrect header check
        truncated (after "cut "): TypeError The compressed data is not valid: unexpected end of file
        before the junk: the data
        junk: TypeError The compressed data is not valid: Junk found after end of compressed data
        empty: {"done":true}
        """);
    assertThat(r.exitCode()).isZero();
  }
}
