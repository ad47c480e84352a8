package dev.cortado.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortado.testing.JsRun;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Keys for the runtime's per-object state are one symbol for every Context, and stay out of sight. */
class SharedSymbolsTest {
  @Test
  void everyContextGetsTheSameSymbol() {
    SharedSymbols symbols = new SharedSymbols();
    try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        Context first = Context.newBuilder("js").engine(engine).build();
        Context second = Context.newBuilder("js").engine(engine).build()) {
      Object a = symbols.get("test:key", first.eval("js", "Symbol('test:key')"));
      Object b = symbols.get("test:key", second.eval("js", "Symbol('test:key')"));
      assertThat(b).isSameAs(a);
      // The shared symbol works as a property key in a Context that did not make it.
      Value roundTrip = second.eval("js", "(k) => { const o = {}; o[k] = 42; return typeof k + ' ' + String(k) + ' ' + o[k]; }");
      assertThat(roundTrip.execute(b).asString()).isEqualTo("symbol Symbol(test:key) 42");
      assertThatThrownBy(() -> symbols.get("test:other", first.eval("js", "'not a symbol'")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void inspectDoesNotShowTheRuntimesKeys() {
    JsRun.Result run = JsRun.js("""
        const t = new EventTarget();
        console.log(t, { ...new Event('x') }, new AbortController().signal.aborted);
        console.log(Object.getOwnPropertySymbols(new Event('x')).length > 0);
        const E = require('events');
        console.log(new E());
        """);
    assertThat(run.stdout()).isEqualTo("""
        EventTarget {} { isTrusted: false } false
        true
        EventEmitter {
          _events: [Object: null prototype] {},
          _eventsCount: 0,
          _maxListeners: undefined,
          [Symbol(shapeMode)]: false,
          [Symbol(kCapture)]: false
        }
        """);
  }

  @Test
  void convertedClassesPrintAndCheckTheirReceiverAsBefore() {
    JsRun.Result run = JsRun.js("""
        const b = new Blob(['x']);
        const f = new File(['ab'], 'f.txt', { lastModified: 5, type: 'Text/Plain' });
        const fd = new FormData();
        fd.append('a', '1');
        fd.append('a', '2');
        console.log(b, f, fd);
        console.log(Object.getOwnPropertySymbols(b).length, Object.getOwnPropertySymbols(f).length,
          Object.getOwnPropertySymbols(fd).length);
        const getter = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
        const { StringDecoder } = require('string_decoder');
        const { Worker: NodeWorker } = require('worker_threads');
        const tries = {
          size: () => getter(Blob, 'size').call({}),
          typeOfUndefined: () => getter(Blob, 'type').call(undefined),
          slice: () => Blob.prototype.slice.call(1),
          fileName: () => getter(File, 'name').call(b),
          lastModified: () => getter(File, 'lastModified').call({}),
          append: () => FormData.prototype.append.call({}, 'a', 'b'),
          entries: () => FormData.prototype.entries.call(null),
          encoderStream: () => getter(TextEncoderStream, 'readable').call(new TextDecoderStream()),
          decoderStream: () => getter(TextDecoderStream, 'encoding').call(new TextEncoderStream()),
          workerPost: () => Worker.prototype.postMessage.call({}, 1),
          workerTerminate: () => Worker.prototype.terminate.call(new EventTarget()),
          nodeWorkerPost: () => NodeWorker.prototype.postMessage.call({}, 1),
          nodeWorkerThreadId: () => getter(NodeWorker, 'threadId').call(b),
        };
        for (const [name, fn] of Object.entries(tries)) {
          try { console.log(name, fn()); } catch (e) { console.log(name, `${e.name}: ${e.message}`); }
        }
        Blob.prototype.text.call(fd).catch((e) => console.log('text', `${e.name}: ${e.message}`));
        f.text().then((t) => console.log(f.name, f.lastModified, f.type, t, fd.getAll('a')));
        console.log(new StringDecoder('utf8'), require('child_process').exec);
        const E = require('events');
        const e = new E();
        e.on(E.errorMonitor, (err) => console.log('monitor', err.message));
        try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }
        console.log(E.errorMonitor, e.listenerCount(E.errorMonitor), Reflect.ownKeys(e._events));
        """);
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("""
        Blob { size: 1, type: '' } File { size: 2, type: 'text/plain', name: 'f.txt', lastModified: 5 } FormData { a: [ '1', '2' ] }
        2 4 1
        size TypeError: Illegal invocation
        typeOfUndefined TypeError: Illegal invocation
        slice TypeError: Illegal invocation
        fileName TypeError: Illegal invocation
        lastModified TypeError: Illegal invocation
        append TypeError: Illegal invocation
        entries TypeError: Illegal invocation
        encoderStream TypeError: Illegal invocation
        decoderStream TypeError: Illegal invocation
        workerPost TypeError: Illegal invocation
        workerTerminate TypeError: Illegal invocation
        nodeWorkerPost TypeError: Illegal invocation
        nodeWorkerThreadId TypeError: Illegal invocation
        StringDecoder { encoding: 'utf8' } [Function: exec]
        monitor boom
        thrown boom
        Symbol(events.errorMonitor) 1 [ Symbol(events.errorMonitor) ]
        text TypeError: Illegal invocation
        f.txt 5 text/plain ab [ '1', '2' ]
        """);
  }
}
