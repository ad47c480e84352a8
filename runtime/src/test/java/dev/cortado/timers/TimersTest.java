package dev.cortado.timers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timer globals as a user sees them: arguments, delay coercion, ordering, liveness, ids and
 * argument errors. Every expected output is what Node 20 prints for the same script; scripts
 * avoid races between timers of nearby delays, so they pass on a loaded machine.
 */
class TimersTest {

  @Test
  void callbacksGetTheirExtraArgumentsAndClearingWorksAnyWay() {
    JsRun.Result r = JsRun.js("""
        setTimeout((a, b, c) => console.log('timeout args', a, b, c), 0, 1, 'two', [3]);
        const iv = setInterval(function (x, y) {
          console.log('interval args', x, y, this === iv);
          clearInterval(this);
        }, 1, 'iv', 9);
        setImmediate(function (a, b) { console.log('immediate args', a, b); }, 'i1', 'i2');
        const cleared = setImmediate(() => console.log('cleared immediate ran'));
        clearImmediate(cleared);
        const clearedTimeout = setTimeout(() => console.log('cleared timeout ran'), 1);
        clearTimeout(clearedTimeout);
        const closed = setTimeout(() => console.log('closed timeout ran'), 1);
        console.log('close returns the timeout', closed.close() === closed);
        for (const junk of [undefined, null, {}, 'nope', 12345, -1, NaN]) {
          clearTimeout(junk); clearInterval(junk);
        }
        clearImmediate(undefined); clearImmediate(null);
        console.log(typeof setTimeout(() => {}, 0).ref, Object.prototype.toString.call(cleared));
        let n = 0;
        const self = setInterval(() => {
          n++;
          if (n === 3) clearInterval(self);
        }, 1);
        process.on('exit', () => console.log('interval ran', n, 'times'));
        """);
    // Whether the 1 ms timers run before the immediate depends on whether 1 ms has passed when
    // the loop first looks at its timers, as in Node: a busy machine puts the immediate first.
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines).containsExactlyInAnyOrder("close returns the timeout true",
        "function [object Object]", "timeout args 1 two [ 3 ]", "interval args iv 9 true",
        "immediate args i1 i2", "interval ran 3 times");
    assertThat(lines.subList(0, 2)).containsExactly("close returns the timeout true", "function [object Object]");
    assertThat(lines.indexOf("timeout args 1 two [ 3 ]")).isLessThan(lines.indexOf("interval args iv 9 true"));
    assertThat(lines.getLast()).isEqualTo("interval ran 3 times");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void delaysAreCoercedAsNodeDoesAndOverflowWarns() {
    JsRun.Result r = JsRun.js("""
        const start = performance.now();
        const fired = [];
        const at = (name) => () => fired.push(name);
        // Coerced to 1 ms: all must fire long before a 300 ms timer set after them (set after, as
        // the first warning's cost on a loaded machine must not count against them).
        setTimeout(at('negative'), -10);
        setTimeout(at('NaN'), NaN);
        setTimeout(at('missing'));
        setTimeout(at('undefined'), undefined);
        setTimeout(at('null'), null);
        setTimeout(at('text'), 'abc');
        setTimeout(at('zero'), 0);
        setTimeout(at('2**31'), 2 ** 31);
        setTimeout(at('Infinity'), Infinity);
        setTimeout(() => console.log('fired before 300 ms:', fired.join(' ')), 300);
        // Numeric strings and objects are numbers: the '40' timer waits 40 ms.
        const waited = {};
        setTimeout(() => { waited["'40'"] = performance.now() - start >= 40; }, '40');
        setTimeout(() => { waited['valueOf 30'] = performance.now() - start >= 30; },
          { valueOf() { return 30; } });
        process.on('warning', (w) => console.log('warning event:', w.name));
        process.on('exit', () => console.log('waited at least the delay:', waited["'40'"], waited['valueOf 30']));
        """);
    assertThat(r.stdout()).isEqualTo("""
        warning event: TimeoutOverflowWarning
        warning event: TimeoutOverflowWarning
        fired before 300 ms: negative NaN missing undefined null text zero 2**31 Infinity
        waited at least the delay: true true
        """);
    assertThat(r.stderr())
        .containsPattern("\\((cortado|node):\\d+\\) TimeoutOverflowWarning: 2147483648 does not fit "
            + "into a 32-bit signed integer.\nTimeout duration was set to 1.\n")
        .containsPattern("TimeoutOverflowWarning: Infinity does not fit into a 32-bit signed integer."
            + "\nTimeout duration was set to 1.\n");
    assertThat(r.exitCode()).isZero();
  }

