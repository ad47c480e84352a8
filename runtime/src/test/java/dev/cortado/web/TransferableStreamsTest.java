package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Transferable streams (Streams Standard 8.2): ReadableStream, WritableStream and TransformStream
 * in a transfer list of structuredClone and postMessage, within one thread and across worker
 * threads; the errors of the transfer steps; errors, cancel and abort crossing the channel; and
 * liveness: an end holds its loop only while it waits for the other side.
 */
class TransferableStreamsTest {
  @Test
  void aTransferredStreamCarriesChunksAndClosesLikeTheOriginal() {
    JsRun.Result r = JsRun.js("""
        (async () => {
          const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue({ b: [1, 2] }); c.enqueue(new Uint8Array([7])); c.close(); } });
          const { stream } = structuredClone({ stream: rs }, { transfer: [rs] });
          console.log(rs.locked, Object.getPrototypeOf(stream) === ReadableStream.prototype, stream.locked);
          for await (const chunk of stream) console.log('read', chunk);

          const written = [];
          const ws = new WritableStream({ write(c) { written.push(c); }, close() { console.log('sink closed', written.join(',')); } });
          const tw = structuredClone(ws, { transfer: [ws] });
          console.log(ws.locked, tw instanceof WritableStream);
          const writer = tw.getWriter();
          await writer.write('x');
          await writer.write('y');
          await writer.close();

          class Upper extends TransformStream {}
          const ts = new Upper({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
          const tt = structuredClone(ts, { transfer: [ts] });
          console.log(Object.getPrototypeOf(tt) === TransformStream.prototype, ts.readable.locked, ts.writable.locked);
          const out = tt.readable.pipeThrough(new TextEncoderStream());
          const w = tt.writable.getWriter();
          w.write('abc'); w.write('def'); w.close();
          console.log(new TextDecoder().decode(await new Response(out).arrayBuffer()));
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true false
        read a
        read { b: [ 1, 2 ] }
        read Uint8Array(1) [ 7 ]
        true true
        true true true
        sink closed x,y
        ABCDEF
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void theTransferStepsRefuseLockedStreamsDuplicatesAndStreamsOutsideTheList() {
    JsRun.Result r = JsRun.js("""
        const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.name, e.message); } };
        const rs = new ReadableStream();
        rs.getReader();
        show(() => structuredClone(rs, { transfer: [rs] }));
        const ws = new WritableStream();
        ws.getWriter();
        show(() => structuredClone(ws, { transfer: [ws] }));
        const ts = new TransformStream();
        ts.readable.getReader();
        show(() => structuredClone(ts, { transfer: [ts] }));
        const free = new ReadableStream();
        show(() => structuredClone(free, { transfer: [free, free] }));
        show(() => structuredClone({ free }));
        const pair = new TransformStream();
        show(() => structuredClone(pair, { transfer: [pair, pair.readable] }));
        show(() => structuredClone(pair, { transfer: [pair.writable, pair] }));
        const buffer = new ArrayBuffer(8);
        show(() => structuredClone(free, { transfer: [free, buffer, rs] }));
        console.log(free.locked, buffer.byteLength, pair.readable.locked, pair.writable.locked);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        DOMException DataCloneError ReadableStream at index 0 of the transfer list is locked and cannot be transferred.
        DOMException DataCloneError WritableStream at index 0 of the transfer list is locked and cannot be transferred.
        DOMException DataCloneError TransformStream at index 0 of the transfer list is locked and cannot be transferred.
        DOMException DataCloneError ReadableStream at index 1 is a duplicate of an earlier ReadableStream in the transfer list.
        DOMException DataCloneError #<ReadableStream> could not be cloned.
        DOMException DataCloneError ReadableStream at index 1 of the transfer list is locked and cannot be transferred.
        DOMException DataCloneError TransformStream at index 1 of the transfer list is locked and cannot be transferred.
        DOMException DataCloneError ReadableStream at index 2 of the transfer list is locked and cannot be transferred.
        false 8 false false
        """);
  }

  @Test
  void errorsCancelAndAbortCrossTheChannel() {
    JsRun.Result r = JsRun.js("""
        const log = (...a) => console.log(...a);
        const failing = new ReadableStream({ pull(c) { c.error(new TypeError('boom')); } });
        structuredClone(failing, { transfer: [failing] }).getReader().read()
          .then(() => log('no'), (e) => log('read rejected:', e.name, e.message));
        const cancelled = new ReadableStream({ cancel(reason) { log('source cancelled:', reason); } });
        structuredClone(cancelled, { transfer: [cancelled] }).cancel('enough').then(() => log('cancel resolved'));
        const aborted = new WritableStream({ abort(reason) { log('sink aborted:', reason); } });
        structuredClone(aborted, { transfer: [aborted] }).abort('why').then(() => log('abort resolved'));
        const uncloneable = new ReadableStream({ start(c) { c.enqueue(() => 1); } });
        structuredClone(uncloneable, { transfer: [uncloneable] }).getReader().read()
          .then(() => log('no'), (e) => log('uncloneable chunk:', e.name));
        const sinkFails = new WritableStream({ write() { throw new RangeError('full'); } });
        const w = structuredClone(sinkFails, { transfer: [sinkFails] }).getWriter();
        w.write(1).then(() => w.write(2)).then(() => w.closed).then(() => log('no'), (e) => log('writer sees:', e.name, e.message));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout().lines().sorted().toList()).containsExactly(
        "abort resolved",
        "cancel resolved",
        "read rejected: TypeError boom",
        "sink aborted: why",
        "source cancelled: enough",
        "uncloneable chunk: DataCloneError",
        "writer sees: RangeError full");
    assertThat(r.exitCode()).isZero();
  }

  /**
   * An empty transferred stream nobody uses does not hold the process, and a chunk in flight is
   * still delivered. (That a waiting end holds its thread is what the worker test below needs:
   * without it the worker exits before its chunks are pulled.)
   */
  @Test
  void anEndHoldsTheLoopOnlyWhileItWaitsForTheOtherSide() {
    JsRun.Result idle = JsRun.js("""
        const rs = new ReadableStream();
        structuredClone(rs, { transfer: [rs] });
        const ws = new WritableStream();
        structuredClone(ws, { transfer: [ws] });
        console.log('sent');
        """);
    assertThat(idle.stdout()).isEqualTo("sent\n");
    assertThat(idle.exitCode()).isZero();

    JsRun.Result waiting = JsRun.js("""
        const rs = new ReadableStream({ start(c) { c.enqueue('queued'); } });
        const t = structuredClone(rs, { transfer: [rs] });
        t.getReader().read().then((r) => console.log('read', r.value));
        """);
    assertThat(waiting.stdout()).isEqualTo("read queued\n");
    assertThat(waiting.exitCode()).isZero();
  }

  /** A reader of a stream from a worker that ends is told so, instead of waiting for good. */
  @Test
  void aStreamFromAWorkerThatEndsErrors() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const w = new Worker(new URL('./w.mjs', import.meta.url), { type: 'module' });
            w.onmessage = (e) => {
              e.data.getReader().read().then((r) => console.log('read', r), (err) => console.log('read failed:', err.name, err.message));
              setTimeout(() => w.terminate(), 50);
            };
            """,
        "w.mjs", """
            const never = new ReadableStream({ pull() { return new Promise(() => {}); } });
            postMessage(never, [never]);
            setInterval(() => {}, 1000);
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("read failed: TypeError The other side of the transferred stream is gone.\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void streamsCrossWorkerThreadsBothWays() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            import { Worker } from 'node:worker_threads';
            const worker = new Worker(new URL('./worker.cjs', import.meta.url));
            worker.once('message', async ({ numbers }) => {
              let sum = 0;
              for await (const n of numbers) sum += n;
              console.log('main summed', sum);
              const results = new WritableStream({
                write(line) { console.log('main got', line); },
                close() { console.log('main sink closed'); },
              });
              worker.postMessage(results, [results]);
            });
            worker.on('exit', (code) => console.log('worker exited', code));
            """,
        "worker.cjs", """
            const { parentPort } = require('node:worker_threads');
            let i = 0;
            const numbers = new ReadableStream({ pull(c) { if (++i > 1000) c.close(); else c.enqueue(i); } });
            parentPort.postMessage({ numbers }, [numbers]);
            parentPort.once('message', async (results) => {
              const writer = results.getWriter();
              for (const word of ['one', 'two']) await writer.write(`${word} from the worker`);
              await writer.close();
            });
            """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    // the worker's exit and the close message travel by different channels: either may come first
    assertThat(r.stdout()).startsWith("""
        main summed 500500
        main got one from the worker
        main got two from the worker
        """).contains("main sink closed\n", "worker exited 0\n");
    assertThat(r.exitCode()).isZero();
  }
}
