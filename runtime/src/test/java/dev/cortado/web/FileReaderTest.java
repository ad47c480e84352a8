package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code FileReader} and {@code ProgressEvent}: events, results, abort, errors (File API, XHR). */
class FileReaderTest {

  /**
   * Each read kind: the events (type:readyState), then the result; labels, the type's charset, BOMs.
   * Deno prints the same.
   */
  @Test
  void readsEveryKindWithTheEventsInOrderAsDenoDoes() {
    JsRun.Result r = JsRun.script("main.mjs", """
        function read(kind, blob, ...args) {
          return new Promise((resolve) => {
            const r = new FileReader();
            const seen = [];
            for (const t of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) {
              r.addEventListener(t, (e) => {
                seen.push(`${e.type}:${r.readyState}`);
                if (!(e instanceof ProgressEvent) || e.bubbles || e.cancelable || e.target !== r) console.log('bad event', e);
              });
            }
            r.onloadend = () => resolve(`${kind} ${r.readyState}${r.result === null ? ' null' : ''} ${seen.join(' ')} ${show(r.result)}`);
            r[kind](blob, ...args);
            seen.push(`sync:${r.readyState}:${r.result}`);
          });
        }
        const show = globalThis.show = (v) => typeof v === 'string' ? JSON.stringify(v) : v instanceof ArrayBuffer ? `ArrayBuffer [${new Uint8Array(v)}]` : String(v);
        const bytes = (...b) => new Blob([new Uint8Array(b)]);
        console.log(await read('readAsArrayBuffer', new Blob(['héllo'])));
        console.log(await read('readAsArrayBuffer', new Blob([])));
        console.log(await read('readAsText', new Blob(['héllo wörld € 😀'])));
        console.log(await read('readAsText', bytes(0xE9, 0x74, 0xE9), 'latin1'));
        console.log(await read('readAsText', bytes(0xE9, 0x74, 0xE9), ' ISO-8859-1 '));
        console.log(await read('readAsText', new Blob([new Uint8Array([0x68, 0, 0x69, 0])], { type: 'text/plain;charset=UTF-16LE' })));
        console.log(await read('readAsText', new Blob([new Uint8Array([0x68, 0, 0x69, 0])], { type: 'text/plain; charset="utf-16le"' }), 'nonsense'));
        console.log(await read('readAsText', new Blob([new Uint8Array([0xC3, 0xA9])], { type: 'text/plain;charset=utf-16le' }), 'utf-8'));
        console.log(await read('readAsText', bytes(0xFF, 0xFE, 0x68, 0, 0x69, 0), 'utf-8'));
        console.log(await read('readAsText', bytes(0xEF, 0xBB, 0xBF, 0x6F, 0x6B)));
        console.log(await read('readAsText', bytes(0x6F, 0xFF, 0x6B)));
        console.log(await read('readAsBinaryString', bytes(0, 65, 127, 128, 233, 255)));
        console.log(await read('readAsDataURL', new Blob(['TEST'], { type: 'text/plain' })));
        console.log(await read('readAsDataURL', new Blob(['héllo'])));
        console.log(await read('readAsDataURL', new Blob([])));
        console.log(await read('readAsText', new File(['file text'], 'f.txt', { type: 'text/plain' })));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        readAsArrayBuffer 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 ArrayBuffer [104,195,169,108,108,111]
        readAsArrayBuffer 2 sync:1:null loadstart:1 load:2 loadend:2 ArrayBuffer []
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "héllo wörld € 😀"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "été"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "été"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "hi"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "hi"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "é"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "hi"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "ok"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "o�k"
        readAsBinaryString 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "\\u0000Aéÿ"
        readAsDataURL 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "data:text/plain;base64,VEVTVA=="
        readAsDataURL 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "data:application/octet-stream;base64,aMOpbGxv"
        readAsDataURL 2 sync:1:null loadstart:1 load:2 loadend:2 "data:application/octet-stream;base64,"
        readAsText 2 sync:1:null loadstart:1 progress:1 load:2 loadend:2 "file text"
        """);
    assertThat(r.exitCode()).isZero();
  }

