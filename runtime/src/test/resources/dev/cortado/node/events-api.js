const events = require('events');
const { EventEmitter, once, on, errorMonitor, getEventListeners, setMaxListeners } = events;
console.log(typeof once, typeof on, typeof errorMonitor, typeof getEventListeners, typeof EventEmitter.captureRejections, typeof setMaxListeners, EventEmitter === events);
(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 5);
  console.log('once', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('bad')), 5);
  try { await once(e, 'never'); } catch (err) { console.log('once error', err.message); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 5);
  try { await once(e, 'never', { signal: ac.signal }); } catch (err) { console.log('abort', err.name, err.code); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 5);
  const [ev] = await once(et, 'ping');
  console.log('event target', ev.type);
  const ticker = new EventEmitter();
  let n = 0;
  const timer = setInterval(() => ticker.emit('tick', ++n), 2);
  for await (const [value] of on(ticker, 'tick')) {
    console.log('tick', value);
    if (value === 3) break;
  }
  clearInterval(timer);
  const m = new EventEmitter();
  m.on(errorMonitor, (err) => console.log('monitor saw', err.message));
  m.on('error', (err) => console.log('handler saw', err.message));
  m.emit('error', new Error('E'));
  const c = new EventEmitter({ captureRejections: true });
  c.on('job', async () => { throw new Error('async failure'); });
  c.on('error', (err) => console.log('captured', err.message));
  c.emit('job');
  await new Promise((r) => setTimeout(r, 10));
  const d = new EventEmitter({ captureRejections: true });
  d[EventEmitter.captureRejectionSymbol] = (err, type, ...args) => console.log('custom rejection', err.message, type, args);
  d.on('x', async (a) => { throw new Error('nope'); });
  d.emit('x', 42);
  await new Promise((r) => setTimeout(r, 10));
  console.log(getEventListeners(d, 'x').length);
  setMaxListeners(1, d);
  console.log(d.getMaxListeners());
})();
