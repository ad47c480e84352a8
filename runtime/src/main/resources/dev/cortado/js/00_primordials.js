// 00_primordials.js: the intrinsics the runtime's own JavaScript uses, captured before any user
// code runs, plus `internal.defineGlobal`. Later files take what they need from
// `internal.primordials`, so a script that patches Array.prototype.push or
// Promise.prototype.then can neither break the runtime nor spy on it.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
  const FunctionPrototypeBind = uncurryThis(Function.prototype.bind);
  const primordials = { uncurryThis };

  // The static functions of these never read their `this` (Array.from and Array.of make an Array
  // without one, as with Array): the primordial is the function itself. A bound function would
  // cost every call: GraalJS does not inline a call through one (ReflectApply, ObjectDefineProperty
  // run 1.5-3x slower bound, even compiled). Others (Promise.resolve, Uint8Array.from...) are bound.
  const THIS_FREE_STATICS = new Set(['Object', 'Reflect', 'Math', 'JSON', 'Number', 'String', 'Symbol', 'Array', 'Date']);
  // The descriptors are read an object at a time: one descriptor per key (about 1,500 calls per
  // Context) made the engine compile Reflect.getOwnPropertyDescriptor during a new daemon's first
  // run, 0.4 s of its only compiler thread.
  // Named with SharedEngine.RUN_ONCE_FUNCTION in front, like the file's body: bootstrap-only loops
  // the JIT is told not to compile (copyPrototype was a new JVM's first compilation, 0.5 s).
  const capitalize = function cortadoModuleBody$capitalize(key) {
    return key[0].toUpperCase() + key.slice(1);
  };
  const copyStatics = function cortadoModuleBody$copyStatics(prefix, source) {
    const unbound = THIS_FREE_STATICS.has(prefix);
    const descs = Object.getOwnPropertyDescriptors(source);
    for (const key of Reflect.ownKeys(descs)) {
      if (typeof key !== 'string') continue;
      const desc = descs[key];
      if ('value' in desc && typeof desc.value === 'function') {
        primordials[prefix + capitalize(key)] =
          unbound ? desc.value : FunctionPrototypeBind(desc.value, source);
      }
    }
  };
  const copyPrototype = function cortadoModuleBody$copyPrototype(prefix, proto) {
    const descs = Object.getOwnPropertyDescriptors(proto);
    for (const key of Reflect.ownKeys(descs)) {
      if (typeof key !== 'string' || key === 'constructor') continue;
      const desc = descs[key];
      const name = prefix + 'Prototype' + capitalize(key);
      if ('value' in desc && typeof desc.value === 'function') {
        primordials[name] = uncurryThis(desc.value);
      } else if (typeof desc.get === 'function') {
        primordials[name] = uncurryThis(desc.get);
      }
    }
  };

  const classes = {
    Array, ArrayBuffer, BigInt, Boolean, DataView, Date, Error, Function, Map, Number, Object,
    Promise, Reflect, RegExp, Set, String, Symbol, WeakMap, WeakSet, WeakRef, Math, JSON,
    Uint8Array, TypeError, RangeError, SyntaxError,
    // for structured clone (65_structured_clone.js): the other error constructors
    EvalError, ReferenceError, URIError,
    // for fetch (75_fetch.js): releasing the connection of a Response nobody reads
    FinalizationRegistry,
  };
  for (const name of Reflect.ownKeys(classes)) {
    const value = classes[name];
    primordials[name] = value;
    copyStatics(name, value);
    if (typeof value === 'function' && value.prototype) copyPrototype(name, value.prototype);
  }
  // The methods of String.prototype and Array.prototype themselves, for hot loops: GraalJS compiles
  // `charCodeAt.call(s, i)` to a direct call, while an uncurried method (a bound
  // Function.prototype.call) stays many times slower even once compiled.
  for (const [name, proto] of [['StringPrototypeMethods', String.prototype],
    ['ArrayPrototypeMethods', Array.prototype], ['RegExpPrototypeMethods', RegExp.prototype],
    ['PromisePrototypeMethods', Promise.prototype]]) {
    const methods = {};
    const descs = Object.getOwnPropertyDescriptors(proto);
    for (const key of Reflect.ownKeys(descs)) {
      const desc = descs[key];
      if (typeof key === 'string' && typeof desc.value === 'function') methods[key] = desc.value;
    }
    primordials[name] = Object.freeze(methods);
  }
  primordials.TypedArrayPrototype = Reflect.getPrototypeOf(Uint8Array.prototype);
  primordials.TypedArrayPrototypeGetLength = uncurryThis(
    Reflect.getOwnPropertyDescriptor(primordials.TypedArrayPrototype, 'length').get);
  // %TypedArray%.prototype's methods and getters (TypedArrayPrototypeSet, TypedArrayPrototypeBuffer...).
  copyPrototype('TypedArray', primordials.TypedArrayPrototype);
  primordials.TypedArrayPrototypeGetSymbolToStringTag = uncurryThis(
    Reflect.getOwnPropertyDescriptor(primordials.TypedArrayPrototype, Symbol.toStringTag).get);
  primordials.SharedArrayBuffer = SharedArrayBuffer;
  copyPrototype('SharedArrayBuffer', SharedArrayBuffer.prototype);
  // The typed array constructors and the %TypedArray%.prototype getters (structured clone, Blob).
  for (const name of ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
    if (typeof globalThis[name] === 'function') primordials[name] = globalThis[name];
  }
  for (const key of ['buffer', 'byteOffset', 'byteLength']) {
    primordials[`TypedArrayPrototypeGet${key[0].toUpperCase()}${key.slice(1)}`] = uncurryThis(
      Reflect.getOwnPropertyDescriptor(primordials.TypedArrayPrototype, key).get);
  }
  // Map and Set subclasses holding the original methods as their own (Node's SafeMap/SafeSet):
  // `map.get(k)` on them is a plain method call, as fast as on a Map, and immune to patches of
  // Map.prototype. (Uncurried primordials go through Function.prototype.call, whose one call site
  // is shared by all of them: fine in most places, too slow per node of a structured clone.)
  function makeSafe(Base, Safe) {
    for (const key of Reflect.ownKeys(Base.prototype)) {
      if (key === 'constructor') continue;
      Reflect.defineProperty(Safe.prototype, key, Reflect.getOwnPropertyDescriptor(Base.prototype, key));
    }
    Object.freeze(Safe.prototype);
    return Object.freeze(Safe);
  }
  primordials.SafeMap = makeSafe(Map, class SafeMap extends Map {});
  primordials.SafeSet = makeSafe(Set, class SafeSet extends Set {});
  // Every typed array constructor by name, e.g. to build a view of the same type as another.
  primordials.TypedArrayConstructors = Object.freeze({
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
    ...(typeof Float16Array === 'function' ? { Float16Array } : {}),
  });
  // The engine's own Function.prototype.call, to compare with (see 52_events.js, invoke).
  primordials.FunctionPrototypeCallMethod = Function.prototype.call;
  // opaqueCall(fn, thisArg, ...args): fn's [[Call]] through an indirect call (OpaqueCaller.java),
  // for the user callbacks that the runtime's shared per-chunk code calls (a stream's pull,
  // transform and write). At a plain call site there, each new script's callback made the JIT throw
  // away and recompile that shared code, which the warm daemon had compiled for earlier scripts
  // (seconds, on the single compiler thread, while the script ran). Not for event listeners: there
  // the lost inlining cost more (EventTarget dispatch to 1 listener went from 1.1 to 1.6x Node in
  // steady runs, and 8x in a first run).
  primordials.opaqueCall = host.opaqueCaller(Function.prototype.call);
  // namedKeys(arrayOrTypedArray): its own keys other than the elements, without listing the
  // elements (NamedKeysLister); null for other objects.
  primordials.namedKeys = host.namedKeysLister(Function.prototype.call);
  // Runtime code reads these through primordials, never as globals: a global read is a property
  // lookup on each Context's own global object, so code the warm daemon shares between Contexts
  // (and has compiled for earlier ones) deoptimizes on a new Context's first read.
  primordials.Infinity = Infinity;
  primordials.NaN = NaN;
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

  // Keys for the runtime's per-object state, the same symbol in every Context of the JVM (see
  // engine/SharedSymbols.java): compiled code is shared by every Context, and a private field or
  // a symbol made per Context slows it down more with each new Context (the daemon's runs,
  // embedded runtimes, workers). `name` is the symbol's description and must be unique in the
  // runtime ('file:what'). inspect does not show such keys, unless `visible` (for the keys Node
  // shows, such as an EventEmitter's Symbol(kCapture)).
  const sharedSymbols = host.sharedSymbols;
  const hiddenKeys = new primordials.SafeSet();
  internal.sharedSymbol = function sharedSymbol(name, visible = false) {
    const key = sharedSymbols.get(name, Symbol(name));
    if (!visible) hiddenKeys.add(key);
    return key;
  };
  internal.isHiddenKey = (key) => hiddenKeys.has(key); // a shared symbol inspect leaves out

  // The runtime's platform objects that structured clone must refuse (HTML: a platform object
  // that is not serializable throws a DataCloneError instead of being copied as a plain object).
  // A file defining such an interface (Event, URL, AbortSignal...) calls
  // `internal.markPlatformInterface(Interface)` once; 65_structured_clone.js asks
  // `internal.platformInterfaceName(prototype)`.
  const platformInterfaces = new primordials.SafeMap();
  internal.markPlatformInterface = function markPlatformInterface(Interface) {
    platformInterfaces.set(Interface.prototype, Interface.name);
  };
  internal.platformInterfaceName = function platformInterfaceName(prototype) {
    return platformInterfaces.get(prototype);
  };

  // Engine facts JavaScript cannot see by itself (see EngineIntrospection.java).
  internal.engine = Object.freeze({
    promiseState: (promise) => host.promiseState(promise),
    promiseResult: (promise) => host.promiseResult(promise),
    promiseIsHandled: (promise) => host.promiseIsHandled(promise),
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

  // Files loaded on first use: `internal.load('60_url.js')` runs that file once per Context and
  // returns what its function returns (its exports). Start-up pays only for what a program uses.
  const loaded = new primordials.SafeMap(); // immune to a patched Map.prototype.get
  internal.load = function load(file) {
    let exports = loaded.get(file);
    if (exports === undefined) {
      exports = host.runtimeFile(file)(host, internal) ?? {};
      loaded.set(file, exports);
    }
    return exports;
  };
  // Globals backed by a lazily loaded file: the first read loads `file` and turns every one of
  // `names` into an ordinary data global; assigning before that just replaces the global.
  // Until then such a global is an accessor, which Web IDL's interface objects are not: the
  // descriptor functions (Object.getOwnPropertyDescriptor(s), Reflect.getOwnPropertyDescriptor)
  // materialise a lazy global before they describe it, so that they cannot tell it from the data
  // property it becomes. (The legacy __lookupGetter__ still can.)
  const getOwnDescriptor = Reflect.getOwnPropertyDescriptor;
  const lazyGetters = new primordials.SafeMap(); // name -> the lazy accessor's getter
  internal.defineLazyGlobals = function defineLazyGlobals(file, names) {
    for (const name of names) {
      const get = function () {
        const exports = internal.load(file);
        // An index loop: user code may have replaced Array.prototype[Symbol.iterator] by now.
        for (let i = 0; i < names.length; i++) {
          const each = names[i];
          const current = getOwnDescriptor(globalThis, each);
          if (current?.get === lazyGetters.get(each)) {
            Reflect.defineProperty(globalThis, each, {
              value: exports[each], writable: true, configurable: true, enumerable: current.enumerable,
            });
          }
          lazyGetters.delete(each);
        }
        return exports[name];
      };
      lazyGetters.set(name, get);
      Reflect.defineProperty(globalThis, name, {
        get,
        set(value) {
          lazyGetters.delete(name);
          Reflect.defineProperty(globalThis, name, {
            value, writable: true, configurable: true, enumerable: getOwnDescriptor(globalThis, name).enumerable,
          });
        },
        configurable: true, enumerable: false,
      });
    }
  };
  /**
   * Makes the globals `names` enumerable, in this order at the end of the global's keys: Web IDL's
   * operations and attributes on the global object are enumerable, and Node lists its own in
   * `Object.keys(globalThis)` in this order. Lazy globals stay lazy.
   */
  internal.enumerateGlobals = function enumerateGlobals(names) {
    for (let i = 0; i < names.length; i++) {
      const descriptor = getOwnDescriptor(globalThis, names[i]);
      if (descriptor === undefined) continue;
      Reflect.deleteProperty(globalThis, names[i]);
      descriptor.enumerable = true;
      Reflect.defineProperty(globalThis, names[i], descriptor);
    }
  };
  /** Loads the lazy global `key` (a string) if it is still the lazy accessor. */
  function materialise(key) {
    const get = lazyGetters.get(key);
    if (get !== undefined && getOwnDescriptor(globalThis, key)?.get === get) get();
  }
  function materialiseAll() {
    const keys = [];
    lazyGetters.forEach((get, key) => { keys[keys.length] = key; }); // SafeMap: no user iterators
    for (let i = 0; i < keys.length; i++) materialise(keys[i]);
  }
  // The wrappers are methods (no constructors) with the originals' names and lengths, and print
  // as the originals do (`function getOwnPropertyDescriptor() { [native code] }`), as every
  // function of the runtime's internal sources does. (Not bound functions: the engine does not
  // inline a call through one, which costs a compiled caller 50x.)
  const { getOwnPropertyDescriptor, getOwnPropertyDescriptors } = Object;
  const reflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  function wrap(holder, name, method) {
    Reflect.defineProperty(holder, name, { value: method, writable: true, enumerable: false, configurable: true });
  }
  wrap(Object, 'getOwnPropertyDescriptor', {
    getOwnPropertyDescriptor(object, key) {
      if (object === globalThis && typeof key === 'string') materialise(key);
      return getOwnPropertyDescriptor(object, key);
    },
  }.getOwnPropertyDescriptor);
  wrap(Reflect, 'getOwnPropertyDescriptor', {
    getOwnPropertyDescriptor(object, key) {
      if (object === globalThis && typeof key === 'string') materialise(key);
      return reflectGetOwnPropertyDescriptor(object, key);
    },
  }.getOwnPropertyDescriptor);
  wrap(Object, 'getOwnPropertyDescriptors', {
    getOwnPropertyDescriptors(object) {
      if (object === globalThis) materialiseAll();
      return getOwnPropertyDescriptors(object);
    },
  }.getOwnPropertyDescriptors);
})
