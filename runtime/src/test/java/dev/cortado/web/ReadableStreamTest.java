package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code ReadableStream} (Streams Standard): default and byte streams, readers, tee, pipes, async
 * iteration, {@code ReadableStream.from}, the Web IDL surface and the order of promise reactions.
 * Expected outputs were checked against Deno and Node (where those follow the spec).
 */
class ReadableStreamTest {
  /** Pulls up to the high-water mark, and reads interleave with other microtasks as the spec orders them. */
  @Test
  void pullsAndReadsInSpecOrder() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        const p = (s) => log.push(s);
        let pulls = 0;
        const rs = new ReadableStream({
          start(c) { p(`start ${c.desiredSize}`); c.enqueue('a'); p(`enqueued ${c.desiredSize}`); },
          pull(c) { pulls++; p(`pull ${pulls} ${c.desiredSize}`); c.enqueue(`p${pulls}`); if (pulls === 3) c.close(); },
        }, { highWaterMark: 2 });
        p(`constructed locked=${rs.locked}`);
        Promise.resolve().then(() => p('tick 1')).then(() => p('tick 2')).then(() => p('tick 3'));
        (async () => {
          const reader = rs.getReader();
          p(`locked=${rs.locked} ${reader instanceof ReadableStreamDefaultReader}`);
          reader.closed.then(() => p('closed resolved'));
          for (let i = 0; i < 5; i++) {
            const { value, done } = await reader.read();
            p(`read ${value} ${done}`);
          }
          reader.releaseLock();
          p(`released locked=${rs.locked}`);
          try { rs.getReader().releaseLock(); p('second reader ok'); } catch (e) { p(e.constructor.name); }
          console.log(log.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        start 2
        enqueued 1
        constructed locked=false
        locked=true true
        pull 1 2
        tick 1
        read a false
        pull 2 2
        tick 2
        read p1 false
        pull 3 2
        tick 3
        read p2 false
        closed resolved
        read p3 false
        read undefined true
        released locked=false
        second reader ok
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** Errors, cancel, locks and size functions. */
  @Test
  void errorsCancelAndLocks() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const name = (e) => (e && e.constructor ? e.constructor.name : String(e));
        const err = new Error('boom');
        (async () => {
          // controller.error(): pending and later reads reject, closed rejects, desiredSize becomes null.
          let ctrl;
          const rs = new ReadableStream({ start(c) { ctrl = c; } });
          const reader = rs.getReader();
          const pending = reader.read();
          ctrl.error(err);
          await pending.catch((e) => p(`pending read rejected ${e === err}`));
          await reader.read().catch((e) => p(`later read rejected ${e === err}`));
          await reader.closed.catch((e) => p(`closed rejected ${e === err} desiredSize=${ctrl.desiredSize}`));
          try { ctrl.enqueue(1); } catch (e) { p(`enqueue after error: ${name(e)}`); }
          // cancel(): the source's cancel gets the reason, queued chunks are dropped, the promise fulfils with undefined.
          const rs2 = new ReadableStream({
            start(c) { c.enqueue(1); c.enqueue(2); },
            cancel(reason) { p(`source cancel ${reason}`); return new Promise((r) => setTimeout(() => r('ignored'), 5)); },
          });
          p(`cancel result ${await rs2.cancel('why')}`);
          const r2 = rs2.getReader();
          p(`read after cancel ${JSON.stringify(await r2.read())}`);
          // A cancel that throws rejects; cancel/getReader on a locked stream.
          const rs3 = new ReadableStream({ cancel() { throw err; } });
          await rs3.cancel().catch((e) => p(`throwing cancel rejects ${e === err}`));
          const rs4 = new ReadableStream();
          const r4 = rs4.getReader();
          await rs4.cancel().catch((e) => p(`cancel locked: ${name(e)}`));
          try { rs4.getReader(); } catch (e) { p(`getReader locked: ${name(e)}`); }
          try { new ReadableStreamDefaultReader(rs4); } catch (e) { p(`reader ctor locked: ${name(e)}`); }
          // releaseLock() rejects pending reads and the closed promise with a TypeError.
          const pending4 = r4.read();
          r4.releaseLock();
          await pending4.catch((e) => p(`released pending read: ${name(e)}`));
          await r4.closed.catch((e) => p(`released closed: ${name(e)}`));
          await r4.read().catch((e) => p(`read on released reader: ${name(e)}`));
          // A pull that rejects errors the stream; start that throws throws from the constructor.
          const rs5 = new ReadableStream({ pull() { return Promise.reject(err); } });
          await rs5.getReader().read().catch((e) => p(`rejecting pull errors the stream ${e === err}`));
          try { new ReadableStream({ start() { throw err; } }); } catch (e) { p(`throwing start ${e === err}`); }
          // Size functions: a throwing size errors the stream, a bad size is a RangeError.
          const rs6 = new ReadableStream({ start(c) { try { c.enqueue('x'); } catch (e) { p(`bad size: ${name(e)}`); } } },
            { size() { return -1; } });
          await rs6.getReader().closed.catch((e) => p(`stream errored by bad size: ${name(e)}`));
          const rs7 = new ReadableStream({ start(c) { c.enqueue('abc'); c.enqueue('de'); p(`desiredSize with size fn ${c.desiredSize}`); } },
            { highWaterMark: 10, size(chunk) { return chunk.length; } });
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        pending read rejected true
        later read rejected true
        closed rejected true desiredSize=null
        enqueue after error: TypeError
        source cancel why
        cancel result undefined
        read after cancel {"done":true}
        throwing cancel rejects true
        cancel locked: TypeError
        getReader locked: TypeError
        reader ctor locked: TypeError
        released pending read: TypeError
        released closed: TypeError
        read on released reader: TypeError
        rejecting pull errors the stream true
        throwing start true
        bad size: RangeError
        stream errored by bad size: RangeError
        desiredSize with size fn 5
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** Web IDL: argument conversion, dictionary order, brand checks, property shapes, inspection. */
  @Test
  void webIdlSurface() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const name = (e) => e.constructor.name;
        const tryIt = (label, f) => { try { f(); p(`${label}: no error`); } catch (e) { p(`${label}: ${name(e)}`); } };
        tryIt('null source', () => new ReadableStream(null));
        tryIt('number source', () => new ReadableStream(5));
        tryIt('start not callable', () => new ReadableStream({ start: 1 }));
        tryIt('pull not callable', () => new ReadableStream({ pull: {} }));
        tryIt('bad type', () => new ReadableStream({ type: 'nope' }));
        tryIt('NaN hwm', () => new ReadableStream({}, { highWaterMark: NaN }));
        tryIt('negative hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
        tryIt('size not callable', () => new ReadableStream({}, { size: 1 }));
        tryIt('bytes with size', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
        tryIt('autoAllocateChunkSize 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
        tryIt('autoAllocateChunkSize -1', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: -1 }));
        tryIt('without new', () => ReadableStream());
        tryIt('controller constructor', () => new ReadableStreamDefaultController());
        tryIt('byob reader on default stream', () => new ReadableStream().getReader({ mode: 'byob' }));
        tryIt('bad reader mode', () => new ReadableStream().getReader({ mode: 'other' }));
        tryIt('getReader brand', () => ReadableStream.prototype.getReader.call({}));
        tryIt('locked brand', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
        tryIt('reader ctor needs a stream', () => new ReadableStreamDefaultReader({}));
        ReadableStream.prototype.cancel.call({}).catch((e) => p(`cancel brand rejects: ${name(e)}`));
        ReadableStreamDefaultReader.prototype.read.call({}).catch((e) => p(`read brand rejects: ${name(e)}`));
        // Dictionary members are read in lexicographic order, the strategy before the source.
        const reads = [];
        const spy = (label, obj) => new Proxy(obj, { get(t, k) { if (typeof k === 'string') reads.push(`${label}.${k}`); return t[k]; } });
        new ReadableStream(spy('source', {}), spy('strategy', {}));
        p(reads.join(' '));
        // Interface shapes.
        const desc = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return `${k}:${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}${d.writable ? 'w' : ''}${d.get ? 'g' : ''}`; };
        p(['cancel', 'getReader', 'locked', 'pipeThrough', 'pipeTo', 'tee', 'values'].map((k) => desc(ReadableStream.prototype, k)).join(' '));
        p(`${desc(ReadableStream, 'from')} ${ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values}`);
        p(`lengths ${ReadableStream.length} ${ReadableStream.from.length} ${ReadableStream.prototype.pipeTo.length} ${ReadableStream.prototype.pipeThrough.length} ${ReadableStream.prototype.getReader.length} ${ReadableStreamBYOBReader.prototype.read.length} ${ReadableStreamDefaultReader.length}`);
        const rs = new ReadableStream();
        p([rs, rs.getReader(), new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' })].map((o) => Object.prototype.toString.call(o)).join(' '));
        // One own key: its internal state under a shared symbol (as Node keeps 4 symbols, Deno 11); no string keys.
        p(`${Object.keys(rs).length} ${Object.getOwnPropertySymbols(rs).length}`);
        let ctrl;
        new ReadableStream({ start(c) { ctrl = c; } });
        let bctrl;
        new ReadableStream({ type: 'bytes', start(c) { bctrl = c; } });
        p(`${Object.prototype.toString.call(ctrl)} ${Object.prototype.toString.call(bctrl)} ${bctrl.byobRequest}`);
        console.log(new ReadableStream(), new ReadableStream({ type: 'bytes' }));
        setTimeout(() => console.log(out.join('\\n')), 10);
        """);
    assertThat(r.stdout()).isEqualTo("""
        ReadableStream { locked: false, state: 'readable', supportsBYOB: false } ReadableStream { locked: false, state: 'readable', supportsBYOB: true }
        null source: TypeError
        number source: TypeError
        start not callable: TypeError
        pull not callable: TypeError
        bad type: TypeError
        NaN hwm: RangeError
        negative hwm: RangeError
        size not callable: TypeError
        bytes with size: RangeError
        autoAllocateChunkSize 0: TypeError
        autoAllocateChunkSize -1: TypeError
        without new: TypeError
        controller constructor: TypeError
        byob reader on default stream: TypeError
        bad reader mode: TypeError
        getReader brand: TypeError
        locked brand: TypeError
        reader ctor needs a stream: TypeError
        strategy.highWaterMark strategy.size source.autoAllocateChunkSize source.cancel source.pull source.start source.type
        cancel:ecw getReader:ecw locked:ecg pipeThrough:ecw pipeTo:ecw tee:ecw values:ecw
        from:ecw true
        lengths 0 1 1 1 0 1 1
        [object ReadableStream] [object ReadableStreamDefaultReader] [object ReadableStreamBYOBReader]
        0 1
        [object ReadableStreamDefaultController] [object ReadableByteStreamController] null
        cancel brand rejects: TypeError
        read brand rejects: TypeError
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** Byte streams: BYOB readers (with {@code min}), byobRequest, transfers, autoAllocateChunkSize, byte tee. */
  @Test
  void byteStreamsAndByobReaders() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        (async () => {
          // A byte source that fills the BYOB request's view.
          let n = 0;
          const bytes = new ReadableStream({
            type: 'bytes',
            pull(c) {
              const req = c.byobRequest;
              const view = req.view;
              p(`pull view ${view.constructor.name} offset=${view.byteOffset} length=${view.byteLength}`);
              for (let i = 0; i < 3; i++) view[i] = ++n;
              req.respond(3);
              if (n >= 9) c.close();
            },
          });
          const reader = bytes.getReader({ mode: 'byob' });
          const buffer = new ArrayBuffer(8);
          const first = await reader.read(new Uint8Array(buffer, 2, 4));
          p(`first ${first.done} [${first.value}] offset=${first.value.byteOffset} detached=${buffer.byteLength === 0}`);
          const second = await reader.read(new Uint16Array(4), { min: 2 });
          p(`second ${second.value.constructor.name} ${second.value.length} ${Array.from(new Uint8Array(second.value.buffer, 0, 4))}`);
          const third = await reader.read(new Uint8Array(4));
          p(`third ${JSON.stringify(Array.from(third.value))} done=${third.done}`);
          const last = await reader.read(new Uint8Array(4));
          p(`last done=${last.done} length=${last.value.length}`);
          reader.read(new Uint8Array(0)).catch((e) => p(`empty view: ${e.constructor.name}`));
          reader.read(new Uint8Array(2), { min: 3 }).catch((e) => p(`min too large: ${e.constructor.name}`));
          reader.read(new Uint8Array(2), { min: 0 }).catch((e) => p(`min 0: ${e.constructor.name}`));
          await null;
          // enqueue() transfers the chunk's buffer; a default reader gets Uint8Arrays.
          const chunk = new Uint8Array([1, 2, 3]);
          let ctrl;
          const pushed = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
          ctrl.enqueue(chunk);
          p(`enqueue detached source=${chunk.byteLength === 0} desiredSize=${ctrl.desiredSize}`);
          const dr = pushed.getReader();
          const got = await dr.read();
          p(`default reader on bytes ${got.value.constructor.name} [${got.value}]`);
          try { ctrl.enqueue(new Uint8Array(0)); } catch (e) { p(`enqueue empty: ${e.constructor.name}`); }
          ctrl.close();
          try { ctrl.close(); } catch (e) { p(`close twice: ${e.constructor.name}`); }
          p(`after close ${JSON.stringify(await dr.read())}`);
          // autoAllocateChunkSize gives a default reader's pull a byobRequest.
          const auto = new ReadableStream({
            type: 'bytes', autoAllocateChunkSize: 16,
            pull(c) { p(`auto view ${c.byobRequest.view.byteLength}`); c.byobRequest.view[0] = 42; c.byobRequest.respond(1); c.close(); },
          });
          const ar = auto.getReader();
          const a1 = await ar.read();
          p(`auto chunk [${a1.value}] buffer=${a1.value.buffer.byteLength}`);
          p(`auto end ${(await ar.read()).done}`);
          // Byte tee: both branches get equal copies.
          const src = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([7, 8])); c.close(); } });
          const [b1, b2] = src.tee();
          const x1 = await b1.getReader().read();
          const x2 = await b2.getReader().read();
          p(`byte tee [${x1.value}] [${x2.value}] same=${x1.value.buffer === x2.value.buffer}`);
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        pull view Uint8Array offset=2 length=4
        first false [1,2,3] offset=2 detached=true
        pull view Uint8Array offset=0 length=8
        pull view Uint8Array offset=3 length=5
        second Uint16Array 3 4,5,6,7
        third [] done=true
        last done=true length=0
        empty view: TypeError
        min too large: RangeError
        min 0: TypeError
        enqueue detached source=true desiredSize=-3
        default reader on bytes Uint8Array [1,2,3]
        enqueue empty: TypeError
        close twice: TypeError
        after close {"done":true}
        auto view 16
        auto chunk [42] buffer=16
        auto end true
        byte tee [7,8] [7,8] same=false
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** tee(), async iteration, ReadableStream.from(), pipeTo() and pipeThrough(). */
  @Test
  void teeIterationFromAndPipes() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const collect = async (rs) => { const a = []; for await (const x of rs) a.push(x); return a.join(','); };
        (async () => {
          // tee(): both branches see every chunk; the source is cancelled only when both branches are,
          // with both reasons.
          const src = new ReadableStream({
            start(c) { c.enqueue(1); c.enqueue(2); },
            cancel(reason) { p(`source cancelled with ${JSON.stringify(reason)}`); },
          });
          const [t1, t2] = src.tee();
          p(`locked after tee ${src.locked}`);
          const r1 = t1.getReader();
          const r2 = t2.getReader();
          p(`branch reads ${(await r1.read()).value} ${(await r2.read()).value} ${(await r1.read()).value}`);
          const c1 = r1.cancel('one');
          let settled = false;
          c1.then(() => { settled = true; });
          await new Promise((r) => setTimeout(r, 5));
          p(`first cancel settled alone: ${settled}`);
          await Promise.all([c1, r2.cancel('two')]);
          // Async iteration: break cancels the stream, preventCancel keeps it.
          let cancelled = 0;
          const counting = () => new ReadableStream({
            start(c) { for (let i = 1; i <= 3; i++) c.enqueue(i); c.close(); },
            cancel() { cancelled++; },
          });
          for await (const x of counting()) { if (x === 2) break; }
          p(`break cancels: ${cancelled}`);
          const kept = counting();
          for await (const x of kept.values({ preventCancel: true })) { if (x === 1) break; }
          p(`preventCancel: ${cancelled} locked=${kept.locked} rest=${await collect(kept)}`);
          const it = counting()[Symbol.asyncIterator]();
          p(`${Object.prototype.toString.call(it)} ${JSON.stringify(await it.next())} ${JSON.stringify(await it.return('r'))} ${JSON.stringify(await it.next())}`);
          const failing = new ReadableStream({ start(c) { c.error(new Error('nope')); } });
          try { for await (const x of failing) p(x); } catch (e) { p(`iteration rejects: ${e.message}`); }
          // ReadableStream.from.
          p(`from array ${await collect(ReadableStream.from([1, 2, 3]))}`);
          p(`from generator ${await collect(ReadableStream.from((function* () { yield 'a'; yield 'b'; })()))}`);
          p(`from async generator ${await collect(ReadableStream.from((async function* () { yield 'x'; yield await Promise.resolve('y'); })()))}`);
          p(`from string ${await collect(ReadableStream.from('hi'))}`);
          try { ReadableStream.from(1); } catch (e) { p(`from number: ${e.constructor.name}`); }
          try { ReadableStream.from({}); } catch (e) { p(`from plain object: ${e.constructor.name}`); }
          // pipeTo / pipeThrough.
          const written = [];
          const sink = new WritableStream({ write(c) { written.push(c); }, close() { written.push('closed'); } });
          await ReadableStream.from(['a', 'b']).pipeTo(sink);
          p(`pipeTo ${written}`);
          const w2 = new WritableStream({ write(c) { written.push(c); } });
          await ReadableStream.from(['c']).pipeTo(w2, { preventClose: true });
          p(`preventClose locked=${w2.locked} writer ok=${typeof w2.getWriter().write}`);
          const erroring = new ReadableStream({ start(c) { c.error(new Error('src')); } });
          let aborted;
          await erroring.pipeTo(new WritableStream({ abort(r) { aborted = r.message; } })).catch((e) => p(`pipe rejects ${e.message}, sink aborted with ${aborted}`));
          const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
          p(`pipeThrough ${await collect(ReadableStream.from(['x', 'y']).pipeThrough(upper))}`);
          try { new ReadableStream().pipeThrough({ readable: new ReadableStream() }); } catch (e) { p(`pipeThrough without writable: ${e.constructor.name}`); }
          await new ReadableStream().pipeTo({}).catch((e) => p(`pipeTo non-stream: ${e.constructor.name}`));
          const locked = new WritableStream(); locked.getWriter();
          await new ReadableStream().pipeTo(locked).catch((e) => p(`pipeTo locked dest: ${e.constructor.name}`));
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        locked after tee true
        branch reads 1 1 2
        first cancel settled alone: false
        source cancelled with ["one","two"]
        break cancels: 1
        preventCancel: 1 locked=false rest=2,3
        [object ReadableStream AsyncIterator] {"value":1,"done":false} {"value":"r","done":true} {"done":true}
        iteration rejects: nope
        from array 1,2,3
        from generator a,b
        from async generator x,y
        from string h,i
        from number: TypeError
        from plain object: TypeError
        pipeTo a,b,closed
        preventClose locked=false writer ok=function
        pipe rejects src, sink aborted with src
        pipeThrough X,Y
        pipeThrough without writable: TypeError
        pipeTo non-stream: TypeError
        pipeTo locked dest: TypeError
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /**
   * pipeTo's read/write loop: many chunks through pipeThrough and pipeTo with sync and async
   * sources, transforms and sinks (order, one write at a time, bounded read-ahead, no write inside
   * the source's pull() or enqueue()), backpressure, and shutting down after in-flight writes.
   * Deno prints the same, except that it writes a late chunk inside enqueue().
   */
  @Test
  void pipeLoopUnderBackpressureAndShutdown() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const tick = () => new Promise((r) => setTimeout(r, 1));
        (async () => {
          // Many chunks through pipeThrough and pipeTo, with sync and async sources, transforms and sinks:
          // order kept, every chunk once, one sink write at a time, no write inside the source's pull(),
          // and read-ahead bounded by the queues' high-water marks.
          for (const mode of ['sync', 'async']) {
            const N = 2000;
            let produced = 0, inPull = false, writing = 0, maxWriting = 0, writeInPull = false, maxAhead = 0;
            const got = [];
            const source = new ReadableStream({
              pull(c) {
                inPull = true;
                c.enqueue(produced++);
                if (produced === N) c.close();
                inPull = false;
                if (mode === 'async' && produced % 7 === 0) return tick();
              },
            }, { highWaterMark: 4 });
            const double = new TransformStream({
              transform(x, c) {
                c.enqueue(x * 2);
                if (mode === 'async' && x % 5 === 0) return Promise.resolve();
              },
            });
            const sink = new WritableStream({
              write(x) {
                if (inPull) writeInPull = true;
                maxAhead = Math.max(maxAhead, produced - got.length);
                got.push(x);
                writing++; maxWriting = Math.max(maxWriting, writing);
                if (mode === 'async' && x % 3 === 0) return tick().then(() => { writing--; });
                writing--;
              },
              close() { p(`${mode}: closed after ${got.length}`); },
            }, new CountQueuingStrategy({ highWaterMark: 2 }));
            await source.pipeThrough(double).pipeTo(sink);
            const inOrder = got.every((x, i) => x === i * 2);
            p(`${mode}: ${got.length} chunks in order ${inOrder}, one write at a time ${maxWriting === 1}, write in pull ${writeInPull}, read-ahead bounded ${maxAhead <= 12}`);
          }
          // A destination with backpressure (high-water mark 1, slow writes): the pipe stops reading.
          {
            let pulls = 0;
            const rs = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); } }, { highWaterMark: 0 });
            const written = [];
            let release;
            const ws = new WritableStream({ write(x) { written.push(x); return new Promise((r) => { release = r; }); } });
            const ac = new AbortController();
            const piped = rs.pipeTo(ws, { signal: ac.signal });
            await tick(); await tick();
            p(`backpressure: pulls ${pulls} written ${written}`);
            release(); await tick(); await tick();
            p(`after one write: pulls ${pulls} written ${written}`);
            ac.abort(new Error('stop'));
            release();
            await piped.catch((e) => p(`aborted pipe rejects: ${e.message}`));
            p(`abort: locked ${rs.locked} ${ws.locked}`);
          }
          // The source errors while a write is in flight: the sink is aborted only after that write ends.
          {
            const log = [];
            let srcController, finishWrite;
            const rs = new ReadableStream({ start(c) { srcController = c; c.enqueue('a'); } });
            const ws = new WritableStream({
              write(x) { log.push(`write ${x}`); return new Promise((r) => { finishWrite = () => { log.push(`write ${x} done`); r(); }; }); },
              abort(e) { log.push(`abort ${e.message}`); },
            });
            const piped = rs.pipeTo(ws);
            await tick();
            srcController.error(new Error('boom'));
            await tick();
            log.push('finishing');
            finishWrite();
            await piped.catch((e) => log.push(`pipe rejects ${e.message}`));
            p(log.join(' | '));
          }
          // The source closes: the destination closes after the last write; preventClose leaves it open.
          {
            const log = [];
            const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
            const ws = new WritableStream({ async write(x) { await tick(); log.push(`wrote ${x}`); }, close() { log.push('close'); } });
            await rs.pipeTo(ws);
            p(log.join(' | '));
          }
          // The destination errors: the source is cancelled with that error, and the pipe rejects with it.
          {
            const log = [];
            let n = 0;
            const rs = new ReadableStream({ pull(c) { c.enqueue(++n); }, cancel(e) { log.push(`cancel ${e.message}`); } });
            const ws = new WritableStream({ write(x) { log.push(`write ${x}`); if (x === 3) throw new Error('full'); } });
            await rs.pipeTo(ws).catch((e) => log.push(`pipe rejects ${e.message}`));
            p(log.join(' | '));
          }
          // A chunk enqueued later (not from pull) is written in a later microtask, not inside enqueue().
          {
            let c, inEnqueue = false, writeInsideEnqueue = false;
            const rs = new ReadableStream({ start(ctrl) { c = ctrl; } });
            const seen = [];
            const ws = new WritableStream({ write(x) { if (inEnqueue) writeInsideEnqueue = true; seen.push(x); } });
            const piped = rs.pipeTo(ws);
            await tick();
            inEnqueue = true; c.enqueue('late'); inEnqueue = false;
            await tick();
            c.close();
            await piped;
            p(`late chunk ${seen} written inside enqueue ${writeInsideEnqueue}`);
          }
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        sync: closed after 2000
        sync: 2000 chunks in order true, one write at a time true, write in pull false, read-ahead bounded true
        async: closed after 2000
        async: 2000 chunks in order true, one write at a time true, write in pull false, read-ahead bounded true
        backpressure: pulls 1 written 1
        after one write: pulls 2 written 1,2
        aborted pipe rejects: stop
        abort: locked false false
        write a | finishing | write a done | abort boom | pipe rejects boom
        wrote 1 | wrote 2 | close
        write 1 | write 2 | write 3 | cancel full | pipe rejects full
        late chunk late written inside enqueue false
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /**
   * User callbacks are called through the runtime's opaque call (OpaqueCaller): each kind of
   * callable gets its own `this` and arguments as with a plain call, a Proxy's apply trap runs, a
   * thenable result is followed, a throw rejects, a class constructor is a TypeError. Output
   * checked against Node.
   */
  @Test
  void callsEveryKindOfUserCallbackWithItsThisAndArguments() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        (async () => {
          // this and arguments of each kind of callable, through a pipe
          const source = {
            n: 0,
            pull(c) { p(`pull this=${this === source} args=${arguments.length} c=${c.constructor.name}`); c.enqueue(++this.n); if (this.n === 2) c.close(); },
          };
          const handler = { apply(target, self, args) { p(`proxy apply this=${self === transformer} args=${args.length}`); return Reflect.apply(target, self, args); } };
          const transformer = {};
          transformer.transform = new Proxy(function (chunk, c) { c.enqueue(chunk * 10); }, handler);
          class Sink { constructor() { this.got = []; } write(chunk, c) { this.got.push(chunk); p(`write this=${this instanceof Sink} c=${c.constructor.name}`); } }
          const sink = new Sink();
          await new ReadableStream(source).pipeThrough(new TransformStream(transformer)).pipeTo(new WritableStream(sink));
          p(`sink got ${sink.got.join(',')}`);
          // a bound function and an arrow function
          const bound = function (c) { p(`bound this=${this.tag}`); c.enqueue('b'); c.close(); }.bind({ tag: 'T' });
          const r1 = await new ReadableStream({ pull: bound }).getReader().read();
          p(`bound read ${r1.value}`);
          const r2 = await new ReadableStream({ pull: (c) => { c.enqueue('arrow'); } }).getReader().read();
          p(`arrow read ${r2.value}`);
          // a thenable result and a throwing callback
          const ws = new WritableStream({ write(chunk) { return { then(resolve) { p(`thenable for ${chunk}`); resolve(); } }; } });
          const w = ws.getWriter();
          await w.write('x');
          p('write settled');
          const bad = new ReadableStream({ pull() { throw new RangeError('boom'); } });
          await bad.getReader().read().catch((e) => p(`pull threw ${e.name}: ${e.message}`));
          // a size algorithm and a class constructor as a callback
          const sized = new WritableStream({}, { highWaterMark: 10, size(chunk) { p(`size this=${this === undefined} of ${chunk}`); return chunk.length; } });
          const sw = sized.getWriter();
          sw.write('abcd');
          p(`desiredSize ${sw.desiredSize}`);
          class K { }
          await new ReadableStream({ pull: K }).getReader().read().catch((e) => p(`class as pull: ${e.constructor.name}`));
          // ReadableStream.from with a hand-written iterator
          const it = { i: 0, next() { p(`next this=${this === it}`); return this.i < 2 ? { value: this.i++, done: false } : { value: undefined, done: true }; }, [Symbol.iterator]() { return this; } };
          const got = [];
          for await (const v of ReadableStream.from(it)) got.push(v);
          p(`from ${got.join(',')}`);
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        pull this=true args=1 c=ReadableStreamDefaultController
        pull this=true args=1 c=ReadableStreamDefaultController
        proxy apply this=true args=2
        write this=true c=WritableStreamDefaultController
        proxy apply this=true args=2
        write this=true c=WritableStreamDefaultController
        sink got 10,20
        bound this=T
        bound read b
        arrow read arrow
        thenable for x
        write settled
        pull threw RangeError: boom
        size this=false of abcd
        desiredSize 6
        class as pull: TypeError
        next this=true
        next this=true
        next this=true
        from 0,1
        """);
    assertThat(r.leaksJava()).isFalse();
  }
}
