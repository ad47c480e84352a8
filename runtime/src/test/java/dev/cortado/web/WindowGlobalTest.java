package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * globalThis is a Window (as in Deno), an EventTarget, while printing and stringifying as Node's
 * global does; `performance` is HTML's [Replaceable] attribute; a web worker's global is not a Window.
 */
class WindowGlobalTest {
  @Test
  void globalThisIsAWindowThatExtendsEventTarget() {
    JsRun.Result r = JsRun.js("""
        console.log(typeof Window, globalThis instanceof Window, globalThis.constructor === Window);
        // Before EventTarget loads, Window.prototype's prototype is Object.prototype; reading it fixes the chain.
        console.log(Object.getPrototypeOf(globalThis) === Window.prototype);
        console.log(globalThis instanceof EventTarget, Object.getPrototypeOf(Window.prototype) === EventTarget.prototype,
          Object.getPrototypeOf(Window) === EventTarget);
        for (const f of [() => new Window(), () => Window()]) {
          try { f(); } catch (e) { console.log(e.name, e.message); }
        }
        console.log(Window.name, Window.length, Object.getOwnPropertyDescriptor(Window, 'prototype').writable,
          Object.prototype.toString.call(Window.prototype), Object.prototype.toString.call(globalThis));
        console.log(require('util').inspect(globalThis, { depth: 0 }).split('{')[0]);
        let heard = 0;
        addEventListener('ping', () => heard++);
        dispatchEvent(new Event('ping'));
        console.log('heard', heard);
        """);
    assertThat(r.stdout()).isEqualTo("""
        function true true
        true
        true true true
        TypeError Illegal constructor
        TypeError Illegal constructor
        Window 0 false [object Window] [object global]
        <ref *1> Object [global]\s
        heard 1
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void performanceIsAReplaceableAccessorOnTheGlobal() {
    JsRun.Result r = JsRun.js("""
        const d = Object.getOwnPropertyDescriptor(globalThis, 'performance');
        console.log(d.get.name, d.set.name, d.enumerable, d.configurable, d.get.call(undefined) === performance);
        try { d.get.call({}); } catch (e) { console.log(e.name, e.message); }
        const before = performance;
        performance = 5;
        console.log(performance, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'performance')));
        console.log(typeof before.now(), before instanceof Performance);
        """);
    assertThat(r.stdout()).isEqualTo("""
        get performance set performance true true true
        TypeError Illegal invocation
        5 {"value":5,"writable":true,"enumerable":true,"configurable":true}
        number true
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Web IDL operations on the global are enumerable; Object.keys lists Node's in Node's order. */
  @Test
  void theGlobalOperationsAreEnumerableInNodesOrderAndLazyOnesStayLazy() {
    JsRun.Result r = JsRun.js("""
        const lazyBefore = typeof Object.getOwnPropertyDescriptor(globalThis, 'fetch').value;
        console.log(Object.keys(globalThis).join(' '));
        const d = Object.getOwnPropertyDescriptor(globalThis, 'setTimeout');
        console.log(d.enumerable, d.writable, d.configurable, typeof d.value);
        console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable);
        btoa = (s) => 'mine';
        console.log(btoa('x'), Object.getOwnPropertyDescriptor(globalThis, 'btoa').enumerable, atob('aGk='));
        console.log(lazyBefore);
        """);
    assertThat(r.stdout()).isEqualTo("""
        global clearImmediate setImmediate clearInterval clearTimeout setInterval setTimeout queueMicrotask \
        structuredClone atob btoa performance fetch crypto reportError navigator
        true true true function
        false false
        mine true hi
        function
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aWebWorkersGlobalIsNotAWindow() {
    JsRun.Result r = JsRun.project(Map.of(
        "worker.js", """
            postMessage([typeof Window, Object.prototype.toString.call(self), self instanceof EventTarget]);
            """,
        "main.mjs", """
            const w = new Worker(new URL('./worker.js', import.meta.url));
            w.onmessage = (e) => { console.log(e.data.join(' ')); w.terminate(); };
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("undefined [object DedicatedWorkerGlobalScope] true\n");
    assertThat(r.exitCode()).isZero();
  }
}
