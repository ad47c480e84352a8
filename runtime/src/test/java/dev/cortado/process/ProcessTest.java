package dev.cortado.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The `process` global as a user sees it: argv and env, exit codes and the exit events, the
 * uncaughtException and unhandledRejection hooks, clocks, and the order of ticks, promise jobs
 * and immediates. Every expected output is what Node 20 prints for the same script.
 */
class ProcessTest {

  @Test
  void argvHoldsTheRuntimeTheScriptAndItsArguments() {
    JsRun.Result r = JsRun.project(Map.of("app/main.js", """
        console.log(process.argv.length, typeof process.argv[0], process.argv[1] === __filename);
        console.log(process.argv.slice(2));
        console.log(process.argv0.length > 0, typeof process.execPath, process === require('node:process'));
        """), "app/main.js", "one", "--two", "3");
    assertThat(r.stdout()).isEqualTo("""
        5 string true
        [ 'one', '--two', '3' ]
        true string true
        """);
  }

  @Test
  void chdirMovesTheWorkingDirectoryAndFailsWithNodesSystemErrors() {
    JsRun.Result r = JsRun.project(Map.of("app/main.js", """
        const path = require('node:path');
        const start = process.cwd();
        process.chdir('app');
        console.log(process.cwd() === path.join(start, 'app'), require('node:fs').existsSync('main.js'));
        for (const target of ['missing', 'main.js', 'main.js/deeper']) {
          try { process.chdir(target); } catch (e) {
            console.log(e instanceof Error, e.name, e.code, e.errno, e.syscall,
              e.path === process.cwd(), e.dest, e.message.replace(process.cwd(), 'CWD'));
          }
        }
        try { process.chdir(1); } catch (e) { console.log(e.code); }
        console.log(process.cwd() === path.join(start, 'app'));
        """), "app/main.js");
    assertThat(r.stdout()).isEqualTo("""
        true true
        true Error ENOENT -2 chdir true missing ENOENT: no such file or directory, chdir 'CWD' -> 'missing'
        true Error ENOTDIR -20 chdir true main.js ENOTDIR: not a directory, chdir 'CWD' -> 'main.js'
        true Error ENOTDIR -20 chdir true main.js/deeper ENOTDIR: not a directory, chdir 'CWD' -> 'main.js/deeper'
        ERR_INVALID_ARG_TYPE
        true
        """);
  }

  @Test
  void warningsArePrintedBeforeTheProgramsListenersSeeThem() {
    JsRun.Result r = JsRun.js("""
        process.on('warning', (w) => console.error('listener', w.name, w.code, w.message, w.detail));
        process.emitWarning('plain');
        process.emitWarning('typed', 'MyWarning', 'MY_CODE');
        process.emitWarning('with options', { type: 'OptWarning', code: 'OPT', detail: 'more detail' });
        const e = new Error('an error'); e.name = 'ErrWarning'; process.emitWarning(e);
        """);
    assertThat(r.stderr().replaceAll("\\(cortado:\\d+\\)", "(PID)")).isEqualTo("""
        (PID) Warning: plain
        listener Warning undefined plain undefined
        (PID) [MY_CODE] MyWarning: typed
        listener MyWarning MY_CODE typed undefined
        (PID) [OPT] OptWarning: with options
        more detail
        listener OptWarning OPT with options more detail
        (PID) ErrWarning: an error
        listener ErrWarning undefined an error undefined
        """);
  }

  @Test
  void envValuesAreAlwaysStrings() {
    JsRun.Result r = JsRun.js("""
        const env = process.env;
        env.NUM = 42; env.BOOL = true; env.UND = undefined; env.OBJ = { a: 1 }; env.NUL = null;
        console.log(env.NUM, typeof env.NUM, env.BOOL, env.UND, typeof env.UND, env.OBJ, env.NUL);
        Object.defineProperty(env, 'DEFINED', { value: 7, writable: true, enumerable: true, configurable: true });
        console.log(env.DEFINED, typeof env.DEFINED);
        for (const desc of [{ value: 1 }, { get() { return 1; }, enumerable: true, configurable: true }]) {
          try { Object.defineProperty(env, 'BAD', desc); } catch (e) { console.log(e.name, e.code, e.message); }
        }
        console.log('NUM' in env, delete env.NUM, 'NUM' in env, env.NUM);
        console.log(env.HOME, env.DOES_NOT_EXIST, Object.keys(env).includes('BOOL'));
        try { env.SYM = Symbol('x'); console.log('a symbol was stored'); }
        catch (e) { console.log(e.name, e.message); }
        """);
    assertThat(r.stdout()).isEqualTo("""
        42 string true undefined string [object Object] null
        7 string
        TypeError ERR_INVALID_OBJECT_DEFINE_PROPERTY 'process.env' only accepts a configurable, writable, and enumerable data descriptor
        TypeError ERR_INVALID_OBJECT_DEFINE_PROPERTY 'process.env' does not accept an accessor(getter/setter) descriptor
        true true false undefined
        /tmp undefined true
        TypeError Cannot convert a Symbol value to a string
        """);
  }

