package dev.cortado.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortado.host.Permissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts that try to get out of an embedded runtime: to Java, to the environment, to files
 * through the module loader, through the runtime's own objects, or by exhausting the host. Without
 * the matching permission each attempt fails cleanly (a JavaScript error, nothing read); with it,
 * the same script works; and the host JVM and other runtimes carry on.
 */
class HostileScriptsTest {
  @TempDir
  Path dir;

  /** Runs each attempt; answers "ok: <value>" or "<error name>: <message>" per line. */
  private static String attempts(JsRuntime js, String... attempts) {
    StringBuilder script = new StringBuilder("(async () => { const out = [];\n");
    for (String attempt : attempts) {
      script.append("try { out.push('ok: ' + String(await (async () => ").append(attempt)
          .append(")())); } catch (e) { out.push(`${e && e.name}: ${e && e.message}`); }\n");
    }
    script.append("return out.join('\\n'); })()");
    return js.eval(script.toString()).join().asString();
  }

  @Test
  void javaAndTheEnginesShellObjectsAreOutOfReach() {
    try (JsRuntime js = JsRuntime.builder().permissions(Permissions.all()).build()) {
      String result = attempts(js,
          "Java.type('java.lang.Runtime').getRuntime().exec('id')",
          "Packages.java.lang.System.getenv()",
          "Polyglot.import('x')",
          "Graal.versionJS",
          "load('/etc/passwd')",
          "print('x')",
          "quit()",
          "(function () { return this; })().Java",
          "Function('return this')().Packages",
          "[].constructor.constructor('return typeof Java')()",
          "Object.getOwnPropertyNames(globalThis).filter((n) => /^(host|internal|Java|Packages|Polyglot|Graal)$/.test(n)).length",
          "typeof setTimeout(() => {}, 0).getClass",
          "typeof process.getClass",
          "typeof console.log.constructor('return this')().host");
      assertThat(result).isEqualTo(String.join("\n",
          "ReferenceError: Java is not defined",
          "ReferenceError: Packages is not defined",
          "ReferenceError: Polyglot is not defined",
          "ReferenceError: Graal is not defined",
          "ReferenceError: load is not defined",
          "ReferenceError: print is not defined",
          "ReferenceError: quit is not defined",
          "ok: undefined",
          "ok: undefined",
          "ok: undefined",
          "ok: 0",
          "ok: undefined",
          "ok: undefined",
          "ok: undefined"));
    }
  }

