// A 10 MB ArrayBuffer sent to a worker 100 times, copied (structured clone) and transferred.
import { spawn, next, report } from './workers-common.mjs';
const SIZE = 10 * 1024 * 1024;
const N = 100;
const worker = spawn();
await next(worker);
async function once(transfer) {
  const t = performance.now();
  for (let i = 0; i < N; i++) {
    const buffer = new ArrayBuffer(SIZE);
    const reply = next(worker);
    worker.post({ op: 'buffer', buffer }, transfer ? [buffer] : []);
    await reply;
  }
  return performance.now() - t;
}
for (const transfer of [false, true]) {
  const times = [];
  for (let r = 0; r < 4; r++) times.push(await once(transfer));
  report(transfer ? 'workers-transfer-10mb' : 'workers-copy-10mb', times, N);
}
worker.end();