  @Test
  void exitCodeAcceptsIntegersAndIntegerStringsAndRejectsTheRest() {
    JsRun.Result r = JsRun.js("""
        process.on('exit', (code) => console.log('exit event', code, typeof code, process.exitCode));
        console.log(process.exitCode);
        process.exitCode = 3;
        console.log(process.exitCode);
        process.exitCode = '4';
        console.log(process.exitCode, typeof process.exitCode);
        for (const bad of ['abc', 1.5, {}, true, [], '', 2n]) {
          try { process.exitCode = bad; console.log('accepted', bad); }
          catch (e) { console.log(e.name, e.code, e.message); }
        }
        console.log('still', process.exitCode);
        process.exitCode = undefined;
        console.log('undefined', process.exitCode);
        process.exitCode = null;
        console.log('null', process.exitCode);
        process.exitCode = '5';
        """);
    assertThat(r.stdout()).isEqualTo("""
        undefined
        3
        4 string
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('abc')
        RangeError ERR_OUT_OF_RANGE The value of "code" is out of range. It must be an integer. Received 1.5
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received an instance of Object
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type boolean (true)
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received an instance of Array
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('')
        TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type bigint (2n)
        still 4
        undefined undefined
        null null
        exit event 5 number 5
        """);
    assertThat(r.exitCode()).isEqualTo(5);
  }

  @Test
  void beforeExitFiresWhenTheLoopEmptiesAndAgainAfterTheWorkItScheduled() {
    JsRun.Result r = JsRun.js("""
        let n = 0;
        process.on('beforeExit', (code) => {
          n++;
          console.log('beforeExit', n, code);
          if (n < 3) setTimeout(() => console.log('work from beforeExit', n), 1);
          if (n === 2) process.exitCode = 9;
        });
        process.on('exit', (code) => {
          console.log('exit', code, n);
          setTimeout(() => console.log('a timer set in exit never runs'), 0);
          setImmediate(() => console.log('an immediate set in exit never runs'));
          process.nextTick(() => console.log('a tick queued in exit never runs'));
          Promise.resolve().then(() => console.log('a promise job from exit runs'));
        });
        console.log('main');
        """);
    assertThat(r.stdout()).isEqualTo("""
        main
        beforeExit 1 0
        work from beforeExit 1
        beforeExit 2 0
        work from beforeExit 2
        beforeExit 3 9
        exit 9 3
        a promise job from exit runs
        """);
    assertThat(r.exitCode()).isEqualTo(9);
  }

  @Test
  void processExitStopsEverythingAndRunsTheExitListenersOnce() {
    JsRun.Result r = JsRun.js("""
        process.on('exit', (code) => {
          console.log('first exit listener', code);
          process.exit(12);
          console.log('not reached');
        });
        process.on('exit', (code) => console.log('second exit listener', code));
        process.on('beforeExit', () => console.log('beforeExit does not fire on process.exit'));
        process.exitCode = 2;
        setTimeout(() => {
          console.log('timer');
          process.exit();
          console.log('not reached either');
        }, 1);
        setTimeout(() => console.log('a later timer never runs'), 50);
        """);
    assertThat(r.stdout()).isEqualTo("timer\nfirst exit listener 2\n");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(12);
  }

  @Test
  void processExitWithoutACodeUsesExitCode() {
    JsRun.Result r = JsRun.js("""
        process.exitCode = 6;
        process.on('exit', (code) => console.log('exit', code, process.exitCode));
        Promise.resolve().then(() => console.log('a pending promise job never runs'));
        process.nextTick(() => console.log('a pending tick never runs'));
        process.exit();
        """);
    assertThat(r.stdout()).isEqualTo("exit 6 6\n");
    assertThat(r.exitCode()).isEqualTo(6);
  }

