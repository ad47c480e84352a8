package dev.cortado.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java embedding API as an embedder uses it: results, errors, exposed functions, threads. */
class JsRuntimeTest {
  @TempDir
  Path dir;

  @Test
  void evalGivesPlainDataAndAwaitsPromisesThatTimersSettle() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsRuntime js = JsRuntime.builder().stdout(out).build()) {
      assertThat(js.eval("6 * 7").join().asInt()).isEqualTo(42);
      assertThat(js.eval("'a' + 'b'").join().asString()).isEqualTo("ab");
      assertThat(js.eval("({ n: 1.5, list: [1, 'two', null], nested: { ok: true } })").join().asMap())
          .isEqualTo(Map.of("n", 1.5, "list", java.util.Arrays.asList(1, "two", null), "nested", Map.of("ok", true)));
      assertThat((byte[]) js.eval("new Uint8Array([1, 2, 255])").join().value()).containsExactly(1, 2, -1);
      assertThat(js.eval("new Promise((r) => setTimeout(() => r('later'), 20))").join().asString())
          .isEqualTo("later");
      js.eval("console.log('to stdout', [1, 2])").join();
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("to stdout [ 1, 2 ]\n");
  }

  @Test
  void errorsAndRejectionsBecomeJsExceptionsWithTheJavaScriptStack() {
    try (JsRuntime js = JsRuntime.builder().build()) {
      assertThatThrownBy(() -> js.eval("function fail() { null.x; }\nfail()", "script.js").join())
          .isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(JsException.class, e -> {
            assertThat(e.jsName()).isEqualTo("TypeError");
            assertThat(e.jsMessage()).contains("null");
            assertThat(e.jsStack()).contains("at fail (script.js:1").contains("script.js:2");
          });
      assertThatThrownBy(() -> js.eval("Promise.reject(new RangeError('too far'))").join())
          .cause().isInstanceOfSatisfying(JsException.class, e -> {
            assertThat(e.jsName()).isEqualTo("RangeError");
            assertThat(e.jsMessage()).isEqualTo("too far");
          });
      assertThatThrownBy(() -> js.eval("throw 'just a string'").join())
          .cause().isInstanceOfSatisfying(JsException.class, e -> assertThat(e.jsMessage()).contains("just a string"));
      // the runtime survives its callers' errors
      assertThat(js.eval("1 + 1").join().asInt()).isEqualTo(2);
    }
  }

  @Test
  void modulesRunWithTopLevelAwaitAndTheirExportsCanBeCalled() throws Exception {
    Files.writeString(dir.resolve("helper.mjs"), "export const scale = 10;\n");
    Files.writeString(dir.resolve("main.mjs"), """
        import { scale } from './helper.mjs';
        await new Promise((r) => setTimeout(r, 5));
        export const ready = true;
        export function total(list) { return list.reduce((a, b) => a + b, 0) * scale; }
        export async function later(map) { await null; return { got: map.key, keys: Object.keys(map) }; }
        """);
    try (JsRuntime js = JsRuntime.builder().workingDirectory(dir).build()) {
      assertThat(js.evalModule(dir.resolve("main.mjs")).join().asMap()).containsEntry("ready", true);
      assertThat(js.call("total", List.of(1, 2, 3)).join().asInt()).isEqualTo(60);
      assertThat(js.call("later", Map.of("key", "v")).join().asMap())
          .isEqualTo(Map.of("got", "v", "keys", List.of("key")));
      assertThatThrownBy(() -> js.call("missing").join()).cause()
          .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.jsMessage())
              .isEqualTo("missing is not a function exported by the main module or a global function"));
    }
  }

  @Test
  void exposedJavaFunctionsAreSyncOrAsyncAndTheirPromisesSettleOnTheLoop() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (JsRuntime js = JsRuntime.builder().build()) {
      js.expose("add", args -> ((Number) args.get(0)).intValue() + ((Number) args.get(1)).intValue()).join();
      js.expose("fetchUser", args -> CompletableFuture.supplyAsync(() -> {
        sleep(30);
        return Map.of("id", args.get(0), "name", "Ada");
      }, other)).join();
      js.expose("refuse", args -> {
        throw new IllegalArgumentException("no such thing");
      }).join();
      js.expose("failLater", args -> CompletableFuture.failedFuture(new IllegalStateException("gone"))).join();

      assertThat(js.eval("add(2, 3)").join().asInt()).isEqualTo(5);
      assertThat(js.eval("(async () => { const u = await fetchUser(7); return u.name + '#' + u.id; })()")
          .join().asString()).isEqualTo("Ada#7");
      assertThat(js.eval("try { refuse(); } catch (e) { e instanceof Error && e.message }").join().asString())
          .isEqualTo("no such thing");
      assertThat(js.eval("failLater().catch((e) => 'caught ' + e.message)").join().asString())
          .isEqualTo("caught gone");
      // nothing of Java shows through
      assertThat(js.eval("[typeof Java, typeof Packages, typeof java, typeof Polyglot, typeof Graal, typeof load,"
          + " typeof print, typeof quit, typeof loadWithNewGlobal].join(' ')").join().asString())
          .isEqualTo("undefined undefined undefined undefined undefined undefined undefined undefined undefined");
      // an exposed function's Java side cannot be reached through it
      assertThat(js.eval("[typeof add.getClass, Object.keys(add).length, String(Object.getPrototypeOf(add) === Function.prototype)].join(' ')")
          .join().asString()).isEqualTo("undefined 0 true");
    } finally {
      other.shutdown();
    }
  }

  @Test
  void sixteenThreadsMayCallAtOnce() throws Exception {
    try (JsRuntime js = JsRuntime.builder().build()) {
      js.eval("globalThis.calls = 0; globalThis.mul = (a, b) => { calls++; return a * b; }").join();
      ExecutorService pool = Executors.newFixedThreadPool(16);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<CompletableFuture<JsValue>> futures = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            futures.add(js.call("mul", thread, i));
          }
          List<Integer> products = new ArrayList<>();
          for (CompletableFuture<JsValue> f : futures) {
            products.add(f.get(60, TimeUnit.SECONDS).asInt());
          }
          return products;
        }));
      }
      start.countDown();
      for (int t = 0; t < 16; t++) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          expected.add(t * i);
        }
        assertThat(results.get(t).get(120, TimeUnit.SECONDS)).isEqualTo(expected);
      }
      pool.shutdown();
      assertThat(js.eval("calls").join().asInt()).isEqualTo(16 * 50);
    }
  }

  @Test
  void manyRuntimesSideBySideShareNothing() {
    List<JsRuntime> runtimes = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        runtimes.add(JsRuntime.builder().environment(Map.of("INDEX", String.valueOf(i)))
            .permissions(dev.cortado.host.Permissions.all()).build());
      }
      for (int i = 0; i < 100; i++) {
        runtimes.get(i).eval("globalThis.mine = Number(process.env.INDEX); Array.prototype.tag = mine;").join();
      }
      for (int i = 0; i < 100; i++) {
        assertThat(runtimes.get(i).eval("[mine, [].tag, typeof other]").join().asList())
            .isEqualTo(List.of(i, i, "undefined"));
      }
    } finally {
      runtimes.forEach(JsRuntime::close);
    }
  }

  @Test
  void closingFailsWhatIsPendingAndRefusesNewCalls() {
    JsRuntime js = JsRuntime.builder().build();
    CompletableFuture<JsValue> never = js.eval("new Promise(() => {})");
    js.close();
    assertThatThrownBy(never::join).cause().isInstanceOf(IllegalStateException.class)
        .hasMessage("the runtime was closed");
    assertThatThrownBy(() -> js.eval("1").join()).cause().isInstanceOf(IllegalStateException.class);
    js.close(); // twice is fine
  }

  @Test
  void processExitEndsTheRuntimeWithItsCode() throws Exception {
    try (JsRuntime js = JsRuntime.builder().build()) {
      js.eval("setTimeout(() => process.exit(3), 5)");
      assertThat(js.exitCode().get(30, TimeUnit.SECONDS)).isEqualTo(3);
      assertThatThrownBy(() -> js.eval("1").join()).cause().isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("exit code 3");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void runawayScriptsAreStoppedByTheirLimitsAndOtherRuntimesCarryOn() throws Exception {
    try (JsRuntime healthy = JsRuntime.builder().build()) {
      for (String runaway : List.of(
          "while (true) {}",
          "new Promise(() => { (function spin() { Promise.resolve().then(spin); })(); })",
          "for (;;) { JSON.parse(JSON.stringify({ deep: [1, 2, 3] })); }")) {
        try (JsRuntime js = JsRuntime.builder().turnTimeLimit(java.time.Duration.ofMillis(1000)).build()) {
          assertThatThrownBy(() -> js.eval(runaway).get(60, TimeUnit.SECONDS)).as(runaway)
              .cause().isInstanceOf(ResourceLimitException.class)
              .hasMessageContaining("without returning to the event loop (turn time limit 1000 ms)");
        }
        assertThat(healthy.eval("'still here'").join().asString()).isEqualTo("still here");
      }
      try (JsRuntime js = JsRuntime.builder().cpuTimeLimit(java.time.Duration.ofMillis(500)).build()) {
        assertThatThrownBy(() -> js.eval("""
            new Promise(() => { setInterval(() => { const end = Date.now() + 50; while (Date.now() < end) {} }, 1); })
            """).get(60, TimeUnit.SECONDS))
            .cause().isInstanceOf(ResourceLimitException.class).hasMessageContaining("ms of CPU time (limit 500 ms)");
      }
      // the wall-clock limit counts waiting too
      try (JsRuntime js = JsRuntime.builder().wallClockLimit(java.time.Duration.ofMillis(300)).build()) {
        assertThatThrownBy(() -> js.eval("new Promise((r) => setTimeout(r, 60_000))").get(60, TimeUnit.SECONDS))
            .cause().isInstanceOf(ResourceLimitException.class).hasMessageContaining("(wall-clock limit 300 ms)");
      }
      // waiting is not running: a timer far off stays within a short turn limit
      try (JsRuntime js = JsRuntime.builder().turnTimeLimit(java.time.Duration.ofMillis(200)).build()) {
        assertThat(js.eval("new Promise((r) => setTimeout(() => r('waited'), 600))").get(60, TimeUnit.SECONDS)
            .asString()).isEqualTo("waited");
      }
    }
  }

  @Test
  void statementTimerAndOperationLimits() throws Exception {
    try (JsRuntime healthy = JsRuntime.builder().build()) {
      try (JsRuntime js = JsRuntime.builder().statementLimit(10_000).build()) {
        assertThat(js.eval("let n = 0; for (let i = 0; i < 100; i++) n += i; n").join().asInt()).isEqualTo(4950);
        assertThatThrownBy(() -> js.eval("for (let i = 0; ; i++) {}").get(60, TimeUnit.SECONDS))
            .cause().isInstanceOf(ResourceLimitException.class)
            .hasMessageContaining("the program executed 10000 statements (statement limit 10000)");
      }
      try (JsRuntime js = JsRuntime.builder().maxPendingTimers(3).build()) {
        assertThat(js.eval("""
            const ids = [];
            let error;
            try { for (let i = 0; i < 5; i++) ids.push(setTimeout(() => {}, 60_000)); } catch (e) { error = e; }
            const first = `${ids.length} ${error.name}: ${error.message}`;
            ids.forEach(clearTimeout);
            setImmediate(() => {}); globalThis.every = setInterval(() => {}, 1000).unref(); setTimeout(() => {}, 1);
            let again; try { setImmediate(() => {}); } catch (e) { again = e.name; }
            `${first} | ${again}`;
            """).join().asString()).isEqualTo("3 RangeError: Too many pending timers: this runtime allows 3 at once"
                + " (JsRuntime.Builder.maxPendingTimers) | RangeError");
        assertThat(js.eval("clearInterval(every); new Promise((r) => setTimeout(() => r('room again'), 5))").get(60, TimeUnit.SECONDS)
            .asString()).isEqualTo("room again");
      }
      CompletableFuture<Object> never = new CompletableFuture<>();
      try (JsRuntime js = JsRuntime.builder().maxPendingOps(2).build()) {
        js.expose("slow", args -> never).join();
        assertThat(js.eval("""
            slow(); slow();
            try { slow(); 'no error' } catch (e) { `${e.name}: ${e.message}` }
            """).join().asString()).isEqualTo(
                "RangeError: Too many pending operations: this runtime allows 2 at once (JsRuntime.Builder.maxPendingOps)");
      }
      assertThat(healthy.eval("'still here'").join().asString()).isEqualTo("still here");
    }
  }

  @Test
  void permissionsAreDeniedByDefaultAndGrantedByName() {
    Map<String, String> env = Map.of("HOME", "/home/ada", "SECRET", "s3cret");
    try (JsRuntime js = JsRuntime.builder().environment(env).build()) {
      assertThatThrownBy(() -> js.eval("process.env.HOME").join()).cause()
          .isInstanceOfSatisfying(JsException.class, e -> {
            assertThat(e.jsName()).isEqualTo("NotCapable");
            assertThat(e.jsMessage()).isEqualTo("Requires env access to \"HOME\", run again with the --allow-env flag");
          });
    }
    dev.cortado.host.Permissions homeOnly = dev.cortado.host.Permissions.none()
        .with("env", dev.cortado.host.Permissions.Grant.NONE.allow(List.of("HOME")));
    try (JsRuntime js = JsRuntime.builder().environment(env).permissions(homeOnly).build()) {
      assertThat(js.eval("process.env.HOME").join().asString()).isEqualTo("/home/ada");
      assertThat(js.eval("try { process.env.SECRET } catch (e) { e.name }").join().asString()).isEqualTo("NotCapable");
    }
  }
}
