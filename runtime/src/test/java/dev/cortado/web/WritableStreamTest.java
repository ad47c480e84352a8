package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code WritableStream}, its writer and controller, and the queuing strategies (Streams Standard).
 * Expected outputs were checked against Deno and Node (where those follow the spec).
 */
class WritableStreamTest {
  /** Sequential writes, backpressure, close, failing writes, abort, controller.error() and releaseLock(). */
  @Test
  void writesBackpressureErrorsAndAbort() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const name = (e) => e.constructor.name;
        const later = (v, ms = 5) => new Promise((r) => setTimeout(() => r(v), ms));
        (async () => {
          // Writes reach the sink one at a time, in order; backpressure shows in desiredSize and ready.
          const ws = new WritableStream({
            start() { p('start'); },
            async write(chunk, controller) { p(`write ${chunk} begins`); await later(); p(`write ${chunk} ends`); },
            close() { p('sink close'); },
          }, new CountQueuingStrategy({ highWaterMark: 2 }));
          const writer = ws.getWriter();
          p(`desiredSize ${writer.desiredSize} locked=${ws.locked}`);
          const w1 = writer.write('a');
          const w2 = writer.write('b');
          p(`after two writes desiredSize ${writer.desiredSize}`);
          const w3 = writer.write('c');
          p(`after three writes desiredSize ${writer.desiredSize}`);
          let readySettled = false;
          writer.ready.then(() => { readySettled = true; });
          await w1;
          p(`w1 done desiredSize ${writer.desiredSize} ready=${readySettled}`);
          const closed = writer.close();
          await Promise.all([w2, w3, closed]);
          p(`closed desiredSize ${writer.desiredSize}`);
          await writer.closed.then(() => p('writer.closed fulfilled'));
          await writer.write('d').catch((e) => p(`write after close: ${name(e)}`));
          await writer.close().catch((e) => p(`close after close: ${name(e)}`));
          // A failing write errors the stream: the queued write and close reject, closed rejects.
          const boom = new Error('boom');
          const failing = new WritableStream({ write(c) { if (c === 2) throw boom; } });
          const fw = failing.getWriter();
          const r = await Promise.allSettled([fw.write(1), fw.write(2), fw.write(3), fw.close()]);
          p(`failing: ${r.map((x) => x.status + (x.reason ? (x.reason === boom ? ':boom' : ':' + name(x.reason)) : '')).join(' ')}`);
          await fw.closed.catch((e) => p(`failing closed rejects boom=${e === boom} desiredSize=${fw.desiredSize}`));
          // abort(): the sink's abort gets the reason after the in-flight write, queued writes reject.
          const aborting = new WritableStream({
            async write(c) { p(`abortable write ${c}`); await later(); },
            abort(reason) { p(`sink abort ${reason}`); },
          });
          const aw = aborting.getWriter();
          const aw1 = aw.write(1);
          const aw2 = aw.write(2);
          const ab = aw.abort('stop');
          p(`aborting desiredSize ${aw.desiredSize}`);
          const results = await Promise.allSettled([aw1, aw2, ab]);
          p(`abort results ${results.map((x) => x.status).join(' ')}`);
          await aw.closed.catch((e) => p(`aborted closed rejects with ${e}`));
          // controller.error() from the sink.
          let wc;
          const errored = new WritableStream({ start(c) { wc = c; } });
          wc.error(boom);
          await errored.getWriter().closed.catch((e) => p(`controller.error: ${e === boom}`));
          // releaseLock(): the old writer's promises reject with TypeError.
          const rel = new WritableStream();
          const rw = rel.getWriter();
          rw.releaseLock();
          await rw.closed.catch((e) => p(`released closed: ${name(e)}`));
          await rw.write(1).catch((e) => p(`released write: ${name(e)}`));
          try { rw.desiredSize; } catch (e) { p(`released desiredSize: ${name(e)}`); }
          p(`relock ok ${typeof rel.getWriter()}`);
          await rel.close().catch((e) => p(`close locked: ${name(e)}`));
          await rel.abort().catch((e) => p(`abort locked: ${name(e)}`));
          console.log(out.join('\\n'));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        start
        desiredSize 2 locked=true
        after two writes desiredSize 0
        after three writes desiredSize -1
        write a begins
        write a ends
        write b begins
        w1 done desiredSize 0 ready=false
        write b ends
        write c begins
        write c ends
        sink close
        closed desiredSize 0
        writer.closed fulfilled
        write after close: TypeError
        close after close: TypeError
        failing: fulfilled rejected:boom rejected:boom rejected:boom
        failing closed rejects boom=true desiredSize=null
        aborting desiredSize null
        sink abort stop
        abort results rejected rejected fulfilled
        aborted closed rejects with stop
        controller.error: true
        released closed: TypeError
        released write: TypeError
        released desiredSize: TypeError
        relock ok object
        close locked: TypeError
        abort locked: TypeError
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** CountQueuingStrategy and ByteLengthQueuingStrategy: shared size functions, conversions, brand checks. */
  @Test
  void queuingStrategies() {
    JsRun.Result r = JsRun.js("""
        const out = [];
        const p = (s) => out.push(s);
        const a = new CountQueuingStrategy({ highWaterMark: 3 });
        const b = new CountQueuingStrategy({ highWaterMark: 5 });
        const c = new ByteLengthQueuingStrategy({ highWaterMark: '16' });
        p(`${a.highWaterMark} ${c.highWaterMark} ${typeof c.highWaterMark} ${a.size === b.size} ${a.size.name} ${a.size.length} ${c.size.name} ${c.size.length}`);
        p(`${a.size()} ${c.size(new Uint8Array(7))} ${c.size({ byteLength: 'x' })}`);
        p(`${Object.prototype.toString.call(a)} ${Object.prototype.toString.call(c)} ${Object.keys(a).length}`);
        for (const [label, f] of [
          ['no init', () => new CountQueuingStrategy()],
          ['no highWaterMark', () => new ByteLengthQueuingStrategy({})],
          ['null init', () => new CountQueuingStrategy(null)],
          ['brand', () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call(c)],
          ['size not a constructor', () => new a.size()],
        ]) { try { f(); p(`${label}: no error`); } catch (e) { p(`${label}: ${e.constructor.name}`); } }
        const ws = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
        const w = ws.getWriter();
        w.write(new Uint8Array(4));
        p(`byte strategy desiredSize ${w.desiredSize}`);
        console.log(a, c);
        console.log(out.join('\\n'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        CountQueuingStrategy { highWaterMark: 3 } ByteLengthQueuingStrategy { highWaterMark: 16 }
        3 16 number true size 0 size 1
        1 7 x
        [object CountQueuingStrategy] [object ByteLengthQueuingStrategy] 0
        no init: TypeError
        no highWaterMark: TypeError
        null init: TypeError
        brand: TypeError
        size not a constructor: TypeError
        byte strategy desiredSize 6
        """);
    assertThat(r.leaksJava()).isFalse();
  }
}
