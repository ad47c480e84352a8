package dev.cortado.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * The console as a user sees it: which stream each method writes to, group indentation,
 * counters, timers, assert, dir and table. Every expected output is what Node 20 prints.
 */
class ConsoleTest {

  @Test
  void eachMethodWritesToNodesStream() {
    JsRun.Result r = JsRun.js("""
        console.log('log', 1, { a: 1 });
        console.info('info %s', 'str');
        console.debug('debug %d', 42);
        console.dir({ dir: true });
        console.dirxml('dirxml', [1, 2]);
        console.table(['t']);
        console.count('c');
        console.time('t'); console.timeLog('t', 'x'); console.timeEnd('t');
        console.group('group label');
        console.groupEnd();
        console.warn('warn %o', [1]);
        console.error('error %j', { j: true });
        console.assert(false, 'assertion %s', 'message');
        console.trace('trace %s', 'message');
        """);
    assertThat(r.stdout()).matches("""
        log 1 \\{ a: 1 \\}
        info str
        debug 42
        \\{ dir: true \\}
        dirxml \\[ 1, 2 \\]
        ┌─────────┬────────┐
        │ \\(index\\) │ Values │
        ├─────────┼────────┤
        │ +0 +│ +'t' +│
        └─────────┴────────┘
        c: 1
        t: [\\d.]+ms x
        t: [\\d.]+ms
        group label
        """);
    assertThat(r.stderr()).startsWith("""
        warn [ 1, [length]: 1 ]
        error {"j":true}
        Assertion failed: assertion message
        Trace: trace message
            at\s""").contains("main.js:14:9");
  }

  @Test
  void groupsIndentEveryLineOfEveryStream() {
    JsRun.Result r = JsRun.js("""
        console.group('Group A');
        console.log('inside A');
        console.group();
        console.error('nested, on stderr');
        console.log('multi\\nline');
        console.dir({ deep: { er: 1 } });
        console.groupEnd();
        console.groupCollapsed('collapsed');
        console.info('in collapsed');
        console.table([{ a: 1 }]);
        console.groupEnd();
        console.groupEnd();
        console.groupEnd();
        console.log('outside');
        """);
    assertThat(r.stdout()).isEqualTo("""
        Group A
          inside A
            multi
            line
            { deep: { er: 1 } }
          collapsed
            in collapsed
            ┌─────────┬───┐
            │ (index) │ a │
            ├─────────┼───┤
            │ 0       │ 1 │
            └─────────┴───┘
        outside
        """);
    assertThat(r.stderr()).isEqualTo("    nested, on stderr\n");
  }

  @Test
  void countAndCountReset() {
    JsRun.Result r = JsRun.js("""
        console.count();
        console.count();
        console.count('label');
        console.count(undefined);
        console.countReset();
        console.count();
        console.count('label');
        console.countReset('nope');
        """);
    assertThat(r.stdout()).isEqualTo("""
        default: 1
        default: 2
        label: 1
        default: 3
        default: 1
        label: 2
        """);
    assertThat(r.stderr()).matches("\\((cortado|node):\\d+\\) Warning: Count for 'nope' does not exist\n"
        + "(\\(Use `node --trace-warnings \\.\\.\\.` to show where the warning was created\\)\n)?");
  }

  @Test
  void timeAndTimeEndPrintTheLabelAndTheDuration() {
    JsRun.Result r = JsRun.js("""
        console.time();
        console.time('label');
        console.timeLog('label', 'extra', { x: 1 });
        console.timeEnd();
        const start = Date.now();
        while (Date.now() - start < 15);
        console.timeEnd('label');
        console.timeEnd('label');
        console.timeLog('nope');
        console.time('dup');
        console.time('dup');
        """);
    assertThat(r.stdout()).matches("""
        label: \\d+(\\.\\d{1,3})?ms extra \\{ x: 1 \\}
        default: \\d+(\\.\\d{1,3})?ms
        label: (1[5-9]|[2-9]\\d|\\d{3})(\\.\\d{1,3})?ms
        """);
    assertThat(r.stderr())
        .contains("Warning: No such label 'label' for console.timeEnd()\n")
        .contains("Warning: No such label 'nope' for console.timeLog()\n")
        .contains("Warning: Label 'dup' already exists for console.time()\n");
  }

