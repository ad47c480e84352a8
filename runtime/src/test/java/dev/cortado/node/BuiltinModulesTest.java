package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Node core module of this package as {@code node:x} and {@code x}: named ES module
 * exports, default exports, {@code require} through {@code createRequire}, and
 * {@code Module.builtinModules}, as Node 20 gives them.
 */
class BuiltinModulesTest {
  @Test
  void namedExportsAndBothNames() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import { platform, EOL } from 'node:os';
        import os from 'os';
        import { promisify, types, inspect } from 'node:util';
        import { isDate } from 'util/types';
        import { spawnSync, exec } from 'node:child_process';
        import { StringDecoder } from 'string_decoder';
        import { parse, stringify } from 'node:querystring';
        import { strictEqual } from 'assert';
        import { deepEqual } from 'node:assert/strict';
        import { readFile } from 'node:fs/promises';
        import { join } from 'node:path/posix';
        import { Buffer } from 'node:buffer';
        import { createRequire, builtinModules } from 'node:module';
        const require = createRequire(import.meta.url);
        console.log(platform() === os.platform(), EOL === '\\n', typeof promisify, types.isDate(new Date()), isDate(1), inspect([1]));
        console.log(spawnSync('echo', ['x']).stdout.toString().trim(), typeof exec, new StringDecoder().write(Buffer.from('hé')));
        console.log(parse('a=1').a, stringify({ b: 2 }), typeof strictEqual, typeof deepEqual, typeof readFile, join('a', 'b'));
        for (const name of ['path', 'buffer', 'fs', 'fs/promises', 'os', 'util', 'util/types', 'assert', 'assert/strict', 'child_process', 'string_decoder', 'querystring', 'path/posix', 'path/win32']) {
          if (!builtinModules.includes(name) || require(name) !== require(`node:${name}`)) console.log('missing', name);
        }
        console.log('done');
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true function true false [ 1 ]
        x function hé
        1 b=2 function function function a/b
        done
        """);
  }

  @Test
  void perfHooksHasTheGlobalPerformanceAndTheTimelineClasses() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import { performance, PerformanceObserver, constants } from 'node:perf_hooks';
        import perfHooks from 'perf_hooks';
        console.log(performance === globalThis.performance, perfHooks.PerformanceObserver === globalThis.PerformanceObserver,
          typeof performance.now(), constants.NODE_PERFORMANCE_GC_MAJOR);
        const observer = new PerformanceObserver((list) => {
          console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(','));
          observer.disconnect();
        });
        observer.observe({ entryTypes: ['mark', 'measure'] });
        performance.mark('a'); performance.mark('b'); performance.measure('a-b', 'a', 'b');
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true number 4
        observed mark:a,measure:a-b,mark:b
        """);
  }

  @Test
  void streamWebHasTheGlobalStreamClasses() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import * as web from 'node:stream/web';
        import { ReadableStream, TextDecoderStream } from 'stream/web';
        import { createRequire } from 'node:module';
        console.log(Object.keys(web).filter((k) => k !== 'default').sort().join(' '));
        console.log(Object.keys(web).every((k) => k === 'default' || web[k] === globalThis[k]),
          createRequire(import.meta.url)('stream/web').ReadableStream === ReadableStream);
        let text = '';
        for await (const s of ReadableStream.from(['a', 'é']).pipeThrough(new web.TextEncoderStream()).pipeThrough(new TextDecoderStream())) text += s;
        console.log(text);
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        ByteLengthQueuingStrategy CompressionStream CountQueuingStrategy DecompressionStream \
        ReadableByteStreamController ReadableStream ReadableStreamBYOBReader ReadableStreamBYOBRequest \
        ReadableStreamDefaultController ReadableStreamDefaultReader TextDecoderStream TextEncoderStream \
        TransformStream TransformStreamDefaultController WritableStream WritableStreamDefaultController \
        WritableStreamDefaultWriter
        true true
        aé
        """);
  }
}
