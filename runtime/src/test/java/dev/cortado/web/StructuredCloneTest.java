package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code structuredClone}: HTML's StructuredSerializeWithTransfer / StructuredDeserializeWithTransfer.
 * Expected outputs were checked against Node 20 and Deno (where they differ from the spec, the
 * spec wins: duplicate and late-detached transfers throw, a proxy's traps never run). Every script
 * also runs through the Java form ({@link SerializedValue}) a worker will use, and must print the
 * same.
 */
class StructuredCloneTest {

  private static void assertClone(String script, String expected) {
    JsRun.Result direct = JsRun.js(script);
    assertThat(direct.stdout()).isEqualTo(expected);
    assertThat(direct.stderr()).isEmpty();
    assertThat(direct.leaksJava()).isFalse();
    System.setProperty("cortado.structuredClone.viaJava", "true");
    try {
      JsRun.Result viaJava = JsRun.js(script);
      assertThat(viaJava.stdout()).as("through SerializedValue").isEqualTo(expected);
    } finally {
      System.clearProperty("cortado.structuredClone.viaJava");
    }
  }

  /** Primitives (BigInt, -0), wrapper objects, Date, RegExp (lastIndex reset), Map and Set, shared keys. */
  private static final String VALUES_JS = """
      const c = structuredClone;
      console.log(c(-0), Object.is(c(-0), -0), c(12345678901234567890n), c(-1n), c(NaN), c(Infinity), c('s\\u{1F600}'), c(null), c(undefined), c(true), c(false));
      const wrappers = [Object(false), Object(1.5), Object(-0), Object('str'), Object(10n)].map((x) => c(x));
      console.log(wrappers, wrappers.map((w) => typeof w), Object.is(wrappers[2].valueOf(), -0));
      const d = new Date(1e12); const d2 = c(d); console.log(d2.toISOString(), d2 !== d, d2 instanceof Date, String(c(new Date(NaN))));
      const re = /a+b/gimsuy; re.lastIndex = 3; re.extra = 1; const re2 = c(re);
      console.log(String(re2), re2.lastIndex, re2.extra, re2 !== re, c(/x/d).flags, String(c(new RegExp('/', 'g'))));
      const m = new Map([[1, { a: 1 }], ['k', [1, 2]], [{ key: true }, new Set([1])]]);
      const m2 = c(m); console.log(m2, m2 !== m, [...m2.keys()][2]);
      console.log(c(new Set([1, 'a', { b: 2 }, NaN])));
      const key = { shared: 1 }; const km = c(new Map([[key, key]])); const [[k1, v1]] = km; console.log(k1 === v1);
      """;

  @Test
  void primitivesWrappersDatesRegExpsMapsAndSets() {
    assertClone(VALUES_JS, """
        -0 true 12345678901234567890n -1n NaN Infinity s😀 null undefined true false
        [
          [Boolean: false],
          [Number: 1.5],
          [Number: -0],
          [String: 'str'],
          [BigInt: 10n]
        ] [ 'object', 'object', 'object', 'object', 'object' ] true
        2001-09-09T01:46:40.000Z true true Invalid Date
        /a+b/gimsuy 0 undefined true d /\\//g
        Map(3) {
          1 => { a: 1 },
          'k' => [ 1, 2 ],
          { key: true } => Set(1) { 1 }
        } true { key: true }
        Set(4) { 1, 'a', { b: 2 }, NaN }
        true
        """);
  }

  /** Plain objects and arrays: holes, extra and sparse properties, cycles, shared references, getter order, prototypes dropped, no setters on polluted prototypes. */
  private static final String OBJECTS_JS = """
      const c = structuredClone;
      const arr = [1, , 3]; arr.extra = 'x'; arr[10] = 5; const a2 = c(arr);
      console.log(a2, a2.length, 1 in a2, Object.keys(a2).join());
      const sparse = []; sparse[1000000] = 1; sparse.p = 2; const sp2 = c(sparse);
      console.log(sp2.length, sp2[1000000], sp2.p, Object.keys(sp2).join());
      const nonEnum = [1]; Object.defineProperty(nonEnum, 'hidden', { value: 1 }); console.log(Object.getOwnPropertyNames(c(nonEnum)).join());
      const o = { x: 1 }; o.self = o; o.list = [o, o]; const o2 = c(o);
      console.log(o2.self === o2, o2.list[0] === o2, o2.list[1] === o2, o2 !== o);
      const shared = { s: 1 }; const pair = c([shared, shared]); console.log(pair[0] === pair[1], pair[0] !== shared);
      const order = []; const getters = {
        get a() { order.push('a'); return 1; },
        get b() { order.push('b'); delete this.c; this.late = 1; return 2; },
        c: 3, d: undefined,
      };
      const g2 = c(getters); console.log(g2, order.join(), Object.getOwnPropertyDescriptor(g2, 'a').value);
      class K { #secret = 1; constructor() { this.v = 1; } m() {} }
      const k2 = c(new K()); console.log(k2, Object.getPrototypeOf(k2) === Object.prototype);
      console.log(c({ __proto__: null, q: 1 }), Object.getPrototypeOf(c({ __proto__: null })) === Object.prototype);
      const withProto = JSON.parse('{"__proto__": {"evil": 1}, "2": "two", "1": "one"}'); const wp = c(withProto);
      console.log(Object.keys(wp).join(), wp.evil, Object.getPrototypeOf(wp) === Object.prototype, wp.__proto__);
      const sym = { [Symbol('s')]: 1, visible: 2 }; Object.defineProperty(sym, 'hidden', { value: 3, enumerable: false }); console.log(c(sym));
      console.log(c(Math), c(new (class extends Array {})(3)).length);
      let hits = 0;
      Object.defineProperty(Object.prototype, 'trap', { set(v) { hits++; }, configurable: true });
      Object.defineProperty(Array.prototype, '0', { set(v) { hits++; }, get() { return 'inherited'; }, configurable: true });
      const polluted = c({ trap: 1, list: ['a', , 'c'] }); const holey = c([, 1]);
      delete Object.prototype.trap; delete Array.prototype[0];
      console.log(hits, Object.hasOwn(polluted, 'trap'), polluted.list[0], Object.hasOwn(holey, 0), holey.length);
      const deep = []; let cur = deep; for (let i = 0; i < 1000; i++) { const next = []; cur.push(next); cur = next; }
      let depth = 0; for (let x = c(deep); x.length; x = x[0]) depth++; console.log(depth);
      """;

  @Test
  void objectsAndArraysKeepTheirShapeCyclesAndOrder() {
    assertClone(OBJECTS_JS, """
        [ 1, <1 empty item>, 3, <7 empty items>, 5, extra: 'x' ] 11 false 0,2,10,extra
        1000001 1 2 1000000,p
        0,length
        true true true true
        true true
        { a: 1, b: 2, d: undefined } a,b 1
        { v: 1 } true
        { q: 1 } true
        1,2,__proto__ undefined true { evil: 1 }
        { visible: 2 }
        {} 3
        0 true a false 2
        1000
        """);
  }

  /** ArrayBuffers (resizable too), every typed array and DataView, views sharing one buffer, detached and out-of-bounds errors. */
  private static final String BUFFERS_JS = """
      const c = structuredClone;
      const buf = new ArrayBuffer(8); const u8 = new Uint8Array(buf, 2, 4); u8[0] = 9; const f64 = new Float64Array(buf);
      const r = c({ buf, u8, f64, dv: new DataView(buf, 1, 3) });
      console.log(r.u8.buffer === r.buf, r.f64.buffer === r.buf, r.dv.buffer === r.buf, r.buf !== buf, r.u8, r.dv.byteOffset, r.dv.byteLength);
      u8[1] = 7; console.log(r.u8[1]);
      const alone = c(u8); console.log(alone.byteOffset, alone.length, alone.buffer.byteLength);
      const names = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
      console.log(names.map((n) => { const T = globalThis[n]; const x = c(new T(n.startsWith("Big") ? [1n, 2n] : [1, 2])); return `${x.constructor.name}:${x.length}:${x[1]}`; }).join(' '));
      const rab = new ArrayBuffer(4, { maxByteLength: 16 }); const tracking = new Uint16Array(rab); const fixed = new Uint8Array(rab, 1, 2); const dvt = new DataView(rab);
      const r2 = c({ rab, tracking, fixed, dvt });
      console.log(r2.rab.resizable, r2.rab.maxByteLength, r2.tracking.length, r2.fixed.length, r2.dvt.byteLength);
      r2.rab.resize(8); console.log(r2.tracking.length, r2.fixed.length, r2.dvt.byteLength);
      const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message, e instanceof DOMException); } };
      const detached = new ArrayBuffer(4); detached.transfer();
      t('detached buffer', () => c(detached));
      const shrink = new ArrayBuffer(8, { maxByteLength: 8 }); const outOfBounds = new Uint8Array(shrink, 4, 4); shrink.resize(2);
      t('out of bounds view', () => c(outOfBounds));
      const gone = new ArrayBuffer(4); const goneView = new DataView(gone); gone.transfer();
      t('detached view', () => c(goneView));
      t('shared', () => c(new SharedArrayBuffer(4)));
      """;

  @Test
  void arrayBuffersAndEveryViewShareTheirBuffer() {
    assertClone(BUFFERS_JS, """
        true true true true Uint8Array(4) [ 9, 0, 0, 0 ] 1 3
        0
        2 4 8
        Int8Array:2:2 Uint8Array:2:2 Uint8ClampedArray:2:2 Int16Array:2:2 Uint16Array:2:2 Int32Array:2:2 Uint32Array:2:2 Float32Array:2:2 Float64Array:2:2 BigInt64Array:2:2 BigUint64Array:2:2
        true 16 2 2 4
        4 2 8
        detached buffer DataCloneError An ArrayBuffer is detached and could not be cloned. true
        out of bounds view DataCloneError A typed array is out of bounds of its ArrayBuffer and could not be cloned. true
        detached view DataCloneError A DataView is out of bounds of its ArrayBuffer and could not be cloned. true
        shared SharedArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }
        """);
  }

  /** The transfer list: detaching, views of transferred buffers, and every DataCloneError/TypeError of the options. */
  private static final String TRANSFER_JS = """
      const c = structuredClone;
      const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.name, e.message); } };
      const src = new ArrayBuffer(4); new Uint8Array(src)[0] = 1; const view = new Uint8Array(src, 1);
      const moved = c({ src, view }, { transfer: [src] });
      console.log(src.byteLength, src.detached, moved.src.byteLength, moved.view.buffer === moved.src, moved.view.byteOffset, new Uint8Array(moved.src)[0]);
      const alone = new ArrayBuffer(2); const r = c(alone, { transfer: [alone] }); console.log(r.byteLength, alone.detached, r !== alone);
      const unused = new ArrayBuffer(2); console.log(c(1, { transfer: [unused] }), unused.detached);
      const resizable = new ArrayBuffer(2, { maxByteLength: 8 }); const rr = c(resizable, { transfer: [resizable] }); console.log(rr.resizable, rr.maxByteLength, resizable.detached);
      const viaSet = new ArrayBuffer(2); c(null, { transfer: new Set([viaSet]) }); console.log(viaSet.detached);
      const a = new ArrayBuffer(1); t('duplicate', () => c(a, { transfer: [a, a] })); console.log(a.detached);
      t('not transferable', () => c(1, { transfer: [{}] }));
      t('typed array', () => c(1, { transfer: [new Uint8Array(1)] }));
      t('shared', () => c(1, { transfer: [new SharedArrayBuffer(1)] }));
      const d = new ArrayBuffer(1); d.transfer(); t('already detached', () => c(1, { transfer: [d] }));
      const keep = new ArrayBuffer(1); t('fails first', () => c({ f() {} }, { transfer: [keep] })); console.log(keep.detached);
      const late = new ArrayBuffer(1); t('detached by a getter', () => c({ get x() { late.transfer(); return 1; } }, { transfer: [late] }));
      t('no arguments', () => c());
      t('options number', () => c(1, 5));
      t('options null', () => c(1, null));
      t('options undefined', () => c(1, undefined));
      t('transfer undefined', () => c(1, { transfer: undefined }));
      t('transfer null', () => c(1, { transfer: null }));
      t('transfer object', () => c(1, { transfer: {} }));
      t('transfer string', () => c(1, { transfer: 'ab' }));
      t('transfer item number', () => c(1, { transfer: [1] }));
      console.log(c.length, c.name, typeof Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').value);
      """;

  @Test
  void transferDetachesAndItsErrors() {
    assertClone(TRANSFER_JS, """
        0 true 4 true 1 1
        2 true true
        1 true
        true 8 true
        true
        duplicate DOMException DataCloneError ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer in the transfer list.
        false
        not transferable DOMException DataCloneError Value at index 0 of the transfer list is not transferable.
        typed array DOMException DataCloneError Value at index 0 of the transfer list is not transferable.
        shared DOMException DataCloneError A SharedArrayBuffer cannot be transferred.
        already detached DOMException DataCloneError ArrayBuffer at index 0 of the transfer list is already detached.
        fails first DOMException DataCloneError f() {} could not be cloned.
        false
        detached by a getter DOMException DataCloneError ArrayBuffer at index 0 of the transfer list is already detached.
        no arguments TypeError TypeError Failed to execute 'structuredClone': 1 argument required, but only 0 present.
        options number TypeError TypeError Failed to execute 'structuredClone': Argument 2 can not be converted to a dictionary.
        options null 1
        options undefined 1
        transfer undefined 1
        transfer null TypeError TypeError Failed to execute 'structuredClone': 'transfer' of 'StructuredSerializeOptions' (Argument 2) can not be converted to a sequence.
        transfer object TypeError TypeError Failed to execute 'structuredClone': 'transfer' of 'StructuredSerializeOptions' (Argument 2) can not be converted to a sequence.
        transfer string TypeError TypeError Failed to execute 'structuredClone': 'transfer' of 'StructuredSerializeOptions' (Argument 2) can not be converted to a sequence.
        transfer item number TypeError TypeError Failed to execute 'structuredClone': 'transfer' of 'StructuredSerializeOptions' (Argument 2): an element is not an object.
        1 structuredClone function
        """);
  }

  /** Error objects per HTML (name among the standard ones, own message) plus stack and cause like V8; DOMException. */
  private static final String ERRORS_JS = """
      const c = structuredClone;
      const show = (label, x) => { try { const y = c(x); console.log(label, Object.prototype.toString.call(y), y.constructor.name, y.name, JSON.stringify(y.message), Object.getOwnPropertyNames(y).sort().join(), 'cause' in y ? y.cause : '-', y.stack === x.stack); } catch (e) { console.log(label, 'threw', e.name, e.message); } };
      for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) show(E.name, new E('m'));
      show('AggregateError', new AggregateError([1], 'agg'));
      class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.extra = 1; } } show('subclass', new MyError('mine'));
      const renamed = new Error('x'); renamed.name = 'RangeError'; show('renamed', renamed);
      const unknown = new TypeError('x'); unknown.name = 'Nope'; show('unknown name', unknown);
      const numberName = new TypeError('x'); numberName.name = 5; show('number name', numberName);
      show('cause', new Error('c', { cause: { deep: [1] } }));
      show('no message', new Error());
      const getterMessage = new Error('m'); Object.defineProperty(getterMessage, 'message', { get() { return 'g'; } }); show('getter message', getterMessage);
      const objectMessage = new Error(); objectMessage.message = { toString() { return 'converted'; } }; show('object message', objectMessage);
      const symbolMessage = new Error(); symbolMessage.message = Symbol('s'); show('symbol message', symbolMessage);
      const customStack = new Error('s'); customStack.stack = 'custom stack'; console.log(c(customStack).stack);
      const noStack = new Error('s'); delete noStack.stack; console.log(c(noStack).stack);
      show('not an error', Object.create(Error.prototype));
      const cyclic = new Error('cyc'); cyclic.cause = cyclic; const cc = c(cyclic); console.log(cc.cause === cc);
      const inherited = new Error('i'); Object.setPrototypeOf(inherited, Object.create(Error.prototype, { cause: { value: 3 } })); console.log('cause' in c(inherited) && Object.hasOwn(c(inherited), 'cause'));
      const withSymbolCause = new Error('x'); withSymbolCause.cause = Symbol('c'); show('symbol cause', withSymbolCause);
      const de = new DOMException('dm', 'DataCloneError'); const de2 = c(de);
      console.log(de2 instanceof DOMException, de2.name, de2.message, de2.code, de2 !== de, de2.stack === de.stack, Object.prototype.toString.call(de2));
      const nested = c({ errors: [new TypeError('a'), new DOMException('b', 'AbortError')] }); console.log(nested.errors[0] instanceof TypeError, nested.errors[1].name);
      """;

  @Test
  void errorsKeepNameMessageStackAndCause() {
    assertClone(ERRORS_JS, """
        Error [object Error] Error Error "m" message,stack - true
        EvalError [object Error] EvalError EvalError "m" message,stack - true
        RangeError [object Error] RangeError RangeError "m" message,stack - true
        ReferenceError [object Error] ReferenceError ReferenceError "m" message,stack - true
        SyntaxError [object Error] SyntaxError SyntaxError "m" message,stack - true
        TypeError [object Error] TypeError TypeError "m" message,stack - true
        URIError [object Error] URIError URIError "m" message,stack - true
        AggregateError [object Error] Error Error "agg" message,stack - true
        subclass [object Error] Error Error "mine" message,stack - true
        renamed [object Error] RangeError RangeError "x" message,stack - true
        unknown name [object Error] Error Error "x" message,stack - true
        number name [object Error] Error Error "x" message,stack - true
        cause [object Error] Error Error "c" cause,message,stack { deep: [ 1 ] } true
        no message [object Error] Error Error "" stack - true
        getter message [object Error] Error Error "" stack - true
        object message [object Error] Error Error "converted" message,stack - true
        symbol message threw TypeError Cannot convert a Symbol value to a string
        custom stack
        undefined
        not an error [object Object] Object undefined undefined  - true
        true
        false
        symbol cause threw DataCloneError Symbol(c) could not be cloned.
        true DataCloneError dm 25 true true [object DOMException]
        true AbortError
        """);
  }

  /** Functions, symbols, WeakMap, Promise, proxies (no trap runs) and other exotic objects. */
  private static final String UNCLONEABLE_JS = """
      const c = structuredClone;
      const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, e.message); } };
      t('function', () => c(function foo() {}));
      t('arrow', () => c(() => 1));
      t('class', () => c(class A {}));
      t('symbol', () => c(Symbol('desc')));
      t('symbol object', () => c(Object(Symbol('d'))));
      t('nested', () => c({ a: [1, { b: function f() {} }] }));
      t('weakmap', () => c(new WeakMap()));
      t('weakset', () => c(new WeakSet()));
      t('weakref', () => c(new WeakRef({})));
      t('promise', () => c(Promise.resolve()));
      t('proxy', () => c(new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })));
      t('proxy array', () => c(new Proxy([], {})));
      t('callable proxy', () => c(new Proxy(function () {}, {})));
      t('generator', () => c((function* () {})()));
      t('arguments', () => (function () { return c(arguments); })(1, 2));
      t('map with function', () => c(new Map([[1, () => 0]])));
      t('getter throws', () => c({ get a() { throw new RangeError('boom'); } }));
      const log = []; t('stops at first', () => c({ get a() { log.push('a'); return 1; }, b: () => 0, get c() { log.push('c'); } })); console.log(log.join());
      """;

  @Test
  void uncloneableValuesThrowDataCloneError() {
    assertClone(UNCLONEABLE_JS, """
        function DOMException DataCloneError 25 function foo() {} could not be cloned.
        arrow DOMException DataCloneError 25 () => 1 could not be cloned.
        class DOMException DataCloneError 25 class A {} could not be cloned.
        symbol DOMException DataCloneError 25 Symbol(desc) could not be cloned.
        symbol object DOMException DataCloneError 25 #<Symbol> could not be cloned.
        nested DOMException DataCloneError 25 function f() {} could not be cloned.
        weakmap DOMException DataCloneError 25 #<WeakMap> could not be cloned.
        weakset DOMException DataCloneError 25 #<WeakSet> could not be cloned.
        weakref DOMException DataCloneError 25 #<WeakRef> could not be cloned.
        promise DOMException DataCloneError 25 #<Promise> could not be cloned.
        proxy DOMException DataCloneError 25 #<Object> could not be cloned.
        proxy array DOMException DataCloneError 25 #<Object> could not be cloned.
        callable proxy DOMException DataCloneError 25 function () { [native code] } could not be cloned.
        generator DOMException DataCloneError 25 #<Generator> could not be cloned.
        arguments DOMException DataCloneError 25 #<Arguments> could not be cloned.
        map with function DOMException DataCloneError 25 () => 0 could not be cloned.
        getter throws RangeError RangeError undefined boom
        stops at first DOMException DataCloneError 25 () => 0 could not be cloned.
        a
        """);
  }
  /** SharedArrayBuffers (growable too) are shared, not copied, as in Node and Deno; never transferred. */
  @Test
  void sharedArrayBuffersShareTheirMemory() {
    assertClone("""
        const sab = new SharedArrayBuffer(8); const growable = new SharedArrayBuffer(4, { maxByteLength: 16 });
        const view = new Int32Array(sab, 4, 1);
        const r = structuredClone({ sab, view, growable, again: sab });
        console.log(r.sab instanceof SharedArrayBuffer, r.sab !== sab, r.view.buffer === r.sab, r.again === r.sab, r.sab.byteLength, r.growable.growable, r.growable.maxByteLength);
        r.view[0] = 42; console.log(new Int32Array(sab)[1], Atomics.load(view, 0));
        new Uint8Array(sab)[0] = 7; console.log(new Uint8Array(r.sab)[0]);
        growable.grow(8); console.log(r.growable.byteLength);
        try { structuredClone(sab, { transfer: [sab] }); } catch (e) { console.log(e.name, e.message); }
        """, """
        true true true true 8 true 16
        42 42
        7
        8
        DataCloneError A SharedArrayBuffer cannot be transferred.
        """);
  }

  @Test
  void theRuntimesPlatformObjectsAreNotSerializable() {
    JsRun.Result r = JsRun.js("""
        const makers = [() => new URL('http://a'), () => new URLSearchParams('a=1'),
          () => new AbortController().signal, () => new CustomEvent('x'), () => new ReadableStream(),
          () => new TextDecoder(), () => crypto, () => navigator, () => new TextEncoderStream()];
        for (const make of makers) {
          try { structuredClone({ inside: [make()] }); console.log('cloned?'); }
          catch (e) { console.log(e instanceof DOMException, e.name, e.message); }
        }
        """);
    assertThat(r.stdout()).isEqualTo("""
        true DataCloneError #<URL> could not be cloned.
        true DataCloneError #<URLSearchParams> could not be cloned.
        true DataCloneError #<AbortSignal> could not be cloned.
        true DataCloneError #<CustomEvent> could not be cloned.
        true DataCloneError #<ReadableStream> could not be cloned.
        true DataCloneError #<TextDecoder> could not be cloned.
        true DataCloneError #<Crypto> could not be cloned.
        true DataCloneError #<Navigator> could not be cloned.
        true DataCloneError #<TextEncoderStream> could not be cloned.
        """);
  }
}
