package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code Blob} and {@code File} (File API). Expected outputs were checked against Deno and Node
 * 20; where Deno differs (it reads File's lastModified before type, prints Files differently),
 * Web IDL and Node's inspection win.
 */
class BlobTest {

  /** The constructor: every kind of part, type normalisation, endings, conversion order and its TypeErrors. */
  @Test
  void constructorConvertsPartsAndOptions() {
    JsRun.Result r = JsRun.js("""
        const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); } };
        const show = async (label, blob) => console.log(label, blob.size, JSON.stringify(blob.type), JSON.stringify(await blob.text()));
        (async () => {
          await show('empty', new Blob());
          await show('undefined parts', new Blob(undefined, undefined));
          await show('strings', new Blob(['a', 'é', '\\u{1F600}']));
          await show('lone surrogate', new Blob(['\\ud800x']));
          await show('buffers', new Blob([new Uint8Array([104, 105]).buffer, new Uint16Array([0x6a6a]), new DataView(new Uint8Array([33, 63, 64]).buffer, 1, 1)]));
          await show('subview', new Blob([new Uint8Array([1, 97, 98, 2]).subarray(1, 3)]));
          const inner = new Blob(['in']); await show('blob part', new Blob(['<', inner, '>', inner]));
          await show('other objects', new Blob([1, null, undefined, {}, { toString() { return 'T'; } }]));
          await show('iterable', new Blob(new Set(['x', 'y'])));
          await show('generator', new Blob((function* () { yield 'g'; yield new Uint8Array([49]); })()));
          await show('type', new Blob([], { type: 'Text/HTML; Charset=UTF-8' }));
          await show('non-ascii type', new Blob([], { type: 'text/\\u00e9' }));
          await show('control type', new Blob([], { type: 'text/\\n' }));
          await show('transparent', new Blob(['a\\r\\nb\\rc\\nd'], { endings: 'transparent' }));
          await show('native', new Blob(['a\\r\\nb\\rc\\nd'], { endings: 'native' }));
          const buffer = new Uint8Array([120]); const copied = new Blob([buffer]); buffer[0] = 121; await show('bytes copied', copied);
          const detached = new ArrayBuffer(3); const lostView = new Uint8Array(detached); detached.transfer(); await show('detached', new Blob([detached, lostView]));
          const order = []; new Blob({ *[Symbol.iterator]() { order.push('parts'); yield 'x'; } }, { get endings() { order.push('endings'); }, get type() { order.push('type'); return ''; } }); console.log(order.join());
          t('string parts', () => new Blob('abc'));
          t('null parts', () => new Blob(null));
          t('object parts', () => new Blob({}));
          t('number options', () => new Blob([], 1));
          t('bad endings', () => new Blob([], { endings: 'unix' }));
          t('shared buffer', () => new Blob([new SharedArrayBuffer(1)]));
          t('shared view', () => new Blob([new Uint8Array(new SharedArrayBuffer(1))]));
          t('call without new', () => Blob([]));
          t('throwing iterator', () => new Blob({ [Symbol.iterator]() { throw new RangeError('it'); } }));
          t('symbol part', () => new Blob([Symbol('s')]));
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        empty 0 "" ""
        undefined parts 0 "" ""
        strings 7 "" "aé😀"
        lone surrogate 4 "" "�x"
        buffers 5 "" "hijj?"
        subview 2 "" "ab"
        blob part 6 "" "<in>in"
        other objects 30 "" "1nullundefined[object Object]T"
        iterable 2 "" "xy"
        generator 2 "" "g1"
        type 0 "text/html; charset=utf-8" ""
        non-ascii type 0 "" ""
        control type 0 "" ""
        transparent 8 "" "a\\r\\nb\\rc\\nd"
        native 7 "" "a\\nb\\nc\\nd"
        bytes copied 1 "" "x"
        detached 0 "" ""
        parts,endings,type
        string parts TypeError Failed to construct 'Blob': Argument 1 can not be converted to a sequence.
        null parts TypeError Failed to construct 'Blob': Argument 1 can not be converted to a sequence.
        object parts TypeError Failed to construct 'Blob': Argument 1 can not be converted to a sequence.
        number options TypeError Failed to construct 'Blob': Argument 2 can not be converted to a dictionary.
        bad endings TypeError Failed to construct 'Blob': The provided value 'unix' is not a valid enum value of type EndingType.
        shared buffer TypeError Failed to construct 'Blob': Argument 1, index 0 is a SharedArrayBuffer, which is not allowed.
        shared view TypeError Failed to construct 'Blob': Argument 1, index 0 is a view on a SharedArrayBuffer, which is not allowed.
        call without new TypeError Class constructor Blob cannot be invoked without 'new'
        throwing iterator RangeError it
        symbol part TypeError Cannot convert a Symbol value to a string
        """);
    assertThat(r.stderr()).isEmpty();
  }

  /** slice (negative, clamped, typed), text/arrayBuffer/bytes, inspection, Web IDL shape and brand checks. */
  @Test
  void sliceReadAndShape() {
    JsRun.Result r = JsRun.js("""
        const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); } };
        (async () => {
          const b = new Blob(['hello world'], { type: 'text/plain' });
          const s = (x) => x.text();
          console.log(await s(b.slice()), await s(b.slice(6)), await s(b.slice(-5)), await s(b.slice(2, -2)), JSON.stringify(await s(b.slice(5, 2))));
          console.log(await s(b.slice(-100, 100)), await s(b.slice(NaN, Infinity)), await s(b.slice(1.5, 3.5)), await s(b.slice('3', '5')), await s(b.slice(undefined, 4)));
          console.log(JSON.stringify(b.slice().type), b.slice(0, 1, 'A/B').type, JSON.stringify(b.slice(0, 1, 'a/\\u00ff').type), b.slice(0, 1, 5).type);
          const nested = b.slice(1, 9).slice(2, 5); console.log(nested.size, JSON.stringify(await s(nested)));
          console.log(new Uint8Array(await b.slice(0, 3).arrayBuffer()), await b.slice(0, 2).bytes(), (await new Blob([]).arrayBuffer()).byteLength);
          console.log(await new Blob(['\\ufeffbom', '\\xff']).text(), (await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41, 0xc3])]).text()).length);
          const bytes = await b.bytes(); bytes[0] = 0; console.log(await b.text());
          console.log(b, [new Blob([])], { nested: new Blob(['xy']) });
          console.log(Object.prototype.toString.call(b), b instanceof Blob, Blob.name, Blob.length, Blob.prototype.slice.length);
          console.log(Object.getOwnPropertyNames(Blob.prototype).join());
          const d = Object.getOwnPropertyDescriptor(Blob.prototype, 'size'); console.log(typeof d.get, d.set, d.enumerable, d.configurable);
          const m = Object.getOwnPropertyDescriptor(Blob.prototype, 'text'); console.log(m.enumerable, m.writable, m.configurable);
          t('size brand', () => Blob.prototype.size);
          t('type brand', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call({}));
          t('slice brand', () => Blob.prototype.slice.call({}));
          t('stream brand', () => Blob.prototype.stream.call({}));
          for (const name of ['text', 'arrayBuffer', 'bytes']) {
            const p = Blob.prototype[name].call({}); console.log(name, p instanceof Promise);
            await p.catch((e) => console.log(name, 'rejects', e.constructor.name, e.message));
          }
          t('fake', () => Object.create(Blob.prototype).size);
          const big = new Blob([new Uint8Array(300000).fill(7), 'tail']); console.log(big.size, (await big.slice(299998).text()).length, new Uint8Array(await big.slice(299999, 300001).arrayBuffer()));
          class MyBlob extends Blob { extra() { return this.size; } } console.log(new MyBlob(['abc']).extra(), new MyBlob([]) instanceof Blob);
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        hello world world world llo wor ""
        hello world hello world ll lo hell
        "" a/b "" 5
        3 "lo "
        Uint8Array(3) [ 104, 101, 108 ] Uint8Array(2) [ 104, 101 ] 0
        bomÿ 3
        hello world
        Blob { size: 11, type: 'text/plain' } [ Blob { size: 0, type: '' } ] { nested: Blob { size: 2, type: '' } }
        [object Blob] true Blob 0 0
        constructor,size,type,slice,stream,text,arrayBuffer,bytes
        function undefined true true
        true true true
        size brand TypeError Illegal invocation
        type brand TypeError Illegal invocation
        slice brand TypeError Illegal invocation
        stream brand TypeError Illegal invocation
        text true
        text rejects TypeError Illegal invocation
        arrayBuffer true
        arrayBuffer rejects TypeError Illegal invocation
        bytes true
        bytes rejects TypeError Illegal invocation
        fake TypeError Illegal invocation
        300004 6 Uint8Array(2) [ 7, 116 ]
        3 true
        """);
    assertThat(r.stderr()).isEmpty();
  }

  /** File: name, lastModified conversion and default, conversion order, brand checks, structured clone. */
  @Test
  void fileHasNameAndLastModified() {
    JsRun.Result r = JsRun.js("""
        const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); } };
        (async () => {
          const f = new File(['abc', new Blob(['d'])], 'a/b.txt', { type: 'Text/Plain', lastModified: 1234 });
          console.log(f.name, f.size, f.type, f.lastModified, await f.text(), f instanceof Blob, f instanceof File);
          console.log(f);
          const before = Date.now(); const now = new File([], 'n').lastModified; console.log(now >= before && now <= Date.now());
          console.log([1.9, -1.9, NaN, '12', 2 ** 60, -0, Infinity, null].map((lastModified) => new File([], 'x', { lastModified }).lastModified).join());
          console.log(new File([], '\\ud800').name.charCodeAt(0).toString(16), new File([], 5).name, new File([], null).name);
          const sliced = f.slice(1); console.log(sliced instanceof File, sliced.constructor.name, await sliced.text());
          console.log(Object.prototype.toString.call(f), File.length, File.name, Object.getPrototypeOf(File) === Blob, Object.getOwnPropertyNames(File.prototype).join());
          const order = []; new File({ *[Symbol.iterator]() { order.push('bits'); } }, { toString() { order.push('name'); return 'n'; } }, { get lastModified() { order.push('lastModified'); return 1; }, get type() { order.push('type'); return ''; }, get endings() { order.push('endings'); } }); console.log(order.join());
          t('one argument', () => new File([]));
          t('no arguments', () => new File());
          t('name brand', () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])));
          t('lastModified brand', () => Object.getOwnPropertyDescriptor(File.prototype, 'lastModified').get.call({}));
          t('call without new', () => File([], 'x'));
          const cloned = structuredClone({ f, b: new Blob(['zz'], { type: 'x/y' }) });
          console.log(cloned.f, cloned.f !== f, cloned.b, await cloned.f.text(), await cloned.b.text());
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        a/b.txt 4 text/plain 1234 abcd true true
        File { size: 4, type: 'text/plain', name: 'a/b.txt', lastModified: 1234 }
        true
        1,-1,0,12,1152921504606847000,0,0,0
        fffd 5 null
        false Blob bcd
        [object File] 2 File true constructor,name,lastModified
        bits,name,endings,type,lastModified
        one argument TypeError Failed to construct 'File': 2 arguments required, but only 1 present.
        no arguments TypeError Failed to construct 'File': 2 arguments required, but only 0 present.
        name brand TypeError Illegal invocation
        lastModified brand TypeError Illegal invocation
        call without new TypeError Class constructor File cannot be invoked without 'new'
        File { size: 4, type: 'text/plain', name: 'a/b.txt', lastModified: 1234 } true Blob { size: 2, type: 'x/y' } abcd zz
        """);
    assertThat(r.stderr()).isEmpty();
  }

  /** Above the threshold a Blob's bytes live in a temporary file; reading, slicing and cloning are unchanged. */
  @Test
  void largeBlobsLiveInATemporaryFile() {
    System.setProperty("cortado.blob.fileThreshold", "1024");
    try {
      JsRun.Result r = JsRun.js("""
          (async () => {
            // With a 1 KiB threshold these Blobs live in a temporary file.
            const chunk = new Uint8Array(4096); for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;
            const big = new Blob([chunk, 'middle', chunk, new Blob(['small'])]);
            console.log(big.size);
            const all = new Uint8Array(await big.arrayBuffer());
            let ok = true; for (let i = 0; i < 4096; i++) if (all[i] !== i % 251 || all[4102 + i] !== i % 251) ok = false;
            console.log(ok, await big.slice(4096, 4102).text(), await big.slice(-5).text(), (await big.slice(4000, 4200).bytes()).length);
            const again = new Blob([big.slice(4090, 4110), big]); console.log(again.size, (await again.slice(6, 12).text()));
            const cloned = structuredClone(big); console.log(cloned.size, await cloned.slice(4096, 4102).text());
          })();
          """);
      assertThat(r.stdout()).isEqualTo("""
          8203
          true middle small 200
          8223 middle
          8203 middle
          """);
    } finally {
      System.clearProperty("cortado.blob.fileThreshold");
    }
  }

  /** stream(): a byte stream of chunks of at most 64 KiB, readable with a BYOB reader. */
  @Test
  void streamReadsTheBytesInChunks() {
    JsRun.Result r = JsRun.js("""
        (async () => {
          const size = 150000;
          const blob = new Blob([new Uint8Array(size).fill(1), 'end']);
          const stream = blob.stream();
          console.log(stream instanceof ReadableStream);
          const reader = stream.getReader();
          const sizes = []; let total = 0; let last;
          for (;;) { const { done, value } = await reader.read(); if (done) break; sizes.push(value.length); total += value.length; last = value; }
          console.log(sizes.join(), total, last instanceof Uint8Array, String.fromCharCode(...last.slice(-3)));
          const byob = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
          const { value } = await byob.read(new Uint8Array(4)); console.log(new TextDecoder().decode(value));
          let text = ''; for await (const part of new Blob(['x', 'y']).stream()) text += new TextDecoder().decode(part); console.log(text);
          const empty = await new Blob([]).stream().getReader().read(); console.log(empty.done);
          try { Blob.prototype.stream.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        true
        65536,65536,18931 150003 true end
        abcd
        xy
        true
        TypeError Illegal invocation
        """);
  }
}
