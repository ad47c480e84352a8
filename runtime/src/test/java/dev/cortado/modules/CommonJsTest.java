package dev.cortado.modules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CommonJS as a user sees it: Node's resolution of files, directories and packages, JSON,
 * require.cache, exports, cycles, require.resolve and the not-found error. Every expected output
 * is what Node 20 prints for the same files; paths print relative to the project directory.
 */
class CommonJsTest {
  /** A project tree exercising the resolution rules; main.js is the test's script. */
  private static Map<String, String> project(String main) {
    return Map.ofEntries(
        entry("main.js", "const rel = (p) => p.replaceAll(__dirname, '<dir>');\n" + main),
        entry("lib/a.js", "module.exports = { name: 'a' };\n"),
        entry("lib/exp.js", "exports.x = 1;\nexports.y = 2;\n"),
        entry("lib/replace.js", "exports.lost = true;\nmodule.exports = { replaced: true };\n"),
        entry("lib/reassign.js", "exports = { ignored: true };\nmodule.exports.kept = true;\n"),
        entry("lib/this.js", "this.viaThis = this === module.exports && this === exports;\n"),
        entry("lib/early.js", "exports.a = this === module.exports;\nif (true) return;\nexports.b = 1;\n"),
        entry("lib/dir/index.js", "module.exports = 'index of a directory';\n"),
        entry("lib/withmain/package.json", "{\"main\": \"src/entry\"}\n"),
        entry("lib/withmain/src/entry.js", "module.exports = 'main from package.json';\n"),
        entry("lib/cycle-a.js", """
            exports.before = 'a before b';
            const b = require('./cycle-b');
            exports.bSawOfA = b.sawOfA;
            exports.after = 'a after b';
            """),
        entry("lib/cycle-b.js", """
            const a = require('./cycle-a');
            exports.sawOfA = Object.keys(a).join('+');
            """),
        entry("lib/counter.js", "globalThis.loads = (globalThis.loads || 0) + 1;\nmodule.exports = { loads };\n"),
        entry("data/config.json", "{\"name\": \"config\", \"list\": [1, 2, 3]}\n"),
        entry("node_modules/pkg/package.json", "{\"name\": \"pkg\", \"main\": \"main.js\", \"version\": \"1.2.3\"}\n"),
        entry("node_modules/pkg/main.js", "module.exports = 'pkg main ' + require('./package.json').version;\n"),
        entry("node_modules/pkg/sub.js", "module.exports = 'pkg sub';\n"),
        entry("node_modules/@scope/thing/index.js", "module.exports = 'scoped';\n"),
        entry("node_modules/cond/package.json", """
            {"name": "cond", "exports": {
              ".": {"import": "./dist/esm.mjs", "require": "./dist/cjs.js"},
              "./feature": {"node": "./dist/feature-node.js", "default": "./dist/feature.js"},
              "./package.json": "./package.json"}}
            """),
        entry("node_modules/cond/dist/cjs.js", "module.exports = 'cond for require';\n"),
        entry("node_modules/cond/dist/esm.mjs", "export default 'cond for import';\n"),
        entry("node_modules/cond/dist/feature-node.js", "module.exports = 'feature for node';\n"),
        entry("node_modules/cond/dist/hidden.js", "module.exports = 'not exported';\n"),
        entry("sub/deep/deeper/walk.js", "module.exports = require('pkg') + ', found walking up';\n"),
        entry("lib/needs-missing.js", "require('./really-missing');\n"));
  }

