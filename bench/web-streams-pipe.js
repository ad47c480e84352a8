// Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=<from that median>
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
// 100 MB in 64 KiB Uint8Array chunks: ReadableStream -> pipeThrough(byte-counting TransformStream)
// -> pipeTo(WritableStream). One op = one chunk through the whole pipe. The source enqueues the
// same preallocated chunk, so the figure is the streams' own cost, not the allocator's.
const CHUNK = 64 * 1024;
const CHUNKS = (100 * 1024 * 1024) / CHUNK;
const chunk = new Uint8Array(CHUNK);
async function once() {
  const t = performance.now();
  let produced = 0;
  let counted = 0;
  let written = 0;
  const source = new ReadableStream({
    pull(controller) {
      controller.enqueue(chunk);
      if (++produced === CHUNKS) controller.close();
    },
  }, { highWaterMark: 4 });
  const counter = new TransformStream({
    transform(c, controller) {
      counted += c.byteLength;
      controller.enqueue(c);
    },
  });
  const sink = new WritableStream({
    write(c) { written += c.byteLength; },
  }, { highWaterMark: 4 });
  await source.pipeThrough(counter).pipeTo(sink);
  if (counted !== CHUNKS * CHUNK || written !== counted) throw new Error(`lost bytes: ${counted} ${written}`);
  return performance.now() - t;
}
(async () => { const times = []; for (let r = 0; r < 8; r++) times.push(await once()); report("web-streams-pipe", times, CHUNKS); })();
