package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** globalThis as an EventTarget: the error, unhandledrejection and rejectionhandled events, reportError and the on* handlers, with what a user sees (exit code, stderr), as Deno orders them. */
class GlobalEventsTest {
  /** The error event comes first, then uncaughtException; preventDefault keeps the process alive. */
  @Test
  void aCanceledErrorEventKeepsTheProcessAliveAndProcessHandlersStillRun() {
    JsRun.Result r = JsRun.js("""
        addEventListener('error', (e) => {
          console.log('error event', e instanceof ErrorEvent, e.message, e.filename.endsWith("/main.js"), e.lineno, e.colno, e.error.message, e.cancelable, e.isTrusted, e.eventPhase, e.target === globalThis);
          e.preventDefault();
        });
        process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
        setTimeout(() => { throw new Error('boom'); }, 1);
        setTimeout(() => console.log('still alive'), 20);
        """);
    assertThat(r.stdout()).isEqualTo("""
        error event true Uncaught Error: boom true 6 26 boom true true 2 true
        uncaughtException boom uncaughtException
        still alive
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** A listener that does not cancel sees the error; the process prints it and exits 1. */
  @Test
  void anUncanceledErrorEventStillEndsTheProcess() {
    JsRun.Result r = JsRun.js("""
        addEventListener('error', (e) => { console.log('saw', e.message); });
        setTimeout(() => { throw new TypeError('fatal'); }, 1);
        setTimeout(() => console.log('never'), 50);
        """);
    assertThat(r.stdout()).isEqualTo("""
        saw Uncaught TypeError: fatal
        """);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("TypeError: fatal").doesNotContain("never");
    assertThat(r.leaksJava()).isFalse();
  }

  /** A throwing listener or non-callable handleEvent is reported; reportError and onerror (5 arguments, true cancels). */
  @Test
  void listenerErrorsAreReportedAndDispatchGoesOn() {
    JsRun.Result r = JsRun.js("""
        let reported = 0;
        addEventListener('error', (e) => { reported++; console.log('reported', e.message); e.preventDefault(); });
        const t = new EventTarget();
        t.addEventListener('x', () => { throw new Error('L1'); });
        t.addEventListener('x', { handleEvent: 5 });
        t.addEventListener('x', () => console.log('L3 ran'));
        console.log('returned', t.dispatchEvent(new Event('x')), reported);
        reportError(42);
        reportError(new RangeError('r'));
        onerror = (message, filename, lineno, colno, error) => { console.log('onerror', message, lineno > 0, error instanceof RangeError); return true; };
        reportError(new RangeError('r2'));
        console.log('end', reported);
        """);
    assertThat(r.stdout()).isEqualTo("""
        reported Uncaught Error: L1
        reported Uncaught TypeError: The 'handleEvent' property of the event listener is not callable
        L3 ran
        returned true 2
        reported Uncaught 42
        reported Uncaught RangeError: r
        reported Uncaught RangeError: r2
        onerror Uncaught RangeError: r2 true true
        end 5
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** unhandledrejection with preventDefault keeps the process alive; a late catch fires rejectionhandled and process rejectionHandled. */
  @Test
  void unhandledRejectionsCanBeCanceledAndLaterHandlingIsAnnounced() {
    JsRun.Result r = JsRun.js("""
        addEventListener('unhandledrejection', (e) => {
          console.log('unhandledrejection', e instanceof PromiseRejectionEvent, e.reason, e.promise === p, e.cancelable, e.isTrusted);
          e.preventDefault();
        });
        addEventListener('rejectionhandled', (e) => console.log('rejectionhandled', e.reason, e.promise === p, e.cancelable));
        process.on('rejectionHandled', (promise) => console.log('process rejectionHandled', promise === p));
        const p = Promise.reject(7);
        setTimeout(() => p.catch(() => console.log('caught')), 10);
        setTimeout(() => console.log('still alive'), 30);
        """);
    assertThat(r.stdout()).isEqualTo("""
        unhandledrejection true 7 true true true
        caught
        rejectionhandled 7 true false
        process rejectionHandled true
        still alive
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }

  /** onunhandledrejection sees it; without preventDefault the process prints the error and exits 1. */
  @Test
  void anUncanceledUnhandledRejectionEndsTheProcess() {
    JsRun.Result r = JsRun.js("""
        onunhandledrejection = (e) => console.log('handler saw', e.reason.message);
        process.on('exit', (code) => console.log('exit', code));
        Promise.reject(new Error('nobody'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        handler saw nobody
        exit 1
        """);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("Error: nobody");
  }

  /** An error listener that throws: its error ends the process, no second error event. */
  @Test
  void anErrorInAnErrorListenerIsFatal() {
    JsRun.Result r = JsRun.js("""
        addEventListener('error', (e) => { console.log('first', e.message); throw new Error('inner'); });
        addEventListener('error', () => console.log('second'));
        setTimeout(() => { throw 'outer'; }, 1);
        """);
    assertThat(r.stdout()).isEqualTo("""
        first Uncaught 'outer'
        """);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("Error: inner").doesNotContain("outer");
  }

  /** Both the event and process.on('unhandledRejection') see the rejection, the event first; the handler keeps the process alive. */
  @Test
  void processUnhandledRejectionHandlersRunAfterTheEvent() {
    JsRun.Result r = JsRun.js("""
        process.on('unhandledRejection', (reason) => console.log('process handler', reason));
        addEventListener('unhandledrejection', (e) => console.log('event first', e.reason, e.defaultPrevented));
        Promise.reject(1);
        """);
    assertThat(r.stdout()).isEqualTo("""
        event first 1 false
        process handler 1
        """);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
  }
}
