package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code AbortController} and {@code AbortSignal} (abort, timeout, any), and AbortSignal in {@code node:timers/promises}. */
class AbortTest {
  /** abort(reason), throwIfAborted, onabort, algorithms before the event, any() with dependents, timeout() that does not keep the process alive. */
  @Test
  void controllersAndSignalsFollowTheDomStandard() {
    JsRun.Result r = JsRun.js("""
        const ac = new AbortController();
        const s = ac.signal;
        const log = [];
        s.addEventListener('abort', (e) => log.push(`listener ${e.type} ${e.isTrusted} ${e.cancelable} ${s.aborted} ${s.reason.name}`));
        s.onabort = (e) => log.push('onabort ' + (e.target === s));
        console.log(s.aborted, s.reason, ac.signal === s, s instanceof EventTarget, typeof s.onabort);
        s.throwIfAborted();
        ac.abort();
        ac.abort('again');
        console.log(log.join(' | '));
        console.log(s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code);
        try { s.throwIfAborted(); } catch (e) { console.log('thrown', e === s.reason); }
        const ac2 = new AbortController(); ac2.abort(undefined); console.log(ac2.signal.reason.name);
        const ac3 = new AbortController(); ac3.abort(null); console.log(ac3.signal.reason);
        console.log(AbortSignal.abort().reason.name, AbortSignal.abort(42).reason, AbortSignal.abort().aborted);
        for (const f of [() => new AbortSignal(), () => AbortSignal(), () => AbortController(), () => AbortSignal.prototype.aborted, () => AbortController.prototype.abort.call({}),
          () => AbortSignal.timeout(), () => AbortSignal.timeout(-1), () => AbortSignal.timeout(NaN), () => AbortSignal.timeout(2 ** 53), () => AbortSignal.any(), () => AbortSignal.any([1]), () => AbortSignal.any(5), () => AbortSignal.any({})]) {
          try { f(); console.log('no error'); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
        }
        console.log(Object.keys(AbortSignal.prototype).join(), Object.keys(AbortSignal).join(), Object.keys(AbortController.prototype).join(), Object.prototype.toString.call(s), Object.prototype.toString.call(ac));
        console.log(AbortSignal.any.length, AbortSignal.timeout.length, AbortSignal.abort.length, AbortController.prototype.abort.length);
        console.log(ac, AbortSignal.abort(), new AbortController().signal);
        // abort algorithms before the event: a listener with the signal as its own signal is removed first
        const ac4 = new AbortController();
        ac4.signal.addEventListener('abort', () => console.log('never'), { signal: ac4.signal });
        ac4.signal.addEventListener('abort', () => console.log('runs'));
        ac4.abort();
        // any
        const a = new AbortController(), b = new AbortController();
        const any = AbortSignal.any([a.signal, b.signal]);
        const nested = AbortSignal.any([any]);
        const order = [];
        any.addEventListener('abort', () => order.push('any ' + any.reason));
        nested.addEventListener('abort', () => order.push('nested ' + nested.reason));
        a.signal.addEventListener('abort', () => order.push('a ' + (any.aborted && nested.aborted)));
        console.log(any.aborted, nested.aborted);
        a.abort('first'); b.abort('second');
        console.log(order.join(', '), any.reason, nested.reason);
        const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
        console.log(pre.aborted, pre.reason, AbortSignal.any([]).aborted);
        function* gen() { yield new AbortController().signal; }
        console.log(AbortSignal.any(gen()).aborted, AbortSignal.any(new Set([AbortSignal.abort(3)])).reason);
        // timeout
        const ts = AbortSignal.timeout(5);
        ts.onabort = () => console.log('timeout', ts.reason.name, ts.reason.message, ts.reason.code);
        setTimeout(() => {}, 50);
        AbortSignal.timeout(1e9);   // does not keep the process alive
        """);
    assertThat(r.stdout()).isEqualTo("""
        false undefined true true function
        listener abort true false true AbortError | onabort true
        true true AbortError This operation was aborted 20
        thrown true
        AbortError
        null
        AbortError 42 true
        TypeError: Illegal constructor
        TypeError: Class constructor AbortSignal cannot be invoked without 'new'
        TypeError: Class constructor AbortController cannot be invoked without 'new'
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Failed to execute 'timeout' on 'AbortSignal': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.
        TypeError: Failed to execute 'timeout' on 'AbortSignal': Value is not a finite number.
        TypeError: Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.
        TypeError: Failed to execute 'any' on 'AbortSignal': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'any' on 'AbortSignal': Failed to convert value to 'AbortSignal'.
        TypeError: Failed to execute 'any' on 'AbortSignal': The provided value cannot be converted to a sequence.
        TypeError: Failed to execute 'any' on 'AbortSignal': The object must have a callable @@iterator property.
        aborted,reason,throwIfAborted,onabort abort,timeout,any signal,abort [object AbortSignal] [object AbortController]
        1 1 0 0
        AbortController { signal: AbortSignal { aborted: true } } AbortSignal { aborted: true } AbortSignal { aborted: false }
        runs
        false false
        a true, any first, nested first first first
        true early false
        false 3
        timeout TimeoutError The operation was aborted due to timeout 23
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** setTimeout / setImmediate / setInterval / scheduler.wait with a signal, as Node 20 (checked with node). */
  @Test
  void timersPromisesRejectWithNodesAbortError() {
    JsRun.Result r = JsRun.js("""
        const tp = require('timers/promises');
        const show = (label) => (e) => console.log(label, e.name, e.code, e.message, e.cause instanceof Error || e.cause instanceof DOMException ? e.cause.name : e.cause);
        const ac = new AbortController();
        const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
        ac.abort('why');
        p.catch(show('timeout'));
        tp.setImmediate('v', { signal: AbortSignal.abort() }).catch(show('immediate'));
        tp.setTimeout(1, 'v', { signal: 5 }).catch(show('bad signal'));
        tp.setTimeout(1, 'v', 5).catch(show('bad options'));
        tp.setImmediate('v', { ref: 5 }).catch(show('bad ref'));
        tp.setTimeout(1, 'ok', { signal: new AbortController().signal }).then((v) => console.log('resolved', v));
        (async () => {
          const ac2 = new AbortController();
          let n = 0;
          try {
            for await (const v of tp.setInterval(5, 'x', { signal: ac2.signal })) { console.log('tick', v); if (++n === 2) ac2.abort(new Error('stop')); }
          } catch (e) { show('interval')(e); }
          try { await tp.setInterval(5, 'x', { signal: AbortSignal.abort() }).next(); } catch (e) { show('pre-aborted')(e); }
          try { await tp.setInterval(5, 'x', { signal: 1 }).next(); } catch (e) { show('interval bad signal')(e); }
          const ac3 = new AbortController();
          const it3 = tp.setInterval(50, 'y', { signal: ac3.signal });
          const pending = it3.next();
          setTimeout(() => ac3.abort(), 5);
          try { await pending; } catch (e) { show('pending next')(e); }
          console.log(await it3.next());
          const it4 = tp.setInterval(5, 'z');
          console.log(await it4.next(), await it4.return(), await it4.next());
          try { await tp.scheduler.wait(1000, { signal: AbortSignal.timeout(5) }); } catch (e) { show('wait')(e); }
          console.log(e instanceof Error);
        })().catch((e) => console.log('done', e.name));
        """);
    assertThat(r.stdout()).isEqualTo("""
        immediate AbortError ABORT_ERR The operation was aborted AbortError
        bad signal TypeError ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type number (5) undefined
        bad options TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5) undefined
        bad ref TypeError ERR_INVALID_ARG_TYPE The "options.ref" property must be of type boolean. Received type number (5) undefined
        timeout AbortError ABORT_ERR The operation was aborted why
        resolved ok
        tick x
        tick x
        interval AbortError ABORT_ERR The operation was aborted Error
        pre-aborted AbortError ABORT_ERR The operation was aborted AbortError
        interval bad signal TypeError ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type number (1) undefined
        pending next AbortError ABORT_ERR The operation was aborted AbortError
        { value: undefined, done: true }
        { value: 'z', done: false } { value: undefined, done: true } { value: undefined, done: true }
        wait AbortError ABORT_ERR The operation was aborted TimeoutError
        done ReferenceError
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }
}
