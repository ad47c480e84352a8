package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * The shapes Web IDL gives {@code performance} (an EventTarget, members on Performance.prototype)
 * and the {@code console} namespace, before and after the events file has loaded.
 */
class PerformanceInterfaceTest {

  @Test
  void performanceIsAnEventTargetWithItsMembersOnThePrototype() {
    JsRun.Result r = JsRun.js("""
        console.log(typeof Performance, Object.hasOwn(performance, 'now'), Object.hasOwn(Performance.prototype, 'now'));
        // the first use of an EventTarget method loads the events file and fixes the chain
        performance.addEventListener('tick', (e) => console.log('got', e.type, e.target === performance));
        console.log(performance.dispatchEvent(new Event('tick')));
        console.log(performance instanceof EventTarget, Object.getPrototypeOf(Performance) === EventTarget,
          Object.getPrototypeOf(Performance.prototype) === EventTarget.prototype);
        try { new Performance(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { Performance.prototype.now.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
        const p = Object.getPrototypeOf(console);
        console.log(Object.getOwnPropertyNames(p).length, Object.getPrototypeOf(p) === Object.prototype,
          Object.prototype.toString.call(console));
        """);
    assertThat(r.stdout()).isEqualTo("""
        function false true
        got tick true
        true
        true true true
        TypeError Illegal constructor
        TypeError Illegal invocation
        0 true [object console]
        """);
  }
}
