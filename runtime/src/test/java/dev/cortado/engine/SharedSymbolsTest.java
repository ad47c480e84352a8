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
}
