// fetch under load, against bench/fetch-server.js on 127.0.0.1:18791 (bench/fetch.sh starts it):
// 20,000 GETs of 1 KiB with 64 in flight (requests/s), then a 1 GiB streamed download read through
// body.getReader() (MB/s). Prints the peak RSS where the runtime reports it.
// Prints: RESULT fetch-1k requests_per_s=<n> peak_rss_mb=<n> rss_mb_by_quarter=<a/b/c/d> and
// RESULT fetch-1gb mb_per_s=<n> peak_rss_mb=<n> rss_mb_by_quarter=<a/b/c/d> (the RSS when a quarter,
// half, three quarters and all of the work was done: flat memory shows as flat quarters).
const base = 'http://127.0.0.1:18791';
const TOTAL = 20000, IN_FLIGHT = 64, BIG = 1024 * 1024 * 1024;
let peak = 0;
function rss() {
  try {
    if (typeof process !== 'undefined' && process.memoryUsage) return process.memoryUsage().rss;
    if (typeof Deno !== 'undefined') return Deno.memoryUsage().rss;
  } catch (_) { /* not reported */ }
  return 0;
}
const sample = () => { peak = Math.max(peak, rss()); };
let quarters = [];
const quarter = () => { quarters.push((rss() / 1048576).toFixed(0)); };
const mb = (bytes) => (bytes / 1048576).toFixed(0);

async function load() {
  let next = 0, done = 0;
  const t = performance.now();
  async function worker() {
    while (next < TOTAL) {
      next++;
      const res = await fetch(base + '/1k');
      const body = await res.arrayBuffer();
      if (body.byteLength !== 1024) throw new Error('short body ' + body.byteLength);
      if (++done % 1000 === 0) sample();
      if (done % (TOTAL / 4) === 0) quarter();
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return TOTAL / ((performance.now() - t) / 1000);
}

async function download() {
  const t = performance.now();
  const res = await fetch(base + '/stream?bytes=' + BIG);
  const reader = res.body.getReader();
  let total = 0, reads = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (++reads % 1000 === 0) sample();
    if (Math.floor((total - value.byteLength) / (BIG / 4)) !== Math.floor(total / (BIG / 4))) quarter();
  }
  if (total !== BIG) throw new Error('short download ' + total);
  return total / 1048576 / ((performance.now() - t) / 1000);
}

(async () => {
  await (await fetch(base + '/1k')).arrayBuffer(); // connect once
  const rps = await load();
  sample();
  console.log(`RESULT fetch-1k requests_per_s=${Math.round(rps)} peak_rss_mb=${mb(peak)} rss_mb_by_quarter=${quarters.join('/')}`);
  peak = 0;
  quarters = [];
  const mbps = await download();
  sample();
  console.log(`RESULT fetch-1gb mb_per_s=${Math.round(mbps)} peak_rss_mb=${mb(peak)} rss_mb_by_quarter=${quarters.join('/')}`);
})().catch((e) => { console.error('fetch-load failed:', e); throw e; });
