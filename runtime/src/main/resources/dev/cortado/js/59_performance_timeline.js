// 59_performance_timeline.js: marks and measures (User Timing Level 3) and the entry buffer with
// its observers (Performance Timeline Level 2): `PerformanceEntry`, `PerformanceMark`,
// `PerformanceMeasure`, `PerformanceObserver`, `PerformanceObserverEntryList`, and the
// `performance.mark/measure/getEntries*/clear*` methods that 25_performance.js forwards here.
// Loaded on first use.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayIsArray, ArrayPrototypePush, ArrayPrototypeSort, ArrayPrototypeSplice, Number,
    NumberIsFinite, ObjectDefineProperty, ObjectFreeze, Symbol, SymbolIterator, SymbolToStringTag,
    TypeError, SetPrototypeHas, SetPrototypeAdd, SetPrototypeSize: SetPrototypeGetSize,
  } = internal.primordials;
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const now = internal.performanceNow;
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const secret = internal.sharedSymbol('performanceTimeline:constructorKey');

  // `detail` is structured-cloned; without 65_structured_clone.js (an early build) it is kept as is.
  let cloneValue = null;
  function structuredCloneOf(value) {
    if (cloneValue === null) {
      try {
        cloneValue = internal.load('65_structured_clone.js').structuredClone;
      } catch {
        cloneValue = undefined;
      }
      if (typeof cloneValue !== 'function') cloneValue = (v) => v;
    }
    return cloneValue(value);
  }

  // --- Web IDL conversions ---------------------------------------------------------------------------

  function toDOMString(value) {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${value}`;
  }

  function toDouble(value, what) {
    const number = typeof value === 'number' ? value : Number(value);
    if (!NumberIsFinite(number)) throw new TypeError(`${what} is not a finite floating-point value.`);
    return number;
  }

  function isObject(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function');
  }

  function dictionary(value, name) {
    if (value === undefined || value === null) return null;
    if (!isObject(value)) throw new TypeError(`The provided value is not of type '${name}'.`);
    return value;
  }

  function argumentsRequired(method, count, given) {
    return new TypeError(`Failed to execute '${method}': ${count} argument${count === 1 ? '' : 's'} required, but only ${given} present.`);
  }

  // --- PerformanceEntry and its kinds --------------------------------------------------------------

  const slots = new internal.primordials.WeakMap(); // entry -> { name, entryType, startTime, duration, detail }
  const { WeakMapPrototypeGet, WeakMapPrototypeSet } = internal.primordials;

  function slotsOf(self, kind) {
    const entry = isObject(self) ? WeakMapPrototypeGet(slots, self) : undefined;
    if (entry === undefined || (kind !== undefined && entry.entryType !== kind)) {
      throw new TypeError('Illegal invocation');
    }
    return entry;
  }

  class PerformanceEntry {
    constructor(key = undefined) {
      if (key !== secret) throw new TypeError('Illegal constructor');
    }
    get name() { return slotsOf(this).name; }
    get entryType() { return slotsOf(this).entryType; }
    get startTime() { return slotsOf(this).startTime; }
    get duration() { return slotsOf(this).duration; }
    toJSON() {
      const entry = slotsOf(this);
      const json = { name: entry.name, entryType: entry.entryType, startTime: entry.startTime, duration: entry.duration };
      // PerformanceMark and PerformanceMeasure add their `detail` (as browsers, Node and Deno do).
      if (entry.entryType === 'mark' || entry.entryType === 'measure') json.detail = entry.detail;
      return json;
    }
    [inspectCustom](depth, options, inspect) {
      const entry = isObject(this) ? WeakMapPrototypeGet(slots, this) : undefined;
      if (entry === undefined) return this;
      const shown = { name: entry.name, entryType: entry.entryType, startTime: entry.startTime, duration: entry.duration };
      if (entry.entryType !== 'entry') shown.detail = entry.detail;
      const type = entry.entryType === 'mark' ? 'PerformanceMark' : entry.entryType === 'measure' ? 'PerformanceMeasure' : 'PerformanceEntry';
      return `${type} ${inspect(shown, options)}`;
    }
  }

  function createMark(name, options) {
    let detail = null;
    let startTime;
    if (options !== null) {
      // dictionary members in lexicographic order: detail, startTime
      const rawDetail = options.detail;
      const rawStart = options.startTime;
      if (rawStart !== undefined) {
        startTime = toDouble(rawStart, "Failed to read the 'startTime' property from 'PerformanceMarkOptions': The provided double value");
        if (startTime < 0) {
          throw new TypeError(`'${name}' cannot have a negative start time.`);
        }
      }
      if (rawDetail !== undefined && rawDetail !== null) detail = structuredCloneOf(rawDetail);
    }
    if (startTime === undefined) startTime = now();
    return { name, entryType: 'mark', startTime, duration: 0, detail };
  }

  class PerformanceMark extends PerformanceEntry {
    constructor(markName, markOptions = undefined) {
      if (arguments.length < 1) {
        throw new TypeError("Failed to construct 'PerformanceMark': 1 argument required, but only 0 present.");
      }
      markName = toDOMString(markName);
      const options = dictionary(markOptions, 'PerformanceMarkOptions');
      const entry = createMark(markName, options);
      super(secret);
      WeakMapPrototypeSet(slots, this, entry);
    }
    get detail() { return slotsOf(this, 'mark').detail; }
  }

  class PerformanceMeasure extends PerformanceEntry {
    constructor(key = undefined) {
      if (key !== secret) throw new TypeError('Illegal constructor');
      super(secret);
    }
    get detail() { return slotsOf(this, 'measure').detail; }
  }

  function newEntry(Kind, entry) {
    let object;
    if (Kind === PerformanceMark) {
      object = new PerformanceEntry(secret);
      internal.primordials.ObjectSetPrototypeOf(object, PerformanceMark.prototype);
    } else {
      object = new PerformanceMeasure(secret);
    }
    WeakMapPrototypeSet(slots, object, entry);
    return object;
  }

  // --- the performance entry buffer ------------------------------------------------------------------

  const SUPPORTED_TYPES = ObjectFreeze(['mark', 'measure']);
  const buffer = []; // PerformanceEntry objects, in insertion order

  function typeOf(object) {
    return WeakMapPrototypeGet(slots, object).entryType;
  }

  // "filter buffer by name and type": sorted by startTime (stable).
  function filterEntries(list, name, type) {
    const result = [];
    for (let i = 0; i < list.length; i++) {
      const entry = WeakMapPrototypeGet(slots, list[i]);
      if (name !== undefined && entry.name !== name) continue;
      if (type !== undefined && entry.entryType !== type) continue;
      ArrayPrototypePush(result, list[i]);
    }
    return ArrayPrototypeSort(result, (a, b) =>
      WeakMapPrototypeGet(slots, a).startTime - WeakMapPrototypeGet(slots, b).startTime);
  }

  function addEntry(object) {
    ArrayPrototypePush(buffer, object);
    queueEntry(object);
  }

  function clearEntries(type, name) {
    for (let i = buffer.length - 1; i >= 0; i--) {
      const entry = WeakMapPrototypeGet(slots, buffer[i]);
      if (entry.entryType === type && (name === undefined || entry.name === name)) {
        ArrayPrototypeSplice(buffer, i, 1);
      }
    }
  }

  // "convert a mark to a timestamp"
  function markTimestamp(mark, what) {
    if (typeof mark === 'number') {
      if (mark < 0) throw new TypeError(`'${what}' cannot be negative.`);
      return mark;
    }
    for (let i = buffer.length - 1; i >= 0; i--) {
      const entry = WeakMapPrototypeGet(slots, buffer[i]);
      if (entry.entryType === 'mark' && entry.name === mark) return entry.startTime;
    }
    throw makeDOMException(`The mark '${mark}' does not exist.`, 'SyntaxError');
  }

  // (DOMString or DOMHighResTimeStamp)
  function toMark(value, what) {
    if (typeof value === 'number') return toDouble(value, what);
    return toDOMString(value);
  }

  // --- performance.* -----------------------------------------------------------------------------

  function mark(markName, markOptions = undefined) {
    if (arguments.length < 1) throw argumentsRequired("mark' on 'Performance", 1, 0);
    markName = toDOMString(markName);
    const options = dictionary(markOptions, 'PerformanceMarkOptions');
    const object = newEntry(PerformanceMark, createMark(markName, options));
    addEntry(object);
    return object;
  }

  function measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
    if (arguments.length < 1) throw argumentsRequired("measure' on 'Performance", 1, 0);
    measureName = toDOMString(measureName);
    // (DOMString or PerformanceMeasureOptions): null, undefined and objects are the dictionary.
    let options = null;
    let startString;
    if (startOrMeasureOptions === undefined || startOrMeasureOptions === null || isObject(startOrMeasureOptions)) {
      const dict = startOrMeasureOptions ?? {};
      // lexicographic order: detail, duration, end, start
      const detail = dict.detail;
      let duration = dict.duration;
      if (duration !== undefined) duration = toDouble(duration, "Failed to read the 'duration' property from 'PerformanceMeasureOptions': The provided double value");
      let end = dict.end;
      if (end !== undefined) end = toMark(end, 'end');
      let start = dict.start;
      if (start !== undefined) start = toMark(start, 'start');
      options = { detail, duration, end, start };
    } else {
      startString = toDOMString(startOrMeasureOptions);
    }
    if (endMark !== undefined) endMark = toDOMString(endMark);

    const hasOptions = options !== null && (options.start !== undefined || options.end !== undefined ||
      options.duration !== undefined || options.detail !== undefined);
    if (hasOptions) {
      if (endMark !== undefined) {
        throw new TypeError('If a PerformanceMeasureOptions object was passed, endMark must not be passed.');
      }
      if (options.start === undefined && options.end === undefined) {
        throw new TypeError('If a PerformanceMeasureOptions object was passed, it must have a start or an end.');
      }
      if (options.start !== undefined && options.duration !== undefined && options.end !== undefined) {
        throw new TypeError('If a PerformanceMeasureOptions object was passed, it must not have all of start, duration and end.');
      }
    }

    let endTime;
    if (endMark !== undefined) {
      endTime = markTimestamp(endMark, 'endMark');
    } else if (hasOptions && options.end !== undefined) {
      endTime = markTimestamp(options.end, 'end');
    } else if (hasOptions && options.start !== undefined && options.duration !== undefined) {
      endTime = markTimestamp(options.start, 'start') + markTimestamp(options.duration, 'duration');
    } else {
      endTime = now();
    }

    let startTime;
    if (hasOptions && options.start !== undefined) {
      startTime = markTimestamp(options.start, 'start');
    } else if (hasOptions && options.duration !== undefined && options.end !== undefined) {
      startTime = markTimestamp(options.end, 'end') - markTimestamp(options.duration, 'duration');
    } else if (startString !== undefined) {
      startTime = markTimestamp(startString, 'startMark');
    } else {
      startTime = 0;
    }

    let detail = null;
    if (hasOptions && options.detail !== undefined && options.detail !== null) {
      detail = structuredCloneOf(options.detail);
    }
    const object = newEntry(PerformanceMeasure, {
      name: measureName, entryType: 'measure', startTime, duration: endTime - startTime, detail,
    });
    addEntry(object);
    return object;
  }

  function getEntries() {
    return filterEntries(buffer, undefined, undefined);
  }

  function getEntriesByName(name, type = undefined) {
    if (arguments.length < 1) throw argumentsRequired("getEntriesByName' on 'Performance", 1, 0);
    name = toDOMString(name);
    if (type !== undefined) type = toDOMString(type);
    return filterEntries(buffer, name, type);
  }

  function getEntriesByType(type) {
    if (arguments.length < 1) throw argumentsRequired("getEntriesByType' on 'Performance", 1, 0);
    return filterEntries(buffer, undefined, toDOMString(type));
  }

  function clearMarks(markName = undefined) {
    clearEntries('mark', markName === undefined ? undefined : toDOMString(markName));
  }

  function clearMeasures(measureName = undefined) {
    clearEntries('measure', measureName === undefined ? undefined : toDOMString(measureName));
  }

  // --- PerformanceObserverEntryList ----------------------------------------------------------------

  const listEntries = new internal.primordials.WeakMap(); // list -> entries

  function entriesOfList(self) {
    const entries = isObject(self) ? WeakMapPrototypeGet(listEntries, self) : undefined;
    if (entries === undefined) throw new TypeError('Illegal invocation');
    return entries;
  }

  class PerformanceObserverEntryList {
    constructor(key = undefined) {
      if (key !== secret) throw new TypeError('Illegal constructor');
    }
    getEntries() {
      return filterEntries(entriesOfList(this), undefined, undefined);
    }
    getEntriesByType(type) {
      const entries = entriesOfList(this);
      if (arguments.length < 1) throw argumentsRequired("getEntriesByType' on 'PerformanceObserverEntryList", 1, 0);
      return filterEntries(entries, undefined, toDOMString(type));
    }
    getEntriesByName(name, type = undefined) {
      const entries = entriesOfList(this);
      if (arguments.length < 1) throw argumentsRequired("getEntriesByName' on 'PerformanceObserverEntryList", 1, 0);
      name = toDOMString(name);
      if (type !== undefined) type = toDOMString(type);
      return filterEntries(entries, name, type);
    }
    [inspectCustom](depth, options, inspect) {
      const entries = isObject(this) ? WeakMapPrototypeGet(listEntries, this) : undefined;
      if (entries === undefined) return this;
      return `PerformanceObserverEntryList ${inspect(filterEntries(entries, undefined, undefined), options)}`;
    }
  }

  // --- PerformanceObserver ---------------------------------------------------------------------------

  // observer -> { callback, buffer, type: undefined | 'single' | 'multiple', types (Set), dropped }
  const observers = new internal.primordials.WeakMap();
  const registered = []; // observers with at least one registered type, in registration order
  let taskQueued = false;

  function observerState(self) {
    const state = isObject(self) ? WeakMapPrototypeGet(observers, self) : undefined;
    if (state === undefined) throw new TypeError('Illegal invocation');
    return state;
  }

  function queueObserverTask() {
    if (taskQueued) return;
    taskQueued = true;
    internal.timers.setImmediate(runObserverTask);
  }

  function runObserverTask() {
    taskQueued = false;
    const list = [];
    for (let i = 0; i < registered.length; i++) ArrayPrototypePush(list, registered[i]);
    for (let i = 0; i < list.length; i++) {
      const observer = list[i];
      const state = WeakMapPrototypeGet(observers, observer);
      if (state.buffer.length === 0) continue;
      const entries = state.buffer;
      state.buffer = [];
      const entryList = new PerformanceObserverEntryList(secret);
      internal.primordials.WeakMapPrototypeSet(listEntries, entryList, entries);
      const callbackOptions = {};
      if (state.dropped) {
        callbackOptions.droppedEntriesCount = 0;
        state.dropped = false;
      }
      try {
        internal.primordials.ReflectApply(state.callback, observer, [entryList, observer, callbackOptions]);
      } catch (error) {
        internal.reportUncaught(error);
      }
    }
  }

  // "queue a PerformanceEntry"
  function queueEntry(object) {
    const type = typeOf(object);
    let queued = false;
    for (let i = 0; i < registered.length; i++) {
      const state = WeakMapPrototypeGet(observers, registered[i]);
      if (SetPrototypeHas(state.types, type)) {
        ArrayPrototypePush(state.buffer, object);
        queued = true;
      }
    }
    if (queued) queueObserverTask();
  }

  function unregister(observer) {
    for (let i = 0; i < registered.length; i++) {
      if (registered[i] === observer) {
        ArrayPrototypeSplice(registered, i, 1);
        return;
      }
    }
  }

  function warn(message) {
    const console = internal.console;
    if (console !== undefined) internal.primordials.ReflectApply(console.warn, console, [message]);
  }

  class PerformanceObserver {
    constructor(callback) {
      if (arguments.length < 1) {
        throw new TypeError("Failed to construct 'PerformanceObserver': 1 argument required, but only 0 present.");
      }
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to construct 'PerformanceObserver': parameter 1 is not of type 'Function'.");
      }
      WeakMapPrototypeSet(observers, this, {
        callback, buffer: [], type: undefined, types: new internal.primordials.Set(), dropped: false,
      });
    }

    observe(options = undefined) {
      const state = observerState(this);
      const init = dictionary(options, 'PerformanceObserverInit') ?? {};
      // lexicographic order: buffered, durationThreshold, entryTypes, type
      const rawBuffered = init.buffered;
      const buffered = rawBuffered === undefined ? undefined : !!rawBuffered;
      const rawThreshold = init.durationThreshold;
      if (rawThreshold !== undefined) toDouble(rawThreshold, 'durationThreshold');
      const rawEntryTypes = init.entryTypes;
      let entryTypes;
      if (rawEntryTypes !== undefined) {
        if (!isObject(rawEntryTypes) || typeof rawEntryTypes[SymbolIterator] !== 'function') {
          throw new TypeError("Failed to execute 'observe' on 'PerformanceObserver': The provided value cannot be converted to a sequence.");
        }
        entryTypes = [];
        for (const each of rawEntryTypes) ArrayPrototypePush(entryTypes, toDOMString(each));
      }
      const rawType = init.type;
      const type = rawType === undefined ? undefined : toDOMString(rawType);

      if (entryTypes === undefined && type === undefined) {
        throw new TypeError("Failed to execute 'observe' on 'PerformanceObserver': either an 'entryTypes' or 'type' member must be present.");
      }
      if (entryTypes !== undefined && (type !== undefined || buffered !== undefined)) {
        throw new TypeError("Failed to execute 'observe' on 'PerformanceObserver': An observe() call must not include both 'entryTypes' and 'type' or 'buffered'.");
      }
      if (state.type === undefined) state.type = entryTypes !== undefined ? 'multiple' : 'single';
      if (state.type === 'single' && entryTypes !== undefined) {
        throw makeDOMException('This observer has observed a single type; it cannot observe entryTypes.', 'InvalidModificationError');
      }
      if (state.type === 'multiple' && type !== undefined) {
        throw makeDOMException('This observer has observed entryTypes; it cannot observe a single type.', 'InvalidModificationError');
      }

      if (state.type === 'multiple') {
        const types = new internal.primordials.Set();
        for (let i = 0; i < entryTypes.length; i++) {
          if (entryTypes[i] === 'mark' || entryTypes[i] === 'measure') SetPrototypeAdd(types, entryTypes[i]);
        }
        if (SetPrototypeGetSize(types) === 0) {
          warn('The entry types passed to PerformanceObserver.observe() are all unsupported; ignoring the call.');
          return;
        }
        state.types = types;
      } else {
        if (type !== 'mark' && type !== 'measure') {
          warn(`The entry type '${type}' passed to PerformanceObserver.observe() is not supported; ignoring the call.`);
          return;
        }
        SetPrototypeAdd(state.types, type);
        if (buffered) {
          const existing = filterEntries(buffer, undefined, type);
          for (let i = 0; i < existing.length; i++) ArrayPrototypePush(state.buffer, existing[i]);
          state.dropped = true;
          if (existing.length > 0) queueObserverTask();
        }
      }
      unregister(this);
      ArrayPrototypePush(registered, this);
    }

    disconnect() {
      const state = observerState(this);
      unregister(this);
      state.buffer = [];
      state.types = new internal.primordials.Set();
    }

    takeRecords() {
      const state = observerState(this);
      const records = state.buffer;
      state.buffer = [];
      return records;
    }

    static get supportedEntryTypes() {
      return SUPPORTED_TYPES;
    }
  }

  function enumerable(ctor, keys) {
    for (const key of keys) ObjectDefineProperty(ctor.prototype, key, { enumerable: true });
    ObjectDefineProperty(ctor.prototype, SymbolToStringTag, { value: ctor.name, configurable: true });
  }
  enumerable(PerformanceEntry, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
  enumerable(PerformanceMark, ['detail']);
  enumerable(PerformanceMeasure, ['detail']);
  enumerable(PerformanceObserverEntryList, ['getEntries', 'getEntriesByType', 'getEntriesByName']);
  enumerable(PerformanceObserver, ['observe', 'disconnect', 'takeRecords']);
  ObjectDefineProperty(PerformanceObserver, 'supportedEntryTypes', { enumerable: true });

  return ObjectFreeze({
    PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
    mark, measure, getEntries, getEntriesByName, getEntriesByType, clearMarks, clearMeasures,
  });
})
