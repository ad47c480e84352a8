// An error the Worker's listeners do not cancel reaches the main thread's global `error` event.
addEventListener('error', (e) => {
  console.log('global error event:', e.constructor.name, typeof e.message);
  e.preventDefault();
});
const worker = new Worker(new URL('./fixtures/throw_later.js', import.meta.url), { type: 'module' });
worker.addEventListener('error', (e) => console.log('worker error event:', e.message));
worker.onmessage = (e) => console.log('message:', e.data);
setTimeout(() => { console.log('main alive'); worker.terminate(); }, 1500);
