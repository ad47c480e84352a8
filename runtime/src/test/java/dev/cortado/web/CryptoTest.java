package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code crypto.getRandomValues} and {@code crypto.randomUUID} (Web Cryptography API). */
class CryptoTest {

  /** Integer arrays filled in place, TypeMismatchError, QuotaExceededError, brand checks, v4 UUIDs. */
  @Test
  void randomValuesUuidsAndErrors() {
    JsRun.Result r = JsRun.js("""
        const ta = new Uint8Array(32);
        console.log(crypto.getRandomValues(ta) === ta, ta.some((b) => b !== 0), crypto instanceof Crypto, Object.prototype.toString.call(crypto), crypto.subtle, 'subtle' in crypto);
        for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
          const a = new T(1024 / T.BYTES_PER_ELEMENT); crypto.getRandomValues(a);
          console.log(T.name, a.some((x) => x != 0));
        }
        const whole = new Uint8Array(16); const view = new Uint8Array(whole.buffer, 4, 8);
        crypto.getRandomValues(view); console.log(whole.slice(0, 4).join(), whole.slice(12).join(), view.some((b) => b !== 0));
        const shared = new Int32Array(new SharedArrayBuffer(64)); crypto.getRandomValues(shared); console.log(shared.some((x) => x !== 0));
        console.log(crypto.getRandomValues(new Uint8Array(65536)).length, crypto.getRandomValues(new Uint32Array(16384)).length, crypto.getRandomValues(new Uint8Array(0)).length);
        for (const bad of [new Float32Array(1), new Float64Array(1), new DataView(new ArrayBuffer(4)), new Uint8Array(65537), new BigInt64Array(8193), new Float64Array(10000)]) {
          try { crypto.getRandomValues(bad); console.log('accepted'); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }
        }
        for (const bad of [[1, 2], new ArrayBuffer(4), 'abc', null]) {
          try { crypto.getRandomValues(bad); console.log('accepted'); } catch (e) { console.log(e.constructor.name); }
        }
        try { crypto.getRandomValues(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { crypto.getRandomValues.call({}, new Uint8Array(1)); } catch (e) { console.log(e.constructor.name, e.message); }
        try { new Crypto(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { Crypto.prototype.randomUUID(); } catch (e) { console.log(e.constructor.name, e.message); }
        const uuids = new Set(); let wellFormed = 0;
        for (let i = 0; i < 500; i++) { const u = crypto.randomUUID(); uuids.add(u); if (/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)) wellFormed++; }
        console.log(uuids.size, wellFormed, typeof crypto.randomUUID());
        const counts = new Array(256).fill(0); const many = crypto.getRandomValues(new Uint8Array(65536)); for (const b of many) counts[b]++;
        console.log(Math.min(...counts) > 150, Math.max(...counts) < 370);
        console.log(Object.keys(Crypto.prototype).join(), Crypto.prototype.getRandomValues.length, Crypto.prototype.randomUUID.length, Crypto.length);
        console.log(crypto);

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true true [object Crypto] undefined false
        Int8Array true
        Uint8Array true
        Uint8ClampedArray true
        Int16Array true
        Uint16Array true
        Int32Array true
        Uint32Array true
        BigInt64Array true
        BigUint64Array true
        0,0,0,0 0,0,0,0 true
        true
        65536 16384 0
        true TypeMismatchError 17 The provided ArrayBufferView is of type 'Float32Array', which is not an integer array type.
        true TypeMismatchError 17 The provided ArrayBufferView is of type 'Float64Array', which is not an integer array type.
        true TypeMismatchError 17 The provided ArrayBufferView is of type 'DataView', which is not an integer array type.
        true QuotaExceededError 22 The ArrayBufferView's byte length (65537) exceeds the number of bytes of entropy available via this API (65536).
        true QuotaExceededError 22 The ArrayBufferView's byte length (65544) exceeds the number of bytes of entropy available via this API (65536).
        true TypeMismatchError 17 The provided ArrayBufferView is of type 'Float64Array', which is not an integer array type.
        TypeError
        TypeError
        TypeError
        TypeError
        TypeError Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.
        TypeError Illegal invocation
        TypeError Illegal constructor
        TypeError Illegal invocation
        500 500 string
        true true
        getRandomValues,randomUUID 1 0 0
        Crypto {}

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }
}
