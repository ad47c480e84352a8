// Shared by the workers-*.mjs benchmarks: one way to start a worker on every runtime (Web Workers
// on Cortado, Deno and Bun; node:worker_threads on Node 20, which has no global Worker), and the
// RESULT line bench/run.sh and bench/workers.sh read.
const nodeThreads = typeof Worker === 'undefined' ? await import('node:worker_threads') : null;
const workerUrl = new URL('./workers-worker.mjs', import.meta.url);

/** A worker running workers-worker.mjs: post(message, transfer), onMessage(fn), end(). */
export function spawn() {
  if (nodeThreads !== null) {
    const w = new nodeThreads.Worker(workerUrl);
    return {
      post: (m, transfer) => w.postMessage(m, transfer),
      onMessage: (fn) => { w.removeAllListeners('message'); w.on('message', fn); },
      end: () => w.terminate(),
    };
  }
  const w = new Worker(workerUrl, { type: 'module' });
  return {
    post: (m, transfer) => w.postMessage(m, transfer),
    onMessage: (fn) => { w.onmessage = (e) => fn(e.data); },
    end: () => w.terminate(),
  };
}

/** The next message from `worker`. */
export function next(worker) {
  return new Promise((resolve) => worker.onMessage(resolve));
}

/** Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=... */
export function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
