// 12_events.js: Node's EventEmitter, the base of `process` (and later of streams and child
// processes). It adds on/once/prepend*, removal, emit with the 'error' convention, listener
// introspection and the max-listeners leak warning, all on the captured primordials.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ReflectApply, ArrayPrototypePush, ArrayPrototypeUnshift, ArrayPrototypeSplice,
    ArrayPrototypeSlice, ObjectCreate, ReflectOwnKeys, Error: ErrorCtor,
  } = internal.primordials;
  const { validateFunction, validateNumber, makeCodedError } = internal.errors;
  const kErrorMonitor = internal.sharedSymbol('events.errorMonitor', true); // EventEmitter.errorMonitor
  // Shared by every Context (see internal.sharedSymbol); Node shows both in an inspected emitter.
  const kCapture = internal.sharedSymbol('kCapture', true);
  const kShapeMode = internal.sharedSymbol('shapeMode', true);
  const kRejection = Symbol.for('nodejs.rejection');

  let defaultMaxListeners = 10;
  let captureRejectionsDefault = false;

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }
  EventEmitter.init = function init(opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (this[kShapeMode] === undefined) this[kShapeMode] = false;
    if (opts && opts.captureRejections !== undefined) {
      if (typeof opts.captureRejections !== 'boolean') {
        throw internal.errors.invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
      }
      this[kCapture] = opts.captureRejections;
    } else {
      this[kCapture] = captureRejectionsDefault;
    }
  };
  EventEmitter.errorMonitor = kErrorMonitor;
  EventEmitter.captureRejectionSymbol = kRejection;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    enumerable: true,
    get() { return captureRejectionsDefault; },
    set(value) {
      if (typeof value !== 'boolean') throw internal.errors.invalidArgType('EventEmitter.captureRejections', 'of type boolean', value);
      captureRejectionsDefault = value;
    },
  });
  /** captureRejections: a listener's rejected promise becomes the emitter's error, as in Node. */
  function captureRejection(emitter, result, type, args) {
    if (result === undefined || result === null || typeof result.then !== 'function') return;
    ReflectApply(result.then, result, [undefined, (err) => internal.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        ReflectApply(emitter[kRejection], emitter, [err, type, ...args]);
      } else {
        const previous = emitter[kCapture];
        try {
          emitter[kCapture] = false;   // an error listener's own rejection is not captured again
          emitter.emit('error', err);
        } finally {
          emitter[kCapture] = previous;
        }
      }
    })]);
  }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) { validateNumber(n, 'defaultMaxListeners'); defaultMaxListeners = n; },
  });

  function eventsOf(emitter) {
    if (emitter._events === undefined) {
      emitter._events = ObjectCreate(null);
      emitter._eventsCount = 0;
    }
    return emitter._events;
  }

  function addListener(emitter, type, listener, prepend) {
    validateFunction(listener, 'listener');
    const events = eventsOf(emitter);
    if (events.newListener !== undefined) {
      emitter.emit('newListener', type, listener.listener ?? listener);
    }
    // As in Node, one listener is kept as itself, more as an array (code reads `_events`).
    let list = events[type];
    if (list === undefined) {
      events[type] = listener;
      emitter._eventsCount++;
      return emitter;
    }
    if (typeof list === 'function') {
      list = events[type] = prepend ? [listener, list] : [list, listener];
    } else if (prepend) {
      ArrayPrototypeUnshift(list, listener);
    } else {
      ArrayPrototypePush(list, listener);
    }
    const max = emitter.getMaxListeners();
    if (max > 0 && list.length > max && !list.warned) {
      list.warned = true;
      internal.emitWarning(
        `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
        `added to ${emitter.constructor?.name === 'process' ? '[process]' : `[${emitter.constructor?.name ?? 'EventEmitter'}]`}. ` +
        'MaxListeners is ' + max + '. Use emitter.setMaxListeners() to increase limit',
        'MaxListenersExceededWarning');
    }
    return emitter;
  }

  function onceWrapper(emitter, type, listener) {
    const state = { fired: false };
    function wrapped(...args) {
      if (state.fired) return undefined;
      state.fired = true;
      emitter.removeListener(type, wrapped);
      return ReflectApply(listener, emitter, args);
    }
    wrapped.listener = listener;
    return wrapped;
  }

  const proto = EventEmitter.prototype;
  proto.setMaxListeners = function setMaxListeners(n) {
    validateNumber(n, 'n');
    this._maxListeners = n;
    return this;
  };
  proto.getMaxListeners = function getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  };
  proto.on = proto.addListener = function addListenerMethod(type, listener) {
    return addListener(this, type, listener, false);
  };
  proto.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };
  proto.once = function once(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrapper(this, type, listener), false);
  };
  proto.prependOnceListener = function prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrapper(this, type, listener), true);
  };
  proto.off = proto.removeListener = function removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = eventsOf(this);
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      delete events[type];
      this._eventsCount--;
      if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener ?? list);
      return this;
    }
    if (typeof list === 'function') return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        const removed = list[i];
        ArrayPrototypeSplice(list, i, 1); // emit walks a copy
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) {
          this.emit('removeListener', type, removed.listener ?? removed);
        }
        break;
      }
    }
    return this;
  };
  proto.removeAllListeners = function removeAllListeners(type) {
    const events = eventsOf(this);
    if (events.removeListener !== undefined) {
      // As Node: 'removeListener' is emitted for each, the last added first ('removeListener' last of all)
      if (type === undefined) {
        for (const key of ReflectOwnKeys(events)) {
          if (key !== 'removeListener') this.removeAllListeners(key);
        }
        this.removeAllListeners('removeListener');
        this._events = ObjectCreate(null);
        this._eventsCount = 0;
        return this;
      }
      const listeners = events[type];
      if (typeof listeners === 'function') {
        this.removeListener(type, listeners);
      } else if (listeners !== undefined) {
        for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
      }
      return this;
    }
    if (type === undefined) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      delete events[type];
      this._eventsCount--;
    }
    return this;
  };
  proto.emit = function emit(type, ...args) {
    const events = this._events;
    if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
      const monitor = events[kErrorMonitor];
      const monitors = typeof monitor === 'function' ? [monitor] : ArrayPrototypeSlice(monitor);
      for (let i = 0; i < monitors.length; i++) ReflectApply(monitors[i], this, args);
    }
    const list = events !== undefined ? events[type] : undefined;
    if (list === undefined) {
      if (type === 'error') {
        const error = args[0];
        if (error instanceof ErrorCtor) throw error;
        throw makeCodedError(ErrorCtor, 'ERR_UNHANDLED_ERROR',
          `Unhandled error. (${internal.inspect ? internal.inspect(error) : String(error)})`);
      }
      return false;
    }
    if (typeof list === 'function') {
      const result = ReflectApply(list, this, args);
      if (this[kCapture] === true) captureRejection(this, result, type, args);
      return true;
    }
    const snapshot = ArrayPrototypeSlice(list);
    if (this[kCapture] === true) {
      for (let i = 0; i < snapshot.length; i++) captureRejection(this, ReflectApply(snapshot[i], this, args), type, args);
      return true;
    }
    for (let i = 0; i < snapshot.length; i++) ReflectApply(snapshot[i], this, args);
    return true;
  };
  proto.listeners = function listeners(type) {
    const list = eventsOf(this)[type];
    if (list === undefined) return [];
    if (typeof list === 'function') return [list.listener ?? list];
    const out = [];
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(out, list[i].listener ?? list[i]);
    return out;
  };
  proto.rawListeners = function rawListeners(type) {
    const list = eventsOf(this)[type];
    if (list === undefined) return [];
    return typeof list === 'function' ? [list] : ArrayPrototypeSlice(list);
  };
  proto.listenerCount = function listenerCount(type) {
    const list = eventsOf(this)[type];
    if (list === undefined) return 0;
    return typeof list === 'function' ? 1 : list.length;
  };
  proto.eventNames = function eventNames() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  };
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

  internal.EventEmitter = EventEmitter;
})
