// MessageChannel and MessagePort within one loop: start(), close(), onmessage implies start().
const { port1, port2 } = new MessageChannel();
console.log(Object.prototype.toString.call(port1), port1 instanceof EventTarget);
const seen = [];
port2.addEventListener('message', (e) => seen.push(`listener ${e.data}`));
port1.postMessage('queued before start');
port1.postMessage({ n: 1, list: [1, 2], map: new Map([['k', 'v']]) });
await new Promise((r) => setTimeout(r, 20));
console.log('before start:', seen.length);
port2.start();
await new Promise((r) => setTimeout(r, 20));
console.log(JSON.stringify(seen));

const ch = new MessageChannel();
const got = new Promise((resolve) => {
  ch.port2.onmessage = (e) => {
    console.log(e.constructor.name, e.type, JSON.stringify(e.data), e.origin === '', e.lastEventId === '', e.source, e.ports.length, e.target === ch.port2);
    resolve();
  };
});
ch.port1.postMessage({ hello: 'world' });
await got;

// Messages in order, each its own task (microtasks run between them).
const order = [];
const c2 = new MessageChannel();
const done = new Promise((resolve) => {
  c2.port2.onmessage = (e) => {
    order.push(`m${e.data}`);
    Promise.resolve().then(() => order.push(`micro${e.data}`));
    if (e.data === 3) setTimeout(resolve, 0);
  };
});
c2.port1.postMessage(1); c2.port1.postMessage(2); c2.port1.postMessage(3);
await done;
console.log(order.join(' '));

// A port transferred through structuredClone keeps its channel.
const c3 = new MessageChannel();
const moved = structuredClone(c3.port2, { transfer: [c3.port2] });
console.log(moved === c3.port2, moved instanceof MessagePort);
await new Promise((resolve) => {
  moved.onmessage = (e) => { console.log('moved port got', e.data); resolve(); };
  c3.port1.postMessage('through the moved port');
});

// close(): no more messages either way; the loop can end.
c3.port1.close();
moved.close();
ch.port1.close();
c2.port1.close();
port1.close();
const e = new MessageEvent('message', { data: 5, origin: 'o', lastEventId: 'id' });
console.log(e.data, e.origin, e.lastEventId, e.ports.length, Object.isFrozen(e.ports), e.isTrusted);
try { new MessagePort(); } catch (err) { console.log(err.constructor.name, err.message); }
console.log('end');
