// A SharedArrayBuffer shared with a worker; Atomics.wait in the worker, Atomics.waitAsync here.
const sab = new SharedArrayBuffer(16);
const a = new Int32Array(sab);
const worker = new Worker(new URL('./fixtures/atomics.js', import.meta.url), { type: 'module' });
worker.onmessage = async (e) => {
  console.log(e.data);
  if (e.data !== 'waiting') {
    worker.terminate();
    return;
  }
  const result = Atomics.waitAsync(a, 1, 0, 10000);
  console.log('waitAsync is async:', result.async);
  setTimeout(() => {
    Atomics.store(a, 0, 7);
    Atomics.notify(a, 0);
  }, 30);
  console.log('waitAsync:', await result.value, 'a[1] =', a[1]);
};
worker.postMessage(sab);
