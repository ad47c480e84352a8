// prelude.js: the start of every bundle tools/wpt/WptRunner.java writes for one WPT test file.
// It gives the test what a browser page would (self, location, GLOBAL, META_TITLE, the data
// files it fetches), evaluates testharness.js, the META scripts and the test as classic scripts,
// and reports every result as one line on stdout: "@@WPT " + JSON (ASCII only). The runner
// writes the bundle as this file followed by "(config)([harness, ...META scripts, test]);",
// each script being { name, source, missing? }.
(function (config) {
  'use strict';
  const g = globalThis;
  // Keep our own references: tests may replace console methods or globals.
  const log = console.log.bind(console);
  const jsonStringify = JSON.stringify;
  const setTimer = g.setTimeout;
  const denoExit = g.Deno && typeof g.Deno.exit === 'function' ? g.Deno.exit.bind(g.Deno) : null;
  const proc = typeof g.process === 'object' && g.process !== null ? g.process : null;
  const procExit = proc && typeof proc.exit === 'function' ? proc.exit.bind(proc) : null;

  function emit(record) {
    // ASCII-only, so the line survives any stdout encoding of the runtime under test.
    const line = jsonStringify(record).replace(/[\u007f-\uffff]/g,
      (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    log('@@WPT ' + line);
  }
  function describe(e) {
    try {
      if (e && typeof e === 'object' && 'stack' in e && e.stack) {
        const s = String(e.stack);
        const m = String(e.message);
        return s.includes(m) ? s : String(e) + '\n' + s;
      }
      return String(e);
    } catch (_) {
      return '(unprintable error)';
    }
  }
  function exit() {
    if (denoExit) denoExit(0);
    else if (procExit) procExit(0);
  }

  // --- what a browser page gives a test ---------------------------------------------------------
  // WPT's wrappers for .any.js define GLOBAL; this runner runs the tests in the runtime's main
  // context, which is neither a window nor a worker nor a shadow realm.
  g.GLOBAL = {
    isWindow() { return false; },
    isWorker() { return false; },
    isShadowRealm() { return false; },
  };
  // As WPT's worker wrapper does: testharness.js names unnamed tests after the title.
  if (config.title != null) g.META_TITLE = config.title;
  if (typeof g.self === 'undefined') g.self = g;
  if (typeof g.location === 'undefined') {
    const loc = config.location;
    g.location = {
      href: loc.href, origin: loc.origin, protocol: loc.protocol, host: loc.host,
      hostname: loc.hostname, port: loc.port, pathname: loc.pathname, search: loc.search,
      hash: '', toString() { return loc.href; },
    };
  }
  // The data files the test fetches (found by the runner in the test's source) are served from
  // memory; every other fetch goes to the runtime's own fetch, if it has one.
  const files = config.files;
  const realFetch = typeof g.fetch === 'function' ? g.fetch : null;
  function utf8(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
      let c = text.codePointAt(i);
      if (c > 0xffff) i++;
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out).buffer;
  }
  function fileResponse(url, text) {
    return {
      ok: true, status: 200, statusText: 'OK', url, type: 'basic', redirected: false,
      text() { return Promise.resolve(text); },
      json() { return new Promise((resolve) => resolve(JSON.parse(text))); },
      arrayBuffer() { return Promise.resolve(utf8(text)); },
    };
  }
  function fetch(input, init = undefined) { // length 1, as the real one
    const key = typeof input === 'string' ? input
      : input !== null && typeof input === 'object' && typeof input.url === 'string' ? input.url
        : String(input);
    if (Object.prototype.hasOwnProperty.call(files, key)) return Promise.resolve(fileResponse(key, files[key]));
    if (realFetch) return realFetch.apply(this, arguments);
    return Promise.reject(new TypeError('fetch is not defined (the WPT runner serves only the data files it found in the test)'));
  }
  if (Object.keys(files).length > 0) g.fetch = fetch;

  // --- errors outside a test --------------------------------------------------------------------
  // A browser reports an uncaught error and goes on; testharness.js listens for 'error' and
  // 'unhandledrejection' on the global when it can. Keep the runtime alive the way a page is.
  if (typeof g.addEventListener === 'function') {
    try {
      g.addEventListener('error', (e) => { if (e && typeof e.preventDefault === 'function') e.preventDefault(); });
      g.addEventListener('unhandledrejection', (e) => { if (e && typeof e.preventDefault === 'function') e.preventDefault(); });
    } catch (_) { /* the runtime's EventTarget is incomplete: testharness.js will see that too */ }
  } else if (proc && typeof proc.on === 'function') {
    proc.on('uncaughtException', (e) => emit({ type: 'error', message: 'Uncaught ' + describe(e) }));
    proc.on('unhandledRejection', (e) => emit({ type: 'error', message: 'Unhandled rejection: ' + describe(e) }));
  }

  // --- reporter ---------------------------------------------------------------------------------
  let finished = false;
  function installReporter() {
    if (typeof g.add_result_callback !== 'function') {
      emit({ type: 'error', message: 'testharness.js did not load' });
      finished = true;
      exit();
      return;
    }
    g.add_result_callback((test) => {
      emit({ type: 'result', name: String(test.name), status: test.status,
        message: test.message == null ? null : String(test.message) });
    });
    g.add_completion_callback((tests, harness) => {
      if (finished) return;
      finished = true;
      emit({ type: 'complete', status: harness.status,
        message: harness.message == null ? null : String(harness.message) });
      exit();
    });
    // The runner's timeout: end the pending tests as TIMEOUT shortly before the runner kills us.
    // The timer also keeps the event loop alive while a test waits for something that never comes.
    setTimer(() => {
      if (!finished && typeof g.timeout === 'function') g.timeout();
    }, config.timeoutMs);
  }

  // Indirect eval runs a classic script in the global scope, as a <script> element does: top-level
  // var and function declarations become globals, in sloppy mode. Top-level let/const/class of
  // an eval stay inside it, though, while a page's scripts share them; so testharness.js (which
  // declares nothing at the top) runs alone, and the META scripts and the test run as one script.
  function evaluate(source, name) {
    try {
      (0, eval)(source + '\n//# sourceURL=' + name);
    } catch (e) {
      emit({ type: 'error', message: 'Uncaught ' + describe(e) + ' (evaluating ' + name + ')' });
    }
  }

  function run(scripts) {
    const [harness, ...rest] = scripts;
    evaluate(harness.source, harness.name);
    installReporter();
    if (finished) return;
    const parts = [];
    for (const script of rest) {
      if (script.missing) emit({ type: 'error', message: 'META script not found: ' + script.name });
      else parts.push('// ---- ' + script.name + '\n' + script.source);
    }
    evaluate(parts.join('\n;\n'), rest[rest.length - 1].name);
  }
  return run;
})
