// pipeline and stream/promises' pipeline with functions as stages: an async generator in the
// middle, an async function or an `async function*` as the last stage (run to its end, its
// value the pipeline's), the PassThrough pipeline returns, errors thrown inside a stage, and
// the order of the callbacks against what reads that PassThrough.
const { Readable, Writable, PassThrough, pipeline } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

(async () => {
  const sum = await pipelinePromise(Readable.from([1, 2, 3]),
    async function* double(source) { for await (const x of source) yield x * 2; },
    async (source) => { let total = 0; for await (const x of source) total += x; return total; });
  console.log('value', sum);

  const seen = [];
  await pipelinePromise(Readable.from(['a', 'b']), new PassThrough({ objectMode: true }),
    async function* sink(source) { for await (const x of source) seen.push(x); });
  console.log('async generator sink saw', seen);

  try {
    await pipelinePromise(Readable.from(['a']), async function* sink(source) {
      for await (const x of source) throw new Error('thrown in the sink at ' + x);
    });
  } catch (e) { console.log('rejected', e.message); }

  const log = [];
  const out = pipeline(Readable.from(['p', 'q']),
    async function* shout(source) { for await (const x of source) yield x + '!'; },
    (err) => log.push('callback ' + err));
  console.log('returns', out.constructor.name, out.readableObjectMode);
  out.pipe(new Writable({ objectMode: true, write(c, e, cb) { log.push('read ' + c); cb(); } }))
    .on('finish', () => log.push('finish'));

  const valued = pipeline(Readable.from([5]), async (source) => { for await (const x of source); return 'done'; },
    (err, value) => log.push(`callback2 ${err} ${value}`));
  valued.on('data', (d) => log.push('data ' + d));

  try { pipeline(Readable.from([1]), () => 5, () => {}); } catch (e) { console.log(e.name, e.code); }
  setTimeout(() => console.log(log.join('\n')), 20);
})();
