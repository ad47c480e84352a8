package dev.cortado.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a user sees when their code throws and nothing catches it (DESIGN.md rule 6): on stderr,
 * where it happened (file:line, the line, a caret), the error and its JavaScript stack; exit code
 * 1; never a trace of the Java underneath. Compared with Node 20, whose messages for errors the
 * engine itself raises (syntax errors, property reads) are worded differently: those are checked
 * for their shape, not their wording.
 */
class UncaughtErrorsTest {

  @Test
  void anUncaughtThrowPrintsWhereTheErrorIsItsStackAndExits1() {
    JsRun.Result r = JsRun.js("""
        function inner() {
          throw new Error('boom message');
        }
        function outer() { inner(); }
        console.log('before');
        outer();
        console.log('after');
        """);
    assertThat(r.stdout()).isEqualTo("before\n");
    assertThat(r.stderr()).matches(Pattern.compile("""
        \\S*/main\\.js:2
          throw new Error\\('boom message'\\);
         *\\^

        Error: boom message
            at inner \\(\\S*/main\\.js:2:9\\)
            at outer \\(\\S*/main\\.js:4:20\\)
            at Object\\.<anonymous> \\(\\S*/main\\.js:6:1\\)
        [\\s\\S]*""", Pattern.DOTALL));
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void thrownNonErrorValuesArePrintedBareBelowWhereTheyWereThrown() {
    JsRun.Result number = JsRun.js("console.log('x');\nthrow 42;\n");
    assertThat(number.stdout()).isEqualTo("x\n");
    assertThat(number.stderr()).matches("(?s)\n\\S*/main\\.js:2\nthrow 42;\n\\^\n42\n.*");
    assertThat(number.exitCode()).isEqualTo(1);

    JsRun.Result object = JsRun.js("throw { a: 1, nested: { b: [1, 2] } };\n");
    assertThat(object.stderr()).matches("(?s)\n\\S*/main\\.js:1\nthrow \\{ a: 1, nested: \\{ b: \\[1, 2\\] \\} \\};\n"
        + "\\^\n\\{ a: 1, nested: \\{ b: \\[ 1, 2 \\] \\} \\}\n.*");
    assertThat(object.exitCode()).isEqualTo(1);

    JsRun.Result nothing = JsRun.js("throw null;\n");
    assertThat(nothing.stderr()).contains("throw null;\n^\nnull\n");
    assertThat(nothing.exitCode()).isEqualTo(1);

    JsRun.Result undefinedValue = JsRun.js("console.log('runs');\nthrow undefined;\nconsole.log('never');\n");
    assertThat(undefinedValue.stdout()).isEqualTo("runs\n");
    assertThat(undefinedValue.stderr()).contains("main.js:2\nthrow undefined;\n^\nundefined\n");
    assertThat(undefinedValue.exitCode()).isEqualTo(1);

    JsRun.Result text = JsRun.js("setTimeout(() => { throw 'just a string'; }, 1);\n");
    assertThat(text.stderr()).containsPattern("(?m)^just a string$")
        .doesNotContainPattern("(?m)^'just a string'$");
    assertThat(text.exitCode()).isEqualTo(1);

    for (JsRun.Result r : new JsRun.Result[] {number, object, nothing, undefinedValue, text}) {
      assertThat(r.leaksJava()).as(r.stderr()).isFalse();
    }
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLineAndRunsNothing() {
    JsRun.Result r = JsRun.js("""
        console.log('never printed');
        function f() {
          let x = ;
        }
        """);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).matches(Pattern.compile("""
        \\S*/main\\.js:3
          let x = ;
         *\\^

        SyntaxError: .+
        [\\s\\S]*"""));
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);

    JsRun.Result redeclared = JsRun.js("console.log(1);\nconst a = 1;\nconst a = 2;\n");
    assertThat(redeclared.stdout()).isEmpty();
    assertThat(redeclared.stderr()).containsPattern("main\\.js:3\nconst a = 2;\n *\\^").contains("SyntaxError: ");
    assertThat(redeclared.leaksJava()).isFalse();
    assertThat(redeclared.exitCode()).isEqualTo(1);
  }

