// The daemon's warm-up (DaemonWarmup.java): the paths most programs take, run a few thousand times
// each while the daemon is idle, so the shared engine has compiled the runtime's own JavaScript,
// and the JVM the Graal compiler, before the user's next run. Its console output goes nowhere
// (DaemonWarmup gives it null streams); it touches no file, socket or process, and leaves nothing
// behind.
(async () => {
  const { EventEmitter } = require('node:events');
  const { Readable, Writable, Transform, pipeline } = require('node:stream');
  const util = require('node:util');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let sink = 0;

  // Promises, async functions, microtasks and ticks.
  for (let round = 0; round < 3; round++) {
    const all = [];
    for (let i = 0; i < 2000; i++) all.push(Promise.resolve(i).then((x) => x + 1));
    sink += (await Promise.all(all)).length;
    await Promise.allSettled([Promise.reject(new Error('x')), 1]);
    for (let i = 0; i < 5000; i++) await i;
    await new Promise((resolve) => queueMicrotask(resolve));
    await new Promise((resolve) => process.nextTick(resolve));
  }

  // Timers and immediates: many at once, awaited, cleared, refreshed.
  await Promise.all(Array.from({ length: 500 }, async () => { for (let i = 0; i < 3; i++) await sleep(1); }));
  for (let i = 0; i < 2000; i++) clearTimeout(setTimeout(() => {}, 10));
  // Thousands pending at once, with the delays programs use most: none, 0, whole and fractional
  // ones. A delay kind the compiled code had not seen (an integer 0, coerced to 1) deoptimized the
  // compiled setTimeout path in a user's first run.
  await new Promise((resolve) => {
    let left = 3000;
    const done = () => { if (--left === 0) resolve(); };
    for (let i = 0; i < 3000; i++) {
      if (i % 10 === 0) setTimeout(done);
      else if (i % 10 === 5) setTimeout(done, 0);
      else if (i % 10 === 7) setTimeout(done, 2.5);
      else setTimeout(done, 30 - ((i * 7) % 30));
    }
  });
  // Timer and immediate callbacks of many kinds, so that the call sites that run them (the timers
  // phase, and runTask, which also runs the user's main script) are already generic: a user's new
  // callback deoptimized them, and recompiling the code around them took 1-1.6 s of the compiler in
  // each user's first run.
  const kinds = [(r) => r(1), (r) => r(2), (r) => r(3), (r) => r(4), (r) => r(5), (r) => r(6), (r) => r(7)];
  await Promise.all(kinds.map((kind) => new Promise((resolve) => setTimeout(kind, 0, resolve))));
  await Promise.all(kinds.map((kind) => new Promise((resolve) => setImmediate(kind, resolve))));
  await new Promise((resolve) => { let n = 0; for (let i = 0; i < 1000; i++) setImmediate(() => { if (++n === 1000) resolve(); }); });
  await new Promise((resolve) => { let n = 0; const t = setInterval(() => { if (++n === 3) { clearInterval(t); resolve(); } }, 1); });

  // Events: DOM and Node.
  const target = new EventTarget();
  target.addEventListener('x', (e) => { sink += e.type.length; });
  for (let i = 0; i < 5000; i++) target.dispatchEvent(new Event('x'));
  const controller = new AbortController();
  controller.signal.addEventListener('abort', () => {});
  controller.abort();
  const emitter = new EventEmitter();
  emitter.on('x', (a) => { sink += a; });
  for (let i = 0; i < 5000; i++) emitter.emit('x', 1);

  // Encoding, URL, cloning, Buffer, JSON, inspect.
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (let i = 0; i < 2000; i++) sink += decoder.decode(encoder.encode(`text ${i} ü€`)).length;
  // Long text goes through Java: its loops (every byte length, surrogate pairs) had not run before a
  // user's first 1 MB decode, which then took 15 ms instead of 3.
  const long = 'ASCII text, Grüße, Ελληνικά, 日本語, emoji 😀 {"id": 1}\n'.repeat(1200);
  for (let i = 0; i < 30; i++) sink += decoder.decode(encoder.encode(long)).length;
  for (let i = 0; i < 2000; i++) {
    const url = new URL(`https://user@example.com:8080/a/b/../c?x=${i}&y=z#frag`);
    sink += url.searchParams.get('x').length + url.href.length;
  }
  // The other kinds of URL programs meet: each host kind (IPv4 in its forms, IPv6, punycode and
  // Unicode domains, localhost with a port), relative references against a base, file URLs, dot
  // segments, percent-encoding, opaque paths, and the getters and setters. Without them a user's
  // first parse of an IPv6 host or of `new URL(path, base)` recompiled the parser (4-5 s of a
  // first run of 100k URLs, against 0.5 s once compiled).
  const urlInputs = ['http://10.0.0.1:8080/status', 'http://0x7f.0.0.1/', 'https://[2001:db8:0:0:1::ff]/', 'http://[::ffff:1.2.3.4]:81/x',
    'https://xn--bcher-kva.example/buch', 'https://bücher.example/straße?q=ä', 'http://LOCALHOST:3000/API/v1/',
    'https://shop.example.co.uk/items/%7Eitem%20one.html?sort=price&dir=asc#reviews', 'file:///var/tmp/report.txt',
    'file://server/share/doc.pdf', 'data:text/plain;base64,SGk=', 'mailto:someone@example.org', 'ws://chat.example:9000/room',
    'https://example.org/a/./b/../../c/d.json?x=%E2%9C%93', 'HTTP://Example.COM:80/%2e%2E/index', 'blob:https://origin.example/uuid'];
  const relatives = ['../up/one?p=1', './same/dir', '/absolute/path', '?only=query', '#only-fragment', '//other.example/x', 'plain', ''];
  for (let i = 0; i < 600; i++) {
    const url = new URL(urlInputs[i % urlInputs.length]);
    sink += url.href.length + url.host.length + url.pathname.length + url.origin.length + url.search.length + url.hash.length;
    const relative = new URL(relatives[i % relatives.length], url.protocol === 'file:' ? url : `https://base.example/dir/sub/page${i % 7}`);
    sink += relative.href.length + relative.hostname.length + relative.port.length;
    if (i % 4 === 0) {
      relative.pathname = `/changed/${i}`;
      relative.search = '?b=2&a=1';
      relative.searchParams.append('c', `${i} ü`);
      relative.searchParams.sort();
      relative.hash = 'h';
      sink += relative.toString().length + (URL.canParse(relatives[i % relatives.length]) ? 1 : 0);
    }
  }
  const graph = { a: [1, 2, 3], b: { c: 'd', e: new Date(0), f: new Map([[1, 2]]) } };
  for (let i = 0; i < 2000; i++) sink += structuredClone(graph).a.length;
  const bytes = Buffer.alloc(64 * 1024, 7);
  for (let i = 0; i < 50; i++) {
    sink += Buffer.from(bytes.toString('base64'), 'base64').length;
    sink += Buffer.from(bytes.toString('hex'), 'hex').length;
    sink += Buffer.concat([bytes, bytes]).length + Buffer.byteLength(bytes.toString('latin1'));
  }
  for (let i = 0; i < 2000; i++) sink += JSON.parse(JSON.stringify(graph)).a.length;
  for (let i = 0; i < 500; i++) sink += util.inspect(graph).length + util.format('%s %d %o', 'a', i, graph).length;
  // Console output (it goes nowhere in the warm-up) with the arguments scripts log: template
  // literals and concatenations are other engine string types than literals, and a type the
  // compiled formatter had not seen deoptimized it at each script's first console.log.
  for (let i = 0; i < 300; i++) {
    console.log(`RESULT warm-up first_ms=${(i / 3).toFixed(1)} n=${i}`);
    console.log('plain text');
    console.log('n=' + i, i, i / 3, true, null, undefined, { i }, [i, 'a']);
    console.error(`warm-up ${i}`);
    console.warn(new Error('x').message, i);
  }

  // Web streams and Node streams.
  let produced = 0;
  await new ReadableStream({
    pull(c) { c.enqueue(bytes); if (++produced === 500) c.close(); },
  }).pipeThrough(new TransformStream()).pipeTo(new WritableStream({ write(chunk) { sink += chunk.length; } }));
  // Plain Uint8Array chunks too (what fetch bodies carry): a chunk type the compiled queue code had
  // not seen deoptimized it in a user's first pipe. And past 1,024 chunks: a queue that never
  // empties takes the branch that compacts it, and that untaken branch deoptimized it too.
  const plain = new Uint8Array(64 * 1024);
  produced = 0;
  await new ReadableStream({
    pull(c) { c.enqueue(plain); if (++produced === 2500) c.close(); },
  }, { highWaterMark: 4 }).pipeThrough(new TransformStream({ transform(chunk, c) { c.enqueue(chunk); } }))
    .pipeTo(new WritableStream({ write(chunk) { sink += chunk.length; } }, { highWaterMark: 4 }));
  sink += (await new Response('{"a":1}').json()).a + (await new Blob(['abc']).text()).length;
  // fetch's own JavaScript (no network: a data: URL), Headers and Request.
  for (let i = 0; i < 300; i++) {
    const response = await fetch(`data:application/json,{"n":${i}}`, { headers: { accept: 'application/json' } });
    sink += (await response.json()).n + response.headers.get('content-type').length;
    sink += new Request('http://example.com/x', { method: 'POST', body: 'b', headers: [['x-a', '1']] }).headers.get('x-a').length;
  }
  await new Promise((resolve, reject) => pipeline(
    Readable.from(Array.from({ length: 500 }, () => bytes)),
    new Transform({ transform(chunk, encoding, done) { done(null, chunk); } }),
    new Writable({ write(chunk, encoding, done) { sink += chunk.length; done(); } }),
    (error) => (error ? reject(error) : resolve())));
  // The other ways programs make Node streams: a Readable with its own read(), and subclasses with
  // _read/_transform/_write methods (each gives the stream objects another shape; one the compiled
  // stream code had not seen deoptimized it in a user's first pipeline).
  class Source extends Readable { constructor() { super(); this.n = 0; } _read() { this.push(++this.n > 300 ? null : bytes); } }
  class Pass extends Transform { _transform(chunk, encoding, done) { this.push(chunk); done(); } }
  class Sink extends Writable { _write(chunk, encoding, done) { sink += chunk.length; done(); } }
  let pushed = 0;
  for (const [source, pass, drain] of [
    [new Readable({ read() { this.push(++pushed > 300 ? null : bytes); } }), new Pass(), new Sink()],
    [new Source(), new Transform({ transform(chunk, encoding, done) { done(null, chunk); } }), new Sink()],
  ]) {
    await new Promise((resolve, reject) => pipeline(source, pass, drain, (error) => (error ? reject(error) : resolve())));
  }

  return sink > 0;
})();