  /**
   * abort() before, during (synchronously, from loadstart) and after a read; a read started from
   * load; InvalidStateError; the handler attributes; the Web IDL shape. Deno prints the same, but
   * for {@code onload = 5} (Deno keeps 5; an EventHandler attribute makes a non-object null).
   */
  @Test
  void abortRestartInvalidStateHandlersAndShape() {
    JsRun.Result r = JsRun.script("main.mjs", """
        const next = (target, type) => new Promise((r) => target.addEventListener(type, r, { once: true }));
        function watch(r, tag) {
          for (const t of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) {
            r.addEventListener(t, () => console.log(tag, t, r.readyState, r.result === null ? null : typeof r.result));
          }
        }
        // abort before any read
        const r0 = new FileReader(); watch(r0, 'r0');
        r0.abort();
        console.log('r0', r0.readyState, r0.result, r0.error);
        // abort right after the read started: abort and loadend synchronously, nothing later
        const r1 = new FileReader(); watch(r1, 'r1');
        r1.readAsText(new Blob(['abc']));
        console.log('r1 abort ->');
        r1.abort();
        console.log('r1', r1.readyState, r1.result, r1.error);
        // abort from loadstart
        const r2 = new FileReader(); watch(r2, 'r2');
        r2.onloadstart = () => { r2.abort(); console.log('r2 aborted', r2.readyState, r2.result); };
        const r2end = next(r2, 'loadend');
        r2.readAsArrayBuffer(new Blob(['abc']));
        await r2end;
        // abort after done: result cleared, no events
        const r3 = new FileReader(); watch(r3, 'r3');
        r3.readAsText(new Blob(['done']));
        await new Promise((r) => r3.addEventListener('loadend', r));
        r3.abort();
        console.log('r3', r3.readyState, r3.result);
        // a new read from the load handler: the first read's loadend is not fired
        const r4 = new FileReader(); watch(r4, 'r4');
        let again = true;
        r4.onload = () => { if (again) { again = false; r4.readAsText(new Blob(['second'])); console.log('r4 restarted', r4.readyState, r4.result); } };
        r4.readAsText(new Blob(['first']));
        await next(r4, 'loadend');
        console.log('r4', r4.result);
        // reading while LOADING
        const r5 = new FileReader();
        r5.readAsDataURL(new Blob(['x']));
        for (const m of ['readAsArrayBuffer', 'readAsBinaryString', 'readAsText', 'readAsDataURL']) {
          try { r5[m](new Blob(['y'])); } catch (e) { console.log(m, e instanceof DOMException, e.name, e.code); }
        }
        r5.abort();
        // the read can start again after an abort
        r5.onload = () => console.log('r5 after abort', r5.result);
        r5.readAsText(new Blob(['again']));
        await next(r5, 'loadend');
        // handler attributes
        const h = new FileReader();
        console.log(h.onload, h.onloadstart, h.onprogress, h.onabort, h.onerror, h.onloadend);
        h.onload = 5; console.log(h.onload);
        const f = () => console.log('handler', h.readyState);
        h.onload = f; console.log(h.onload === f);
        h.addEventListener('load', () => console.log('listener'));
        h.readAsText(new Blob(['z']));
        await next(h, 'loadend');
        h.onload = null; console.log(h.onload);
        // shape
        console.log(FileReader.EMPTY, FileReader.LOADING, FileReader.DONE, h.EMPTY, h.LOADING, h.DONE);
        const c = Object.getOwnPropertyDescriptor(FileReader, 'DONE');
        console.log(c.writable, c.enumerable, c.configurable);
        for (const k of ['readyState', 'result', 'error', 'onload']) {
          const d = Object.getOwnPropertyDescriptor(FileReader.prototype, k);
          console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
        }
        console.log(FileReader.length, FileReader.prototype.readAsText.length, FileReader.prototype.readAsArrayBuffer.length, FileReader.prototype.abort.length);
        console.log(Object.prototype.toString.call(h), h instanceof EventTarget, Object.getPrototypeOf(FileReader) === EventTarget);
        console.log(Object.getOwnPropertyDescriptor(globalThis, 'FileReader').enumerable, typeof globalThis.FileReader);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        r0 0 null null
        r1 abort ->
        r1 abort 2 null
        r1 loadend 2 null
        r1 2 null null
        r2 loadstart 1 null
        r2 abort 2 null
        r2 loadend 2 null
        r2 aborted 2 null
        r3 loadstart 1 null
        r3 progress 1 null
        r3 load 2 string
        r3 loadend 2 string
        r3 2 null
        r4 loadstart 1 null
        r4 progress 1 null
        r4 load 2 string
        r4 restarted 1 null
        r4 loadstart 1 null
        r4 progress 1 null
        r4 load 2 string
        r4 loadend 2 string
        r4 second
        readAsArrayBuffer true InvalidStateError 11
        readAsBinaryString true InvalidStateError 11
        readAsText true InvalidStateError 11
        readAsDataURL true InvalidStateError 11
        r5 after abort again
        null null null null null null
        null
        true
        handler 2
        listener
        null
        0 1 2 0 1 2
        false true false
        readyState function undefined true true
        result function undefined true true
        error function undefined true true
        onload function function true true
        0 1 1 0
        [object FileReader] true true
        false function
        """);
    assertThat(r.exitCode()).isZero();
  }

