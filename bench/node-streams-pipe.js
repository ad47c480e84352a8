// Prints: RESULT node-streams-pipe first_ms=<first run> median_ms=<median of the later half> mb_per_s=<from that median>
// 100 MB in 1,600 chunks of 64 KiB through node:stream's pipeline(Readable -> Transform -> Writable),
// each stage the user's own function: the per-chunk cost of Node streams (read, push, 'data',
// write, the transform's callback), with no disk in the way (fs-stream-copy waits on the disk).
const { Readable, Transform, Writable, pipeline } = require('node:stream');
const CHUNK = 64 * 1024, CHUNKS = 1600, ROUNDS = 20;
const chunk = Buffer.alloc(CHUNK, 7);
function once() {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    let produced = 0, transformed = 0, written = 0;
    pipeline(
      new Readable({ read() { this.push(chunk); if (++produced === CHUNKS) this.push(null); } }),
      new Transform({ transform(c, encoding, done) { transformed += c.length; done(null, c); } }),
      new Writable({ write(c, encoding, done) { written += c.length; done(); } }),
      (err) => {
        if (err) reject(err);
        else if (written !== CHUNKS * CHUNK || transformed !== written) reject(new Error(`wrote ${written} bytes`));
        else resolve(performance.now() - t);
      });
  });
}
(async () => {
  const times = [];
  for (let r = 0; r < ROUNDS; r++) times.push(await once());
  const later = times.slice(ROUNDS / 2).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT node-streams-pipe first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} mb_per_s=${Math.round(100 / (med / 1000))}`);
})();
