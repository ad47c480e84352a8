// 72_events_helpers.js: node:events' module functions, loaded with the module: once() and on()
// (a promise and an async iterator over an EventEmitter's or EventTarget's events, with
// AbortSignal), getEventListeners and setMaxListeners. The EventEmitter itself is 12_events.js.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    PromiseWithResolvers, ArrayPrototypePush, ArrayPrototypeShift, SymbolAsyncIterator, Error: ErrorCtor,
    PromiseResolve, PromiseReject,
  } = internal.primordials;
  const { invalidArgType, validateNumber } = internal.errors;
  const EventEmitter = internal.EventEmitter;

  function abortError(signal) {
    const error = new ErrorCtor('The operation was aborted');
    error.name = 'AbortError';
    error.code = 'ABORT_ERR';
    if (signal.reason !== undefined) error.cause = signal.reason;
    return error;
  }
  function checkSignal(options) {
    const signal = options && options.signal;
    if (signal !== undefined && (signal === null || typeof signal.aborted !== 'boolean')) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    return signal;
  }
  function listen(target, name, listener, once) {
    if (typeof target.on === 'function') {
      if (once) target.once(name, listener); else target.on(name, listener);
      return () => target.removeListener(name, listener);
    }
    if (typeof target.addEventListener === 'function') {
      const wrapped = (event) => listener(event);
      target.addEventListener(name, wrapped, { once });
      return () => target.removeEventListener(name, wrapped);
    }
    throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', target);
  }

  /** Resolves with the arguments of the next `name` event; rejects on 'error' or an abort. */
  function once(emitter, name, options) {
    const signal = checkSignal(options);
    const { promise, resolve, reject } = PromiseWithResolvers();
    if (signal && signal.aborted) {
      reject(abortError(signal));
      return promise;
    }
    let removeError = () => {};
    let removeAbort = () => {};
    const removeEvent = listen(emitter, name, (...args) => {
      removeError();
      removeAbort();
      resolve(args);
    }, true);
    if (name !== 'error' && typeof emitter.on === 'function') {
      removeError = listen(emitter, 'error', (err) => {
        removeEvent();
        removeAbort();
        reject(err);
      }, true);
    }
    if (signal) {
      const onAbort = () => {
        removeEvent();
        removeError();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      removeAbort = () => signal.removeEventListener('abort', onAbort);
    }
    return promise;
  }

  /** An async iterator of the arguments of every `name` event; 'error' ends it by throwing. */
  function on(emitter, name, options) {
    const signal = checkSignal(options);
    if (signal && signal.aborted) throw abortError(signal);
    const queue = [];
    const waiting = [];
    let error = null;
    let finished = false;
    const removeEvent = listen(emitter, name, (...args) => {
      const next = ArrayPrototypeShift(waiting);
      if (next) next.resolve({ value: args, done: false });
      else ArrayPrototypePush(queue, args);
    }, false);
    const removeError = name !== 'error' && typeof emitter.on === 'function'
      ? listen(emitter, 'error', (err) => {
        finished = true;
        const next = ArrayPrototypeShift(waiting);
        if (next) next.reject(err);
        else error = err;
        iterator.return();
      }, false)
      : () => {};
    const onAbort = () => {
      const err = abortError(signal);
      const next = ArrayPrototypeShift(waiting);
      if (next) next.reject(err); else error = err;
      iterator.return();
    };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const iterator = {
      next() {
        if (queue.length > 0) return PromiseResolve({ value: ArrayPrototypeShift(queue), done: false });
        if (error) {
          const err = error;
          error = null;
          return PromiseReject(err);
        }
        if (finished) return PromiseResolve({ value: undefined, done: true });
        const deferred = PromiseWithResolvers();
        ArrayPrototypePush(waiting, deferred);
        return deferred.promise;
      },
      return() {
        removeEvent();
        removeError();
        if (signal) signal.removeEventListener('abort', onAbort);
        finished = true;
        for (const deferred of waiting) deferred.resolve({ value: undefined, done: true });
        waiting.length = 0;
        return PromiseResolve({ value: undefined, done: true });
      },
      throw(err) {
        error = err;
        removeEvent();
        removeError();
        return PromiseReject(err);
      },
      [SymbolAsyncIterator]() { return this; },
    };
    return iterator;
  }

  function getEventListeners(target, name) {
    if (target && typeof target.listeners === 'function') return target.listeners(name);
    return [];
  }
  function setMaxListeners(n = EventEmitter.defaultMaxListeners, ...targets) {
    validateNumber(n, 'n');
    if (targets.length === 0) {
      EventEmitter.defaultMaxListeners = n;
      return;
    }
    for (const target of targets) {
      if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
    }
  }
  function listenerCount(emitter, name) {
    return emitter.listenerCount(name);
  }
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.getEventListeners = getEventListeners;
  EventEmitter.setMaxListeners = setMaxListeners;
  EventEmitter.listenerCount = listenerCount;
  return EventEmitter;
})
