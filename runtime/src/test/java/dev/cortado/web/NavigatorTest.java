package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import dev.cortado.testing.JsRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code navigator}: hardwareConcurrency, userAgent, language(s) from the locale environment. */
class NavigatorTest {

  /** The attributes, their descriptors and brand checks, and how the object prints. */
  @Test
  void attributesBrandChecksAndInspection() {
    JsRun.Result r = JsRun.js("""
        console.log(navigator instanceof Navigator, Object.prototype.toString.call(navigator), navigator === globalThis.navigator);
        console.log(Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency >= 1);
        console.log(navigator.userAgent === `Cortado/${process.versions.cortado}`, /^Cortado\\/\\d+\\.\\d+\\.\\d+/.test(navigator.userAgent));
        console.log(navigator.language, navigator.languages, navigator.languages === navigator.languages, Object.isFrozen(navigator.languages));
        for (const key of ['hardwareConcurrency', 'userAgent', 'language', 'languages']) {
          const d = Object.getOwnPropertyDescriptor(Navigator.prototype, key);
          let message; try { d.get.call({}); } catch (e) { message = e.message; }
          console.log(key, typeof d.get, d.set, d.enumerable, d.configurable, Object.hasOwn(navigator, key), message);
        }
        try { new Navigator(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { Navigator(); } catch (e) { console.log(e.constructor.name); }
        // The global's attributes are enumerable (Web IDL; Node 21's navigator too).
        const g = Object.getOwnPropertyDescriptor(globalThis, 'navigator'); console.log(g.enumerable, g.configurable);
        navigator.userAgent = 'x'; console.log(navigator.userAgent.startsWith('Cortado/'));
        console.log(require('util').inspect(navigator).replace(/hardwareConcurrency: \\d+/, 'hardwareConcurrency: N').replace(/Cortado\\/[\\d.]+/, 'Cortado/V'));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true [object Navigator] true
        true
        true true
        en-US [ 'en-US' ] true true
        hardwareConcurrency function undefined true true false Illegal invocation
        userAgent function undefined true true false Illegal invocation
        language function undefined true true false Illegal invocation
        languages function undefined true true false Illegal invocation
        TypeError Illegal constructor
        TypeError
        true true
        true
        Navigator {
          hardwareConcurrency: N,
          userAgent: 'Cortado/V',
          language: 'en-US',
          languages: [ 'en-US' ]
        }
        """);
    assertThat(r.leaksJava()).isFalse();
  }

  /** LC_ALL, then LC_MESSAGES, then LANG, as a BCP 47 tag; C, POSIX or nothing: en-US. */
  @Test
  void languageComesFromTheLocaleEnvironment() throws Exception {
    String script = "console.log(navigator.language, navigator.languages.join());";
    assertThat(runWithEnvironment(Map.of("LANG", "de_AT.UTF-8"), script)).isEqualTo("de-AT de-AT\n");
    assertThat(runWithEnvironment(Map.of("LANG", "fr_FR", "LC_MESSAGES", "pt_br.ISO-8859-1@euro"), script))
        .isEqualTo("pt-BR pt-BR\n");
    assertThat(runWithEnvironment(Map.of("LANG", "fr_FR", "LC_ALL", "C"), script)).isEqualTo("en-US en-US\n");
    assertThat(runWithEnvironment(Map.of("LANG", "ja"), script)).isEqualTo("ja ja\n");
    assertThat(runWithEnvironment(Map.of("LANG", "POSIX"), script)).isEqualTo("en-US en-US\n");
  }

  private static String runWithEnvironment(Map<String, String> environment, String source) throws Exception {
    Path dir = Files.createTempDirectory("cortado-test");
    Path file = dir.resolve("main.js");
    Files.writeString(file, source);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), out, err, false, false);
    RuntimeOptions options = new RuntimeOptions(io, dir, environment, List.of(), RuntimeOptions.DEFAULT_STACK_BYTES);
    int code = new EventLoop(options).start(new MainProgram.ScriptFile(file)).get(120, TimeUnit.SECONDS);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
