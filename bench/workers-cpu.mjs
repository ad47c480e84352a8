// A CPU-bound job (counting primes below 3M) on 1 worker, then split over 2 workers.
// On a 2-core machine the 2-worker run should be close to 2x faster.
import { spawn, next, report } from './workers-common.mjs';
const LIMIT = 3_000_000;
const workers = [spawn(), spawn()];
await Promise.all(workers.map(next));
async function run(count) {
  const t = performance.now();
  // 64 chunks dealt out in turn, so each worker gets as many large (costly) numbers as the others.
  const CHUNKS = 64;
  const step = LIMIT / CHUNKS;
  const parts = [];
  for (let i = 0; i < count; i++) {
    const ranges = [];
    for (let c = i; c < CHUNKS; c += count) ranges.push([c * step, (c + 1) * step]);
    const w = workers[i];
    const reply = next(w);
    w.post({ op: 'primes', ranges });
    parts.push(reply);
  }
  const counts = await Promise.all(parts);
  const total = counts.reduce((a, c) => a + c.count, 0);
  if (total !== 216816) throw new Error(`wrong count ${total}`);
  return performance.now() - t;
}
const one = [];
const two = [];
// 10 rounds: the speedup is the steady state's (medians of the later half, as report() prints);
// with 4 rounds, a JIT still compiling on one of the 2 cores decided it.
for (let r = 0; r < 10; r++) {
  one.push(await run(1));
  two.push(await run(2));
}
report('workers-cpu-1', one, 1);
report('workers-cpu-2', two, 1);
const median = (xs) => {
  const later = xs.slice(Math.floor(xs.length / 2)).sort((a, b) => a - b);
  return later[Math.floor(later.length / 2)];
};
console.log(`speedup 2 workers vs 1: ${(median(one) / median(two)).toFixed(2)}x`);
for (const w of workers) w.end();
