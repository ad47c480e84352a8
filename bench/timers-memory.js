// Heap cost of pending timers: schedules 1,000,000 timers, reports the heap they hold and the
// bytes per timer, then clears them all and reports how much of the heap comes back.
// Run with a collectable heap: `CORTADO_EXPOSE_GC=1 bin/cortado bench/timers-memory.js`
// (or `node --expose-gc bench/timers-memory.js`).
const N = 1_000_000;
const collect = () => { for (let i = 0; i < 3; i++) globalThis.gc(); };
if (typeof globalThis.gc !== 'function') {
  console.error('needs a gc() global: CORTADO_EXPOSE_GC=1 (Cortado) or --expose-gc (Node)');
  process.exit(2);
}
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
// A small round first, so code the engine compiles for these paths is in the baseline.
for (let round = 0; round < 3; round++) {
  const warm = [];
  for (let i = 0; i < 20_000; i++) warm.push(setTimeout(() => {}, 60_000));
  for (const t of warm) clearTimeout(t);
}
collect();
const before = process.memoryUsage().heapUsed;
let timers = new Array(N);
const callback = () => { throw new Error('no timer may fire'); };
for (let i = 0; i < N; i++) timers[i] = setTimeout(callback, 60_000 + (i % 1000));
collect();
const pending = process.memoryUsage().heapUsed;
for (let i = 0; i < N; i++) clearTimeout(timers[i]);
timers = null; // drop the handles (GraalJS keeps a holey array's storage after `length = 0`)
collect();
const after = process.memoryUsage().heapUsed;
console.log(`heap before: ${mb(before)} MB, with ${N} pending timers: ${mb(pending)} MB ` +
  `(+${mb(pending - before)} MB, ${Math.round((pending - before) / N)} bytes per timer), ` +
  `after clearing: ${mb(after)} MB (+${mb(after - before)} MB)`);
console.log(`RESULT timers-memory pending_mb=${mb(pending - before)} bytes_per_timer=${Math.round((pending - before) / N)} residue_mb=${mb(after - before)}`);