  @Test
  void filesDirectoriesJsonAndExports() {
    JsRun.Result r = JsRun.project(project("""
        console.log(require('./lib/a'), require('./lib/a.js') === require('./lib/a'));
        console.log(require('./lib/exp'), require('./lib/replace'), require('./lib/reassign'));
        console.log(require('./lib/this'), require('./lib/early'));
        console.log(require('./lib/dir'), '/', require('./lib/withmain'));
        console.log(require('./data/config.json'), require('./data/config') === require('./data/config.json'));
        console.log(require('./lib/cycle-a'));
        console.log(this === module.exports, exports === module.exports, typeof require, rel(__filename), rel(__dirname));
        """), "main.js");
    assertThat(r.stdout()).isEqualTo("""
        { name: 'a' } true
        { x: 1, y: 2 } { replaced: true } { kept: true }
        { viaThis: true } { a: true }
        index of a directory / main from package.json
        { name: 'config', list: [ 1, 2, 3 ] } true
        { before: 'a before b', bSawOfA: 'before', after: 'a after b' }
        true true function <dir>/main.js <dir>
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void packagesResolveThroughNodeModulesMainAndExports() {
    JsRun.Result r = JsRun.project(project("""
        console.log(require('pkg'), '/', require('pkg/sub'), '/', require('@scope/thing'));
        console.log(require('./sub/deep/deeper/walk'));
        console.log(require('cond'), '/', require('cond/feature'), '/', require('cond/package.json').name);
        try { require('cond/dist/hidden.js'); } catch (e) { console.log(e.code, rel(e.message)); }
        """), "main.js");
    assertThat(r.stdout()).isEqualTo("""
        pkg main 1.2.3 / pkg sub / scoped
        pkg main 1.2.3, found walking up
        cond for require / feature for node / cond
        ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './dist/hidden.js' is not defined by "exports" in <dir>/node_modules/cond/package.json
        """);
  }

  @Test
  void requireResolveRequireCacheAndModule() {
    JsRun.Result r = JsRun.project(project("""
        console.log(rel(require.resolve('./lib/a')), rel(require.resolve('pkg')), rel(require.resolve('./lib/dir')));
        console.log(require.resolve('timers'), require.resolve('node:timers'));
        const key = require.resolve('./lib/counter');
        const first = require('./lib/counter');
        console.log(key in require.cache, require.cache[key].exports === first, require.cache[key].loaded, rel(require.cache[key].id));
        console.log('cached', require('./lib/counter') === first, globalThis.loads);
        delete require.cache[key];
        const second = require('./lib/counter');
        console.log('after delete', second !== first, second.loads, globalThis.loads);
        console.log(module.id, require.main === module, rel(module.filename), module.loaded, rel(module.paths[0]));
        console.log(module.children.map((m) => rel(m.id)).includes('<dir>/lib/counter.js'));
        try { require.resolve('./nope'); } catch (e) { console.log('resolve:', e.code); }
        """), "main.js");
    assertThat(r.stdout()).isEqualTo("""
        <dir>/lib/a.js <dir>/node_modules/pkg/main.js <dir>/lib/dir/index.js
        timers node:timers
        true true true <dir>/lib/counter.js
        cached true 1
        after delete true 2 2
        . true <dir>/main.js false <dir>/node_modules
        true
        resolve: MODULE_NOT_FOUND
        """);
  }

  @Test
  void aMissingModuleIsModuleNotFoundWithTheRequireStack() {
    JsRun.Result r = JsRun.project(project("""
        try { require('./missing'); } catch (e) {
          console.log(e.code, rel(e.message));
          console.log(e.requireStack.map(rel));
        }
        try { require('no-such-package'); } catch (e) { console.log(e.code, rel(e.message)); }
        try { require('./lib/needs-missing'); } catch (e) { console.log(e.code, rel(e.message)); }
        try { require(''); } catch (e) { console.log(e.code, e.message); }
        try { require(42); } catch (e) { console.log(e.code, e.message); }
        require('./lib/needs-missing');
        """), "main.js");
    assertThat(r.stdout()).isEqualTo("""
        MODULE_NOT_FOUND Cannot find module './missing'
        Require stack:
        - <dir>/main.js
        [ '<dir>/main.js' ]
        MODULE_NOT_FOUND Cannot find module 'no-such-package'
        Require stack:
        - <dir>/main.js
        MODULE_NOT_FOUND Cannot find module './really-missing'
        Require stack:
        - <dir>/lib/needs-missing.js
        - <dir>/main.js
        ERR_INVALID_ARG_VALUE The argument 'id' must be a non-empty string. Received ''
        ERR_INVALID_ARG_TYPE The "id" argument must be of type string. Received type number (42)
        """);
    assertThat(r.stderr()).contains("Error: Cannot find module './really-missing'\nRequire stack:\n- ")
        .contains("code: 'MODULE_NOT_FOUND'").contains("requireStack: [");
    assertThat(r.leaksJava()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void builtInsLoadWithAndWithoutTheNodePrefix() {
    JsRun.Result r = JsRun.js("""
        for (const name of ['timers', 'timers/promises', 'process', 'events', 'util', 'module']) {
          console.log(name, require(name) === require('node:' + name));
        }
        console.log(require('process') === process, typeof require('events'), typeof require('util').inspect);
        try { require('node:nonexistent'); } catch (e) { console.log(e.code); }
        """);
    assertThat(r.stdout()).isEqualTo("""
        timers true
        timers/promises true
        process true
        events true
        util true
        module true
        true function function
        """ + "ERR_UNKNOWN_BUILTIN_MODULE\n");
  }
}
