// What Writable.write returns, and the 'drain' events that follow, for writes that complete at once
// and later, big and small chunks, highWaterMark 0, object mode and cork; and which events a
// pipeline of big chunks emits per chunk. Each case runs after the previous one has finished.
const { Writable, Readable, Transform, PassThrough, pipeline } = require('stream');
const EventEmitter = require('events');

function writable(name, options, write) {
  const w = new Writable({ ...options, write });
  w.on('drain', () => console.log(name, 'drain, length', w.writableLength));
  return w;
}
function ended(w) {
  return new Promise((resolve) => w.end(() => { console.log('finished, length', w.writableLength); resolve(); }));
}
function later() {
  return new Promise((resolve) => setImmediate(resolve));
}
const now = (c, e, done) => done();
const onImmediate = (c, e, done) => setImmediate(done);

async function cases() {
  let w = writable('sync', {}, now);
  console.log('sync, 64 KiB:', w.write(Buffer.alloc(65536)), w.writableNeedDrain, w.writableLength);
  console.log('sync, 1 byte:', w.write('x'));
  await later();
  await ended(w);

  w = writable('async', {}, onImmediate);
  console.log('async, 64 KiB:', w.write(Buffer.alloc(65536)), w.writableNeedDrain, w.writableLength);
  console.log('async, 1 byte:', w.write('x'), w.writableLength);
  await new Promise((resolve) => w.once('drain', resolve));
  await ended(w);

  w = writable('hwm 0 sync', { highWaterMark: 0 }, now);
  console.log('hwm 0 sync:', w.write('a'), w.write('b'), w.writableNeedDrain);
  await later();
  await ended(w);

  w = writable('hwm 0 async', { highWaterMark: 0 }, (c, e, done) => process.nextTick(done));
  console.log('hwm 0 async:', w.write('a'), w.write('b'), w.writableNeedDrain);
  await new Promise((resolve) => w.once('drain', resolve));
  await ended(w);

  w = writable('objects', { objectMode: true, highWaterMark: 1 }, now);
  console.log('objects:', w.write({}), w.write({}));
  await later();
  await ended(w);

  w = writable('corked', { highWaterMark: 4 }, now);
  w.cork();
  console.log('corked:', w.write('abc'), w.write('def'), w.writableNeedDrain, w.writableLength);
  w.uncork();
  console.log('uncorked:', w.writableNeedDrain, w.writableLength);
  await later();
  await ended(w);

  const pt = new PassThrough();
  console.log('passthrough, nobody reading:', pt.write(Buffer.alloc(20000)), pt.writableNeedDrain);
  pt.on('data', (c) => console.log('passthrough data', c.length));
  pt.on('drain', () => console.log('passthrough drain'));
  await new Promise((resolve) => pt.once('drain', resolve));
  console.log('passthrough, flowing:', pt.write(Buffer.alloc(20000)));
  await ended(pt);
}

async function pipelineEvents() {
  const counts = new Map();
  const emit = EventEmitter.prototype.emit;
  EventEmitter.prototype.emit = function (name, ...args) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return emit.call(this, name, ...args);
  };
  const chunk = Buffer.alloc(65536);
  let produced = 0, written = 0;
  await new Promise((resolve, reject) => pipeline(
    new Readable({ read() { this.push(chunk); if (++produced === 100) this.push(null); } }),
    new Transform({ transform(c, e, done) { done(null, c); } }),
    new Writable({ write(c, e, done) { written += c.length; done(); } }),
    (err) => (err ? reject(err) : resolve())));
  EventEmitter.prototype.emit = emit;
  console.log('pipeline of 100 chunks of 64 KiB:', written, 'bytes');
  for (const name of ['data', 'drain', 'pause', 'resume', 'readable', 'end', 'finish']) {
    console.log(' ', name, counts.get(name) ?? 0);
  }
}

cases().then(pipelineEvents);
