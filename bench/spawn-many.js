// Prints: RESULT spawn-many first_ms=<first run> median_ms=<median of the later half> ops_per_s=<children from that median>
// Spawns 200 short child processes (`sh -c 'echo x'`), 8 at a time (a build tool's or test
// runner's pool on a small machine), with child_process.spawn and piped stdio; each child's
// stdout is read and its 'close' awaited. Six rounds. Needs the run permission (cortado -A, deno -A).
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
const N = 200;
const CONCURRENCY = 8;
(async () => {
  const { spawn } = await import('node:child_process');
  function run() {
    return new Promise((resolve, reject) => {
      const child = spawn('sh', ['-c', 'echo x']);
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (text) => { out += text; });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 && out === 'x\n' ? resolve() : reject(new Error(`child: ${code} ${out}`))));
    });
  }
  async function once() {
    const t = performance.now();
    let next = 0;
    async function worker() {
      while (next < N) { next++; await run(); }
    }
    const workers = [];
    for (let w = 0; w < CONCURRENCY; w++) workers.push(worker());
    await Promise.all(workers);
    return performance.now() - t;
  }
  const times = [];
  for (let r = 0; r < 6; r++) times.push(await once());
  report('spawn-many', times, N);
})();
