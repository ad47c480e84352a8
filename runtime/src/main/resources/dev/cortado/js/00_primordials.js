// 00_primordials.js: the intrinsics the runtime's own JavaScript uses, captured before any user
// code runs, plus `internal.defineGlobal`. Later files take what they need from
// `internal.primordials`, so a script that patches Array.prototype.push or
// Promise.prototype.then can neither break the runtime nor spy on it.
(function (host, internal) {
  'use strict';
  const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
  const FunctionPrototypeBind = uncurryThis(Function.prototype.bind);
  const primordials = { uncurryThis };

  function copyStatics(prefix, source) {
    for (const key of Reflect.ownKeys(source)) {
      if (typeof key !== 'string') continue;
      const desc = Reflect.getOwnPropertyDescriptor(source, key);
      if ('value' in desc && typeof desc.value === 'function') {
        primordials[prefix + key[0].toUpperCase() + key.slice(1)] = FunctionPrototypeBind(desc.value, source);
      }
    }
  }
  function copyPrototype(prefix, proto) {
    for (const key of Reflect.ownKeys(proto)) {
      if (typeof key !== 'string' || key === 'constructor') continue;
      const desc = Reflect.getOwnPropertyDescriptor(proto, key);
      const name = prefix + 'Prototype' + key[0].toUpperCase() + key.slice(1);
      if ('value' in desc && typeof desc.value === 'function') {
        primordials[name] = uncurryThis(desc.value);
      } else if (typeof desc.get === 'function') {
        primordials[name] = uncurryThis(desc.get);
      }
    }
  }

  const classes = {
    Array, ArrayBuffer, BigInt, Boolean, DataView, Date, Error, Function, Map, Number, Object,
    Promise, Reflect, RegExp, Set, String, Symbol, WeakMap, WeakSet, WeakRef, Math, JSON,
    Uint8Array, TypeError, RangeError, SyntaxError,
  };
  for (const name of Reflect.ownKeys(classes)) {
    const value = classes[name];
    primordials[name] = value;
    copyStatics(name, value);
    if (typeof value === 'function' && value.prototype) copyPrototype(name, value.prototype);
  }
  primordials.TypedArrayPrototype = Reflect.getPrototypeOf(Uint8Array.prototype);
  primordials.TypedArrayPrototypeGetLength = uncurryThis(
    Reflect.getOwnPropertyDescriptor(primordials.TypedArrayPrototype, 'length').get);
  primordials.SymbolIterator = Symbol.iterator;
  primordials.SymbolAsyncIterator = Symbol.asyncIterator;
  primordials.SymbolToPrimitive = Symbol.toPrimitive;
  primordials.SymbolToStringTag = Symbol.toStringTag;
  primordials.globalThis = globalThis;

  // A promise-resolving function pair that user code cannot intercept.
  primordials.PromiseWithResolvers = function () {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };

  internal.primordials = Object.freeze(primordials);

  // Engine facts JavaScript cannot see by itself (see EngineIntrospection.java).
  internal.engine = Object.freeze({
    promiseState: (promise) => host.promiseState(promise),
    promiseResult: (promise) => host.promiseResult(promise),
    proxyTarget: (value) => host.proxyTarget(value) ?? undefined,
  });

  internal.defineGlobal = function defineGlobal(name, value) {
    Reflect.defineProperty(globalThis, name, {
      value, writable: true, configurable: true, enumerable: false,
    });
  };
  internal.defineGlobalGetter = function defineGlobalGetter(name, get) {
    Reflect.defineProperty(globalThis, name, { get, configurable: true, enumerable: false });
  };
})
