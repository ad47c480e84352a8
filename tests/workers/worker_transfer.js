// Transfer: ArrayBuffers are detached in the sender, MessagePorts move; DataCloneError in the sender.
const worker = new Worker(new URL('./fixtures/transfer.js', import.meta.url), { type: 'module' });
const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const copied = new Uint8Array([9, 9]).buffer;
const { port1, port2 } = new MessageChannel();
worker.postMessage({ buffer, copied, port: port2 }, [buffer, port2]);
console.log('sender:', buffer.byteLength, buffer.detached, copied.byteLength);
const replies = [];
await new Promise((resolve) => {
  port1.onmessage = (e) => {
    replies.push(e.data);
    if (replies.length === 1) port1.postMessage('over the moved port');
    else resolve();
  };
});
console.log(JSON.stringify(replies));
for (const bad of [() => 1, Symbol('s'), { f() {} }]) {
  try { worker.postMessage(bad); } catch (e) { console.log(e.constructor.name, e.name); }
}
try { worker.postMessage(1, [buffer]); } catch (e) { console.log('detached:', e.name); }
port1.close();
worker.terminate();
