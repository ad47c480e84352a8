// 53_abort.js: `AbortController` and `AbortSignal` (DOM Standard), with `AbortSignal.abort()`,
// `AbortSignal.timeout()` and `AbortSignal.any()`. Loaded on first use.
//
// A signal's abort algorithms are a Set (added and removed in O(1)); they run before the `abort`
// event, as the spec orders them. Dependent signals (AbortSignal.any) follow the spec's source /
// dependent bookkeeping: a source holds its dependents through WeakRefs, so a dependent nobody
// listens to can be collected, and holds strongly only those that have `abort` listeners or
// algorithms (the spec's garbage-collection rule). A timeout signal's timer is unref'd: it never
// keeps the process alive.
//
// Exports, besides the globals, for the other runtime files (fetch, streams, timers/promises):
// - `isAbortSignal(value)`, `signalAbort(signal, reason)`, `newAbortError()`;
// - `addAlgorithm(signal, fn)` / `removeAlgorithm(signal, fn)`: the spec's "add"/"remove" an abort
//   algorithm (adding to an aborted signal does nothing);
// - `createDependentSignal(signals)`: AbortSignal.any without the argument conversion.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectGetOwnPropertyNames, ObjectFreeze, ObjectAssign, TypeError,
    Set, SetPrototypeAdd, SetPrototypeDelete, SetPrototypeSize, SetPrototypeValues,
    WeakRef, WeakRefPrototypeDeref, ArrayPrototypePush, ReflectApply, NumberIsFinite, NumberIsInteger,
    MathTrunc, MathMax, SymbolIterator, SymbolToStringTag, SymbolFor,
  } = internal.primordials;
  const events = internal.load('52_events.js');
  const { EventTarget, fireEvent, defineEventHandler, hasListeners } = events;
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const timers = internal.timers;
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');
  const TIMEOUT_MAX = 2 ** 31 - 1;

  const { illegalInvocation } = internal.errors;
  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  function newAbortError() { return makeDOMException('This operation was aborted', 'AbortError'); }
  function newTimeoutError() { return makeDOMException('The operation was aborted due to timeout', 'TimeoutError'); }

  /** Node's inspect shape: `Name { ...shown }`, one level deeper. */
  function inspectAs(name, shown, depth, options, inspect) {
    if (depth < 0) return name;
    const inner = ObjectAssign({}, options, {
      depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect(shown, inner)}`;
  }

  const CONSTRUCT = {};   // the key that lets the runtime construct an AbortSignal
  let isAbortSignal;
  let isAborted;
  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_algorithms = internal.sharedSymbol('abort:algorithms');
  const k_dependent = internal.sharedSymbol('abort:dependent');
  const k_dependents = internal.sharedSymbol('abort:dependents');
  const k_isRetained = internal.sharedSymbol('abort:isRetained');
  const k_pruneAt = internal.sharedSymbol('abort:pruneAt');
  const k_reason = internal.sharedSymbol('abort:reason');
  const k_retained = internal.sharedSymbol('abort:retained');
  const k_signal = internal.sharedSymbol('abort:signal');
  const k_sources = internal.sharedSymbol('abort:sources');
  let signalAbort;
  let addAlgorithm;
  let removeAlgorithm;
  let createDependentSignal;
  let retain;
  let release;

  class AbortSignal extends EventTarget {
    constructor(key = undefined) {
      if (key !== CONSTRUCT) throw new TypeError('Illegal constructor');
      super();
      this[k_reason] = undefined; // undefined until aborted
      this[k_algorithms] = null; // Set of abort algorithms
      this[k_dependent] = false;
      this[k_sources] = null; // dependent signals: WeakRefs to their source signals
      this[k_dependents] = null; // source signals: Set of WeakRefs to their dependents
      this[k_pruneAt] = 16; // dependents' size at which dead WeakRefs are swept
      this[k_retained] = null; // source signals: the dependents that must stay alive
      this[k_isRetained] = false;
    }

    static abort(reason = undefined) {
      const signal = new AbortSignal(CONSTRUCT);
      signal[k_reason] = reason !== undefined ? reason : newAbortError();
      return signal;
    }

    static timeout(milliseconds) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': 1 argument required, but only 0 present.");
      }
      // [EnforceRange] unsigned long long
      let ms = +milliseconds;
      if (!NumberIsFinite(ms)) {
        throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': Value is not a finite number.");
      }
      ms = MathTrunc(ms) + 0;
      if (ms < 0 || ms > 9007199254740991) {
        throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': Value is outside the " +
          "'unsigned long long' value range.");
      }
      const signal = new AbortSignal(CONSTRUCT);
      startTimeout(signal, ms);
      return signal;
    }

    static any(signals) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'any' on 'AbortSignal': 1 argument required, but only 0 present.");
      }
      return createDependentSignal(toSignalSequence(signals));
    }

    get aborted() {
      if (this?.[k_dependent] === undefined) throw illegalInvocation();
      return this[k_reason] !== undefined;
    }
    get reason() {
      if (this?.[k_dependent] === undefined) throw illegalInvocation();
      return this[k_reason];
    }
    throwIfAborted() {
      if (this?.[k_dependent] === undefined) throw illegalInvocation();
      const reason = this[k_reason];
      if (reason !== undefined) throw reason;
    }

    [inspectSymbol](depth, options, inspect) {
      if (this?.[k_dependent] === undefined) return 'AbortSignal';
      return inspectAs(this.constructor?.name ?? 'AbortSignal', { aborted: this[k_reason] !== undefined },
        depth, options, inspect);
    }

    static {
      isAbortSignal = (value) => isObject(value) && value[k_dependent] !== undefined;
      isAborted = (signal) => signal[k_reason] !== undefined;

      addAlgorithm = (signal, algorithm) => {
        if (signal[k_reason] !== undefined) return;
        if (signal[k_algorithms] === null) signal[k_algorithms] = new Set();
        SetPrototypeAdd(signal[k_algorithms], algorithm);
        if (signal[k_dependent]) retain(signal);
      };
      removeAlgorithm = (signal, algorithm) => {
        const algorithms = signal[k_algorithms];
        if (algorithms !== null && SetPrototypeDelete(algorithms, algorithm) && signal[k_dependent]) release(signal);
      };

      /** A dependent signal with listeners or algorithms is held by its sources. */
      retain = (signal) => {
        if (!signal[k_dependent] || signal[k_isRetained] || signal[k_reason] !== undefined) return;
        signal[k_isRetained] = true;
        const sources = signal[k_sources];
        for (let i = 0; i < sources.length; i++) {
          const source = WeakRefPrototypeDeref(sources[i]);
          if (source === undefined) continue;
          if (source[k_retained] === null) source[k_retained] = new Set();
          SetPrototypeAdd(source[k_retained], signal);
        }
      };
      release = (signal) => {
        if (!signal[k_isRetained]) return;
        const algorithms = signal[k_algorithms];
        if ((algorithms !== null && SetPrototypeSize(algorithms) > 0) || hasListeners(signal, 'abort')) return;
        unretain(signal);
      };
      const unretain = (signal) => {
        if (!signal[k_isRetained]) return;
        signal[k_isRetained] = false;
        const sources = signal[k_sources];
        for (let i = 0; i < sources.length; i++) {
          const source = WeakRefPrototypeDeref(sources[i]);
          if (source !== undefined && source[k_retained] !== null) SetPrototypeDelete(source[k_retained], signal);
        }
      };

      /** DOM "run the abort steps": the algorithms, then the `abort` event. */
      const runAbortSteps = (signal) => {
        const algorithms = signal[k_algorithms];
        signal[k_algorithms] = null;
        if (algorithms !== null) {
          for (const algorithm of SetPrototypeValues(algorithms)) {
            try {
              algorithm();
            } catch (error) {
              internal.reportUncaught(error);
            }
          }
        }
        fireEvent(signal, 'abort');
      };

      /** DOM "signal abort". */
      signalAbort = (signal, reason) => {
        if (signal[k_reason] !== undefined) return;
        signal[k_reason] = reason !== undefined ? reason : newAbortError();
        const toAbort = [];
        const dependents = signal[k_dependents];
        if (dependents !== null) {
          for (const ref of SetPrototypeValues(dependents)) {
            const dependent = WeakRefPrototypeDeref(ref);
            if (dependent !== undefined && dependent[k_reason] === undefined) {
              dependent[k_reason] = signal[k_reason];
              ArrayPrototypePush(toAbort, dependent);
            }
          }
        }
        // An aborted signal has no use for its bookkeeping any more.
        signal[k_dependents] = null;
        signal[k_retained] = null;
        runAbortSteps(signal);
        for (let i = 0; i < toAbort.length; i++) {
          const dependent = toAbort[i];
          unretain(dependent);
          dependent[k_sources] = null;
          runAbortSteps(dependent);
        }
      };

      const addSource = (result, source) => {
        const sources = result[k_sources];
        for (let i = 0; i < sources.length; i++) {
          if (WeakRefPrototypeDeref(sources[i]) === source) return;
        }
        ArrayPrototypePush(sources, new WeakRef(source));
        let dependents = source[k_dependents];
        if (dependents === null) dependents = source[k_dependents] = new Set();
        if (SetPrototypeSize(dependents) >= source[k_pruneAt]) {
          for (const ref of SetPrototypeValues(dependents)) {
            if (WeakRefPrototypeDeref(ref) === undefined) SetPrototypeDelete(dependents, ref);
          }
          source[k_pruneAt] = MathMax(16, 2 * SetPrototypeSize(dependents));
        }
        SetPrototypeAdd(dependents, new WeakRef(result));
      };

      /** DOM "create a dependent abort signal". */
      createDependentSignal = (signals) => {
        const result = new AbortSignal(CONSTRUCT);
        for (let i = 0; i < signals.length; i++) {
          const reason = signals[i][k_reason];
          if (reason !== undefined) {
            result[k_reason] = reason;
            return result;
          }
        }
        result[k_dependent] = true;
        result[k_sources] = [];
        for (let i = 0; i < signals.length; i++) {
          const signal = signals[i];
          if (!signal[k_dependent]) {
            addSource(result, signal);
          } else if (signal[k_sources] !== null) {
            const sources = signal[k_sources];
            for (let j = 0; j < sources.length; j++) {
              const source = WeakRefPrototypeDeref(sources[j]);
              if (source !== undefined && source[k_reason] === undefined) addSource(result, source);
            }
          }
        }
        return result;
      };
    }
  }
  {
    const proto = AbortSignal.prototype;
    for (const name of ObjectGetOwnPropertyNames(proto)) {
      if (name !== 'constructor') ObjectDefineProperty(proto, name, { enumerable: true });
    }
    for (const name of ['abort', 'timeout', 'any']) ObjectDefineProperty(AbortSignal, name, { enumerable: true });
    defineEventHandler(proto, 'onabort');
    ObjectDefineProperty(proto, SymbolToStringTag, { value: 'AbortSignal', configurable: true });
    ObjectDefineProperty(proto, inspectSymbol, { enumerable: false });
  }

  /** The timer of AbortSignal.timeout: unref'd, and chained past the timers' 2^31-1 ms limit. */
  function startTimeout(signal, ms) {
    const delay = ms > TIMEOUT_MAX ? TIMEOUT_MAX : ms;
    const timer = timers.setTimeout(() => {
      if (ms > TIMEOUT_MAX) startTimeout(signal, ms - TIMEOUT_MAX);
      else signalAbort(signal, newTimeoutError());
    }, delay === 0 ? 1 : delay);
    timer.unref();
  }

  /** Web IDL sequence<AbortSignal>, read through the iterator protocol. */
  function toSignalSequence(value) {
    const what = "Failed to execute 'any' on 'AbortSignal'";
    if (!isObject(value)) {
      throw new TypeError(`${what}: The provided value cannot be converted to a sequence.`);
    }
    const method = value[SymbolIterator];
    if (typeof method !== 'function') {
      throw new TypeError(`${what}: The object must have a callable @@iterator property.`);
    }
    const iterator = ReflectApply(method, value, []);
    if (!isObject(iterator)) throw new TypeError(`${what}: The iterator is not an object.`);
    const next = iterator.next;
    const result = [];
    for (;;) {
      const step = ReflectApply(next, iterator, []);
      if (!isObject(step)) throw new TypeError(`${what}: The iterator result is not an object.`);
      if (step.done) break;
      const item = step.value;
      if (!isAbortSignal(item)) {
        throw new TypeError(`${what}: Failed to convert value to 'AbortSignal'.`);
      }
      ArrayPrototypePush(result, item);
    }
    return result;
  }

  class AbortController {
    constructor() {
      this[k_signal] = new AbortSignal(CONSTRUCT);
    }
    get signal() {
      if (this?.[k_signal] === undefined) throw illegalInvocation();
      return this[k_signal];
    }
    abort(reason = undefined) {
      if (this?.[k_signal] === undefined) throw illegalInvocation();
      signalAbort(this[k_signal], reason);
    }
    [inspectSymbol](depth, options, inspect) {
      if (this?.[k_signal] === undefined) return 'AbortController';
      return inspectAs(this.constructor?.name ?? 'AbortController', { signal: this[k_signal] }, depth, options, inspect);
    }
  }
  {
    const proto = AbortController.prototype;
    ObjectDefineProperty(proto, 'signal', { enumerable: true });
    ObjectDefineProperty(proto, 'abort', { enumerable: true });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: 'AbortController', configurable: true });
    ObjectDefineProperty(proto, inspectSymbol, { enumerable: false });
  }

  internal.abortOps = {
    isAbortSignal,
    aborted: isAborted,
    addAlgorithm,
    removeAlgorithm,
    retain: (target) => { if (isAbortSignal(target)) retain(target); },
    release: (target) => { if (isAbortSignal(target)) release(target); },
  };

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [AbortController, AbortSignal]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({
    AbortController, AbortSignal,
    isAbortSignal, isAborted, signalAbort, newAbortError, addAlgorithm, removeAlgorithm, createDependentSignal,
  });
})
