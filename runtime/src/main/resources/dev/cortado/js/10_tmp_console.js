// TEMPORARY stand-in until 10_inspect.js / 11_console.js land.
(function (host, internal) {
  'use strict';
  if (globalThis.console) return;
  function inspect(v) {
    if (typeof v === 'string') return `'${v}'`;
    if (v instanceof Error) return v.stack;
    try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
  }
  if (!internal.inspect) internal.inspect = inspect;
  function format(...args) { return args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '); }
  internal.format = format;
  internal.formatWithOptions = (o, ...args) => format(...args);
  const console = {
    log: (...a) => host.write(1, format(...a) + '\n'),
    error: (...a) => host.write(2, format(...a) + '\n'),
  };
  internal.defineGlobal('console', console);
})