  /**
   * DESIGN.md rule 5, stricter than Node: Node starts a timer from its loop's millisecond clock,
   * so by performance.now() its timers (and interval ticks) often fire up to a millisecond early.
   */
  @Test
  void aTimerNeverFiresEarlyByEitherClock() {
    JsRun.Result r = JsRun.js("""
        const results = [];
        for (const ms of [1, 2, 5, 10, 16, 25, 40]) {
          const p = performance.now();
          const d = Date.now();
          setTimeout(() => {
            results.push(`${ms}:${performance.now() - p >= ms}:${Date.now() - d >= ms}`);
          }, ms);
        }
        const p0 = performance.now();
        let ticks = 0;
        const iv = setInterval(() => {
          ticks++;
          if (performance.now() - p0 < ticks * 7) console.log('interval tick', ticks, 'was early');
          if (ticks === 5) clearInterval(iv);
        }, 7);
        process.on('exit', () => console.log(results.sort((a, b) => parseInt(a) - parseInt(b)).join(' ')));
        """);
    assertThat(r.stdout()).isEqualTo(
        "1:true:true 2:true:true 5:true:true 10:true:true 16:true:true 25:true:true 40:true:true\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void timersWithEqualDeadlinesFireInCreationOrder() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        // 0 and 1 are the same delay: these interleave in creation order.
        setTimeout(() => log.push('a0'), 0);
        setTimeout(() => log.push('b1'), 1);
        setTimeout(() => log.push('c0'), 0);
        for (let i = 0; i < 12; i++) setTimeout(() => log.push(i), 5);
        const ivs = [];
        for (const name of ['x', 'y', 'z']) {
          let n = 0;
          const iv = setInterval(() => { log.push(name + n); if (++n === 2) clearInterval(iv); }, 20);
        }
        process.on('exit', () => console.log(log.join(' ')));
        """);
    assertThat(r.stdout()).isEqualTo("a0 b1 c0 0 1 2 3 4 5 6 7 8 9 10 11 x0 y0 z0 x1 y1 z1\n");
  }

  @Test
  void unrefRefAndHasRefDecideWhetherATimerKeepsTheProcessAlive() {
    JsRun.Result r = JsRun.js("""
        const t = setTimeout(() => console.log('unref timer fired'), 10000);
        console.log('hasRef', t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
        t.unref();
        setInterval(() => console.log('unref interval fired'), 10000).unref();
        const imm = setImmediate(() => console.log('immediate ran'));
        console.log('immediate hasRef', imm.hasRef(), imm.unref() === imm, imm.hasRef(), imm.ref() === imm, imm.hasRef());
        const back = setTimeout(() => console.log('ref() again keeps it alive'), 500);
        back.unref();
        back.ref();
        process.on('exit', (code) => console.log('exit', code));
        """);
    assertThat(r.stdout()).isEqualTo("""
        hasRef true true false true true
        immediate hasRef true true false true true
        immediate ran
        ref() again keeps it alive
        exit 0
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void anUnrefedImmediateAloneDoesNotRun() {
    JsRun.Result r = JsRun.js("""
        setImmediate(() => console.log('unref immediate ran')).unref();
        console.log('main');
        """);
    assertThat(r.stdout()).isEqualTo("main\n");
  }

  @Test
  void refreshRearmsFromNowAlsoAfterFiringButNotAfterClear() {
    JsRun.Result r = JsRun.js("""
        const start = performance.now();
        const seen = [];
        const pushed = setTimeout(() => {
          console.log('refreshed at 60 ms, fired after 160 ms:', performance.now() - start >= 160);
        }, 100);
        setTimeout(() => seen.push(`refresh returns the timer: ${pushed.refresh() === pushed}`), 60);
        let fired = 0;
        const again = setTimeout(() => {
          fired++;
          if (fired === 1) setImmediate(() => again.refresh());
        }, 5);
        const cleared = setTimeout(() => seen.push('cleared timer fired'), 5);
        clearTimeout(cleared);
        cleared.refresh();
        process.on('exit', () => console.log(seen.join(), '/ fired', fired, 'times'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        refreshed at 60 ms, fired after 160 ms: true
        refresh returns the timer: true / fired 2 times
        """);
  }

  @Test
  void timeoutsConvertToNumericIdsThatClearTimersAsNumbersOrStrings() {
    JsRun.Result r = JsRun.js("""
        const t = setTimeout(() => console.log('cleared by number: fired'), 5);
        const id = +t;
        console.log(typeof t[Symbol.toPrimitive](), t[Symbol.toPrimitive]() === id,
          `${t}` === String(id), Number.isInteger(id), id > 0);
        clearTimeout(id);
        const t2 = setTimeout(() => console.log('cleared by string: fired'), 5);
        clearTimeout(String(t2[Symbol.toPrimitive]()));
        const t3 = setInterval(() => console.log('interval cleared by number: fired'), 5);
        clearInterval(+t3);
        const t4 = setTimeout(() => console.log('other ids leave t4 alone: fired'), 5);
        clearTimeout(+t4 + 1000);
        clearTimeout(String(+t4 + 1000));
        const t5 = setTimeout(() => console.log('t5 fired'), 10);
        const keyed = {};
        keyed[t5] = 'by id';
        console.log('a timeout as a property key is its id', Object.keys(keyed)[0] === String(+t5));
        const ids = [setTimeout(() => {}, 1), setTimeout(() => {}, 1), setImmediate(() => {})].map(Number);
        console.log('ids are distinct', new Set(ids).size === 3);
        """);
    assertThat(r.stdout()).isEqualTo("""
        number true true true true
        a timeout as a property key is its id true
        ids are distinct true
        other ids leave t4 alone: fired
        t5 fired
        """);
  }

  @Test
  void immediatesQueuedDuringTheCheckPhaseRunInTheNextIteration() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        const spin = (ms) => { const s = performance.now(); while (performance.now() - s < ms); };
        setTimeout(() => {
          setTimeout(() => log.push('timeout-0-from-timer'), 0);
          setImmediate(() => {
            log.push('imm1');
            setImmediate(() => log.push('imm-nested'));
            setTimeout(() => log.push('timer-from-imm1'), 0);
            process.nextTick(() => log.push('tick-in-imm1'));
            Promise.resolve().then(() => log.push('promise-in-imm1'));
            spin(3); // the timer is due when the next iteration's timers phase begins
          });
          setImmediate(() => log.push('imm2'));
        }, 0);
        process.on('exit', () => console.log(log.join(' ')));
        """);
    assertThat(r.stdout()).isEqualTo("imm1 tick-in-imm1 promise-in-imm1 imm2 timeout-0-from-timer "
        + "timer-from-imm1 imm-nested\n");
  }

  /**
   * Each due timer and each immediate is its own task, with Node's checkpoint after it (the
   * phase runs them in one entry into JavaScript): its ticks, its promise jobs and the ticks they
   * queue; then unhandled rejections, whose handler's ticks again run before its jobs.
   */
  @Test
  void everyTimerAndImmediateIsFollowedByItsOwnMicrotaskCheckpoint() {
    JsRun.Result r = JsRun.js("""
        const log = (s) => console.log(s);
        process.on('unhandledRejection', (reason) => {
          log('unhandledRejection ' + reason);
          Promise.resolve().then(() => log('  job from the handler'));
          process.nextTick(() => log('  tick from the handler'));
        });
        for (const name of ['A', 'B', 'C']) {
          setTimeout(() => {
            log('timer ' + name);
            Promise.resolve().then(() => { log('  job ' + name); process.nextTick(() => log('  tick from job ' + name)); })
              .then(() => log('  second job ' + name));
            process.nextTick(() => log('  tick ' + name));
            queueMicrotask(() => log('  microtask ' + name));
            if (name === 'B') Promise.reject('from B');
            if (name === 'C') {
              setImmediate(() => { log('immediate 1'); process.nextTick(() => log('  tick 1')); Promise.resolve().then(() => log('  job 1')); });
              setImmediate(() => { log('immediate 2'); Promise.reject('from immediate 2'); });
              setImmediate(() => log('immediate 3'));
            }
          }, 1);
        }
        const until = performance.now() + 20;
        while (performance.now() < until);   // every timer is due when the timers phase begins
        """);
    assertThat(r.stdout()).isEqualTo("""
        timer A
          tick A
          job A
          microtask A
          second job A
          tick from job A
        timer B
          tick B
          job B
          microtask B
          second job B
          tick from job B
        unhandledRejection from B
          tick from the handler
          job from the handler
        timer C
          tick C
          job C
          microtask C
          second job C
          tick from job C
        immediate 1
          tick 1
          job 1
        immediate 2
        unhandledRejection from immediate 2
          tick from the handler
          job from the handler
        immediate 3
        """);
  }

  @Test
  void nonFunctionCallbacksThrowNodesTypeError() {
    JsRun.Result r = JsRun.js("""
        const apis = { setTimeout, setInterval, setImmediate, queueMicrotask,
          'process.nextTick': process.nextTick };
        for (const [name, fn] of Object.entries(apis)) {
          for (const bad of [undefined, null, 42, 'code', {}, Symbol('s'), 5n, true, [1]]) {
            try {
              fn(bad);
              console.log(name, 'did not throw');
            } catch (e) {
              console.log(name, e.name, e.code, e instanceof TypeError, e.message);
            }
          }
        }
        try { setTimeout(); } catch (e) { console.log(String(e)); console.log(e.stack.split('\\n')[0]); }
        """);
    StringBuilder expected = new StringBuilder();
    String[] received = {"Received undefined", "Received null", "Received type number (42)",
        "Received type string ('code')", "Received an instance of Object",
        "Received type symbol (Symbol(s))", "Received type bigint (5n)",
        "Received type boolean (true)", "Received an instance of Array"};
    for (String api : new String[] {"setTimeout", "setInterval", "setImmediate", "queueMicrotask",
        "process.nextTick"}) {
      for (String what : received) {
        expected.append(api).append(" TypeError ERR_INVALID_ARG_TYPE true The \"callback\" argument ")
            .append("must be of type function. ").append(what).append('\n');
      }
    }
    String undefinedCallback = "TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be "
        + "of type function. Received undefined\n";
    expected.append(undefinedCallback).append(undefinedCallback);
    assertThat(r.stdout()).isEqualTo(expected.toString());
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void timersModulesExportTheGlobals() {
    JsRun.Result r = JsRun.js("""
        const timers = require('timers');
        console.log(timers === require('node:timers'));
        console.log(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval',
          'clearImmediate'].every((k) => timers[k] === globalThis[k]));
        const promises = require('node:timers/promises');
        console.log(timers.promises === promises, require('timers/promises') === promises);
        console.log(['setTimeout', 'setImmediate', 'setInterval', 'scheduler'].every((k) => k in promises));
        """);
    assertThat(r.stdout()).isEqualTo("true\ntrue\ntrue true\ntrue\n");
  }

  @Test
  void timersPromisesResolveIterateStopOnBreakAndCanBeUnrefed() {
    JsRun.Result r = JsRun.js("""
        const tp = require('node:timers/promises');
        (async () => {
          const t0 = performance.now();
          const v = await tp.setTimeout(20, 'value');
          console.log('setTimeout resolved', v, performance.now() - t0 >= 20);
          console.log('setImmediate resolved', await tp.setImmediate('imm'));
          console.log('no value', await tp.setTimeout(1));
          let n = 0;
          const t1 = performance.now();
          for await (const tick of tp.setInterval(10, 'tick')) {
            n++;
            console.log('interval', n, tick);
            if (n === 3) break;
          }
          console.log('three ticks took 30 ms', performance.now() - t1 >= 30);
          tp.setTimeout(100000, 'x', { ref: false }).then(() => console.log('unref timeout resolved'));
          tp.setInterval(5, 'y', { ref: false }).next().then(() => console.log('unref interval ticked'));
          for (const options of [{ ref: 'yes' }, 5, null]) {
            try { await tp.setTimeout(1, 'x', options); } catch (e) { console.log(e.code, e.message); }
          }
          console.log('done');
        })();
        process.on('exit', (code) => console.log('exit', code));
        """);
    assertThat(r.stdout()).isEqualTo("""
        setTimeout resolved value true
        setImmediate resolved imm
        no value undefined
        interval 1 tick
        interval 2 tick
        interval 3 tick
        three ticks took 30 ms true
        ERR_INVALID_ARG_TYPE The "options.ref" property must be of type boolean. Received type string ('yes')
        ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)
        ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received null
        done
        exit 0
        """);
  }

  @Test
  void timersPromisesFromAnEsModule() {
    JsRun.Result r = JsRun.script("main.mjs", """
        import { setTimeout as sleep, setImmediate as yieldNow, setInterval as every } from 'node:timers/promises';
        import * as timers from 'timers';
        import timersDefault from 'node:timers';
        console.log(typeof timers.setTimeout, timersDefault.setTimeout === globalThis.setTimeout);
        console.log(await sleep(5, 'top-level await'));
        console.log(await yieldNow('imm'));
        let k = 0;
        for await (const _ of every(5)) { if (++k === 2) break; }
        console.log('k', k);
        """);
    assertThat(r.stdout()).isEqualTo("function true\ntop-level await\nimm\nk 2\n");
    assertThat(r.exitCode()).isZero();
  }
}
