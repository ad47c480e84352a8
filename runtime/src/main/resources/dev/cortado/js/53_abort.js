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
(function (host, internal) {
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

  function illegalInvocation() { return new TypeError('Illegal invocation'); }
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
  let signalAbort;
  let addAlgorithm;
  let removeAlgorithm;
  let createDependentSignal;
  let retain;
  let release;

  class AbortSignal extends EventTarget {
    #reason = undefined;      // undefined until aborted
    #algorithms = null;       // Set of abort algorithms
    #dependent = false;
    #sources = null;          // dependent signals: WeakRefs to their source signals
    #dependents = null;       // source signals: Set of WeakRefs to their dependents
    #pruneAt = 16;            // #dependents size at which dead WeakRefs are swept
    #retained = null;         // source signals: the dependents that must stay alive
    #isRetained = false;

    constructor(key = undefined) {
      if (key !== CONSTRUCT) throw new TypeError('Illegal constructor');
      super();
    }

    static abort(reason = undefined) {
      const signal = new AbortSignal(CONSTRUCT);
      signal.#reason = reason !== undefined ? reason : newAbortError();
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
      if (!(#dependent in this)) throw illegalInvocation();
      return this.#reason !== undefined;
    }
    get reason() {
      if (!(#dependent in this)) throw illegalInvocation();
      return this.#reason;
    }
    throwIfAborted() {
      if (!(#dependent in this)) throw illegalInvocation();
      const reason = this.#reason;
      if (reason !== undefined) throw reason;
    }

    [inspectSymbol](depth, options, inspect) {
      if (!(#dependent in this)) return 'AbortSignal';
      return inspectAs(this.constructor?.name ?? 'AbortSignal', { aborted: this.#reason !== undefined },
        depth, options, inspect);
    }

    static {
      isAbortSignal = (value) => isObject(value) && #dependent in value;
      isAborted = (signal) => signal.#reason !== undefined;

      addAlgorithm = (signal, algorithm) => {
        if (signal.#reason !== undefined) return;
        if (signal.#algorithms === null) signal.#algorithms = new Set();
        SetPrototypeAdd(signal.#algorithms, algorithm);
        if (signal.#dependent) retain(signal);
      };
      removeAlgorithm = (signal, algorithm) => {
        const algorithms = signal.#algorithms;
        if (algorithms !== null && SetPrototypeDelete(algorithms, algorithm) && signal.#dependent) release(signal);
      };

      /** A dependent signal with listeners or algorithms is held by its sources. */
      retain = (signal) => {
        if (!signal.#dependent || signal.#isRetained || signal.#reason !== undefined) return;
        signal.#isRetained = true;
        const sources = signal.#sources;
        for (let i = 0; i < sources.length; i++) {
          const source = WeakRefPrototypeDeref(sources[i]);
          if (source === undefined) continue;
          if (source.#retained === null) source.#retained = new Set();
          SetPrototypeAdd(source.#retained, signal);
        }
      };
      release = (signal) => {
        if (!signal.#isRetained) return;
        const algorithms = signal.#algorithms;
        if ((algorithms !== null && SetPrototypeSize(algorithms) > 0) || hasListeners(signal, 'abort')) return;
        unretain(signal);
      };
      const unretain = (signal) => {
        if (!signal.#isRetained) return;
        signal.#isRetained = false;
        const sources = signal.#sources;
        for (let i = 0; i < sources.length; i++) {
          const source = WeakRefPrototypeDeref(sources[i]);
          if (source !== undefined && source.#retained !== null) SetPrototypeDelete(source.#retained, signal);
        }
      };

      /** DOM "run the abort steps": the algorithms, then the `abort` event. */
      const runAbortSteps = (signal) => {
        const algorithms = signal.#algorithms;
        signal.#algorithms = null;
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
        if (signal.#reason !== undefined) return;
        signal.#reason = reason !== undefined ? reason : newAbortError();
        const toAbort = [];
        const dependents = signal.#dependents;
        if (dependents !== null) {
          for (const ref of SetPrototypeValues(dependents)) {
            const dependent = WeakRefPrototypeDeref(ref);
            if (dependent !== undefined && dependent.#reason === undefined) {
              dependent.#reason = signal.#reason;
              ArrayPrototypePush(toAbort, dependent);
            }
          }
        }
        // An aborted signal has no use for its bookkeeping any more.
        signal.#dependents = null;
        signal.#retained = null;
        runAbortSteps(signal);
        for (let i = 0; i < toAbort.length; i++) {
          const dependent = toAbort[i];
          unretain(dependent);
          dependent.#sources = null;
          runAbortSteps(dependent);
        }
      };

      const addSource = (result, source) => {
        const sources = result.#sources;
        for (let i = 0; i < sources.length; i++) {
          if (WeakRefPrototypeDeref(sources[i]) === source) return;
        }
        ArrayPrototypePush(sources, new WeakRef(source));
        let dependents = source.#dependents;
        if (dependents === null) dependents = source.#dependents = new Set();
        if (SetPrototypeSize(dependents) >= source.#pruneAt) {
          for (const ref of SetPrototypeValues(dependents)) {
            if (WeakRefPrototypeDeref(ref) === undefined) SetPrototypeDelete(dependents, ref);
          }
          source.#pruneAt = MathMax(16, 2 * SetPrototypeSize(dependents));
        }
        SetPrototypeAdd(dependents, new WeakRef(result));
      };

      /** DOM "create a dependent abort signal". */
      createDependentSignal = (signals) => {
        const result = new AbortSignal(CONSTRUCT);
        for (let i = 0; i < signals.length; i++) {
          const reason = signals[i].#reason;
          if (reason !== undefined) {
            result.#reason = reason;
            return result;
          }
        }
        result.#dependent = true;
        result.#sources = [];
        for (let i = 0; i < signals.length; i++) {
          const signal = signals[i];
          if (!signal.#dependent) {
            addSource(result, signal);
          } else if (signal.#sources !== null) {
            const sources = signal.#sources;
            for (let j = 0; j < sources.length; j++) {
              const source = WeakRefPrototypeDeref(sources[j]);
              if (source !== undefined && source.#reason === undefined) addSource(result, source);
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
    #signal;
    constructor() {
      this.#signal = new AbortSignal(CONSTRUCT);
    }
    get signal() {
      if (!(#signal in this)) throw illegalInvocation();
      return this.#signal;
    }
    abort(reason = undefined) {
      if (!(#signal in this)) throw illegalInvocation();
      signalAbort(this.#signal, reason);
    }
    [inspectSymbol](depth, options, inspect) {
      if (!(#signal in this)) return 'AbortController';
      return inspectAs(this.constructor?.name ?? 'AbortController', { signal: this.#signal }, depth, options, inspect);
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
