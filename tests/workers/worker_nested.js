// A worker that starts a worker: messages relayed through both.
const outer = new Worker(new URL('./fixtures/outer.js', import.meta.url), { type: 'module', name: 'outer' });
outer.onmessage = (e) => {
  console.log(e.data);
  outer.terminate();
};
outer.postMessage('hello');
