package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * Globals loaded on first use look like the Web IDL data properties they become: the descriptor
 * functions load them before describing them; a global deleted or replaced first stays so.
 */
class LazyGlobalsTest {
  @Test
  void lazyGlobalsAreDescribedAsDataProperties() {
    JsRun.Result r = JsRun.js("""
        const show = (d) => d === undefined ? 'undefined'
          : `${typeof d.value} get:${'get' in d} w:${d.writable} e:${d.enumerable} c:${d.configurable}`;
        console.log(show(Object.getOwnPropertyDescriptor(globalThis, 'URL')));
        console.log(show(Reflect.getOwnPropertyDescriptor(globalThis, 'TextDecoder')));
        console.log(show(Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams')), URLSearchParams.name);
        delete globalThis.Headers;
        console.log(show(Object.getOwnPropertyDescriptor(globalThis, 'Headers')), typeof Headers);
        globalThis.Worker = 5;
        console.log(Object.getOwnPropertyDescriptor(globalThis, 'Worker').value);
        const all = Object.getOwnPropertyDescriptors(globalThis);
        console.log(show(all.ReadableStream), show(all.Blob), show(all.structuredClone)); // an operation: enumerable
        console.log(Object.getOwnPropertyDescriptor.name, Object.getOwnPropertyDescriptor.length,
          Object.getOwnPropertyDescriptors.name, Object.getOwnPropertyDescriptors.length,
          Reflect.getOwnPropertyDescriptor.name, Reflect.getOwnPropertyDescriptor.length);
        console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'a').value, Object.getOwnPropertyDescriptor([7], 0).value,
          Reflect.getOwnPropertyDescriptor(globalThis, Symbol.iterator));
        for (const f of [() => new Object.getOwnPropertyDescriptor({}, 'a'), () => Object.getOwnPropertyDescriptor(null, 'a'),
          () => Reflect.getOwnPropertyDescriptor(1, 'a')]) {
          try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
        }
        """);
    assertThat(r.stdout()).isEqualTo("""
        function get:false w:true e:false c:true
        function get:false w:true e:false c:true
        function get:false w:true e:false c:true URLSearchParams
        undefined undefined
        5
        function get:false w:true e:false c:true function get:false w:true e:false c:true function get:false w:true e:true c:true
        getOwnPropertyDescriptor 2 getOwnPropertyDescriptors 1 getOwnPropertyDescriptor 2
        1 7 undefined
        TypeError
        TypeError
        TypeError
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }
}
