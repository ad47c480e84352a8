// 99_warmup.js: runs the paths nearly every program takes (promises and their combinators,
// async functions, timers) once, before user code. The engine pays for loading and specialising
// each path on first use, several milliseconds each while cold; paying it here keeps a program's
// first timers as close together in time as they are in Node, so their deadlines keep the order
// the program wrote. Leaves nothing behind: every timer is cleared, every rejection handled.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const { setTimeout, clearTimeout, setImmediate, clearImmediate } = internal.timers;
  const noop = () => {};
  const settled = (ok) => new Promise((resolve, reject) => {
    const timer = setTimeout(noop, 1);
    clearTimeout(timer);
    if (ok) resolve(1); else reject(new Error('warm-up'));
  });
  clearImmediate(setImmediate(noop));
  Promise.any([settled(true), settled(false)]).catch(noop);
  Promise.all([settled(true), 2]).then(noop, noop);
  Promise.allSettled([settled(false)]).then(noop);
  Promise.race([settled(true)]).then(noop, noop);
  Promise.any([]).catch(noop);
  settled(false).catch(noop).finally(noop);
  (async () => { await null; try { await settled(false); } catch { /* expected */ } })();
})
