// 25_performance.js: the `performance` global: its clock (High Resolution Time), `now()` and
// `timeOrigin`, on the same monotonic clock the timers use. Marks, measures and the entry getters
// (User Timing, Performance Timeline) live in 59_performance_timeline.js, loaded on first use.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectCreate, ObjectSetPrototypeOf, ReflectApply, ReflectDefineProperty,
    ReflectGetOwnPropertyDescriptor, SymbolToStringTag, TypeError,
  } = internal.primordials;
  const clockNow = internal.now;
  const timeOrigin = Date.now() - clockNow();
  let performance = null;
  function timeline(self) {
    if (self !== performance) throw new TypeError('Illegal invocation');
    return internal.load('59_performance_timeline.js');
  }
  let constructing = false;
  class Performance {
    constructor() {
      if (!constructing) throw new TypeError('Illegal constructor');
    }
    now() {
      if (this !== performance) throw new TypeError('Illegal invocation');
      return clockNow();
    }
    get timeOrigin() {
      if (this !== performance) throw new TypeError('Illegal invocation');
      return timeOrigin;
    }
    toJSON() {
      if (this !== performance) throw new TypeError('Illegal invocation');
      return { timeOrigin };
    }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return this === performance ? `Performance ${inspect({ timeOrigin }, options)}` : this;
    }
  }
  // name -> required argument count (the function's length)
  const timelineMethods = {
    mark: 1, measure: 1, getEntries: 0, getEntriesByName: 1, getEntriesByType: 1, clearMarks: 0, clearMeasures: 0,
  };
  for (const name in timelineMethods) {
    const method = { [name](...args) { return ReflectApply(timeline(this)[name], undefined, args); } }[name];
    ObjectDefineProperty(method, 'length', { value: timelineMethods[name] });
    ObjectDefineProperty(Performance.prototype, name, { value: method, writable: true, enumerable: true, configurable: true });
  }
  for (const name of ['now', 'timeOrigin', 'toJSON']) {
    ObjectDefineProperty(Performance.prototype, name, { enumerable: true });
  }
  ObjectDefineProperty(Performance.prototype, SymbolToStringTag, { value: 'Performance', configurable: true });
  constructing = true;
  performance = new Performance();
  constructing = false;
  internal.performanceNow = clockNow;

  // Performance extends EventTarget (HR-Time). EventTarget loads on first use, so until then the
  // prototype chain holds a stand-in whose three methods load the events file, which puts
  // EventTarget.prototype in its place (see 52_events.js) and makes `performance` a real target.
  const eventTargetStandIn = ObjectCreate(Object.prototype);
  for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    ObjectDefineProperty(eventTargetStandIn, name, {
      get() {
        internal.load('52_events.js');
        return this[name];
      },
      configurable: true,
    });
  }
  ObjectSetPrototypeOf(Performance.prototype, eventTargetStandIn);
  internal.Performance = Performance;
  internal.performance = performance;
  internal.defineGlobal('Performance', Performance);
  // WindowOrWorkerGlobalScope's `[Replaceable] readonly attribute Performance performance`: an
  // accessor on the global object (as in Node); assigning replaces it with a data property.
  const globalObject = globalThis;
  const checkGlobal = (self) => {
    if (self !== undefined && self !== null && self !== globalObject) throw new TypeError('Illegal invocation');
  };
  const { get, set } = ReflectGetOwnPropertyDescriptor({
    get performance() {
      checkGlobal(this);
      return performance;
    },
    set performance(value) {
      checkGlobal(this);
      ObjectDefineProperty(globalObject, 'performance', { value, writable: true, enumerable: true, configurable: true });
    },
  }, 'performance');
  ReflectDefineProperty(globalObject, 'performance', { get, set, enumerable: true, configurable: true });
})
