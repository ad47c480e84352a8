package dev.cortado.modules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ES modules as a user sees them: .mjs and "type": "module", import.meta, top-level await, JSON
 * imports, dynamic import() from both module systems, CommonJS seen from ESM and ESM required
 * from CommonJS, and the resolution errors. Every expected output is what Node 20 prints.
 */
class EsModulesTest {
  private static final Map<String, String> FILES = Map.ofEntries(
      entry("typemod/package.json", "{\"type\": \"module\"}\n"),
      entry("typemod/main.js", """
          import { helper } from './helper.js';
          import data from '../data.json' with { type: 'json' };
          console.log('type module:', helper(), data.list, import.meta.filename.endsWith('/typemod/main.js'));
          console.log(typeof require, typeof module, typeof exports, typeof __filename, this);
          """),
      entry("typemod/helper.js", "export function helper() { return 'helped'; }\n"),
      entry("data.json", "{\"list\": [1, 2], \"name\": \"json\"}\n"),
      entry("cjs-exports.js", "exports.alpha = 'a';\nexports.beta = function beta() { return 'b'; };\n"),
      entry("cjs-fn.cjs", "module.exports = function callable() { return 'called'; };\n"),
      entry("node_modules/cjspkg/package.json", "{\"name\": \"cjspkg\", \"main\": \"index.js\"}\n"),
      entry("node_modules/cjspkg/index.js", "exports.fromPkg = 'cjs pkg';\n"),
      entry("node_modules/esmonly/package.json",
          "{\"name\": \"esmonly\", \"type\": \"module\", \"exports\": \"./index.js\"}\n"),
      entry("node_modules/esmonly/index.js", "export const fromEsm = 'esm pkg';\nexport default 'esm default';\n"),
      entry("node_modules/cond/package.json",
          "{\"name\": \"cond\", \"exports\": {\".\": {\"import\": \"./esm.mjs\", \"require\": \"./cjs.js\"}}}\n"),
      entry("node_modules/cond/cjs.js", "module.exports = 'cond for require';\n"),
      entry("node_modules/cond/esm.mjs", "export default 'cond for import';\n"),
      entry("sync.mjs", "export const sync = 'sync esm';\nexport default 'sync default';\n"),
      entry("uses-tla.mjs", "import './has-tla.mjs';\nexport const late = 1;\n"),
      entry("has-tla.mjs", "await new Promise((r) => setTimeout(r, 1));\n"),
      entry("dyn.mjs", "export const name = 'dyn';\nexport default 42;\n"),
      entry("somedir/index.js", "module.exports = 'a directory';\n"));

  private static JsRun.Result run(String main, String source) {
    Map<String, String> files = new HashMap<>(FILES);
    files.put(main, source);
    return JsRun.project(files, main);
  }