  @Test
  void processExitTakesIntegerStringsAndExitListenersMayChangeTheCode() {
    JsRun.Result r = JsRun.js("""
        process.on('exit', (code) => {
          console.log('exit', code, typeof code);
          process.exitCode = 9;
        });
        try { process.exit('abc'); } catch (e) { console.log(e.code, e.message); }
        process.exit('3');
        """);
    assertThat(r.stdout()).isEqualTo("""
        ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('abc')
        exit 3 string
        """);
    assertThat(r.exitCode()).isEqualTo(9);
  }

  @Test
  void anErrorInAnExitListenerIsPrintedAndDecidesTheCodeAsInNode() {
    String listener = "process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });\n"
        + "process.on('exit', () => console.log('later listeners do not run'));\n";
    JsRun.Result explicit = JsRun.js(listener + "process.exit(3);\n");
    JsRun.Result natural = JsRun.js(listener);
    JsRun.Result withCode = JsRun.js(listener + "process.exitCode = 4;\n");
    JsRun.Result withZero = JsRun.js(listener + "process.exitCode = 0;\n");
    assertThat(explicit.stdout()).isEqualTo("exit 3\n");
    assertThat(explicit.exitCode()).isEqualTo(3);
    assertThat(natural.exitCode()).isEqualTo(1);
    assertThat(withCode.exitCode()).isEqualTo(4);
    assertThat(withZero.exitCode()).isZero();
    for (JsRun.Result r : new JsRun.Result[] {explicit, natural, withCode, withZero}) {
      assertThat(r.stderr()).contains("main.js:1\n").contains("Error: in exit\n    at ");
      assertThat(r.leaksJava()).isFalse();
    }
  }

  @Test
  void exitCodesAboveAByteWrapAsOnUnix() {
    assertThat(JsRun.js("process.exitCode = 300;").exitCode()).isEqualTo(44);
    assertThat(JsRun.js("process.exit(256);").exitCode()).isZero();
  }

