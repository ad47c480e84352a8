// Message ping-pong: 100k round trips of a small object between the main thread and one worker.
import { spawn, next, report } from './workers-common.mjs';
const N = 100_000;
const worker = spawn();
await next(worker);
const message = { id: 0, kind: 'ping', values: [1, 2, 3] };
function once() {
  return new Promise((done) => {
    const t = performance.now();
    let left = N;
    worker.onMessage(() => {
      if (--left === 0) done(performance.now() - t);
      else worker.post(message);
    });
    worker.post(message);
  });
}
const times = [];
for (let r = 0; r < 5; r++) times.push(await once());
report('workers-pingpong', times, N);
worker.end();