  @Test
  void theEnvironmentAndFilesBehindModulesNeedTheirPermissions() throws Exception {
    Path program = Files.createDirectories(dir.resolve("program"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.json"), "{\"token\": \"s3cret\"}");
    Files.writeString(outside.resolve("secret.mjs"), "export default 's3cret';");
    Files.writeString(program.resolve("own.mjs"), "export default 'own module';");
    String json = outside.resolve("secret.json").toString();
    String mjs = outside.resolve("secret.mjs").toString();
    String[] attacks = {
        "process.env.SECRET",
        "Object.keys(process.env).length",
        "import('node:module').then((m) => m.createRequire('" + program + "/x.js')('" + json + "').token)",
        "import('file://" + mjs + "').then((m) => m.default)",
        "import('" + mjs + "').then((m) => m.default)",
        "import('data:text/javascript,export default 1').then((m) => m.default)",
        "import('./own.mjs').then((m) => m.default)",
    };
    Map<String, String> env = Map.of("SECRET", "s3cret");
    try (JsRuntime js = JsRuntime.builder().workingDirectory(program).environment(env).build()) {
      String denied = attempts(js, attacks);
      assertThat(denied).doesNotContain("s3cret").isEqualTo(String.join("\n",
          "NotCapable: Requires env access to \"SECRET\", run again with the --allow-env flag",
          "NotCapable: Requires env access, run again with the --allow-env flag",
          "NotCapable: Requires read access to \"" + json + "\", run again with the --allow-read flag",
          "NotCapable: Requires read access to \"" + mjs + "\", run again with the --allow-read flag",
          "NotCapable: Requires read access to \"" + mjs + "\", run again with the --allow-read flag",
          "ok: 1",
          "ok: own module"));
    }
    Permissions granted = Permissions.none()
        .with("env", Permissions.Grant.NONE.allow(List.of("SECRET")))
        .with("read", Permissions.Grant.NONE.allow(List.of(outside.toString())));
    try (JsRuntime js = JsRuntime.builder().workingDirectory(program).environment(env).permissions(granted).build()) {
      String allowed = attempts(js, attacks);
      assertThat(allowed.lines().toList()).startsWith("ok: s3cret");
      assertThat(allowed.lines().toList().subList(2, 5)).containsExactly("ok: s3cret", "ok: s3cret", "ok: s3cret");
    }
  }

  @Test
  void filesSocketsProcessesWorkersAndDataModulesNeedTheirPermissions() throws Exception {
    Path program = Files.createDirectories(dir.resolve("program"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("secret.txt"), "s3cret");
    Path written = outside.resolve("written.txt");
    Files.writeString(program.resolve("worker.mjs"), """
        import fs from 'node:fs';
        try { postMessage('ok: ' + fs.readFileSync('%s', 'utf8')); } catch (e) { postMessage(`${e.name}: ${e.message}`); }
        """.formatted(secret));
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "s3cret from the network".getBytes();
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    String[] attacks = {
        "import('node:fs').then((fs) => fs.readFileSync('" + secret + "', 'utf8'))",
        "import('node:fs').then((fs) => fs.readFileSync('/etc/passwd', 'utf8').slice(0, 0) + 's3cret')",
        "import('node:fs').then((fs) => { fs.writeFileSync('" + written + "', 'x'); return 's3cret'; })",
        "fetch('" + url + "').then((r) => r.text())",
        "import('node:child_process').then((cp) => cp.execFileSync('echo', ['s3cret']).toString().trim())",
        "new Promise((resolve) => { const w = new Worker(new URL('./worker.mjs', 'file://" + program
            + "/'), { type: 'module' }); w.onmessage = (e) => { resolve(e.data.replace(/^ok: /, '')); w.terminate(); }; })",
        "import('data:text/javascript,import fs from \"node:fs\"; export default fs.readFileSync(\"" + secret
            + "\", \"utf8\")').then((m) => m.default)",
        "Function('return import(\"node:fs\")')().then((fs) => fs.readFileSync('" + secret + "', 'utf8'))",
    };
    try {
      try (JsRuntime js = JsRuntime.builder().workingDirectory(program).build()) {
        String denied = attempts(js, attacks);
        assertThat(denied).doesNotContain("s3cret");
        // (the worker reports the denial it met as its message)
        assertThat(denied.lines().toList()).allMatch(line -> line.contains("NotCapable: Requires "), "all denied")
            .hasSize(attacks.length);
        assertThat(denied).contains("Requires net access to \"127.0.0.1:" + server.getAddress().getPort() + "\"")
            .contains("Requires run access to \"echo\"").contains("Requires write access to \"" + written + "\"");
      }
      assertThat(requests.get()).as("nothing was sent").isZero();
      assertThat(written).as("nothing was written").doesNotExist();
      Permissions granted = Permissions.none()
          .with("read", Permissions.Grant.ALL).with("write", Permissions.Grant.NONE.allow(List.of(outside.toString())))
          .with("net", Permissions.Grant.NONE.allow(List.of("127.0.0.1")))
          .with("run", Permissions.Grant.NONE.allow(List.of("echo")));
      try (JsRuntime js = JsRuntime.builder().workingDirectory(program).permissions(granted).build()) {
        List<String> allowed = attempts(js, attacks).lines().toList();
        assertThat(allowed).containsExactly("ok: s3cret", "ok: s3cret", "ok: s3cret", "ok: s3cret from the network",
            "ok: s3cret", "ok: s3cret", "ok: s3cret", "ok: s3cret");
      }
      assertThat(requests.get()).isEqualTo(1);
      assertThat(written).hasContent("x");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void patchedPrototypesNeitherBreakNorSpyOnTheRuntime() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsRuntime js = JsRuntime.builder().stdout(out).build()) {
      String result = js.eval("""
          const seen = [];
          const spy = (name) => function () { seen.push(name); throw new Error('patched ' + name); };
          Array.prototype.push = spy('push');
          Promise.prototype.then = spy('then');
          Function.prototype.call = spy('call');
          Function.prototype.apply = spy('apply');
          Reflect.apply = spy('Reflect.apply');
          Object.defineProperty(Object.prototype, 'permissions', { get: spy('permissions getter') });
          Object.defineProperty(Object.prototype, 'host', { get: spy('host getter') });
          JSON.stringify = spy('stringify');
          new Promise((resolve) => {
            setTimeout(() => {
              queueMicrotask(() => {
                console.log('still works', [1, { a: 2 }]);
                resolve(seen.length);
              });
            }, 1);
          });
          """).join().asString();
      assertThat(result).isEqualTo("0");
    }
    assertThat(out.toString()).isEqualTo("still works [ 1, { a: 2 } ]\n");
  }

  @Test
  void cpuMemoryAndTimerFloodsAreStoppedAndTheHostCarriesOn() throws Exception {
    try (JsRuntime healthy = JsRuntime.builder().build()) {
      try (JsRuntime js = JsRuntime.builder().turnTimeLimit(Duration.ofMillis(500)).build()) {
        assertThatThrownBy(() -> js.eval("const hoard = []; while (true) hoard.push(new Array(100_000).fill(1.5));")
            .get(120, TimeUnit.SECONDS)).cause().isInstanceOf(ResourceLimitException.class);
      }
      try (JsRuntime js = JsRuntime.builder().turnTimeLimit(Duration.ofMillis(500)).build()) {
        // (GraalJS matches most patterns without backtracking; a backreference forces it)
        assertThatThrownBy(() -> js.eval("/^(a+)+(?=b)\\1c/.test('a'.repeat(40) + 'd')").get(120, TimeUnit.SECONDS))
            .cause().isInstanceOf(ResourceLimitException.class);
      }
      try (JsRuntime js = JsRuntime.builder().maxPendingTimers(10_000).cpuTimeLimit(Duration.ofSeconds(5)).build()) {
        assertThat(js.eval("""
            let n = 0;
            try { for (;;) { setTimeout(() => {}, 1e9); n++; } } catch (e) { `${n} ${e.name}` }
            """).get(120, TimeUnit.SECONDS).asString()).isEqualTo("10000 RangeError");
      }
      System.gc();
      assertThat(healthy.eval("[1, 2, 3].map((x) => x * 2).join()").get(60, TimeUnit.SECONDS).asString())
          .isEqualTo("2,4,6");
      Runtime jvm = Runtime.getRuntime();
      assertThat(jvm.totalMemory() - jvm.freeMemory()).as("heap in use after the attacks")
          .isLessThan(jvm.maxMemory() / 2);
    }
  }
}
