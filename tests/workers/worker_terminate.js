// terminate() stops a worker in the middle of `while (true) {}`; the process then exits.
const worker = new Worker(new URL('./fixtures/spin.js', import.meta.url), { type: 'module' });
worker.onmessage = (e) => {
  console.log('worker says', e.data);
  setTimeout(() => {
    worker.terminate();
    console.log('terminated');
    worker.postMessage('ignored after terminate');
    worker.terminate();
  }, 50);
};
