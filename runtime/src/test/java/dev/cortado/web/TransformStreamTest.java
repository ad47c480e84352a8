package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code TransformStream} and its controller (Streams Standard), and the encoding streams built on
 * it. Expected outputs were checked against Deno and Node (where those follow the spec).
 */
class TransformStreamTest {

  /**
   * Backpressure, start/transform/flush order, terminate(), errors, the transformer's cancel on
   * cancel and abort, Web IDL conversions (in spec order), brand checks and inspection.
   */
  @Test
  void transformsInOrderWithBackpressureErrorsAndCancel() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const name = (e) => e.constructor.name;
        const collect = async (rs) => { const a = []; for await (const x of rs) a.push(x); return a.join(','); };
        (async () => {
          // Identity transform: backpressure until the readable side is read.
          const id = new TransformStream();
          const w = id.writable.getWriter();
          p(`identity desiredSize writer=${w.desiredSize}`);
          const wp = w.write('a');
          p(`after write writer=${w.desiredSize}`);
          let written = false;
          wp.then(() => { written = true; });
          await new Promise((r) => setTimeout(r, 5));
          p(`write pending while nobody reads: ${!written}`);
          const reader = id.readable.getReader();
          p(`read ${(await reader.read()).value}`);
          await wp;
          p(`write settled after read: true`);
          w.close();
          p(`done after close ${(await reader.read()).done}`);
          // A transformer with start, transform (several enqueues), flush; the controller's desiredSize.
          const log = [];
          const ts = new TransformStream({
            start(c) { log.push(`start ${c.desiredSize}`); },
            transform(chunk, c) { log.push(`transform ${chunk}`); c.enqueue(chunk); c.enqueue(chunk * 10); },
            flush(c) { log.push('flush'); c.enqueue('end'); },
          }, undefined, { highWaterMark: 4 });
          const tw = ts.writable.getWriter();
          tw.write(1); tw.write(2); tw.close();
          p(`chunks ${await collect(ts.readable)}`);
          p(log.join(' | '));
          // terminate() closes the readable side and errors the writable side.
          const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
          const termW = term.writable.getWriter();
          termW.write('only');
          p(`terminated readable ${await collect(term.readable)}`);
          await termW.closed.catch((e) => p(`terminated writable: ${name(e)}`));
          // A throwing transform errors both sides.
          const boom = new Error('boom');
          const bad = new TransformStream({ transform() { throw boom; } });
          const badRead = bad.readable.getReader().read();
          await bad.writable.getWriter().write('x').catch((e) => p(`write rejects boom=${e === boom}`));
          await badRead.catch((e) => p(`readable errored boom=${e === boom}`));
          // The transformer's cancel runs when the readable side is cancelled, and errors the writable side.
          const cancelled = new TransformStream({ cancel(reason) { p(`transformer cancel ${reason}`); } });
          await cancelled.readable.cancel('bye');
          await cancelled.writable.getWriter().closed.catch((e) => p(`writable errored with ${e}`));
          // ... and when the writable side is aborted.
          const aborted = new TransformStream({ cancel(reason) { p(`transformer cancel on abort ${reason}`); } });
          await aborted.writable.abort('stop');
          await aborted.readable.getReader().closed.catch((e) => p(`readable errored with ${e}`));
          // controller.error().
          let tc;
          const errored = new TransformStream({ start(c) { tc = c; } });
          tc.error(boom);
          await errored.writable.getWriter().closed.catch((e) => p(`controller.error boom=${e === boom}`));
          try { tc.enqueue(1); } catch (e) { p(`enqueue after error: ${name(e)}`); }
          // Web IDL.
          const tryIt = (label, f) => { try { f(); p(`${label}: no error`); } catch (e) { p(`${label}: ${name(e)}`); } };
          tryIt('readableType', () => new TransformStream({ readableType: 'bytes' }));
          tryIt('writableType', () => new TransformStream({ writableType: 'bytes' }));
          tryIt('transform not callable', () => new TransformStream({ transform: 1 }));
          tryIt('null transformer', () => new TransformStream(null));
          tryIt('negative readable hwm', () => new TransformStream({}, {}, { highWaterMark: -1 }));
          tryIt('controller constructor', () => new TransformStreamDefaultController());
          tryIt('readable brand', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}));
          const reads = [];
          const spy = (label, obj) => new Proxy(obj, { get(t, k) { if (typeof k === 'string') reads.push(`${label}.${k}`); return t[k]; } });
          new TransformStream(spy('transformer', {}), spy('writable', {}), spy('readable', {}));
          p(reads.join(' '));
          p(`${Object.prototype.toString.call(new TransformStream())} ${Object.prototype.toString.call(tc)} ${TransformStream.length}`);
          console.log(new TransformStream());
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        TransformStream {
          readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
          writable: WritableStream { locked: false, state: 'writable' },
          backpressure: true
        }
        identity desiredSize writer=1
        after write writer=0
        write pending while nobody reads: true
        read a
        write settled after read: true
        done after close true
        chunks 1,10,2,20,end
        start 4 | transform 1 | transform 2 | flush
        terminated readable only
        terminated writable: TypeError
        write rejects boom=true
        readable errored boom=true
        transformer cancel bye
        writable errored with bye
        transformer cancel on abort stop
        readable errored with stop
        controller.error boom=true
        enqueue after error: TypeError
        readableType: RangeError
        writableType: RangeError
        transform not callable: TypeError
        null transformer: TypeError
        negative readable hwm: RangeError
        controller constructor: TypeError
        readable brand: TypeError
        writable.highWaterMark writable.size readable.highWaterMark readable.size transformer.cancel transformer.flush transformer.readableType transformer.start transformer.transform transformer.writableType
        [object TransformStream] [object TransformStreamDefaultController] 0
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /**
   * TextEncoderStream keeps a lead surrogate that ends a chunk for the next one; TextDecoderStream
   * decodes across chunks, rejects non-buffers and honours {@code fatal}. Needs 55_encoding.js
   * (TextEncoder/TextDecoder), which lands separately: skipped until it is there.
   */
  @Test
  void textEncoderAndDecoderStreams() {
    assumeTrue(TransformStreamTest.class.getResource("/dev/cortado/js/55_encoding.js") != null,
        "55_encoding.js (TextEncoder/TextDecoder) is not in this build yet");
    JsRun.Result r = JsRun.js("""
        (async () => {
          const es = new TextEncoderStream();
          console.log(es.encoding, Object.prototype.toString.call(es));
          const w = es.writable.getWriter();
          w.write('a\\uD83D'); w.write('\\uDE00b'); w.write(''); w.write('\\uD800'); w.close();
          const out = [];
          for await (const c of es.readable) out.push(`${c.constructor.name}[${c}]`);
          console.log(out.join(' '));
          const ds = new TextDecoderStream('utf8', { fatal: true });
          console.log(ds.encoding, ds.fatal, ds.ignoreBOM, Object.prototype.toString.call(ds));
          const w2 = ds.writable.getWriter();
          w2.write(new Uint8Array([0xF0, 0x9F])); w2.write(new Uint8Array([0x98, 0x80, 0x41]).buffer); w2.close();
          const o2 = []; for await (const c of ds.readable) o2.push(c); console.log(o2);
          const ds2 = new TextDecoderStream(); const w3 = ds2.writable.getWriter();
          const r3 = ds2.readable.getReader().read();
          await w3.write('not bytes').catch((e) => console.log('write rejects', e.constructor.name));
          await r3.catch((e) => console.log('read rejects', e.constructor.name));
          const ds3 = new TextDecoderStream('utf-8', { fatal: true }); const w4 = ds3.writable.getWriter();
          const r4 = ds3.readable.getReader().read();
          w4.write(new Uint8Array([0xFF])).catch(() => {});
          await r4.catch((e) => console.log('fatal decode', e.constructor.name));
          try { new TextDecoderStream('no-such-label'); } catch (e) { console.log('bad label', e.constructor.name); }
          try { Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, 'encoding').get.call({}); } catch (e) { console.log('brand', e.constructor.name); }
          try { Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'readable').get.call(ds); } catch (e) { console.log('brand', e.constructor.name); }
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        utf-8 [object TextEncoderStream]
        Uint8Array[97] Uint8Array[240,159,152,128,98] Uint8Array[239,191,189]
        utf-8 true false [object TextDecoderStream]
        [ '😀A' ]
        write rejects TypeError
        read rejects TypeError
        fatal decode TypeError
        bad label RangeError
        brand TypeError
        brand TypeError
        """);
    assertThat(r.leaksJava()).isFalse();
  }
}
