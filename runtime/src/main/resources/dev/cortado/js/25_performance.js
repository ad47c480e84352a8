// 25_performance.js: the `performance` global: its clock (High Resolution Time), `now()` and
// `timeOrigin`, on the same monotonic clock the timers use. Marks, measures and the entry getters
// (User Timing, Performance Timeline) live in 59_performance_timeline.js, loaded on first use.
(function (host, internal) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, SymbolToStringTag, TypeError } = internal.primordials;
  const clockNow = internal.now;
  const timeOrigin = Date.now() - clockNow();
  let performance = null;
  function timeline(self) {
    if (self !== performance) throw new TypeError('Illegal invocation');
    return internal.load('59_performance_timeline.js');
  }
  class Performance {
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
  performance = new Performance();
  internal.performanceNow = clockNow;
  internal.defineGlobal('performance', performance);
})
