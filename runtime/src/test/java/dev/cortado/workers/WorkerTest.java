package dev.cortado.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Workers: classic and module scripts, errors, terminate, liveness, worker_threads, permissions
 * and thread clean-up. (The Deno-compared programs are in {@link WorkerGoldenTest}.)
 */
class WorkerTest {

  @Test
  void classicWorkerWithImportScriptsInheritsThePermissionsOfItsCreator() throws IOException {
    Map<String, String> files = Map.of(
        "main.js", """
            const w = new Worker('./classic.js', { name: 'c1' });
            w.onmessage = (e) => { console.log(e.data); if (e.data.done) w.terminate(); };
            w.postMessage('go');
            """,
        "classic.js", """
            importScripts('./lib1.js', 'lib2.js');
            onmessage = (e) => {
              postMessage(`${e.data} ${typeof importScripts} ${name} ${lib1()} ${lib2} ${self === globalThis}`);
              postMessage(`${self instanceof DedicatedWorkerGlobalScope} ${self instanceof EventTarget} ${Object.prototype.toString.call(self)}`);
              try { importScripts('./nope.js'); } catch (err) { postMessage(err.name); }
              let env;
              try { env = typeof process.env.HOME; } catch (err) { env = err.name; }
              postMessage({ env, done: true });
            };
            """,
        "lib1.js", "function lib1() { return 'lib1'; }\n",
        "lib2.js", "var lib2 = 'lib2';\n");
    String expectedStart = "go function c1 lib1 lib2 true\ntrue true [object DedicatedWorkerGlobalScope]\nNetworkError\n";
    JsRun.Result denied = run(files, Permissions.none());
    assertThat(denied.stdout()).isEqualTo(expectedStart + "{ env: 'NotCapable', done: true }\n");
    JsRun.Result allowed = run(files, Permissions.none().with("env", Permissions.Grant.ALL));
    assertThat(allowed.stdout()).isEqualTo(expectedStart + "{ env: 'string', done: true }\n");
    assertThat(allowed.exitCode()).isZero();
  }

