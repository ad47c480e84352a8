const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
const log = (...a) => console.log(...a);
const util = require('util');
// read(n) sizes and unshift
const r = new Readable({ read() {} });
r.push('hello'); r.push('world');
log('read3', String(r.read(3)), 'len', r.readableLength);
r.unshift('XY');
log('read4', String(r.read(4)), 'flowing', r.readableFlowing);
// setEncoding with a split multi-byte char
const e = new Readable({ read() {} });
e.setEncoding('utf8');
const euro = Buffer.from('€');
e.push(euro.subarray(0, 1)); e.push(euro.subarray(1));
e.push(null);
e.on('data', (d) => log('decoded', JSON.stringify(d)));
// invalid chunk
try { new Writable({ write(c, e, cb) { cb(); } }).write(42); } catch (err) { log(err.code, err.message); }
try { new Writable({ write(c, e, cb) { cb(); } }).write(null); } catch (err) { log(err.code, err.message); }
// object mode writes anything
const seen = [];
const ow = new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } });
ow.write({ a: 1 }); ow.write(7); ow.end(() => log('object writes', seen));
// cork/uncork -> writev
const batches = [];
const cw = new Writable({ writev(chunks, cb) { batches.push(chunks.map((c) => c.chunk.toString())); cb(); }, write(c, e, cb) { batches.push([c.toString()]); cb(); } });
cw.write('1'); cw.cork(); cw.write('2'); cw.write('3'); process.nextTick(() => { cw.uncork(); cw.end(() => log('batches', JSON.stringify(batches))); });
// transform flush
const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(null, '<flushed>'); } });
let tout = '';
t.on('data', (d) => tout += d).on('end', () => log('transform', tout));
t.write('a'); t.end('b');
// pipe backpressure: a slow writable makes the readable pause
let pauses = 0;
const src = new Readable({ read() {} , highWaterMark: 8 });
for (let i = 0; i < 10; i++) src.push('0123456789');
src.push(null);
src.on('pause', () => pauses++);
const slow = new Writable({ highWaterMark: 16, write(c, e, cb) { setTimeout(cb, 1); } });
slow.on('pipe', () => log('pipe event'));
slow.on('unpipe', () => log('unpipe event'));
src.pipe(slow).on('finish', () => log('piped; paused at least once:', pauses > 0));
// pipeline error propagation
const bad = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
const sink = new PassThrough();
pipeline(Readable.from(['x']), bad, sink, (err) => log('pipeline error', err.message, 'sink destroyed', sink.destroyed));
// finished: premature close
const pc = new Readable({ read() {} });
finished(pc, (err) => log('premature', err && err.code));
pc.destroy();
// promisify(pipeline)
util.promisify(pipeline)(Readable.from(['q']), new PassThrough().resume()).then(() => log('promisified pipeline ok'));
log('instanceof', new stream.Duplex() instanceof Writable, new PassThrough() instanceof Readable, new Readable() instanceof stream.Stream, typeof stream.Stream);
// write after destroy
const wd = new Writable({ write(c, e, cb) { cb(); } });
wd.on('error', (err) => log('wd error', err.code));
wd.destroy();
wd.write('x', (err) => log('write after destroy', err && err.code));
// readable error via destroy with listener order
const er = new Readable({ read() {} });
er.on('error', (x) => log('error then', x.message)).on('close', () => log('close after error'));
er.destroy(new Error('E1'));
