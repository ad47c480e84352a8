// Prints: RESULT fs-read-many first_ms=<first run> median_ms=<median of the later half> ops_per_s=<files from that median>
// Reads 10,000 small files (100-1100 bytes, made in a fresh temporary directory first) with
// fs/promises readFile, 64 at a time, as text. Needs file permissions (cortado -A, deno -A).
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
const N = 10_000;
const CONCURRENCY = 64;
(async () => {
  const fs = await import('node:fs');
  const fsp = await import('node:fs/promises');
  const dir = fs.mkdtempSync('/tmp/fs-read-many-');
  const names = [];
  for (let i = 0; i < N; i++) {
    const name = `${dir}/f${i}.txt`;
    fs.writeFileSync(name, `file ${i} `.padEnd(100 + (i * 37) % 1000, 'x'));
    names.push(name);
  }
  async function once() {
    const t = performance.now();
    let next = 0;
    let bytes = 0;
    async function worker() {
      while (next < N) {
        const text = await fsp.readFile(names[next++], 'utf8');
        bytes += text.length;
      }
    }
    const workers = [];
    for (let w = 0; w < CONCURRENCY; w++) workers.push(worker());
    await Promise.all(workers);
    if (bytes < N * 100) throw new Error('short read');
    return performance.now() - t;
  }
  try {
    const times = [];
    for (let r = 0; r < 6; r++) times.push(await once());
    report('fs-read-many', times, N);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
