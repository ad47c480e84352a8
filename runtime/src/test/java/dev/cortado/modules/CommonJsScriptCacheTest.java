package dev.cortado.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortado.api.JsException;
import dev.cortado.api.JsRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtimes on the shared engine reuse each other's parsed CommonJS bodies, and still each get
 * their own module state, the file's current text, and stack traces that name the file.
 */
class CommonJsScriptCacheTest {
  @TempDir
  Path dir;

  /** Runs {@code main.mjs}, which requires CommonJS files, in a new runtime; its {@code result}. */
  private String load(String expression) throws Exception {
    Files.writeString(dir.resolve("main.mjs"), "import { createRequire } from 'node:module';\n"
        + "const require = createRequire(import.meta.url);\n"
        + "export const result = String(" + expression + ");\n");
    try (JsRuntime js = JsRuntime.builder().workingDirectory(dir).build()) {
      return String.valueOf(js.evalModule(dir.resolve("main.mjs")).join().asMap().get("result"));
    }
  }

  @Test
  void aSecondRuntimeReusesTheParsedBodyButNotItsState() throws Exception {
    Files.writeString(dir.resolve("counter.js"), """
        let loads = 0;
        module.exports = { next: () => ++loads, self: this === exports, file: __filename };
        module.exports.where = function where() { return new Error('here').stack.split('\\n')[1].trim(); };
        """);
    String use = "((c) => [c.next(), c.next(), c.self, c.file === require('path').join(process.cwd(), "
        + "'counter.js'), c.where()].slice(1).join(' '))(require('./counter.js'))";
    long before = CommonJsScriptCache.shared().hits();
    String first = load(use);
    long afterFirst = CommonJsScriptCache.shared().hits();
    String second = load(use);
    String expected = "2 true true at Object.where (" + dir.resolve("counter.js") + ":3:50)";
    assertThat(first).isEqualTo(expected);
    assertThat(second).isEqualTo(expected);
    assertThat(afterFirst).isEqualTo(before);
    assertThat(CommonJsScriptCache.shared().hits()).isEqualTo(afterFirst + 1);

    Files.writeString(dir.resolve("counter.js"), "module.exports = { next: () => 'changed' };\n");
    assertThat(load("require('./counter.js').next()")).isEqualTo("changed");
  }

  @Test
  void aBodyThatDoesNotParseFailsTheSameWayEachTime() throws Exception {
    Files.writeString(dir.resolve("broken.js"), "module.exports = {;\n");
    Files.writeString(dir.resolve("early.js"), "exports.a = 1;\nif (true) return;\nexports.b = 2;\n");
    for (int run = 0; run < 2; run++) {
      assertThatThrownBy(() -> load("require('./broken.js')")).rootCause()
          .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.jsName()).isEqualTo("SyntaxError"));
      assertThat(load("JSON.stringify(require('./early.js'))")).isEqualTo("{\"a\":1}");
    }
    assertThat(List.of(dir.resolve("broken.js"), dir.resolve("early.js"))).allMatch(Files::exists);
  }
}
