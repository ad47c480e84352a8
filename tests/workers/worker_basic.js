// A module worker: postMessage both ways, self, name, close().
const worker = new Worker(new URL('./fixtures/echo.js', import.meta.url), { type: 'module', name: 'echoer' });
const replies = [];
await new Promise((resolve) => {
  worker.onmessage = (e) => {
    replies.push(e.data);
    if (replies.length === 3) resolve();
  };
  worker.postMessage({ kind: 'hello', values: [1, 2, 3] });
  worker.postMessage(new Date(0));
  worker.postMessage('close');
});
for (const r of replies) console.log(JSON.stringify(r));
console.log(Object.prototype.toString.call(worker), worker instanceof EventTarget);
console.log('main done');
