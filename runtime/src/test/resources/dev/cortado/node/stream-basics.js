const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);
// 1. paused-mode reads, push backpressure, end
const r = new Readable({ read() {} , highWaterMark: 4 });
log('push1', r.push('ab'), 'push2', r.push('cd'), r.readableLength);
r.push(null);
r.on('readable', () => { let c; while ((c = r.read()) !== null) log('read', c.toString()); });
r.on('end', () => log('end1'));
r.on('close', () => log('close1'));
// 2. flowing with data events and object mode
const objs = Readable.from([1, 2, 3]);
objs.on('data', (d) => log('data', d)).on('end', () => log('end2'));
// 3. writable backpressure and drain
const chunks = [];
const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { chunks.push(chunk.toString()); setTimeout(cb, 1); } });
log('w1', w.write('ab'), 'w2', w.write('cd'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => { log('drain', chunks); w.end('ef', () => log('end cb')); });
w.on('finish', () => log('finish', chunks));
w.on('close', () => log('close3'));
// 4. transform + pipeline
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
let out = '';
pipeline(Readable.from(['x', 'y', 'z']), upper, new Writable({ write(c, e, cb) { out += c; cb(); } }), (err) => log('pipeline done', err, out));
// 5. async iteration
(async () => {
  const parts = [];
  for await (const c of Readable.from(['p', 'q'])) parts.push(c);
  log('iter', parts);
  const { pipeline: pp } = require('stream/promises');
  let acc = '';
  await pp(Readable.from(['a', 'b']), async function* (src) { for await (const c of src) yield c + '!'; },
    new Writable({ objectMode: true, write(c, e, cb) { acc += c; cb(); } }));
  log('promise pipeline', acc);
  const e = new Readable({ read() { this.destroy(new Error('boom')); } });
  try { for await (const x of e) log(x); } catch (err) { log('iter error', err.message); }
  finished(new PassThrough().end('z').resume(), (err) => log('finished', err));
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.end();
  w2.write('late', (err) => log('write after end', err && err.code));
  w2.on('error', (err) => log('error event', err.code));
  const d = new Duplex({ read() { this.push('dd'); this.push(null); }, write(c, e, cb) { log('duplex got', c.toString()); cb(); } });
  d.on('data', (c) => log('duplex data', c.toString()));
  d.end('to-duplex');
  d.on('finish', () => log('duplex finish'));
  d.on('end', () => log('duplex end'));
  d.on('close', () => log('duplex close'));
  const rs = Readable.from(['web1', 'web2']);
  const web = Readable.toWeb(rs);
  const reader = web.getReader();
  const got = [];
  for (;;) { const { done, value } = await reader.read(); if (done) break; got.push(value); }
  log('toWeb', got);
  const back = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('w'); c.enqueue('x'); c.close(); } }), { objectMode: true });
  const all = []; for await (const v of back) all.push(v); log('fromWeb', all);
  let destroyedWith;
  const rd = new Readable({ read() {}, destroy(err, cb) { destroyedWith = err && err.message; cb(err); } });
  rd.on('error', (e) => log('destroy error', e.message, destroyedWith)).on('close', () => log('destroy close', rd.destroyed));
  rd.destroy(new Error('gone'));
})();