  @Test
  void uncaughtExceptionListenersGetTheErrorAndItsOriginAndTheLoopGoesOn() {
    // One source at a time, each started by the listener's previous call: after an uncaught
    // exception Node runs the rest of that tick's microtasks only after the next macrotask.
    JsRun.Result r = JsRun.js("""
        const sources = [
          () => process.nextTick(() => { throw new Error('from a tick'); }),
          () => queueMicrotask(() => { throw new Error('from a microtask'); }),
          () => Promise.resolve().then(() => { throw new Error('from a then'); }),
          () => (async () => { await null; throw new RangeError('from an async function'); })(),
          () => setImmediate(() => { throw 'a string from an immediate'; }),
          () => setTimeout(() => { throw new Error('from a timer'); }, 1),
          () => { throw new Error('directly from a timer'); },
        ];
        let i = 0;
        const next = () => { if (i < sources.length) setTimeout(sources[i++], 1); };
        process.on('uncaughtException', (err, origin) => {
          console.log('caught', err instanceof Error ? err.message : err, origin);
          next();
        });
        next();
        process.on('exit', (code) => console.log('exit', code, 'after', i, 'sources'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        caught from a tick uncaughtException
        caught from a microtask uncaughtException
        caught from a then unhandledRejection
        caught from an async function unhandledRejection
        caught a string from an immediate uncaughtException
        caught from a timer uncaughtException
        caught directly from a timer uncaughtException
        exit 0 after 7 sources
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aThrowFromTheMainScriptGoesToTheListenerToo() {
    JsRun.Result r = JsRun.js("""
        process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
        setTimeout(() => console.log('the loop still runs'), 1);
        console.log('main');
        throw new Error('from main');
        """);
    assertThat(r.stdout()).isEqualTo("main\ncaught from main uncaughtException\nthe loop still runs\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void anExceptionInsideTheUncaughtExceptionListenerExitsWith7WithoutExitEvents() {
    JsRun.Result r = JsRun.js("""
        process.on('uncaughtException', (err) => {
          console.log('listener got', err.message);
          throw new Error('inside the listener');
        });
        process.on('exit', (code) => console.log('exit listener ran', code));
        setTimeout(() => { throw new Error('boom'); }, 1);
        setTimeout(() => console.log('never'), 30);
        """);
    assertThat(r.stdout()).isEqualTo("listener got boom\n");
    assertThat(r.stderr())
        .contains("main.js:3\n  throw new Error('inside the listener');\n")
        .contains("Error: inside the listener\n    at ")
        .containsPattern("main\\.js:3:\\d+\\)");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(7);
  }

  @Test
  void unhandledRejectionListenersGetTheReasonAndThePromise() {
    JsRun.Result r = JsRun.js("""
        const seen = [];
        process.on('unhandledRejection', (reason, promise) => {
          console.log('unhandled', reason instanceof Error ? reason.message : reason,
            promise instanceof Promise, seen.includes(promise));
        });
        seen.push(Promise.reject(new Error('r1')));
        seen.push(Promise.reject(42));
        const sameTick = Promise.reject(new Error('handled in the same tick'));
        sameTick.catch((e) => console.log('caught:', e.message));
        const later = Promise.reject(new Error('handled in a microtask'));
        Promise.resolve().then(() => later.catch((e) => console.log('caught:', e.message)));
        setTimeout(() => console.log('alive'), 5);
        """);
    assertThat(r.stdout()).isEqualTo("""
        caught: handled in the same tick
        caught: handled in a microtask
        unhandled r1 true true
        unhandled 42 true true
        alive
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void anUnhandledRejectionWithoutAListenerIsFatal() {
    JsRun.Result r = JsRun.js("""
        Promise.reject(new TypeError('nobody caught this'));
        setTimeout(() => console.log('never'), 10);
        """);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains("TypeError: nobody caught this\n    at ").contains("main.js:1:");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aNonErrorRejectionIsReportedWithNodesMessage() {
    String prefix = "This error originated either by throwing inside of an async function without a "
        + "catch block, or by rejecting a promise which was not handled with .catch(). The promise "
        + "rejected with the reason ";
    String[][] cases = {
        {"{ code: 1 }", "\"#<Object>\""},
        {"new (class Custom {})()", "\"#<Custom>\""},
        {"[1, 2]", "\"[object Array]\""},
        {"'text'", "\"text\""},
        {"42n", "\"42\""},
        {"undefined", "\"undefined\""},
        {"null", "\"null\""},
        {"Symbol('s')", "\"Symbol(s)\""},
        {"Object.create(null)", "\"[object Object]\""},
    };
    for (String[] c : cases) {
      JsRun.Result r = JsRun.js("const handled = Promise.reject(new Error('h'));\n"
          + "handled.catch(() => console.log('a rejection caught later is fine'));\n"
          + "Promise.reject(" + c[0] + ");\n");
      assertThat(r.stdout()).as(c[0]).isEqualTo("a rejection caught later is fine\n");
      assertThat(r.stderr()).as(c[0])
          .contains("UnhandledPromiseRejection: " + prefix + c[1] + ".")
          .contains("code: 'ERR_UNHANDLED_REJECTION'");
      assertThat(r.leaksJava()).isFalse();
      assertThat(r.exitCode()).as(c[0]).isEqualTo(1);
    }
  }

  @Test
  void hrtimeIsMonotonicAndValidatesItsArgument() {
    JsRun.Result r = JsRun.js("""
        const a = process.hrtime();
        console.log(Array.isArray(a), a.length, Number.isInteger(a[0]), Number.isInteger(a[1]), a[1] < 1e9);
        const d = process.hrtime(a);
        console.log(d[0] >= 0, d[1] >= 0, d[1] < 1e9);
        let last = process.hrtime.bigint();
        let backwards = false;
        for (let i = 0; i < 2000; i++) {
          const now = process.hrtime.bigint();
          if (now < last) backwards = true;
          last = now;
        }
        console.log(typeof last, 'went backwards:', backwards);
        const start = process.hrtime.bigint();
        setTimeout(() => {
          console.log('bigint saw 20 ms', process.hrtime.bigint() - start >= 20_000_000n);
          const [s, ns] = process.hrtime(a);
          console.log('pair saw 20 ms', s * 1e9 + ns >= 20e6);
        }, 20);
        for (const bad of [1, 'x', [1], [1, 2, 3]]) {
          try { process.hrtime(bad); } catch (e) { console.log(e.code, e.message); }
        }
        """);
    assertThat(r.stdout()).isEqualTo("""
        true 2 true true true
        true true true
        bigint went backwards: false
        ERR_INVALID_ARG_TYPE The "time" argument must be an instance of Array. Received type number (1)
        ERR_INVALID_ARG_TYPE The "time" argument must be an instance of Array. Received type string ('x')
        ERR_OUT_OF_RANGE The value of "time" is out of range. It must be 2. Received 1
        ERR_OUT_OF_RANGE The value of "time" is out of range. It must be 2. Received 3
        bigint saw 20 ms true
        pair saw 20 ms true
        """);
  }

  @Test
  void memoryUsageHasNodesShape() {
    JsRun.Result r = JsRun.js("""
        const m = process.memoryUsage();
        console.log(Object.keys(m).join(','));
        console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0));
        console.log(m.heapUsed <= m.heapTotal, m.rss > 0);
        console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
        """);
    assertThat(r.stdout()).isEqualTo("""
        rss,heapTotal,heapUsed,external,arrayBuffers
        true
        true true
        number true
        """);
  }

  @Test
  void ticksRunBeforePromiseJobsAndBothBeforeTimersAndImmediates() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        setTimeout(() => {
          setTimeout(() => log.push('timeout'), 0);
          setImmediate(() => log.push('immediate'));
          Promise.resolve().then(() => log.push('promise1')).then(() => log.push('promise2'));
          process.nextTick(() => {
            log.push('tick1');
            process.nextTick(() => log.push('tick-from-tick'));
            Promise.resolve().then(() => log.push('promise-from-tick'));
          });
          queueMicrotask(() => {
            log.push('microtask');
            process.nextTick(() => log.push('tick-from-microtask'));
          });
          process.nextTick((a, b) => log.push(`tick2 ${a} ${b}`), 'x', 'y');
          log.push('sync');
        }, 0);
        setImmediate(() => {
          const inner = [];
          setImmediate(() => inner.push('immediate'));
          process.nextTick(() => inner.push('tick'));
          Promise.resolve().then(() => inner.push('promise'));
          setImmediate(() => console.log('inside an immediate:', inner.join(' ')));
        });
        process.on('exit', () => console.log(log.join(' ')));
        """);
    assertThat(r.stdout()).isEqualTo("""
        inside an immediate: tick promise immediate
        sync tick1 tick2 x y tick-from-tick promise1 microtask promise-from-tick promise2 \
        tick-from-microtask immediate timeout
        """);
  }

  /**
   * Signal listeners in an embedded runtime (no signals are delivered): accepted, removable, never
   * keeping the loop alive; SIGKILL and SIGSTOP refused as Node refuses them. Not forked: no
   * process.send. (Real signals: SignalIT in cli/.)
   */
  @Test
  void signalListenersWithoutASignalSource() {
    JsRun.Result r = JsRun.js("""
        const onInt = () => {};
        process.on('SIGINT', onInt);
        process.once('SIGTERM', () => {});
        console.log(process.listenerCount('SIGINT'), process.listenerCount('SIGTERM'));
        process.off('SIGINT', onInt);
        process.removeAllListeners('SIGTERM');
        console.log(process.listenerCount('SIGINT'), process.listenerCount('SIGTERM'));
        try { process.on('SIGKILL', () => {}); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, process.listenerCount('SIGKILL')); }
        process.on('SIGUSR2', () => {});
        console.log(typeof process.send, process.connected, process.channel);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("1 1\n0 0\nuv_signal_start EINVAL EINVAL -22 uv_signal_start 0\nundefined undefined undefined\n");
    assertThat(r.exitCode()).isZero();
  }

  /** cpuUsage(previous) gives the time since then; bad previous values are refused as Node does. */
  @Test
  void cpuUsageSinceAPreviousReadingAndNodesErrors() {
    JsRun.Result r = JsRun.js("""
        for (const bad of [5, { user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 1, system: -1 }]) {
          try { process.cpuUsage(bad); } catch (e) { console.log(e.code, e.name, e.message); }
        }
        const start = process.cpuUsage();
        let x = 0;
        for (let i = 0; i < 1e7; i++) x += i;
        const spent = process.cpuUsage(start);
        console.log(spent.user > 0, spent.user <= process.cpuUsage().user - start.user, Object.keys(spent).join(), typeof process.cpuUsage(null).user);
        """);
    assertThat(r.stdout()).isEqualTo("""
        ERR_INVALID_ARG_TYPE TypeError The "prevValue" argument must be of type object. Received type number (5)
        ERR_INVALID_ARG_VALUE RangeError The property 'prevValue.user' is invalid. Received -1
        ERR_INVALID_ARG_TYPE TypeError The "prevValue.user" property must be of type number. Received type string ('a')
        ERR_INVALID_ARG_VALUE RangeError The property 'prevValue.system' is invalid. Received -1
        true true user,system number
        """);
    assertThat(r.exitCode()).isZero();
  }
}
