package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code DOMException} as Web IDL defines it: names, legacy codes, brand checks, the prototype chain. */
class DomExceptionTest {

  @Test
  void namesCarryTheirLegacyCodesAndMessagesLiveOnThePrototype() {
    JsRun.Result r = JsRun.js("""
        const e = new DOMException('boom', 'AbortError');
        console.log(e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e));
        console.log(Object.hasOwn(e, 'message'), Object.hasOwn(e, 'name'), String(e));
        console.log(new DOMException().name, new DOMException().message === '', new DOMException('x', 'EncodingError').code);
        console.log(DOMException.DATA_CLONE_ERR, DOMException.prototype.QUOTA_EXCEEDED_ERR);
        const d = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
        console.log(d.writable, d.enumerable, d.configurable);
        console.log(new DOMException('m', { name: 'DataCloneError', cause: 7 }).cause);
        try { DOMException.prototype.name; } catch (x) { console.log(x instanceof TypeError, x.message); }
        try { new DOMException(Symbol()); } catch (x) { console.log(x instanceof TypeError); }
        console.log(e.stack.split('\\n')[0]);
        """);
    assertThat(r.stdout()).isEqualTo("""
        AbortError boom 20 true [object DOMException]
        false false AbortError: boom
        Error true 0
        25 22
        false true false
        7
        true Illegal invocation
        true
        AbortError: boom
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Loaded on first use, yet described as the data property it becomes (see LazyGlobalsTest). */
  @Test
  void theGlobalIsAnOrdinaryDataProperty() {
    JsRun.Result r = JsRun.js("""
        const before = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
        console.log(typeof before.value, 'get' in before, before.enumerable);
        const C = DOMException;
        const after = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
        console.log(after.value === C, after.writable, after.enumerable, after.configurable);
        globalThis.URL = 'mine';
        console.log(URL);
        """);
    assertThat(r.stdout()).isEqualTo("""
        function false false
        true true false true
        mine
        """);
  }
}
