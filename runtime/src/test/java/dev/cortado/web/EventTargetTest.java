package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code Event}, {@code CustomEvent}, {@code ErrorEvent}, {@code PromiseRejectionEvent} and {@code EventTarget}: the DOM dispatch algorithm for a parentless target, Web IDL conversions, brand checks. */
class EventTargetTest {
  /** Constructors, EventInit read in order, the unforgeable isTrusted, flags, errors. */
  @Test
  void eventsHaveTheWebIdlShapeAndState() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        const init = {};
        for (const k of ['bubbles', 'cancelable', 'composed', 'detail']) Object.defineProperty(init, k, { get() { log.push(k); return k !== 'composed'; } });
        const ce = new CustomEvent('t', init);
        console.log(log.join(), ce.bubbles, ce.cancelable, ce.composed, ce.detail);
        const e = new Event('x');
        console.log(e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget, e.srcElement, e.defaultPrevented, e.returnValue, e.cancelBubble, e.isTrusted, typeof e.timeStamp);
        console.log(Event.NONE, Event.CAPTURING_PHASE, e.AT_TARGET, Event.prototype.BUBBLING_PHASE, Object.getOwnPropertyDescriptor(Event, 'AT_TARGET').writable);
        const d = Object.getOwnPropertyDescriptor(e, 'isTrusted');
        console.log(Object.keys(e).join(), d.configurable, d.enumerable, typeof d.get, d.get === Object.getOwnPropertyDescriptor(new Event('y'), 'isTrusted').get);
        const sub = new (class extends CustomEvent { constructor() { super('s'); this.own = 1; } })();
        console.log(d.set, d.get.name, Object.keys(sub).join(), sub.isTrusted, delete sub.isTrusted, Object.isFrozen(Object.freeze(sub)));
        console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'type').enumerable, Object.getOwnPropertyDescriptor(Event.prototype, 'preventDefault').enumerable, Object.prototype.toString.call(e));
        console.log(Event.length, CustomEvent.length, EventTarget.length, ErrorEvent.length, PromiseRejectionEvent.length, EventTarget.prototype.addEventListener.length, EventTarget.prototype.dispatchEvent.length, Event.prototype.initEvent.length);
        for (const f of [() => Event('x'), () => new Event(), () => new Event('x', 1), () => Event.prototype.type, () => Event.prototype.stopPropagation.call({}), () => new Event(Symbol()), () => Object.getOwnPropertyDescriptor(e, 'isTrusted').get.call({})]) {
          try { f(); console.log('no error'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
        }
        const c = new Event('c', { cancelable: true });
        c.preventDefault(); console.log(c.defaultPrevented, c.returnValue);
        const nc = new Event('nc'); nc.preventDefault(); nc.returnValue = false; console.log(nc.defaultPrevented);
        const rv = new Event('rv', { cancelable: true }); rv.returnValue = false; console.log(rv.defaultPrevented);
        const cb = new Event('cb'); cb.cancelBubble = false; console.log(cb.cancelBubble); cb.cancelBubble = true; console.log(cb.cancelBubble);
        const ie = new Event('a'); ie.initEvent('b', true, true); console.log(ie.type, ie.bubbles, ie.cancelable);
        console.log(new Event('z', null).bubbles, new Event('z', undefined).bubbles);
        """);
    assertThat(r.stdout()).isEqualTo("""
        bubbles,cancelable,composed,detail true true false true
        x false false false 0 null null null false true false false number
        0 1 2 3 false
        isTrusted false true function true
        undefined get isTrusted isTrusted,own false false true
        true true [object Event]
        1 1 0 1 2 2 1 1
        TypeError: Class constructor Event cannot be invoked without 'new'
        TypeError: Failed to construct 'Event': 1 argument required, but only 0 present.
        TypeError: Failed to construct 'Event': The provided value is not of type 'EventInit'.
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Cannot convert a Symbol value to a string
        TypeError: Illegal invocation
        true false
        false
        true
        false
        true
        b true true
        false false
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** Capture then bubble at the target, handleEvent, duplicates, once, passive, signal, removal and addition during dispatch, errors. */
  @Test
  void dispatchFollowsTheDomAlgorithm() {
    JsRun.Result r = JsRun.js("""
        const t = new EventTarget();
        const log = [];
        const obj = { handleEvent(e) { log.push('obj:' + (this === obj) + ':' + e.eventPhase); } };
        t.addEventListener('x', function (e) { log.push('b1:' + (this === t) + ':' + (e.currentTarget === t) + ':' + e.composedPath().length); });
        t.addEventListener('x', obj);
        t.addEventListener('x', obj);              // duplicate: ignored
        t.addEventListener('x', obj, true);        // capture: a different listener
        t.addEventListener('x', null);
        t.addEventListener('x', (e) => log.push('c1:' + e.eventPhase), { capture: true });
        const ev = new Event('x');
        console.log(t.dispatchEvent(ev), log.join(' '));
        console.log(ev.eventPhase, ev.currentTarget, ev.target === t, ev.composedPath().length);
        // handleEvent is looked up at dispatch time; a non-callable one is reported as an error
        log.length = 0;
        const late = {};
        const u = new EventTarget();
        u.addEventListener('y', late);
        late.handleEvent = () => log.push('late');
        u.dispatchEvent(new Event('y'));
        console.log(log.join());
        // removal during dispatch, additions not called, once, stopImmediatePropagation
        log.length = 0;
        const v = new EventTarget();
        const second = () => log.push('second');
        v.addEventListener('z', () => { log.push('first'); v.removeEventListener('z', second); v.addEventListener('z', () => log.push('added')); });
        v.addEventListener('z', second);
        v.addEventListener('z', () => log.push('once'), { once: true });
        v.dispatchEvent(new Event('z'));
        v.dispatchEvent(new Event('z'));
        console.log(log.join());
        log.length = 0;
        const w = new EventTarget();
        w.addEventListener('s', (e) => { log.push('1'); e.stopImmediatePropagation(); });
        w.addEventListener('s', () => log.push('2'));
        w.addEventListener('p', (e) => { log.push('cap'); e.stopPropagation(); }, true);
        w.addEventListener('p', () => log.push('bubble'));
        console.log(w.dispatchEvent(new Event('s')), w.dispatchEvent(new Event('p')), log.join());
        // passive, cancelable, return value
        const x = new EventTarget();
        x.addEventListener('q', (e) => { e.preventDefault(); log.push('passive:' + e.defaultPrevented); }, { passive: true });
        x.addEventListener('r', (e) => e.preventDefault());
        console.log(x.dispatchEvent(new Event('q', { cancelable: true })), x.dispatchEvent(new Event('r', { cancelable: true })), x.dispatchEvent(new Event('r')), log.at(-1));
        // capture flag matters for removal; booleans as options
        const y = new EventTarget();
        const f = () => log.push('f');
        y.addEventListener('m', f, true);
        y.removeEventListener('m', f);
        log.length = 0; y.dispatchEvent(new Event('m')); console.log(log.join());
        y.removeEventListener('m', f, { capture: true });
        log.length = 0; y.dispatchEvent(new Event('m')); console.log(log.join() === '');
        // signal
        const ac = new AbortController();
        y.addEventListener('n', f, { signal: ac.signal });
        y.dispatchEvent(new Event('n'));
        ac.abort();
        y.dispatchEvent(new Event('n'));
        y.addEventListener('n', f, { signal: ac.signal });
        y.dispatchEvent(new Event('n'));
        console.log(log.join());
        // re-dispatch while dispatching
        const z = new EventTarget();
        z.addEventListener('d', (e) => { try { z.dispatchEvent(e); } catch (err) { console.log(err.name, err.code, err instanceof DOMException, err.message); } });
        z.dispatchEvent(new Event('d'));
        for (const fn of [() => z.dispatchEvent({}), () => z.dispatchEvent(), () => z.addEventListener('a'), () => z.addEventListener('a', 5),
          () => z.addEventListener('a', f, { signal: null }), () => z.removeEventListener('a'), () => EventTarget.prototype.addEventListener.call({}, 'a', f), () => EventTarget()]) {
          try { fn(); console.log('no error'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
        }
        // the global object
        let g = 0;
        addEventListener('hey', function (e) { g++; console.log(this === globalThis, e.target === globalThis); });
        console.log(dispatchEvent(new Event('hey')), globalThis.dispatchEvent(new Event('hey')), g, addEventListener === EventTarget.prototype.addEventListener, typeof reportError);
        """);
    assertThat(r.stdout()).isEqualTo("""
        true obj:true:2 c1:2 b1:true:true:1 obj:true:2
        0 null true 0
        late
        first,once,first,added
        true true 1,cap
        true false true passive:false
        f
        true
        f
        InvalidStateError 11 true Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.
        TypeError: Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.
        TypeError: Failed to execute 'dispatchEvent' on 'EventTarget': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present.
        TypeError: Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.
        TypeError: Failed to execute 'addEventListener' on 'EventTarget': member signal is not of type 'AbortSignal'.
        TypeError: Failed to execute 'removeEventListener' on 'EventTarget': 2 arguments required, but only 1 present.
        TypeError: Illegal invocation
        TypeError: Class constructor EventTarget cannot be invoked without 'new'
        true true
        true true
        true true 2 true function
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** ErrorEvent (unsigned long, USVString), PromiseRejectionEvent (required promise), CustomEvent, inspect. */
  /**
   * Listeners are called as the spec says, whatever user code did to them or to Function.prototype:
   * a listener's own `call`, a patched Function.prototype.call, a null prototype, a proxy whose
   * traps must not see a `call` lookup; a capture listener's new listener runs in the next phase.
   */
  @Test
  void listenersAreCalledWithoutLookingAtTheirCallProperty() {
    JsRun.Result r = JsRun.js("""
        const t = new EventTarget();
        const log = [];
        function own(e) { log.push('own ' + (this === t) + ' ' + e.type); }
        own.call = () => log.push('own call property used');
        const bare = function (e) { log.push('bare ' + (this === t)); };
        Object.setPrototypeOf(bare, null);
        const traps = [];
        const proxy = new Proxy(function (e) { log.push('proxy ' + (this === t)); }, {
          get(target, key) { traps.push(String(key)); return Reflect.get(target, key); },
        });
        t.addEventListener('x', own);
        t.addEventListener('x', bare);
        t.addEventListener('x', proxy);
        t.dispatchEvent(new Event('x'));
        const realCall = Function.prototype.call;
        Function.prototype.call = function () { log.push('patched call used'); };
        t.dispatchEvent(new Event('x'));
        Function.prototype.call = realCall;
        console.log(log.join('; '));
        console.log('proxy traps:', traps.join() || 'none');
        const u = new EventTarget();
        const order = [];
        u.addEventListener('y', () => {
          order.push('capture');
          u.addEventListener('y', (e) => order.push('added ' + e.eventPhase));
        }, true);
        u.dispatchEvent(new Event('y'));
        console.log(order.join());
        """);
    assertThat(r.stdout()).isEqualTo("""
        own true x; bare true; proxy true; own true x; bare true; proxy true
        proxy traps: none
        capture,added 2
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void subclassesReadTheirDictionariesAndPrintLikeNode() {
    JsRun.Result r = JsRun.js("""
        const ee = new ErrorEvent('error', { message: 'm', filename: 'f\\uD800', lineno: -1, colno: 2 ** 32 + 5, error: null, cancelable: true });
        console.log(ee.message, JSON.stringify(ee.filename), ee.lineno, ee.colno, ee.error, ee.cancelable, ee instanceof Event);
        const e0 = new ErrorEvent('x');
        console.log(JSON.stringify([e0.message, e0.filename, e0.lineno, e0.colno, e0.error]));
        const order = [];
        const init = {};
        for (const k of ['bubbles', 'cancelable', 'composed', 'colno', 'error', 'filename', 'lineno', 'message'].reverse()) Object.defineProperty(init, k, { get() { order.push(k); }, enumerable: true });
        new ErrorEvent('x', init);
        console.log(order.join());
        const p = Promise.resolve(1);
        const pe = new PromiseRejectionEvent('unhandledrejection', { promise: p, reason: 'r' });
        console.log(pe.promise === p, pe.reason, pe instanceof Event, Object.keys(PromiseRejectionEvent.prototype).join(), Object.keys(ErrorEvent.prototype).join());
        for (const f of [() => new PromiseRejectionEvent('x'), () => new PromiseRejectionEvent('x', {}), () => new PromiseRejectionEvent('x', { promise: 1 }), () => ErrorEvent.prototype.message, () => Object.getOwnPropertyDescriptor(PromiseRejectionEvent.prototype, 'promise').get.call(new Event('x')), () => new CustomEvent()]) {
          try { f(); console.log('no error'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
        }
        const c = new CustomEvent('c', { detail: { a: 1 } });
        console.log(c.detail.a, new CustomEvent('d').detail);
        c.initCustomEvent('e', true, false, 7);
        console.log(c.type, c.bubbles, c.detail);
        console.log(require('util').inspect(c).replace(/timeStamp: [0-9.]+/, 'timeStamp: N'));
        console.log(require('util').inspect({ deep: { e: new Event('x') } }, { depth: 0 }));
        """);
    assertThat(r.stdout()).isEqualTo("""
        m "f�" 4294967295 5 null true true
        ["","",0,0,null]
        bubbles,cancelable,composed,colno,error,filename,lineno,message
        true r true promise,reason message,filename,lineno,colno,error
        TypeError: Failed to construct 'PromiseRejectionEvent': 2 arguments required, but only 1 present.
        TypeError: Failed to construct 'PromiseRejectionEvent': required member promise is undefined.
        TypeError: Failed to construct 'PromiseRejectionEvent': member promise is not an object.
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Failed to construct 'CustomEvent': 1 argument required, but only 0 present.
        1 null
        e true 7
        CustomEvent {
          type: 'e',
          defaultPrevented: false,
          cancelable: false,
          timeStamp: N
        }
        { deep: [Object] }
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }
}