  @Test
  void anErrorNobodyCancelsEndsTheCreatorAsAnUncaughtError() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const w = new Worker(new URL('./bad.mjs', import.meta.url), { type: 'module', name: 'bad' });
            w.onerror = (e) => console.log('error event:', e.message, e.lineno, e.colno, e.error);
            setTimeout(() => console.log('not reached'), 5000);
            """,
        "bad.mjs", "postMessage(1);\nsetTimeout(() => { throw new Error('late failure'); }, 5);\n"), "main.mjs");
    assertThat(r.stdout()).isEqualTo("error event: Uncaught Error: late failure 2 26 null\n");
    assertThat(r.stderr()).contains("Uncaught (in worker \"bad\") Error: late failure");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.leaksJava()).isFalse();
  }

  @Test
  void messagesKeepEveryStringAndNumberExactlyAcrossThreads() {
    // Strings and numbers cross as Java strings and boxed numbers read from the engine's array
    // (CloneOps.toJava / recordsArray); buffers fall back to the general path in the same message.
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const w = new Worker(new URL('./echo.mjs', import.meta.url), { type: 'module' });
            const sent = { '\\uDC00': ['\\uD800x\\uDFFF', 's\\u{1F600}', ''], n: [-0, 2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1.5, NaN, -Infinity],
              big: 12345678901234567890n, nested: { a: [[1, 'b']] }, buffer: new Uint8Array([7, 8]).buffer, last: 'end' };
            w.onmessage = ({ data }) => {
              const [lone, emoji, empty] = data['\\uDC00'];
              console.log(Object.keys(data).map((k) => k.length).join(), lone.length, lone.charCodeAt(0).toString(16), lone.charCodeAt(2).toString(16), emoji === 's\\u{1F600}', empty === '');
              console.log(Object.is(data.n[0], -0), data.n.slice(1), data.big, JSON.stringify(data.nested), [...new Uint8Array(data.buffer)], data.last);
              w.terminate();
            };
            w.postMessage(sent);
            """,
        "echo.mjs", "onmessage = (e) => postMessage(e.data);\n"), "main.mjs");
    assertThat(r.stdout()).isEqualTo("""
        1,1,3,6,6,4 3 d800 dfff true true
        true [ 2147483648, 9007199254740992, -2147483649, 1.5, NaN, -Infinity ] 12345678901234567890n {"a":[[1,"b"]]} [ 7, 8 ] end
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void theWorkerGlobalErrorEventCanKeepTheWorkerRunning() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const w = new Worker(new URL('./w.mjs', import.meta.url), { type: 'module' });
            w.onerror = () => console.log('must not reach the creator');
            w.onmessage = (e) => { console.log(e.data); if (e.data === 'still here') w.terminate(); };
            """,
        "w.mjs", """
            self.addEventListener('error', (e) => { postMessage(`handled ${e.message}`); e.preventDefault(); });
            setTimeout(() => { throw new Error('x'); }, 1);
            setTimeout(() => postMessage('still here'), 50);
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("handled Uncaught Error: x\nstill here\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void badArgumentsThrowBeforeAnyThreadStarts() {
    JsRun.Result r = JsRun.js("""
        try { new Worker(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { Worker('x'); } catch (e) { console.log(e.constructor.name); }
        try { new Worker('./w.js', { type: 'shared' }); } catch (e) { console.log(e.constructor.name); }
        try { new Worker('http://[bad'); } catch (e) { console.log(e.name); }
        try { new Worker('https://example.com/w.js'); } catch (e) { console.log(e.name); }
        console.log(Worker.length, Object.prototype.toString.call(Worker.prototype));
        """);
    assertThat(r.stdout()).isEqualTo("""
        TypeError Failed to construct 'Worker': 1 argument required, but only 0 present.
        TypeError
        TypeError
        SyntaxError
        NotSupportedError
        1 [object Worker]
        """);
  }

  @Test
  void workerThreadsLikeNode() {
    JsRun.Result r = JsRun.project(Map.of("nt.cjs", """
        const { Worker, isMainThread, parentPort, workerData, threadId } = require('node:worker_threads');
        const { pathToFileURL } = require('node:url');
        if (isMainThread) {
          console.log('main', threadId, parentPort, workerData);
          const a = new Worker(__filename, { workerData: { role: 'echo' } });
          a.on('online', () => console.log('a online'));
          a.on('message', (m) => {
            console.log('a says', m);
            if (m === 'ready') a.postMessage('ping');
            else a.terminate().then((code) => console.log('a terminate resolved', code));
          });
          a.on('exit', (code) => {
            console.log('a exit', code);
            const b = new Worker(pathToFileURL(__filename), { workerData: { role: 'throw' } });
            b.on('error', (e) => console.log('b error', e.constructor.name, e.message));
            b.on('exit', (code) => {
              console.log('b exit', code);
              const c = new Worker('./nt.cjs', { workerData: { role: 'exit' } });
              c.on('exit', (code) => {
                console.log('c exit', code);
                const d = new Worker('setInterval(() => {}, 1000)', { eval: true });
                d.unref();
                console.log('d unref: main may exit');
              });
            });
          });
          try { new Worker('nt.cjs'); } catch (e) { console.log(e.code); }
        } else if (workerData.role === 'echo') {
          parentPort.postMessage('ready');
          parentPort.on('message', (m) => parentPort.postMessage(`pong for ${m} from ${threadId}`));
        } else if (workerData.role === 'throw') {
          throw new RangeError('worker failed');
        } else {
          process.exit(7);
        }
        """), "nt.cjs");
    assertThat(r.stdout()).isEqualTo("""
        main 0 null null
        ERR_WORKER_PATH
        a online
        a says ready
        a says pong for ping from 1
        a exit 1
        a terminate resolved 1
        b error RangeError worker failed
        b exit 1
        c exit 7
        d unref: main may exit
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aWorkerThreadsErrorWithoutListenerIsUncaughtInTheCreator() {
    JsRun.Result r = JsRun.js("""
        const { Worker } = require('node:worker_threads');
        new Worker('throw new TypeError("eval worker failed")', { eval: true });
        """);
    assertThat(r.stderr()).contains("TypeError: eval worker failed");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.leaksJava()).isFalse();
  }

  @Test
  void aThousandWorkersCreatedAndTerminatedLeaveNoThreadBehind() throws InterruptedException {
    long before = loopThreads();
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const url = new URL('./w.mjs', import.meta.url);
            for (let i = 0; i < 1000; i++) {
              const w = new Worker(url, { type: 'module' });
              w.terminate();
            }
            // And workers whose threads run: 8 at once, each terminated once it has spoken.
            const running = [];
            for (let i = 0; i < 8; i++) running.push(new Worker(url, { type: 'module' }));
            await Promise.all(running.map((w) => new Promise((resolve) => { w.onmessage = resolve; })));
            for (const w of running) w.terminate();
            const last = new Worker(url, { type: 'module' });
            last.onmessage = (e) => { console.log('last worker says', e.data); last.terminate(); };
            """,
        "w.mjs", "postMessage('hi');\n"), "main.mjs");
    assertThat(r.stdout()).isEqualTo("last worker says hi\n");
    assertThat(r.exitCode()).isZero();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (loopThreads() > before && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    // at most as many: a thread of an earlier test may have ended meanwhile
    assertThat(loopThreads()).isLessThanOrEqualTo(before);
  }

  @Test
  void terminateStopsAWorkerBlockedInAtomicsWait() throws InterruptedException {
    long before = loopThreads();
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const sab = new SharedArrayBuffer(8);
            const w = new Worker(new URL('./w.mjs', import.meta.url), { type: 'module' });
            w.onmessage = (e) => { console.log(e.data); setTimeout(() => { w.terminate(); console.log('terminated'); }, 50); };
            w.postMessage(sab);
            """,
        "w.mjs", """
            onmessage = (e) => { postMessage('blocking'); Atomics.wait(new Int32Array(e.data), 0, 0); postMessage('never'); };
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("blocking\nterminated\n");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (loopThreads() > before && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    // at most as many: a thread of an earlier test may have ended meanwhile
    assertThat(loopThreads()).isLessThanOrEqualTo(before);
  }

  @Test
  void aWorkerKeepsItsCreatorAliveUntilItCloses() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            const w = new Worker(new URL('./w.mjs', import.meta.url), { type: 'module' });
            w.onmessage = (e) => console.log(e.data);
            """,
        "w.mjs", "setTimeout(() => { postMessage('closing'); close(); postMessage('dropped'); }, 100);\n"), "main.mjs");
    assertThat(r.stdout()).isEqualTo("closing\n");
    assertThat(r.exitCode()).isZero();
  }

  /** Node: a port holds its thread only while it has 'message' listeners (on/once/off). */
  @Test
  void aParentPortHoldsTheWorkerOnlyWhileItHasMessageListeners() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            import { Worker } from 'node:worker_threads';
            const w = new Worker(new URL('./w.cjs', import.meta.url));
            w.once('message', (m) => { console.log('main got', m); w.postMessage('back'); });
            w.on('exit', (code) => console.log('worker exited', code));
            """,
        "w.cjs", """
            const { parentPort } = require('node:worker_threads');
            const unused = () => {};
            parentPort.on('message', unused);
            parentPort.off('message', unused);
            parentPort.postMessage('hi');
            parentPort.once('message', (m) => console.log('worker got', m));
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("main got hi\nworker got back\nworker exited 0\n");
    assertThat(r.exitCode()).isZero();
  }

  /** Node: the ports a thread holds close when it ends, and their peers get 'close'. */
  @Test
  void aPortWhosePeerWasInAnEndedWorkerCloses() {
    JsRun.Result r = JsRun.project(Map.of(
        "main.mjs", """
            import { Worker, MessageChannel } from 'node:worker_threads';
            const { port1, port2 } = new MessageChannel();
            const w = new Worker(new URL('./w.cjs', import.meta.url));
            port1.on('message', (m) => console.log('main got', m));
            port1.on('close', () => console.log('port1 closed'));
            w.postMessage({ port: port2 }, [port2]);
            w.on('exit', (code) => console.log('worker exited', code));
            """,
        "w.cjs", """
            const { parentPort } = require('node:worker_threads');
            parentPort.once('message', ({ port }) => {
              port.postMessage('hello');
              port.on('message', () => {});
              setTimeout(() => process.exit(0), 50);
            });
            """), "main.mjs");
    assertThat(r.stdout()).isEqualTo("main got hello\nport1 closed\nworker exited 0\n"); // as Node 20 prints
    assertThat(r.exitCode()).isZero();
  }

  private static long loopThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("cortado-loop") && t.isAlive()).count();
  }

  private static JsRun.Result run(Map<String, String> files, Permissions permissions) throws IOException {
    Path dir = Files.createTempDirectory("cortado-workers").toRealPath();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    try {
      return JsRun.file(permissions, dir.resolve("main.js"), dir);
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