  @Test
  void errorsFromAsyncCodeArePrintedTheSameWay() {
    Map<String, String[]> cases = Map.of(
        "an async function", new String[] {"""
            async function load() {
              await null;
              throw new TypeError('async failure');
            }
            load();
            setTimeout(() => console.log('never'), 10);
            """, "main.js:3", "  throw new TypeError('async failure');", "TypeError: async failure",
            "    at load ("},
        "a timer", new String[] {"""
            setTimeout(function tick() {
              throw new RangeError('timer failure');
            }, 1);
            """, "main.js:2", "  throw new RangeError('timer failure');", "RangeError: timer failure",
            "    at Timeout.tick "},
        "a tick", new String[] {"""
            process.nextTick(() => {
              throw new SyntaxError('from nextTick');
            });
            """, "main.js:2", "  throw new SyntaxError('from nextTick');", "SyntaxError: from nextTick",
            "main.js:2:9"},
        "a microtask", new String[] {"""
            queueMicrotask(() => {
              undefinedFunction();
            });
            """, "main.js:2", "  undefinedFunction();", "ReferenceError: undefinedFunction is not defined",
            "main.js:2:3"});
    cases.forEach((name, c) -> {
      JsRun.Result r = JsRun.js(c[0]);
      assertThat(r.stdout()).as(name).isEmpty();
      assertThat(r.stderr()).as(name)
          .contains(c[1] + "\n" + c[2] + "\n")
          .containsPattern("\n *\\^\n\n")
          .contains(c[3] + "\n")
          .contains(c[4]);
      assertThat(r.leaksJava()).as(name).isFalse();
      assertThat(r.exitCode()).as(name).isEqualTo(1);
    });
  }

  @Test
  void infiniteRecursionIsACatchableRangeErrorAndTheLoopGoesOn() {
    JsRun.Result r = JsRun.js("""
        function down(n) { return down(n + 1) + 1; }
        try { down(0); } catch (e) { console.log(e instanceof RangeError, e.name, e.message); }
        let depth = 0;
        function count() { depth++; count(); }
        try { count(); } catch (e) { console.log('deeper than 5000 frames:', depth > 5000); }
        setTimeout(() => {
          try { down(0); } catch (e) { console.log('again in a timer', e instanceof RangeError); }
          Promise.resolve().then(() => down(0)).catch((e) => console.log('in a promise', e instanceof RangeError));
        }, 1);
        const self = {}; self.self = self;
        try { JSON.stringify(self); } catch (e) { console.log(e.name); }
        process.on('exit', () => console.log('exit'));
        """);
    assertThat(r.stdout()).isEqualTo("""
        true RangeError Maximum call stack size exceeded
        deeper than 5000 frames: true
        TypeError
        again in a timer true
        in a promise true
        exit
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void uncaughtInfiniteRecursionIsFatalLikeAnyError() {
    JsRun.Result r = JsRun.js("""
        function f() { f(); }
        f();
        """);
    assertThat(r.stderr()).contains("main.js:1\nfunction f() { f(); }\n")
        .contains("RangeError: Maximum call stack size exceeded\n    at f (")
        .containsPattern("main\\.js:1:\\d+\\)");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void anErrorInsideARequiredModuleShowsTheModulesLineAndIsCatchable() {
    JsRun.Result r = JsRun.project(Map.of(
        "lib/bad.js", """
            exports.partial = true;
            function helper() {
              throw new Error('inside module');
            }
            helper();
            """,
        "main.js", """
            try {
              require('./lib/bad');
            } catch (e) {
              console.log('caught', e.message, /lib\\/bad\\.js:3:9\\)/.test(e.stack));
            }
            console.log('not cached after failing', Object.keys(require.cache).some((k) => k.endsWith('bad.js')));
            require('./lib/bad.js');
            """), "main.js");
    assertThat(r.stdout()).isEqualTo("caught inside module true\nnot cached after failing false\n");
    assertThat(r.stderr()).matches(Pattern.compile("""
        \\S*/lib/bad\\.js:3
          throw new Error\\('inside module'\\);
         *\\^

        Error: inside module
            at helper \\(\\S*/lib/bad\\.js:3:9\\)
            at Object\\.<anonymous> \\(\\S*/lib/bad\\.js:5:1\\)
        [\\s\\S]*    at Object\\.<anonymous> \\(\\S*/main\\.js:7:1\\)
        [\\s\\S]*"""));
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void anUncaughtErrorInAnEsModuleIsPrintedToo() {
    JsRun.Result r = JsRun.script("main.mjs", """
        console.log('esm before');
        await null;
        throw new Error('esm fail');
        """);
    assertThat(r.stdout()).isEqualTo("esm before\n");
    assertThat(r.stderr()).contains("main.mjs:3\nthrow new Error('esm fail');\n")
        .contains("Error: esm fail\n    at ").contains("main.mjs:3:7");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aMissingMainScriptIsModuleNotFound() {
    JsRun.Result r = JsRun.file(Path.of("/nonexistent/dir/app.js"), Path.of("/"));
    assertThat(r.stderr()).contains("Error: Cannot find module '/nonexistent/dir/app.js'")
        .contains("code: 'MODULE_NOT_FOUND'");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }
}