  /**
   * Web IDL argument conversion: not a Blob, a missing argument, brand checks, a throwing label.
   * A throwing load listener is reported and loadend still fires; a microtask queued by load runs
   * before loadend (the stack is empty between the two, as in browsers).
   */
  @Test
  void argumentsAreConvertedAndListenerErrorsAreReported() {
    JsRun.Result r = JsRun.js("""
        for (const bad of [undefined, null, 'str', {}, new Uint8Array(2), { arrayBuffer() {} }]) {
          try { new FileReader().readAsArrayBuffer(bad); } catch (e) { console.log(e.constructor.name, e.message); }
        }
        try { new FileReader().readAsText(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { FileReader(); } catch (e) { console.log(e.constructor.name); }
        try { FileReader.prototype.readAsText.call({}, new Blob()); } catch (e) { console.log(e.constructor.name, e.message); }
        try { FileReader.prototype.abort.call(new EventTarget()); } catch (e) { console.log(e.constructor.name, e.message); }
        try { Object.getOwnPropertyDescriptor(FileReader.prototype, 'readyState').get.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
        try { new FileReader().readAsText(new Blob(), { toString() { throw new Error('label'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
        process.on('uncaughtException', (e) => console.log('caught', e.message));
        const r = new FileReader();
        r.onload = () => { throw new Error('boom'); };
        r.onloadend = () => console.log('loadend still', r.result);
        r.readAsText(new Blob(['x']));
        const p = new FileReader();
        p.onload = () => Promise.resolve().then(() => console.log('microtask before loadend'));
        p.onloadend = () => console.log('loadend');
        p.readAsText(new Blob(['y']));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsArrayBuffer' on 'FileReader': parameter 1 is not of type 'Blob'.
        TypeError Failed to execute 'readAsText' on 'FileReader': 1 argument required, but only 0 present.
        TypeError
        TypeError Illegal invocation
        TypeError Illegal invocation
        TypeError Illegal invocation
        Error label
        caught boom
        loadend still x
        microtask before loadend
        loadend
        """);
    assertThat(r.exitCode()).isZero();
  }

