// The worker side of the workers-*.mjs benchmarks: echoes messages, or runs a CPU job.
let send;
let listen;
const threads = await import('node:worker_threads').catch(() => null);
if (threads !== null && threads.parentPort) {
  send = (m, transfer) => threads.parentPort.postMessage(m, transfer);
  listen = (fn) => threads.parentPort.on('message', fn);
} else {
  send = (m, transfer) => self.postMessage(m, transfer);
  listen = (fn) => { self.onmessage = (e) => fn(e.data); };
}

/** A CPU-bound job: counts primes in [from, to) by trial division. */
function countPrimes(from, to) {
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) { prime = false; break; }
    }
    if (prime) count++;
  }
  return count;
}

listen((m) => {
  if (m === null || typeof m !== 'object' || m.op === undefined) {
    send(m);                                  // ping-pong
  } else if (m.op === 'primes') {
    let count = 0;
    for (const [from, to] of m.ranges) count += countPrimes(from, to);
    send({ count });
  } else if (m.op === 'buffer') {
    send(m.buffer.byteLength);                // acknowledge a buffer without sending it back
  } else if (m.op === 'ready') {
    send('ready');
  }
});
send('started');