  @Test
  void importsOfEsmCommonJsPackagesJsonAndBuiltIns() {
    JsRun.Result r = run("main.mjs", """
        import { helper } from './typemod/helper.js';
        import * as ns from './cjs-exports.js';
        import fn from './cjs-fn.cjs';
        import pkg, { fromPkg } from 'cjspkg';
        import esmDefault, { fromEsm } from 'esmonly';
        import cond from 'cond';
        import data from './data.json' with { type: 'json' };
        import timers, { setTimeout as st } from 'timers';
        import process2 from 'node:process';
        console.log(helper(), ns.alpha, ns.beta(), ns.default.alpha, Object.keys(ns).sort().join(','));
        console.log(fn(), pkg, fromPkg, esmDefault, fromEsm, cond, data);
        console.log(typeof timers.setTimeout, st === globalThis.setTimeout, process2 === process);
        console.log(typeof require, typeof module, typeof __dirname, this);
        await import('./typemod/main.js');
        """);
    assertThat(r.stdout()).isEqualTo("""
        helped a b a alpha,beta,default
        called { fromPkg: 'cjs pkg' } cjs pkg esm default esm pkg cond for import { list: [ 1, 2 ], name: 'json' }
        function true true
        undefined undefined undefined undefined
        type module: helped [ 1, 2 ] true
        undefined undefined undefined undefined undefined
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aJsFileUnderTypeModuleRunsAsTheMainModule() {
    JsRun.Result r = JsRun.project(Map.of(
        "app/package.json", "{\"type\": \"module\"}\n",
        "app/main.js", """
            import { value } from './value.js';
            console.log(value, typeof require, import.meta.filename.endsWith('/app/main.js'));
            console.log(await Promise.resolve('top-level await'));
            """,
        "app/value.js", "export const value = 'from value.js';\n"), "app/main.js");
    assertThat(r.stdout()).isEqualTo("from value.js undefined true\ntop-level await\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void importMetaTopLevelAwaitAndDynamicImport() {
    JsRun.Result r = run("main.mjs", """
        console.log(import.meta.url === 'file://' + import.meta.filename);
        console.log(import.meta.dirname === process.cwd(), import.meta.filename.endsWith('/main.mjs'));
        console.log(import.meta.url.startsWith('file:///'), typeof import.meta.resolve);
        const started = performance.now();
        const value = await new Promise((resolve) => setTimeout(() => resolve('awaited'), 10));
        console.log(value, performance.now() - started >= 10);
        const dyn = await import('./dyn.mjs');
        console.log(dyn.default, dyn.name, Object.keys(dyn).join(','), dyn === await import('./dyn.mjs'));
        const cjs = await import('./cjs-fn.cjs');
        console.log(typeof cjs.default, cjs.default());
        const json = await import('./data.json', { with: { type: 'json' } });
        console.log(json.default.name);
        """);
    assertThat(r.stdout()).isEqualTo("""
        true
        true true
        true function
        awaited true
        42 dyn default,name true
        function called
        json
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aTopLevelAwaitThatNeverSettlesExitsWith13AsInNode() {
    JsRun.Result r = run("main.mjs", """
        process.on('beforeExit', (code) => console.log('beforeExit', code));
        process.on('exit', (code) => console.log('exit', code, process.exitCode));
        await new Promise(() => {});
        """);
    assertThat(r.stdout()).isEqualTo("beforeExit 0\nexit 0 13\n");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(13);
    JsRun.Result own = run("main.mjs", "process.exitCode = 3; await new Promise(() => {});");
    assertThat(own.exitCode()).isEqualTo(3);
    JsRun.Result settled = run("main.mjs", "await new Promise((resolve) => setTimeout(resolve, 5));");
    assertThat(settled.exitCode()).isZero();
  }

  @Test
  void commonJsCanRequireASynchronousEsModuleAndImportAnything() {
    JsRun.Result r = run("main.js", """
        const mod = require('./sync.mjs');
        console.log(mod.sync, mod.default, mod[Symbol.toStringTag], require('./sync.mjs') === mod);
        console.log(require('cond'));
        (async () => {
          const m = await import('./dyn.mjs');
          console.log('import() from CommonJS', m.default, m.name);
          const c = await import('./cjs-exports.js');
          console.log('CommonJS through import()', c.alpha, c.default.beta());
          const t = await import('node:timers');
          console.log('built-in through import()', t.setTimeout === setTimeout);
        })();
        """);
    assertThat(r.stdout()).isEqualTo("""
        sync esm sync default Module true
        cond for require
        import() from CommonJS 42 dyn
        CommonJS through import() a b
        built-in through import() true
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void requireOfAnEsGraphWithTopLevelAwaitIsRefused() {
    JsRun.Result r = run("main.js", """
        try {
          require('./uses-tla.mjs');
        } catch (e) {
          const known = 'require() cannot be used on an ESM graph with top-level await';
          console.log(e.code, e instanceof Error, e.message.startsWith(known));
        }
        """);
    assertThat(r.stdout()).isEqualTo("ERR_REQUIRE_ASYNC_MODULE true true\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void resolutionErrorsNameTheImportingFile() {
    JsRun.Result r = run("main.mjs", """
        const rel = (s) => s.replaceAll(import.meta.dirname, '<dir>');
        const specifiers = ['./missing.mjs', 'missing-package', './somedir', 'node:nonexistent',
          './typemod/helper', 'cjspkg/index', 'cjspkg/nothing'];
        for (const spec of specifiers) {
          try { await import(spec); } catch (e) { console.log(e.code, rel(e.message)); }
        }
        """);
    assertThat(r.stdout()).isEqualTo("""
        ERR_MODULE_NOT_FOUND Cannot find module '<dir>/missing.mjs' imported from <dir>/main.mjs
        ERR_MODULE_NOT_FOUND Cannot find package 'missing-package' imported from <dir>/main.mjs
        ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/somedir' is not supported resolving ES modules imported from <dir>/main.mjs
        Did you mean to import "./somedir/index.js"?
        ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nonexistent
        ERR_MODULE_NOT_FOUND Cannot find module '<dir>/typemod/helper' imported from <dir>/main.mjs
        Did you mean to import "./typemod/helper.js"?
        ERR_MODULE_NOT_FOUND Cannot find module '<dir>/node_modules/cjspkg/index' imported from <dir>/main.mjs
        Did you mean to import "cjspkg/index.js"?
        ERR_MODULE_NOT_FOUND Cannot find module '<dir>/node_modules/cjspkg/nothing' imported from <dir>/main.mjs
        """);
  }

  @Test
  void aStaticImportThatCannotBeFoundIsFatal() {
    Map<String, String> cases = Map.of(
        "import './not-there.mjs';\n",
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '<dir>/not-there.mjs' imported from <dir>/main.mjs",
        "import 'not-a-package';\n",
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'not-a-package' imported from <dir>/main.mjs",
        "import './somedir';\n",
        "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '<dir>/somedir' is not supported "
            + "resolving ES modules imported from <dir>/main.mjs");
    cases.forEach((source, message) -> {
      JsRun.Result r = run("main.mjs", "console.log('never runs');\n" + source);
      String dir = r.stderr().replaceAll("(?s).*?(/\\S*?)/main\\.mjs.*", "$1");
      assertThat(r.stdout()).as(source).isEmpty();
      assertThat(r.stderr()).as(source).contains(message.replace("<dir>", dir));
      assertThat(r.leaksJava()).as(source).isFalse();
      assertThat(r.exitCode()).as(source).isEqualTo(1);
    });
  }
}
