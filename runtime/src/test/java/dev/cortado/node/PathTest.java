package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code node:path}: posix and win32 on a table of about a thousand inputs, compared line by line
 * with what Node 20 prints for the same script ({@code path-table.node.txt}); module names and
 * named ES module exports.
 */
class PathTest {
  /** Every function of both flavours on many inputs, errors for non-strings included. */
  @Test
  void tableMatchesNode() {
    NodeTable.assertMatchesNode("path-table.js", "path-table.node.txt");
  }

  /** `node:path`, `path`, `path/posix`, `path/win32` from require and import, named exports. */
  @Test
  void moduleNamesAndEsmExports() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import path, { join, win32, sep } from 'node:path';
        import posix from 'path/posix';
        import { basename } from 'path';
        import { createRequire, builtinModules } from 'node:module';
        const require = createRequire(import.meta.url);
        console.log(join('a', '..', 'b'), win32.join('a', 'b'), sep, basename('/x/y.z', '.z'), path === posix);
        const m = await import('path');
        console.log(typeof m.default.resolve, m.relative === path.relative, require('path') === path,
          require('node:path/win32') === win32, win32.posix === path);
        console.log(builtinModules.includes('path'), builtinModules.includes('path/win32'));
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        b a\\b / y true
        function true true true true
        true true
        """);
  }
}