  /**
   * ProgressEvent itself; loaded/total on a 2.5 MiB read of two Blobs (a progress event after the
   * first 1 MiB chunk); inspect; the replacement encoding; structuredClone refuses a FileReader.
   */
  @Test
  void progressEventsCarryLoadedAndTotalAndALargeBlobIsReadInChunks() {
    JsRun.Result r = JsRun.js("""
        const pe = new ProgressEvent('p', { loaded: 5.9, total: -1, lengthComputable: 1, bubbles: true });
        console.log(pe.type, pe.loaded, pe.total, pe.lengthComputable, pe.bubbles, pe.isTrusted, pe instanceof Event);
        console.log(new ProgressEvent('q').loaded, new ProgressEvent('q').lengthComputable, ProgressEvent.length, Object.prototype.toString.call(pe));
        try { new ProgressEvent(); } catch (e) { console.log(e.message); }
        try { new ProgressEvent('x', 5); } catch (e) { console.log(e.message); }
        try { ProgressEvent.prototype.loaded; } catch (e) { console.log(e.message); }
        const order = [];
        new ProgressEvent('o', new Proxy({}, { get(t, k) { order.push(k); } }));
        console.log(order.join());
        console.log(require('util').inspect(pe, { breakLength: Infinity }).replace(/timeStamp: [0-9.]+/, 'timeStamp: T'));
        const N = 2.5 * 1048576;
        const source = new Uint8Array(N);
        for (let i = 0; i < 251; i++) source[i] = i * 7;
        for (let n = 251; n < N; n *= 2) source.copyWithin(n, 0, n);
        const r = new FileReader();
        const progress = [];
        r.onloadstart = (e) => console.log('loadstart', e.loaded, e.total, e.lengthComputable);
        r.onprogress = (e) => progress.push(e.loaded);
        r.onload = (e) => {
          console.log('progress', progress.length >= 1, progress[0], progress.every((v, i) => v <= N && (i === 0 || v > progress[i - 1])));
          console.log('load', e.loaded, e.total, e.lengthComputable);
          const got = new Uint8Array(r.result);
          let same = got.length === N;
          for (let i = 0; same && i < N; i += 997) same = got[i] === source[i] && got[N - 1 - i] === source[N - 1 - i];
          console.log('bytes', r.result.byteLength, same, r.result === r.result);
        };
        r.onloadend = (e) => {
          console.log('loadend', e.loaded, e.total);
          const empty = new FileReader();
          empty.onload = (e) => {
            console.log('empty', e.loaded, e.total, e.lengthComputable);
            const t = new FileReader();
            console.log(t);
            t.onload = () => {
              console.log(t);
              const k = new FileReader();
              k.onload = () => console.log('replacement', JSON.stringify(k.result));
              k.readAsText(new Blob(['abc']), 'iso-2022-kr');
            };
            t.readAsText(new Blob(['abc']));
          };
          empty.readAsBinaryString(new Blob());
        };
        r.readAsArrayBuffer(new Blob([source.subarray(0, N / 2), new Blob([source.subarray(N / 2)])]));
        try { structuredClone(r); } catch (e) { console.log(e.name, e.message); }
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        p 5 18446744073709552000 true true false true
        0 false 1 [object ProgressEvent]
        Failed to construct 'ProgressEvent': 1 argument required, but only 0 present.
        Failed to construct 'ProgressEvent': The provided value is not of type 'ProgressEventInit'.
        Illegal invocation
        bubbles,cancelable,composed,lengthComputable,loaded,total
        ProgressEvent { type: 'p', defaultPrevented: false, cancelable: false, timeStamp: T, lengthComputable: true, loaded: 5, total: 18446744073709552000 }
        DataCloneError #<FileReader> could not be cloned.
        loadstart 0 2621440 true
        progress true 1048576 true
        load 2621440 2621440 true
        bytes 2621440 true true
        loadend 2621440 2621440
        empty 0 0 false
        FileReader { error: null, readyState: 0, result: null }
        FileReader { error: null, readyState: 2, result: 'abc' }
        replacement "�"
        """);
    assertThat(r.exitCode()).isZero();
  }

  /**
   * A Blob whose bytes cannot be read (its temporary file cut short behind its back): no
   * loadstart, then error and loadend, with a NotReadableError. The file is found by its size
   * among this process's open files (Linux's /proc/self/fd).
   */
  @Test
  void anUnreadableBlobFiresErrorThenLoadend() {
    System.setProperty("cortado.blob.fileThreshold", "1024");
    try {
      JsRun.Result r = JsRun.js("""
          const fs = require('fs');
          const big = new Blob([new Uint8Array(12347)]);
          const fd = fs.readdirSync('/proc/self/fd').find((n) => {
            try {
              return fs.readlinkSync('/proc/self/fd/' + n).includes('cortado-blob-') && fs.statSync('/proc/self/fd/' + n).size === 12347;
            } catch { return false; }
          });
          fs.truncateSync('/proc/self/fd/' + fd, 10);
          const r = new FileReader();
          for (const t of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) {
            r.addEventListener(t, (e) => console.log(t, r.readyState, r.result, e.loaded, e.total));
          }
          r.onloadend = () => console.log(r.error.name, r.error.message, r.error instanceof DOMException);
          r.readAsText(big);
          """);
      assertThat(r.stderr()).isEmpty();
      assertThat(r.stdout()).isEqualTo("""
          error 2 null 0 12347
          loadend 2 null 0 12347
          NotReadableError The Blob could not be read. true
          """);
    } finally {
      System.clearProperty("cortado.blob.fileThreshold");
    }
  }
}