  @Test
  void assertPrintsOnlyWhenFalsy() {
    JsRun.Result r = JsRun.js("""
        console.assert(true, 'not printed');
        console.assert(1, 'not printed');
        console.assert(false, 'assert %s', 'formatted', 'extra');
        console.assert(0);
        console.assert('', { obj: 1 });
        console.assert(null, 'a', 'b');
        console.log('assert returns', console.assert(false));
        """);
    assertThat(r.stdout()).isEqualTo("assert returns undefined\n");
    assertThat(r.stderr()).isEqualTo("""
        Assertion failed: assert formatted extra
        Assertion failed
        Assertion failed: [object Object]
        Assertion failed: a b
        Assertion failed
        """);
  }

  @Test
  void dirHonoursDepthAndIgnoresCustomInspect() {
    JsRun.Result r = JsRun.js("""
        const nested = { a: { b: { c: { d: { e: 1 } } } } };
        console.dir(nested);
        console.dir(nested, { depth: 0 });
        console.dir(nested, { depth: null });
        console.dir(nested, { depth: 1 });
        console.dir('a string');
        console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, plain: 1 });
        console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, plain: 1 });
        """);
    assertThat(r.stdout()).isEqualTo("""
        { a: { b: { c: [Object] } } }
        { a: [Object] }
        {
          a: {
            b: { c: { d: { e: 1 } } }
          }
        }
        { a: { b: [Object] } }
        'a string'
        {
          plain: 1,
          [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
        }
        custom
        """);
  }

  @Test
  void tableDrawsArraysObjectsMapsAndColumnFilters() {
    JsRun.Result r = JsRun.js("""
        console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
        console.table([[1, 2], [3, 4]]);
        console.table({ r1: { c: 1, d: 0 }, r2: { c: 2 } }, ['c']);
        console.table(new Map([['k', 'v']]));
        console.table(new Set(['s']));
        console.table(['p', { q: 1 }]);
        console.table(5);
        console.table('not tabular');
        """);
    assertThat(r.stdout()).isEqualTo("""
        ┌─────────┬───┬─────┬──────┐
        │ (index) │ a │ b   │ c    │
        ├─────────┼───┼─────┼──────┤
        │ 0       │ 1 │ 'x' │      │
        │ 1       │ 2 │     │ true │
        └─────────┴───┴─────┴──────┘
        ┌─────────┬───┬───┐
        │ (index) │ 0 │ 1 │
        ├─────────┼───┼───┤
        │ 0       │ 1 │ 2 │
        │ 1       │ 3 │ 4 │
        └─────────┴───┴───┘
        ┌─────────┬───┐
        │ (index) │ c │
        ├─────────┼───┤
        │ r1      │ 1 │
        │ r2      │ 2 │
        └─────────┴───┘
        ┌───────────────────┬─────┬────────┐
        │ (iteration index) │ Key │ Values │
        ├───────────────────┼─────┼────────┤
        │ 0                 │ 'k' │ 'v'    │
        └───────────────────┴─────┴────────┘
        ┌───────────────────┬────────┐
        │ (iteration index) │ Values │
        ├───────────────────┼────────┤
        │ 0                 │ 's'    │
        └───────────────────┴────────┘
        ┌─────────┬───┬────────┐
        │ (index) │ q │ Values │
        ├─────────┼───┼────────┤
        │ 0       │   │ 'p'    │
        │ 1       │ 1 │        │
        └─────────┴───┴────────┘
        5
        not tabular
        """);
  }
}
