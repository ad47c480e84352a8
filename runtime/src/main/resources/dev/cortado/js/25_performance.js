// 25_performance.js: the `performance` global's clock (High Resolution Time): `now()` and
// `timeOrigin`, on the same monotonic clock the timers use. Marks and measures come with the web
// platform core.
(function (host, internal) {
  'use strict';
  const { ObjectDefineProperty, SymbolToStringTag } = internal.primordials;
  const clockNow = internal.now;
  const timeOrigin = Date.now() - clockNow();
  class Performance {
    now() { return clockNow(); }
    get timeOrigin() { return timeOrigin; }
    toJSON() { return { timeOrigin }; }
  }
  ObjectDefineProperty(Performance.prototype, SymbolToStringTag, { value: 'Performance', configurable: true });
  internal.defineGlobal('performance', new Performance());
})
