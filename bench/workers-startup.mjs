// Worker start-up: create a worker, wait for its first message, terminate it; 20 times.
import { spawn, next, report } from './workers-common.mjs';
const times = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  const worker = spawn();
  await next(worker);
  times.push(performance.now() - t);
  await worker.end();
}
report('workers-startup', times, 1);
