// BroadcastChannel between the main thread and two workers.
const workers = [1, 2].map((n) => new Worker(new URL('./fixtures/broadcaster.js', import.meta.url), { type: 'module', name: `w${n}` }));
const channel = new BroadcastChannel('news');
console.log(channel.name, channel instanceof EventTarget);
const heard = [];
await new Promise((resolve) => {
  let ready = 0;
  for (const w of workers) w.onmessage = () => { if (++ready === 2) resolve(); };
  for (const w of workers) w.postMessage('start');
});
await new Promise((resolve) => {
  channel.onmessage = (e) => {
    heard.push(e.data);
    if (heard.length === 2) resolve();
  };
  channel.postMessage({ from: 'main' });
});
console.log(JSON.stringify(heard.sort()));
channel.close();
try { channel.postMessage(1); } catch (e) { console.log(e.name); }
for (const w of workers) w.terminate();
