// 10_inspect.js: Node's `util.inspect`, `util.format` and `util.formatWithOptions`, written on the
// standard built-ins (captured at load time, so user code that patches prototypes cannot break or
// spy on it) plus the engine facts JavaScript cannot observe by itself, from `internal.engine`:
//   promiseState(p) -> 0 pending, 1 fulfilled, 2 rejected (-1 or a throw: not a promise);
//   promiseResult(p); proxyTarget(v) -> the target, undefined/null for a non-proxy;
//   optional: isProxy(v) (tells a revoked proxy from a non-proxy), proxyHandler(v) (for
//   `showProxy` / `%o`), previewEntries(v) -> [items, isKeyValue] for Map/Set iterators and weak
//   collections (without it, iterators show as `Object [Map Iterator] {}`).
// Adds `internal.inspect` (with `.custom`, `.defaultOptions`, `.colors`, `.styles`),
// `internal.format`, `internal.formatWithOptions`, and for 11_console.js `internal.getStringWidth`
// and `internal.inspectTypes`. The output matches Node 20 byte for byte: line breaking
// (`breakLength`, `compact: 3`), grouping of long arrays into columns, circular references,
// depth limits, errors, getters, colors, and so on.
(function cortadoModuleBody(host, internal) {
  'use strict';

  // ---- Intrinsics, captured before user code runs ---------------------------------------------
  const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
  const ReflectApply = Reflect.apply;
  const ReflectOwnKeys = Reflect.ownKeys;
  // The engine's own (00_primordials.js wraps the global one for lazy globals).
  const ReflectGetOwnPropertyDescriptor = internal.primordials.ReflectGetOwnPropertyDescriptor;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const isHiddenKey = internal.isHiddenKey;
  const ReflectDefineProperty = Reflect.defineProperty;
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  const ObjectIs = Object.is;
  const ObjectFreeze = Object.freeze;
  const ObjectCtor = Object;
  const ObjectPrototype = Object.prototype;
  const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
  const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
  const ArrayIsArray = Array.isArray;
  const ArrayPrototypePush = uncurryThis(Array.prototype.push);
  const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
  const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
  const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
  const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
  const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
  const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
  const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
  const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
  const StringCtor = String;
  const StringPrototypeSlice = uncurryThis(String.prototype.slice);
  const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
  const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
  const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
  const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
  const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
  const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
  const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
  const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
  const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
  const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
  const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
  const RegExpCtor = RegExp;
  const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
  const RegExpPrototypeGetSource = uncurryThis(
    ReflectGetOwnPropertyDescriptor(RegExp.prototype, 'source').get);
  // Each flag's own getter (they read the regexp's internal flags, not its properties).
  const regExpFlagGetters = [];
  for (const [name, letter] of [['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'],
    ['multiline', 'm'], ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'],
    ['sticky', 'y']]) {
    const desc = ReflectGetOwnPropertyDescriptor(RegExp.prototype, name);
    if (desc !== undefined && typeof desc.get === 'function') {
      regExpFlagGetters[regExpFlagGetters.length] = [uncurryThis(desc.get), letter];
    }
  }
  const NumberCtor = Number;
  const NumberIsNaN = Number.isNaN;
  const NumberIsFinite = Number.isFinite;
  const NumberParseInt = Number.parseInt;
  const NumberParseFloat = Number.parseFloat;
  const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
  const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
  const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
  const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
  const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
  const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
  const SymbolFor = Symbol.for;
  const SymbolIterator = Symbol.iterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
  const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
  const DatePrototypeToString = uncurryThis(Date.prototype.toString);
  const ErrorPrototype = Error.prototype;
  const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
  const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
  const FunctionPrototypeHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]);
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathSqrt = Math.sqrt;
  const MathRound = Math.round;
  const MathFloor = Math.floor;
  const MathTrunc = Math.trunc;
  const JSONStringify = JSON.stringify;
  const MapCtor = Map;
  const MapPrototypeGet = uncurryThis(Map.prototype.get);
  const MapPrototypeSet = uncurryThis(Map.prototype.set);
  const MapPrototypeGetSize = uncurryThis(
    ReflectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
  const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
  const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
  const MapIteratorNext = uncurryThis(MapIteratorPrototype.next);
  const SetPrototypeGetSize = uncurryThis(
    ReflectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
  const SetPrototypeValues = uncurryThis(Set.prototype.values);
  const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().values());
  const SetIteratorNext = uncurryThis(SetIteratorPrototype.next);
  const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
  const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
  const ArrayBufferPrototypeGetByteLength = uncurryThis(
    ReflectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
  const SharedArrayBufferPrototypeGetByteLength = typeof SharedArrayBuffer === 'function'
    ? uncurryThis(ReflectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get)
    : undefined;
  const DataViewPrototypeGetBuffer = uncurryThis(
    ReflectGetOwnPropertyDescriptor(DataView.prototype, 'buffer').get);
  const DataViewPrototypeGetByteLength = uncurryThis(
    ReflectGetOwnPropertyDescriptor(DataView.prototype, 'byteLength').get);
  const DataViewPrototypeGetByteOffset = uncurryThis(
    ReflectGetOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get);
  const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
  const TypedArrayPrototypeGetSymbolToStringTag = uncurryThis(
    ReflectGetOwnPropertyDescriptor(TypedArrayPrototype, SymbolToStringTag).get);
  const TypedArrayPrototypeGetLength = uncurryThis(
    ReflectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
  const TypedArrayPrototypeGetByteLength = uncurryThis(
    ReflectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get);
  const TypedArrayPrototypeGetByteOffset = uncurryThis(
    ReflectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get);
  const TypedArrayPrototypeGetBuffer = uncurryThis(
    ReflectGetOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get);
  const Uint8ArrayCtor = Uint8Array;
  const WeakRefPrototypeDeref = typeof WeakRef === 'function'
    ? uncurryThis(WeakRef.prototype.deref) : undefined;
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
  const RegExpPrototype = RegExp.prototype;
  const RangeErrorCtor = RangeError;
  const TypeErrorCtor = TypeError;
  const globalObject = globalThis;

  // The typed array constructors by name, to rebuild a view whose prototype was removed.
  const typedArrayCtors = { __proto__: null };
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
    'BigUint64Array', 'Float16Array']) {
    if (typeof globalObject[name] === 'function') typedArrayCtors[name] = globalObject[name];
  }

  // Names of the global constructors ("built-ins"): their instances are not "user classes".
  const builtInNames = { __proto__: null };
  for (const name of ObjectGetOwnPropertyNames(globalObject)) {
    if (RegExpPrototypeExec(/^[A-Z][a-zA-Z0-9]+$/, name) === null) continue;
    const desc = ReflectGetOwnPropertyDescriptor(globalObject, name);
    if (desc !== undefined && typeof desc.value === 'function') builtInNames[name] = true;
  }
  const isBuiltInName = (name) => typeof name === 'string' && builtInNames[name] === true;

  // Engine facts (see README.md). Read lazily: the Java side may install them after this file.
  const engine = () => internal.engine || {};

  // ---- Small helpers ----------------------------------------------------------------------------
  function push(list, item) { ArrayPrototypePush(list, item); }
  function spaces(n) { return StringPrototypeRepeat(' ', n); }
  /** `str.replaceAll(find, replacement)` for plain strings, without any user-reachable lookups. */
  function replaceAllText(str, find, replacement) {
    let at = StringPrototypeIndexOf(str, find);
    if (at === -1) return str;
    let out = '';
    let last = 0;
    while (at !== -1) {
      out += StringPrototypeSlice(str, last, at) + replacement;
      last = at + find.length;
      at = StringPrototypeIndexOf(str, find, last);
    }
    return out + StringPrototypeSlice(str, last);
  }
  function moreItemsText(n) { return `... ${n} more item${n > 1 ? 's' : ''}`; }
  function succeeds(check, value) {
    try { check(value); return true; } catch { return false; }
  }

  // ---- Type checks (brand checks on the real internal slots, never on toStringTag) -------------
  const isDate = (v) => succeeds(DatePrototypeGetTime, v);
  const isRegExp = (v) => v !== RegExpPrototype && succeeds(RegExpPrototypeGetSource, v);
  const isMap = (v) => succeeds(MapPrototypeGetSize, v);
  const isSet = (v) => succeeds(SetPrototypeGetSize, v);
  const isWeakMap = (v) => succeeds((x) => WeakMapPrototypeHas(x, undefined), v);
  const isWeakSet = (v) => succeeds((x) => WeakSetPrototypeHas(x, undefined), v);
  const isWeakRef = (v) =>
    WeakRefPrototypeDeref !== undefined && succeeds(WeakRefPrototypeDeref, v);
  const isArrayBuffer = (v) => succeeds(ArrayBufferPrototypeGetByteLength, v);
  const isSharedArrayBuffer = (v) => SharedArrayBufferPrototypeGetByteLength !== undefined &&
    succeeds(SharedArrayBufferPrototypeGetByteLength, v);
  const isDataView = (v) => succeeds(DataViewPrototypeGetBuffer, v);
  const isTypedArray = (v) => TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
  const isNumberObject = (v) => succeeds(NumberPrototypeValueOf, v);
  const isStringObject = (v) => succeeds(StringPrototypeValueOf, v);
  const isBooleanObject = (v) => succeeds(BooleanPrototypeValueOf, v);
  const isBigIntObject = (v) => succeeds(BigIntPrototypeValueOf, v);
  const isSymbolObject = (v) => succeeds(SymbolPrototypeValueOf, v);
  function isPromise(v) {
    const e = engine();
    if (typeof e.isPromise === 'function') return e.isPromise(v) === true;
    if (typeof e.promiseState !== 'function') return false;
    try {
      const state = e.promiseState(v);
      return state === 0 || state === 1 || state === 2;
    } catch {
      return false;
    }
  }
  /** Remaining entries of a Map/Set iterator or a weak collection: [flatItems, isKeyValue]. */
  function previewEntries(v) {
    const e = engine();
    if (typeof e.previewEntries !== 'function') return undefined;
    try {
      const preview = e.previewEntries(v);
      return ArrayIsArray(preview) ? preview : undefined;
    } catch {
      return undefined;
    }
  }
  /** Node's isError: a native error, or anything that inherits from Error.prototype. */
  function isErrorLike(v) {
    if (ObjectPrototypeToString(v) === '[object Error]') return true;
    for (let proto = ObjectGetPrototypeOf(v); proto !== null; proto = ObjectGetPrototypeOf(proto)) {
      if (proto === ErrorPrototype) return true;
    }
    return false;
  }
  function isArgumentsObject(v) {
    return ObjectPrototypeToString(v) === '[object Arguments]' &&
      ObjectPrototypeHasOwnProperty(v, 'callee') && !(SymbolToStringTag in v);
  }
  function isModuleNamespace(v) {
    return ObjectGetPrototypeOf(v) === null && ObjectPrototypeToString(v) === '[object Module]';
  }

  // The built-in prototypes that mark a candidate type; a brand check then confirms it.
  const kindByPrototype = new MapCtor();
  function addKind(proto, kind) { if (proto) MapPrototypeSet(kindByPrototype, proto, kind); }
  addKind(Map.prototype, 'Map');
  addKind(Set.prototype, 'Set');
  addKind(WeakMap.prototype, 'WeakMap');
  addKind(WeakSet.prototype, 'WeakSet');
  addKind(typeof WeakRef === 'function' && WeakRef.prototype, 'WeakRef');
  addKind(Date.prototype, 'Date');
  addKind(RegExp.prototype, 'RegExp');
  addKind(Promise.prototype, 'Promise');
  addKind(ArrayBuffer.prototype, 'ArrayBuffer');
  addKind(typeof SharedArrayBuffer === 'function' && SharedArrayBuffer.prototype,
    'SharedArrayBuffer');
  addKind(DataView.prototype, 'DataView');
  addKind(TypedArrayPrototype, 'TypedArray');
  addKind(Number.prototype, 'Boxed');
  addKind(String.prototype, 'Boxed');
  addKind(Boolean.prototype, 'Boxed');
  addKind(Symbol.prototype, 'Boxed');
  addKind(BigInt.prototype, 'Boxed');
  addKind(MapIteratorPrototype, 'MapIterator');
  addKind(SetIteratorPrototype, 'SetIterator');

  const kindChecks = {
    __proto__: null,
    Map: isMap,
    Set: isSet,
    WeakMap: isWeakMap,
    WeakSet: isWeakSet,
    WeakRef: isWeakRef,
    Date: isDate,
    RegExp: isRegExp,
    Promise: isPromise,
    ArrayBuffer: isArrayBuffer,
    SharedArrayBuffer: isSharedArrayBuffer,
    DataView: isDataView,
    TypedArray: isTypedArray,
    Boxed: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
      isBigIntObject(v) || isSymbolObject(v),
    MapIterator: (v) => previewEntries(v) !== undefined,
    SetIterator: (v) => previewEntries(v) !== undefined,
  };
  const kindOrder = ['TypedArray', 'Map', 'Set', 'Date', 'RegExp', 'Promise', 'ArrayBuffer',
    'SharedArrayBuffer', 'DataView', 'WeakMap', 'WeakSet', 'WeakRef', 'Boxed'];

  /**
   * Which exotic built-in `value` is ('Map', 'Date', 'TypedArray', ... or ''). The prototype chain
   * names a candidate, confirmed by a brand check; objects cut off from Object.prototype (whose
   * prototype was removed) get every brand check, as their chain tells nothing.
   */
  function builtInKind(value) {
    let reachesObjectPrototype = false;
    for (let proto = ObjectGetPrototypeOf(value); proto !== null;
      proto = ObjectGetPrototypeOf(proto)) {
      const kind = MapPrototypeGet(kindByPrototype, proto);
      if (kind !== undefined) return kindChecks[kind](value) ? kind : '';
      if (proto === ObjectPrototype) { reachesObjectPrototype = true; break; }
    }
    if (reachesObjectPrototype) return '';
    for (let i = 0; i < kindOrder.length; i++) {
      if (kindChecks[kindOrder[i]](value)) return kindOrder[i];
    }
    return '';
  }

  // ---- Options ----------------------------------------------------------------------------------
  const inspectDefaultOptions = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  };
  const optionNames = ObjectKeys(inspectDefaultOptions);

  const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

  // ---- Colors -----------------------------------------------------------------------------------
  const colors = { __proto__: null };
  const colorCodes = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
    ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
    ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
    ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39],
    ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
    ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49],
    ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39],
    ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39],
    ['blueBright', 94, 39], ['magentaBright', 95, 39], ['cyanBright', 96, 39],
    ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49],
    ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
    ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
  ];
  for (const entry of colorCodes) colors[entry[0]] = [entry[1], entry[2]];
  const colorAliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
    ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
    ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
    ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
  ];
  for (const alias of colorAliases) {
    const target = alias[1];
    ReflectDefineProperty(colors, alias[0], {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true, enumerable: false,
    });
  }
  const styles = {
    __proto__: null,
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline',
  };

  function stylizeNoColor(str) { return str; }
  function stylizeWithColor(str, styleType) {
    const style = styles[styleType];
    if (style !== undefined) {
      const color = colors[style];
      if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    return str;
  }
  // ANSI escape sequences (colors and other terminal controls).
  const ansiPattern = new RegExpCtor('[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d/#&.:=?%@~_]*)*)?\\u0007)' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');
  function removeColors(str) {
    let out = '';
    let last = 0;
    ansiPattern.lastIndex = 0;
    for (let m = RegExpPrototypeExec(ansiPattern, str); m !== null;
      m = RegExpPrototypeExec(ansiPattern, str)) {
      out += StringPrototypeSlice(str, last, m.index);
      last = m.index + m[0].length;
    }
    return out + StringPrototypeSlice(str, last);
  }

  // ---- Display width (for column alignment) -----------------------------------------------------
  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x231a && code <= 0x231b) || (code >= 0x23e9 && code <= 0x23ec) ||
      code === 0x23f0 || code === 0x23f3 || (code >= 0x25fd && code <= 0x25fe) ||
      (code >= 0x2614 && code <= 0x2615) || (code >= 0x2648 && code <= 0x2653) ||
      code === 0x267f || code === 0x2693 || code === 0x26a1 || (code >= 0x26aa && code <= 0x26ab) ||
      (code >= 0x26bd && code <= 0x26be) || (code >= 0x26c4 && code <= 0x26c5) ||
      code === 0x26ce || code === 0x26d4 || code === 0x26ea || (code >= 0x26f2 && code <= 0x26f3) ||
      code === 0x26f5 || code === 0x26fa || code === 0x26fd || code === 0x2705 ||
      (code >= 0x270a && code <= 0x270b) || code === 0x2728 || code === 0x274c ||
      code === 0x274e || (code >= 0x2753 && code <= 0x2755) || code === 0x2757 ||
      (code >= 0x2795 && code <= 0x2797) || code === 0x27b0 || code === 0x27bf ||
      (code >= 0x2b1b && code <= 0x2b1c) || code === 0x2b50 || code === 0x2b55 ||
      (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x3247) ||
      (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x16fe0 && code <= 0x18cd5) ||
      (code >= 0x1b000 && code <= 0x1b2fb) || code === 0x1f004 || code === 0x1f0cf ||
      code === 0x1f18e || (code >= 0x1f191 && code <= 0x1f19a) ||
      (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f320) ||
      (code >= 0x1f32d && code <= 0x1f335) || (code >= 0x1f337 && code <= 0x1f37c) ||
      (code >= 0x1f37e && code <= 0x1f393) || (code >= 0x1f3a0 && code <= 0x1f3ca) ||
      (code >= 0x1f3cf && code <= 0x1f3d3) || (code >= 0x1f3e0 && code <= 0x1f3f0) ||
      code === 0x1f3f4 || (code >= 0x1f3f8 && code <= 0x1f43e) || code === 0x1f440 ||
      (code >= 0x1f442 && code <= 0x1f4fc) || (code >= 0x1f4ff && code <= 0x1f53d) ||
      (code >= 0x1f54b && code <= 0x1f54e) || (code >= 0x1f550 && code <= 0x1f567) ||
      code === 0x1f57a || (code >= 0x1f595 && code <= 0x1f596) || code === 0x1f5a4 ||
      (code >= 0x1f5fb && code <= 0x1f64f) || (code >= 0x1f680 && code <= 0x1f6c5) ||
      code === 0x1f6cc || (code >= 0x1f6d0 && code <= 0x1f6d2) ||
      (code >= 0x1f6d5 && code <= 0x1f6d7) || (code >= 0x1f6dc && code <= 0x1f6df) ||
      (code >= 0x1f6eb && code <= 0x1f6ec) || (code >= 0x1f6f4 && code <= 0x1f6fc) ||
      (code >= 0x1f7e0 && code <= 0x1f7eb) || code === 0x1f7f0 ||
      (code >= 0x1f90c && code <= 0x1f93a) || (code >= 0x1f93c && code <= 0x1f945) ||
      (code >= 0x1f947 && code <= 0x1f9ff) || (code >= 0x1fa70 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }
  function isZeroWidthCodePoint(code) {
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
      (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0xe0100 && code <= 0xe01ef);
  }
  /** How many terminal columns `str` takes (wide East Asian characters count two). */
  function getStringWidth(str, stripColors = true) {
    if (stripColors) str = removeColors(str);
    let width = 0;
    let ascii = true;
    for (let i = 0; i < str.length; i++) {
      const code = StringPrototypeCharCodeAt(str, i);
      if (code < 0x20 || code > 0x7e) { ascii = false; break; }
    }
    if (ascii) return str.length;
    str = StringPrototypeNormalize(str, 'NFC');
    for (let i = 0; i < str.length; i++) {
      const code = StringPrototypeCodePointAt(str, i);
      if (code > 0xffff) i++;
      if (isFullWidthCodePoint(code)) width += 2;
      else if (!isZeroWidthCodePoint(code)) width += 1;
    }
    return width;
  }

  // ---- Primitives -------------------------------------------------------------------------------
  // How each escaped code unit is written inside a quoted string.
  const escapeTable = [];
  for (let code = 0; code < 0xa0; code++) {
    if (code < 0x20 || code >= 0x7f) {
      escapeTable[code] = `\\x${StringPrototypePadStart(
        replaceUpper(NumberPrototypeToString(code, 16)), 2, '0')}`;
    }
  }
  function replaceUpper(hex) {
    let out = '';
    for (let i = 0; i < hex.length; i++) {
      const c = hex[i];
      out += c >= 'a' && c <= 'f' ? 'ABCDEF'[StringPrototypeCharCodeAt(c, 0) - 97] : c;
    }
    return out;
  }
  escapeTable[8] = '\\b';
  escapeTable[9] = '\\t';
  escapeTable[10] = '\\n';
  escapeTable[12] = '\\f';
  escapeTable[13] = '\\r';
  escapeTable[39] = "\\'";
  escapeTable[92] = '\\\\';

  const needsEscape = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;
  const needsEscapeWithQuote = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

  /**
   * Escapes control characters, backslashes, lone surrogates and (when `escapeQuote`) single
   * quotes, as `\n`, `\x1B`, `\ud83d`...
   */
  function escapeString(str, escapeQuote) {
    // Fast path: nothing to escape (the usual case).
    if (RegExpPrototypeExec(escapeQuote ? needsEscapeWithQuote : needsEscape, str) === null) {
      return str;
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const code = StringPrototypeCharCodeAt(str, i);
      let escaped;
      if (code === 39) {
        if (escapeQuote) escaped = "\\'";
      } else if (code === 92 || code < 0x20 || (code >= 0x7f && code < 0xa0)) {
        escaped = escapeTable[code];
      } else if (code >= 0xd800 && code <= 0xdfff) {
        if (code <= 0xdbff && i + 1 < str.length) {
          const next = StringPrototypeCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
        }
        escaped = `\\u${NumberPrototypeToString(code, 16)}`;
      }
      if (escaped !== undefined) {
        out += StringPrototypeSlice(str, last, i) + escaped;
        last = i + 1;
      }
    }
    return last === 0 ? str : out + StringPrototypeSlice(str, last);
  }

  /** Quotes as Node does: single quotes, unless double quotes or backticks avoid escapes. */
  function quoteString(str) {
    let quote = "'";
    if (StringPrototypeIncludes(str, "'")) {
      if (!StringPrototypeIncludes(str, '"')) quote = '"';
      else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
        quote = '`';
      }
    }
    return quote + escapeString(str, quote === "'") + quote;
  }
  /** Keys and symbol descriptions shown without quotes. */
  function escapeUnquoted(str) {
    return escapeString(str, true);
  }

  function groupDigitsFromRight(digits) {
    let out = '';
    let i = digits.length;
    const start = digits[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) out = `_${StringPrototypeSlice(digits, i - 3, i)}${out}`;
    return i === digits.length ? digits : `${StringPrototypeSlice(digits, 0, i)}${out}`;
  }
  function groupDigitsFromLeft(digits) {
    let out = '';
    let i = 0;
    for (; i < digits.length - 3; i += 3) out += `${StringPrototypeSlice(digits, i, i + 3)}_`;
    return i === 0 ? digits : `${out}${StringPrototypeSlice(digits, i)}`;
  }

  function formatNumber(stylize, number, numericSeparator) {
    if (!numericSeparator) {
      if (ObjectIs(number, -0)) return stylize('-0', 'number');
      return stylize(`${number}`, 'number');
    }
    const text = StringCtor(number);
    if (MathTrunc(number) === number) {
      if (!NumberIsFinite(number) || StringPrototypeIncludes(text, 'e')) {
        return stylize(text, 'number');
      }
      return stylize(groupDigitsFromRight(text), 'number');
    }
    if (NumberIsNaN(number)) return stylize(text, 'number');
    const dot = StringPrototypeIndexOf(text, '.');
    return stylize(`${groupDigitsFromRight(StringPrototypeSlice(text, 0, dot))}.${
      groupDigitsFromLeft(StringPrototypeSlice(text, dot + 1))}`, 'number');
  }
  function formatBigInt(stylize, bigint, numericSeparator) {
    const text = StringCtor(bigint);
    return stylize(`${numericSeparator ? groupDigitsFromRight(text) : text}n`, 'bigint');
  }

  const kMinLineWidth = 16;

  function formatPrimitive(stylize, value, ctx) {
    switch (typeof value) {
      case 'string': return formatStringValue(stylize, value, ctx);
      case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
      case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
      case 'boolean': return stylize(`${value}`, 'boolean');
      case 'undefined': return stylize('undefined', 'undefined');
      default: return stylize(SymbolPrototypeToString(value), 'symbol');
    }
  }
  function formatStringValue(stylize, value, ctx) {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    // Long strings with line breaks are shown one line per quoted piece, joined with `+`.
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const pieces = [];
      let start = 0;
      for (let nl = StringPrototypeIndexOf(value, '\n'); nl !== -1;
        nl = StringPrototypeIndexOf(value, '\n', start)) {
        push(pieces, stylize(quoteString(StringPrototypeSlice(value, start, nl + 1)), 'string'));
        start = nl + 1;
      }
      if (start < value.length || pieces.length === 0) {
        push(pieces, stylize(quoteString(StringPrototypeSlice(value, start)), 'string'));
      }
      return ArrayPrototypeJoin(pieces, ` +\n${spaces(ctx.indentationLvl + 2)}`) + trailer;
    }
    return stylize(quoteString(value), 'string') + trailer;
  }

  // ---- The entry points -------------------------------------------------------------------------
  function newContext() {
    return {
      __proto__: null,
      budget: { __proto__: null },
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      circular: undefined,
      userOptions: undefined,
      showHidden: inspectDefaultOptions.showHidden,
      depth: inspectDefaultOptions.depth,
      colors: inspectDefaultOptions.colors,
      customInspect: inspectDefaultOptions.customInspect,
      showProxy: inspectDefaultOptions.showProxy,
      maxArrayLength: inspectDefaultOptions.maxArrayLength,
      maxStringLength: inspectDefaultOptions.maxStringLength,
      breakLength: inspectDefaultOptions.breakLength,
      compact: inspectDefaultOptions.compact,
      sorted: inspectDefaultOptions.sorted,
      getters: inspectDefaultOptions.getters,
      numericSeparator: inspectDefaultOptions.numericSeparator,
    };
  }

  /**
   * Returns a string representation of `value` for debugging, as Node's `util.inspect`.
   * Also accepts the legacy form `inspect(value, showHidden, depth, colors)`.
   */
  function inspect(value, opts) {
    const ctx = newContext();
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const keys = ObjectKeys(opts);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }

  ReflectDefineProperty(inspect, 'custom', {
    value: customInspectSymbol, writable: true, enumerable: true, configurable: true,
  });
  ReflectDefineProperty(inspect, 'defaultOptions', {
    get() { return inspectDefaultOptions; },
    set(options) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'of type object', options);
      }
      const keys = ObjectKeys(options);
      for (let i = 0; i < keys.length; i++) inspectDefaultOptions[keys[i]] = options[keys[i]];
    },
    enumerable: false, configurable: false,
  });
  ReflectDefineProperty(inspect, 'colors', {
    value: colors, writable: true, enumerable: true, configurable: true,
  });
  ReflectDefineProperty(inspect, 'styles', {
    value: styles, writable: true, enumerable: true, configurable: true,
  });

  function invalidArgType(name, expected, value) {
    if (internal.errors && typeof internal.errors.invalidArgType === 'function') {
      return internal.errors.invalidArgType(name, expected, value);
    }
    const error = new TypeErrorCtor(`The "${name}" argument must be ${expected}.`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  }

  // ---- formatValue: custom inspectors, proxies, circular references -----------------------------
  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    const target = proxyTargetOf(value);
    if (target !== undefined) {
      if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) {
        const details = proxyDetailsOf(value);
        if (details !== undefined) return formatProxy(ctx, details[0], details[1], recurseTimes);
      }
      value = target;
    }

    if (ctx.customInspect) {
      const custom = value[customInspectSymbol];
      if (typeof custom === 'function' && custom !== inspect && !isPrototypeObject(value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const isCrossContext = target !== undefined ||
          !FunctionPrototypeHasInstance(ObjectCtor, context);
        const result = ReflectApply(custom, context,
          [depth, optionsForCustomInspect(ctx, isCrossContext), inspect]);
        if (result !== context) {
          if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
          return replaceAllText(result, '\n', `\n${spaces(ctx.indentationLvl)}`);
        }
      }
    }

    if (ArrayPrototypeIncludes(ctx.seen, value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new MapCtor();
        MapPrototypeSet(ctx.circular, value, index);
      } else {
        index = MapPrototypeGet(ctx.circular, value);
        if (index === undefined) {
          index = MapPrototypeGetSize(ctx.circular) + 1;
          MapPrototypeSet(ctx.circular, value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  /**
   * The innermost target of a proxy (null when revoked), or undefined for a non-proxy. The
   * engine's `proxyTarget` may answer null for both non-proxies and revoked proxies; `isProxy`
   * (or, without it, whether reading the prototype throws) tells them apart.
   */
  function proxyTargetOf(value) {
    const e = engine();
    if (typeof e.proxyTarget !== 'function') return undefined;
    let target = e.proxyTarget(value);
    if (target === undefined || target === null) {
      return target === null && isRevokedProxy(e, value) ? null : undefined;
    }
    for (let i = 0; i < 1000; i++) {
      const inner = e.proxyTarget(target);
      if (inner === undefined || inner === null) {
        return inner === null && isRevokedProxy(e, target) ? null : target;
      }
      target = inner;
    }
    return target;
  }
  /** For a value the engine found no proxy target for: is it a revoked proxy? */
  function isRevokedProxy(e, value) {
    if (typeof e.isProxy === 'function') return e.isProxy(value) === true;
    try {
      ObjectGetPrototypeOf(value);   // no trap can run here: `value` has no live handler
      return false;
    } catch {
      return true;
    }
  }
  /** [immediate target, handler] of a proxy, when the engine can tell the handler. */
  function proxyDetailsOf(value) {
    const e = engine();
    if (typeof e.proxyHandler !== 'function') return undefined;
    return [e.proxyTarget(value), e.proxyHandler(value)];
  }
  /** `Foo.prototype` itself: its own inspector is meant for instances, not for it. */
  function isPrototypeObject(value) {
    try {
      const ctor = value.constructor;
      return !!ctor && ctor.prototype === value;
    } catch {
      return false;
    }
  }
  function optionsForCustomInspect(ctx, isCrossContext) {
    const options = { stylize: ctx.stylize };
    for (let i = 0; i < optionNames.length; i++) options[optionNames[i]] = ctx[optionNames[i]];
    if (ctx.userOptions !== undefined) {
      const keys = ObjectKeys(ctx.userOptions);
      for (let i = 0; i < keys.length; i++) options[keys[i]] = ctx.userOptions[keys[i]];
    }
    if (isCrossContext) {
      ObjectSetPrototypeOf(options, null);
      const keys = ObjectKeys(options);
      for (let i = 0; i < keys.length; i++) {
        const v = options[keys[i]];
        if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
          delete options[keys[i]];
        }
      }
      const stylize = ctx.stylize;
      options.stylize = ObjectSetPrototypeOf((text, styleType) => {
        let styled;
        try { styled = `${stylize(text, styleType)}`; } catch { /* fall through */ }
        return typeof styled !== 'string' ? text : styled;
      }, null);
    }
    return options;
  }

  function formatProxy(ctx, target, handler, recurseTimes) {
    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const parts = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], ARRAY_LIKE, recurseTimes);
  }

  // ---- formatRaw: objects -----------------------------------------------------------------------
  const OBJECT_LIKE = 0;   // entries are `key: value`
  const ARRAY_LIKE = 1;    // extra keys of arrays and typed arrays (`key: value`, but grouped)
  const ARRAY_ENTRY = 2;   // one bare array element

  /** Own keys shown for an object: enumerable ones, or every one with `showHidden`. */
  function getKeys(value, showHidden) {
    let symbols;
    try {
      symbols = ObjectGetOwnPropertySymbols(value);
    } catch {
      return [];   // a host (Java) function, whose keys the engine cannot list: shown without any
    }
    let keys;
    if (showHidden) {
      keys = ObjectGetOwnPropertyNames(value);
      for (let i = 0; i < symbols.length; i++) push(keys, symbols[i]);
    } else {
      try {
        keys = ObjectKeys(value);
      } catch {
        keys = ObjectGetOwnPropertyNames(value);   // a module namespace before evaluation
      }
      for (let i = 0; i < symbols.length; i++) {
        if (ObjectPrototypePropertyIsEnumerable(value, symbols[i]) && !isHiddenKey(symbols[i])) push(keys, symbols[i]);
      }
    }
    return keys;
  }
  function isArrayIndexKey(key) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
    const n = +key;
    return n >>> 0 === n && n !== 4294967295 && `${n}` === key;
  }
  const namedKeys = internal.primordials.namedKeys;
  /** Own keys that are not array indices (the extra properties of arrays and typed arrays). */
  function getNonIndexKeys(value, showHidden) {
    // Reflect.ownKeys would list every element first (seconds for 10 million of them)
    const all = namedKeys(value) ?? ReflectOwnKeys(value);
    const keys = [];
    for (let i = 0; i < all.length; i++) {
      const key = all[i];
      if (isArrayIndexKey(key)) continue;
      if (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
      push(keys, key);
    }
    return keys;
  }

  /**
   * The name of the nearest constructor on the prototype chain that `obj` is an instance of;
   * null for objects without one (null prototype). With `showHidden`, collects the properties
   * of user-defined prototypes into `protoProps`.
   */
  /** An own property's descriptor; undefined for a host (Java) value, which the engine refuses. */
  function ownDescriptor(obj, key) {
    try {
      return ReflectGetOwnPropertyDescriptor(obj, key);
    } catch {
      return undefined;
    }
  }
  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    // globalThis is a Window (50_web_globals.js); Node, whose console output we match, names its
    // global `Object [global]`.
    if (obj === globalObject && internal.Window !== undefined && obj instanceof internal.Window) return 'Object';
    let firstProto;
    const original = obj;
    while (obj) {
      const desc = ownDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
          isInstanceOf(original, desc.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !isBuiltInName(desc.value.name))) {
          addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
        }
        return StringCtor(desc.value.name);
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const fallback = fallbackClassName(original);
    if (ctx.depth !== null && recurseTimes > ctx.depth) return `${fallback} <Complex prototype>`;
    const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoName === null) {
      const options = { stylize: ctx.stylize };
      for (let i = 0; i < optionNames.length; i++) options[optionNames[i]] = ctx[optionNames[i]];
      options.customInspect = false;
      options.depth = -1;
      const shown = inspect(firstProto, options);
      return `${fallback} <${shown}>`;
    }
    return `${fallback} <${protoName}>`;
  }
  function isInstanceOf(object, ctor) {
    try { return FunctionPrototypeHasInstance(ctor, object); } catch { return false; }
  }
  /** The engine's class name for an object whose chain names no constructor. */
  function fallbackClassName(value) {
    if (typeof value === 'function') return 'Function';
    if (ArrayIsArray(value)) return 'Array';
    return 'Object';
  }

  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let seenKeys;
    let keys;
    for (let depth = 0; depth < 3; depth++) {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        const desc = ReflectGetOwnPropertyDescriptor(obj, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function' &&
            isBuiltInName(desc.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        seenKeys = new MapCtor();
      } else {
        for (let i = 0; i < keys.length; i++) MapPrototypeSet(seenKeys, keys[i], true);
      }
      keys = ReflectOwnKeys(obj);
      push(ctx.seen, main);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) ||
            (depth !== 0 && MapPrototypeGet(seenKeys, key) === true)) {
          continue;
        }
        const desc = ReflectGetOwnPropertyDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        const entry = formatProperty(ctx, obj, recurseTimes, key, OBJECT_LIKE, desc, main);
        push(output, ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
      }
      ArrayPrototypePop(ctx.seen);
    }
  }

  /** `Foo(2) [Tag] `, `[Map(2): null prototype] ` ... : what precedes an object's braces. */
  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  /** The object's `Symbol.toStringTag`, unless it is already listed among the keys. */
  function getTag(ctx, value) {
    const tag = value[SymbolToStringTag];
    if (typeof tag !== 'string') return '';
    if (tag !== '' && (ctx.showHidden
      ? ObjectPrototypeHasOwnProperty(value, SymbolToStringTag)
      : ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag))) {
      return '';
    }
    return tag;
  }

  /**
   * How an object is laid out: `keys` to list, `braces`, a `base` shown before them (functions,
   * dates, errors...), the `formatter` producing the entries before the keys, and the entry
   * type. `done` holds the whole output instead when the object is shown without braces.
   */
  function newLayout(keys, braces, formatter = formatNoEntries, extrasType = OBJECT_LIKE) {
    return {
      keys, braces, formatter, extrasType, base: '', builtInValues: undefined, done: undefined,
    };
  }
  function finished(text) {
    const layout = newLayout(undefined, undefined);
    layout.done = text;
    return layout;
  }

  /** Layout of arrays, sets, maps, typed arrays and collection iterators (or undefined). */
  function iterableLayout(ctx, value, kind, constructor, tag, protoProps) {
    const empty = (keys) => keys.length === 0 && protoProps === undefined;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      const keys = getNonIndexKeys(value, ctx.showHidden);
      if (value.length === 0 && empty(keys)) return finished(`${prefix}[]`);
      return newLayout(keys, [`${prefix}[`, ']'], formatArray, ARRAY_LIKE);
    }
    if (kind === 'Set' || kind === 'Map') {
      const size = kind === 'Set' ? SetPrototypeGetSize(value) : MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, kind, `(${size})`);
      const keys = getKeys(value, ctx.showHidden);
      if (size === 0 && empty(keys)) return finished(`${prefix}{}`);
      return newLayout(keys, [`${prefix}{`, '}'], kind === 'Set' ? formatSet : formatMap);
    }
    if (kind === 'TypedArray') {
      const keys = getNonIndexKeys(value, ctx.showHidden);
      let view = value;
      let fallback = '';
      if (constructor === null) {
        // Without its prototype, the view is read through a copy of the same type.
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        view = new typedArrayCtors[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return finished(`${prefix}[]`);
      return newLayout(keys, [`${prefix}[`, ']'],
        (c, v, r) => formatTypedArray(view, size, c, v, r), ARRAY_LIKE);
    }
    if (kind === 'MapIterator' || kind === 'SetIterator') {
      const braces = iteratorBraces(kind === 'MapIterator' ? 'Map' : 'Set', tag);
      return newLayout(getKeys(value, ctx.showHidden), braces,
        (c, v, r) => formatIterator(braces, c, v, r));
    }
    return undefined;
  }

  /** Layout of every other object: plain objects, functions, dates, errors, promises... */
  function objectLayout(ctx, value, kind, constructor, tag, protoProps, recurseTimes, typedArray) {
    const keys = getKeys(value, ctx.showHidden);
    const layout = newLayout(keys, ['{', '}']);
    const empty = keys.length === 0 && protoProps === undefined;
    if (constructor === 'Object') {
      if (isArgumentsObject(value)) layout.braces[0] = '[Arguments] {';
      else if (tag !== '') layout.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (empty) return finished(`${layout.braces[0]}}`);
    } else if (typeof value === 'function') {
      layout.base = getFunctionBase(value, constructor, tag);
      if (empty) return finished(ctx.stylize(layout.base, 'special'));
    } else if (kind === 'RegExp') {
      const prefix = getPrefix(constructor, tag, 'RegExp');
      layout.base = `${prefix !== 'RegExp ' ? prefix : ''}${regExpToString(value)}`;
      if (empty || (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return finished(ctx.stylize(layout.base, 'regexp'));
      }
    } else if (kind === 'Date') {
      const prefix = getPrefix(constructor, tag, 'Date');
      const text = NumberIsNaN(DatePrototypeGetTime(value))
        ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      layout.base = `${prefix !== 'Date ' ? prefix : ''}${text}`;
      if (empty) return finished(ctx.stylize(layout.base, 'date'));
    } else if (isErrorLike(value)) {
      layout.base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return finished(layout.base);
    } else if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') {
      const prefix = getPrefix(constructor, tag, kind);
      const byteLength = kind === 'ArrayBuffer' ? ArrayBufferPrototypeGetByteLength(value)
        : SharedArrayBufferPrototypeGetByteLength(value);
      if (typedArray === undefined) {
        layout.formatter = formatArrayBuffer;
      } else if (empty) {
        // The buffer of a typed array shown with `showHidden`: its size is enough.
        return finished(`${prefix}{ byteLength: ${formatNumber(ctx.stylize, byteLength, false)} }`);
      }
      layout.braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
      layout.builtInValues = { __proto__: null, byteLength };
    } else if (kind === 'DataView') {
      layout.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
      layout.builtInValues = {
        __proto__: null,
        byteLength: DataViewPrototypeGetByteLength(value),
        byteOffset: DataViewPrototypeGetByteOffset(value),
        buffer: DataViewPrototypeGetBuffer(value),
      };
    } else if (kind === 'Promise') {
      layout.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      layout.formatter = formatPromise;
    } else if (kind === 'WeakSet' || kind === 'WeakMap') {
      layout.braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      layout.formatter = !ctx.showHidden ? formatWeakCollection
        : kind === 'WeakSet' ? formatWeakSet : formatWeakMap;
    } else if (isModuleNamespace(value)) {
      layout.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      layout.formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
    } else if (kind === 'Boxed') {
      layout.base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return finished(layout.base);
    } else {
      if (empty) return finished(`${getPrefix(constructor, tag, 'Object')}{}`);
      layout.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    return layout;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let protoProps;
    if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
    const tag = getTag(ctx, value);
    const kind = typeof value === 'function' ? '' : builtInKind(value);

    let layout;
    if (value[SymbolIterator] || constructor === null) {
      layout = iterableLayout(ctx, value, kind, constructor, tag, protoProps);
    }
    if (layout === undefined) {
      layout = objectLayout(ctx, value, kind, constructor, tag, protoProps, recurseTimes,
        typedArray);
    }
    if (layout.done !== undefined) return layout.done;
    const { keys, braces, formatter, extrasType, builtInValues } = layout;
    let base = layout.base;

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      let name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
      if (constructor !== null) name = `[${name}]`;
      return ctx.stylize(name, 'special');
    }
    recurseTimes += 1;
    push(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const builtIn = builtInValues !== undefined && typeof key === 'string' &&
          ObjectPrototypeHasOwnProperty(builtInValues, key) &&
          !ObjectPrototypeHasOwnProperty(value, key);
        const desc = builtIn ? { value: builtInValues[key], enumerable: true } : undefined;
        push(output, formatProperty(ctx, value, recurseTimes, key, extrasType, desc));
      }
      if (protoProps !== undefined) {
        for (let i = 0; i < protoProps.length; i++) push(output, protoProps[i]);
      }
    } catch (error) {
      const name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
      return interruptedByStackOverflow(ctx, error, name, indentationLvl);
    }
    if (ctx.circular !== undefined) {
      const index = MapPrototypeGet(ctx.circular, value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : `${reference} ${base}`;
        } else {
          braces[0] = `${reference} ${braces[0]}`;
        }
      }
    }
    ArrayPrototypePop(ctx.seen);

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === OBJECT_LIKE) {
        ArrayPrototypeSort(output, comparator);
      } else if (keys.length > 1) {
        const sorted = ArrayPrototypeSort(
          ArrayPrototypeSlice(output, output.length - keys.length), comparator);
        ArrayPrototypeSplice(output, output.length - keys.length, keys.length);
        for (let i = 0; i < sorted.length; i++) push(output, sorted[i]);
      }
    }

    const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    // Guard against output that grows without bound (deep graphs): stop descending.
    const budget = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
    ctx.budget[ctx.indentationLvl] = budget;
    if (budget > 2 ** 27) ctx.depth = -1;
    return result;
  }

  function interruptedByStackOverflow(ctx, error, name, indentationLvl) {
    if (error instanceof RangeErrorCtor &&
        StringPrototypeIncludes(`${error.message}`, 'call stack size')) {
      ArrayPrototypePop(ctx.seen);
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize(`[${name}: Inspection interrupted prematurely. ` +
        'Maximum call stack size exceeded.]', 'special');
    }
    throw error;
  }

  function formatNoEntries() { return []; }

  function regExpToString(re) {
    let flags = '';
    for (let i = 0; i < regExpFlagGetters.length; i++) {
      if (regExpFlagGetters[i][0](re)) flags += regExpFlagGetters[i][1];
    }
    return `/${RegExpPrototypeGetSource(re)}/${flags}`;
  }

  function iteratorBraces(type, tag) {
    if (tag !== `${type} Iterator`) {
      if (tag !== '') tag += '] [';
      tag += `${type} Iterator`;
    }
    return [`[${tag}] {`, '}'];
  }

  // ---- Functions, boxed primitives, errors ------------------------------------------------------
  const stripCommentsPattern = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
  const classHeadPattern = /^(\s+[^(]*?)\s*{/;

  function stripComments(source) {
    let out = '';
    let last = 0;
    stripCommentsPattern.lastIndex = 0;
    for (let m = RegExpPrototypeExec(stripCommentsPattern, source); m !== null;
      m = RegExpPrototypeExec(stripCommentsPattern, source)) {
      out += StringPrototypeSlice(source, last, m.index);
      last = m.index + m[0].length;
      if (m[0].length === 0) stripCommentsPattern.lastIndex++;
    }
    return out + StringPrototypeSlice(source, last);
  }

  function getFunctionBase(value, constructor, tag) {
    let source = '';
    try { source = FunctionPrototypeToString(value); } catch { /* not a real function */ }
    if (StringPrototypeStartsWith(source, 'class') && StringPrototypeEndsWith(source, '}')) {
      const body = StringPrototypeSlice(source, 5, -1);
      const brace = StringPrototypeIndexOf(body, '{');
      if (brace !== -1 &&
          (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
           RegExpPrototypeExec(classHeadPattern, stripComments(body)) !== null)) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = 'Function';
    const proto = ObjectGetPrototypeOf(value);
    if (proto === GeneratorFunctionPrototype) type = 'GeneratorFunction';
    else if (proto === AsyncFunctionPrototype) type = 'AsyncFunction';
    else if (proto === AsyncGeneratorFunctionPrototype) type = 'AsyncGeneratorFunction';
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') base += ' (anonymous)';
    else base += `: ${value.name}`;
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }
  function getClassBase(value, constructor, tag) {
    const name = (ObjectPrototypeHasOwnProperty(value, 'name') && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = ObjectGetPrototypeOf(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let type;
    let primitive;
    if (isNumberObject(value)) {
      type = 'Number';
      primitive = NumberPrototypeValueOf(value);
    } else if (isStringObject(value)) {
      type = 'String';
      primitive = StringPrototypeValueOf(value);
      // The character indices are already shown in the primitive.
      ArrayPrototypeSplice(keys, 0, primitive.length);
    } else if (isBooleanObject(value)) {
      type = 'Boolean';
      primitive = BooleanPrototypeValueOf(value);
    } else if (isBigIntObject(value)) {
      type = 'BigInt';
      primitive = BigIntPrototypeValueOf(value);
    } else {
      type = 'Symbol';
      primitive = SymbolPrototypeValueOf(value);
    }
    let base = `[${type}`;
    if (type !== constructor) {
      base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    }
    base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, StringPrototypeToLowerCase(type));
  }

  function getStackString(error) {
    const stack = error.stack;
    return stack ? StringCtor(stack) : ErrorPrototypeToString(error);
  }

  /** Drops `name`, `message`, `stack` from the listed keys when the stack already shows them. */
  function removeDuplicateErrorKeys(ctx, keys, error, stack) {
    if (ctx.showHidden || keys.length === 0) return;
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = ArrayPrototypeIndexOf(keys, names[i]);
      if (index !== -1 && StringPrototypeIncludes(stack, error[names[i]])) {
        ArrayPrototypeSplice(keys, index, 1);
      }
    }
  }

  /** Names the class in the first line when it differs from the error's name: `Foo [Error]: x`. */
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
          RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (StringPrototypeIncludes(prefix, name)) {
          stack = len === 0
            ? `${prefix}: ${stack}` : `${prefix}${StringPrototypeSlice(stack, len)}`;
        } else {
          stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
        }
      }
    }
    return stack;
  }

  /** Where `a` and `b` share a run of more than three identical lines: {len, offset in a}. */
  function commonFrameRun(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = ArrayPrototypeIndexOf(b, a[i]);
      if (pos === -1) continue;
      const rest = b.length - pos;
      if (rest <= 3) continue;
      let len = 1;
      const maxLen = MathMin(a.length - i, rest);
      while (maxLen > len && a[i + len] === b[pos + len]) len++;
      if (len > 3) return { len, offset: i };
    }
    return { len: 0, offset: 0 };
  }

  /** The frame lines of a stack, with the run shared with `error.cause`'s stack collapsed. */
  function getStackFrames(ctx, error, frameText) {
    const frames = splitLines(frameText);
    let cause;
    try { cause = error.cause; } catch { /* a throwing getter: no cause to compare */ }
    if (cause !== null && typeof cause === 'object' && isErrorLike(cause)) {
      const causeStack = getStackString(cause);
      const causeStart = StringPrototypeIndexOf(causeStack, '\n    at');
      if (causeStart !== -1) {
        const causeFrames = splitLines(StringPrototypeSlice(causeStack, causeStart + 1));
        const run = commonFrameRun(frames, causeFrames);
        if (run.len > 0) {
          const skipped = run.len - 2;
          const note = `    ... ${skipped} lines matching cause stack trace ...`;
          ArrayPrototypeSplice(frames, run.offset + 1, skipped, ctx.stylize(note, 'undefined'));
        }
      }
    }
    return frames;
  }
  function splitLines(text) {
    const lines = [];
    let start = 0;
    for (let nl = StringPrototypeIndexOf(text, '\n'); nl !== -1;
      nl = StringPrototypeIndexOf(text, '\n', start)) {
      push(lines, StringPrototypeSlice(text, start, nl));
      start = nl + 1;
    }
    push(lines, StringPrototypeSlice(text, start));
    return lines;
  }

  // With colors, frames underline the package of a node_modules path and dim the working
  // directory, as Node does.
  function workingDirectory() {
    try {
      return typeof host.cwd === 'function' ? `${host.cwd()}` : undefined;
    } catch {
      return undefined;
    }
  }
  const nodeModulesPattern = /[/\\]node_modules[/\\](@[^/\\]+[/\\][^/\\]+|[^/\\]+?)(?=[/\\])/g;
  function markNodeModules(ctx, line) {
    let out = '';
    let pos = 0;
    nodeModulesPattern.lastIndex = 0;
    for (let m = RegExpPrototypeExec(nodeModulesPattern, line); m !== null;
      m = RegExpPrototypeExec(nodeModulesPattern, line)) {
      out += StringPrototypeSlice(line, pos, m.index + 14) + ctx.stylize(m[1], 'module');
      pos = m.index + m[0].length;
    }
    return pos === 0 ? line : out + StringPrototypeSlice(line, pos);
  }
  function markCwd(ctx, line, cwd) {
    let cwdStart = StringPrototypeIndexOf(line, cwd);
    if (cwdStart === -1) return line;
    let cwdLength = cwd.length;
    if (StringPrototypeSlice(line, cwdStart - 7, cwdStart) === 'file://') {
      cwdLength += 7;
      cwdStart -= 7;
    }
    const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
    const end = start !== cwdStart && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
    const cwdEnd = cwdStart + cwdLength + 1;
    let out = StringPrototypeSlice(line, 0, start) +
      ctx.stylize(StringPrototypeSlice(line, start, cwdEnd), 'undefined') +
      StringPrototypeSlice(line, cwdEnd, end);
    if (end === -1) out += ctx.stylize(')', 'undefined');
    return out;
  }

  function formatError(error, constructor, tag, ctx, keys) {
    const name = error.name != null ? StringCtor(error.name) : 'Error';
    let stack = getStackString(error);
    removeDuplicateErrorKeys(ctx, keys, error, stack);
    if ('cause' in error && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
      push(keys, 'cause');
    }
    // The errors an AggregateError collects.
    if (ArrayIsArray(error.errors) &&
        (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
      push(keys, 'errors');
    }
    stack = improveStack(stack, constructor, name, tag);

    // The message may span lines: look for the frames after it.
    const message = error.message;
    let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      const head = StringPrototypeSlice(stack, 0, stackStart);
      const frames = getStackFrames(ctx, error, StringPrototypeSlice(stack, stackStart + 1));
      if (ctx.colors) {
        const cwd = workingDirectory();
        for (let i = 0; i < frames.length; i++) {
          let line = markNodeModules(ctx, frames[i]);
          if (cwd !== undefined) {
            const marked = markCwd(ctx, line, cwd);
            line = marked === line ? markCwd(ctx, line, `file://${cwd}`) : marked;
          }
          frames[i] = line;
        }
      }
      stack = `${head}\n${ArrayPrototypeJoin(frames, '\n')}`;
    }
    if (ctx.indentationLvl !== 0) {
      stack = replaceAllText(stack, '\n', `\n${spaces(ctx.indentationLvl)}`);
    }
    return stack;
  }

  // ---- Entry formatters (one per kind of container) ---------------------------------------------
  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const output = [];
    for (let i = 0; i < limit; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        return formatSparseArray(ctx, value, recurseTimes, limit, output, i);
      }
      push(output, formatProperty(ctx, value, recurseTimes, i, ARRAY_ENTRY));
    }
    if (length > limit) push(output, moreItemsText(length - limit));
    return output;
  }

  function emptyItemsText(n) { return `<${n} empty item${n > 1 ? 's' : ''}>`; }

  /** Arrays with holes: each run of holes is one `<N empty items>` entry. */
  function formatSparseArray(ctx, value, recurseTimes, limit, output, firstHole) {
    const keys = ObjectKeys(value);
    let expected = firstHole;
    for (let k = firstHole; k < keys.length && output.length < limit; k++) {
      const key = keys[k];
      const index = +key;
      if (index > 2 ** 32 - 2) break;
      if (`${expected}` !== key) {
        if (!isArrayIndexKey(key)) break;
        push(output, ctx.stylize(emptyItemsText(index - expected), 'undefined'));
        expected = index;
        if (output.length === limit) break;
      }
      push(output, formatProperty(ctx, value, recurseTimes, key, ARRAY_ENTRY));
      expected++;
    }
    const remaining = value.length - expected;
    if (output.length !== limit) {
      if (remaining > 0) push(output, ctx.stylize(emptyItemsText(remaining), 'undefined'));
    } else if (remaining > 0) {
      push(output, moreItemsText(remaining));
    }
    return output;
  }

  function formatTypedArray(view, length, ctx, value, recurseTimes) {
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const output = [];
    const asNumber = length > 0 && typeof view[0] === 'number';
    for (let i = 0; i < limit; i++) {
      push(output, asNumber
        ? formatNumber(ctx.stylize, view[i], ctx.numericSeparator)
        : formatBigInt(ctx.stylize, view[i], ctx.numericSeparator));
    }
    if (length > limit) push(output, moreItemsText(length - limit));
    if (ctx.showHidden) {
      // Shown with the entries, as `[key]: value`, before the own properties.
      ctx.indentationLvl += 2;
      const hidden = [
        ['BYTES_PER_ELEMENT', value.BYTES_PER_ELEMENT],
        ['length', TypedArrayPrototypeGetLength(value)],
        ['byteLength', TypedArrayPrototypeGetByteLength(value)],
        ['byteOffset', TypedArrayPrototypeGetByteOffset(value)],
        ['buffer', TypedArrayPrototypeGetBuffer(value)],
      ];
      for (let i = 0; i < hidden.length; i++) {
        push(output, `[${hidden[i][0]}]: ${formatValue(ctx, hidden[i][1], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8ArrayCtor(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const shown = MathMin(ctx.maxArrayLength, bytes.length);
    let hex = '';
    for (let i = 0; i < shown; i++) {
      const byte = bytes[i];
      hex += (i === 0 ? '' : ' ') + (byte < 16 ? '0' : '') + NumberPrototypeToString(byte, 16);
    }
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
  }

  /** Steps a Set or Map iterator built from the captured intrinsics (user code cannot patch it). */
  function collectionEntries(value, isMapValue, limit) {
    const items = [];
    const iterator = isMapValue ? MapPrototypeEntries(value) : SetPrototypeValues(value);
    const next = isMapValue ? MapIteratorNext : SetIteratorNext;
    for (let i = 0; i < limit; i++) {
      const step = next(iterator);
      if (step.done) break;
      push(items, step.value);
    }
    return items;
  }

  function formatSet(ctx, value, recurseTimes) {
    const size = SetPrototypeGetSize(value);
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    const items = collectionEntries(value, false, limit);
    for (let i = 0; i < items.length; i++) push(output, formatValue(ctx, items[i], recurseTimes));
    if (size > limit) push(output, moreItemsText(size - limit));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const size = MapPrototypeGetSize(value);
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    const entries = collectionEntries(value, true, limit);
    for (let i = 0; i < entries.length; i++) {
      const key = formatValue(ctx, entries[i][0], recurseTimes);
      const val = formatValue(ctx, entries[i][1], recurseTimes);
      push(output, `${key} => ${val}`);
    }
    if (size > limit) push(output, moreItemsText(size - limit));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatPromise(ctx, value, recurseTimes) {
    const e = engine();
    const state = e.promiseState(value);
    if (state === 0) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const shown = formatValue(ctx, e.promiseResult(value), recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${shown}` : shown];
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }
  function formatWeakSet(ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return formatWeakCollection(ctx);
    return formatSetLikeEntries(ctx, recurseTimes, preview[0], true);
  }
  function formatWeakMap(ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return formatWeakCollection(ctx);
    return formatMapLikeEntries(ctx, recurseTimes, preview[0], 'weak');
  }

  /** Entries of a weak set or a set iterator, in the engine's order (or sorted when weak). */
  function formatSetLikeEntries(ctx, recurseTimes, entries, weak) {
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), entries.length);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < limit; i++) push(output, formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    if (weak && !ctx.sorted) ArrayPrototypeSort(output);
    if (entries.length > limit) push(output, moreItemsText(entries.length - limit));
    return output;
  }
  /** Entries of a weak map or a map/set entries iterator, from a flat [k, v, k, v] list. */
  function formatMapLikeEntries(ctx, recurseTimes, entries, state) {
    const count = entries.length / 2;
    const limit = MathMin(MathMax(0, ctx.maxArrayLength), count);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < limit; i++) {
      const key = formatValue(ctx, entries[i * 2], recurseTimes);
      const val = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
      if (state === 'weak') {
        push(output, `${key} => ${val}`);
      } else {
        push(output, reduceToSingleString(ctx, [key, val], '', ['[', ']'], ARRAY_LIKE,
          recurseTimes));
      }
    }
    ctx.indentationLvl -= 2;
    if (state === 'weak' && !ctx.sorted) ArrayPrototypeSort(output);
    if (count > limit) push(output, moreItemsText(count - limit));
    return output;
  }

  function formatIterator(braces, ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return formatWeakCollection(ctx);
    const entries = preview[0];
    if (preview[1]) {
      // An entries() iterator: shown as [key, value] pairs.
      braces[0] = replaceLast(braces[0], ' Iterator] {', ' Entries] {');
      return formatMapLikeEntries(ctx, recurseTimes, entries, 'entries');
    }
    return formatSetLikeEntries(ctx, recurseTimes, entries, false);
  }
  function replaceLast(text, ending, replacement) {
    return StringPrototypeEndsWith(text, ending)
      ? StringPrototypeSlice(text, 0, text.length - ending.length) + replacement : text;
  }

  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = [];
    for (let i = 0; i < keys.length; i++) {
      try {
        push(output, formatProperty(ctx, value, recurseTimes, keys[i], OBJECT_LIKE));
      } catch (error) {
        // A binding not initialised yet (module still evaluating).
        const name = formatKey(ctx, keys[i], { enumerable: true });
        push(output, `${name}: ${ctx.stylize('<uninitialized>', 'special')}`);
      }
    }
    keys.length = 0;
    return output;
  }

  // ---- One property -----------------------------------------------------------------------------
  const plainKeyPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let str;
    let separator = ' ';
    desc = desc || ownDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== OBJECT_LIKE) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        separator = `\n${spaces(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      str = formatAccessor(ctx, desc, original, recurseTimes);
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === ARRAY_ENTRY) return str;
    return `${formatKey(ctx, key, desc)}:${separator}${str}`;
  }

  function formatAccessor(ctx, desc, receiver, recurseTimes) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const stylize = ctx.stylize;
    const getters = ctx.getters;
    if (getters && (getters === true || (getters === 'get' && desc.set === undefined) ||
        (getters === 'set' && desc.set !== undefined))) {
      try {
        const result = ReflectApply(desc.get, receiver, []);
        ctx.indentationLvl += 2;
        let str;
        if (result === null) {
          str = `${stylize(`[${label}:`, 'special')} ${stylize('null', 'null')}` +
            stylize(']', 'special');
        } else if (typeof result === 'object') {
          str = `${stylize(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(stylize, result, ctx);
          str = `${stylize(`[${label}:`, 'special')} ${primitive}${stylize(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
        return str;
      } catch (error) {
        const message = `<Inspection threw (${error && error.message})>`;
        return `${stylize(`[${label}:`, 'special')} ${message}${stylize(']', 'special')}`;
      }
    }
    return stylize(`[${label}]`, 'special');
  }

  function formatKey(ctx, key, desc) {
    if (typeof key === 'symbol') {
      return `[${ctx.stylize(escapeUnquoted(SymbolPrototypeToString(key)), 'symbol')}]`;
    }
    if (key === '__proto__') return "['__proto__']";
    if (desc.enumerable === false) return `[${escapeUnquoted(`${key}`)}]`;
    if (RegExpPrototypeExec(plainKeyPattern, key) !== null) return ctx.stylize(key, 'name');
    return ctx.stylize(quoteString(key), 'string');
  }

  // ---- Line breaking ----------------------------------------------------------------------------
  /** Whether the entries (plus `start` characters of overhead) fit in `breakLength`. */
  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += ctx.colors ? removeColors(output[i]).length : output[i].length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !StringPrototypeIncludes(base, '\n');
  }

  /**
   * Joins the entries: on one line when they fit and the object is among the innermost
   * `compact` levels, otherwise one entry (or one row of grouped array items) per line.
   */
  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === ARRAY_LIKE && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = ArrayPrototypeJoin(output, ', ');
            if (!StringPrototypeIncludes(joined, '\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${spaces(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
        ArrayPrototypeJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      const joined = ArrayPrototypeJoin(output, ', ');
      return `${braces[0]}${base ? ` ${base}` : ''} ${joined} ${braces[1]}`;
    }
    const indentation = spaces(ctx.indentationLvl);
    const lead = base === '' && braces[0].length === 1
      ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${lead}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
  }

  /**
   * Lays out many short array entries in aligned columns, about as wide as tall (a character
   * being ~2.5 times as high as wide), at most 15 columns and `compact * 4` columns. Numbers are
   * right-aligned, anything else left-aligned. Returns the entries unchanged when they differ too
   * much in length for columns to help.
   */
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    // The trailing "... more items" entry takes no part in the layout.
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;   // ", "
    const dataLen = [];
    for (let i = 0; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
        MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const maxLineLength = [];
      for (let col = 0; col < columns; col++) {
        let lineLength = 0;
        for (let j = col; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        push(maxLineLength, lineLength + separatorSpace);
      }
      let alignRight = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            alignRight = false;
            break;
          }
        }
      }
      const rows = [];
      for (let i = 0; i < outputLength; i += columns) {
        const end = MathMin(i + columns, outputLength);
        let line = '';
        let j = i;
        for (; j < end - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          line += alignRight ? StringPrototypePadStart(`${output[j]}, `, padding, ' ')
            : StringPrototypePadEnd(`${output[j]}, `, padding, ' ');
        }
        if (alignRight) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          line += StringPrototypePadStart(output[j], padding, ' ');
        } else {
          line += output[j];
        }
        push(rows, line);
      }
      if (ctx.maxArrayLength < output.length) push(rows, output[outputLength]);
      output = rows;
    }
    return output;
  }

  // ---- format / formatWithOptions ---------------------------------------------------------------
  /** Whether `%s` may call the object's own `toString` (false for plain built-in objects). */
  function hasBuiltInToString(value) {
    const target = proxyTargetOf(value);
    if (target !== undefined) {
      if (target === null) return true;
      value = target;
    }
    if (typeof value.toString !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
    let pointer = value;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
    } while (!ObjectPrototypeHasOwnProperty(pointer, 'toString'));
    const desc = ReflectGetOwnPropertyDescriptor(pointer, 'constructor');
    return desc !== undefined && typeof desc.value === 'function' && isBuiltInName(desc.value.name);
  }

  let circularJsonMessage;
  function firstLine(error) {
    const text = `${error.message}`;
    const nl = StringPrototypeIndexOf(text, '\n');
    return nl === -1 ? text : StringPrototypeSlice(text, 0, nl);
  }
  function stringifyForFormat(value) {
    try {
      return JSONStringify(value);
    } catch (error) {
      if (circularJsonMessage === undefined) {
        try {
          const loop = {};
          loop.loop = loop;
          JSONStringify(loop);
        } catch (circularError) {
          circularJsonMessage = firstLine(circularError);
        }
      }
      if (error && error.name === 'TypeError' && firstLine(error) === circularJsonMessage) {
        return '[Circular]';
      }
      throw error;
    }
  }

  function withOptions(base, extra) {
    const options = {};
    if (base !== undefined && base !== null) {
      const keys = ObjectKeys(base);
      for (let i = 0; i < keys.length; i++) options[keys[i]] = base[keys[i]];
    }
    const extraKeys = ObjectKeys(extra);
    for (let i = 0; i < extraKeys.length; i++) options[extraKeys[i]] = extra[extraKeys[i]];
    return options;
  }

  /** Formats one `%` directive's argument; undefined for characters that are not directives. */
  function formatDirective(code, arg, inspectOptions) {
    switch (code) {
      case 115: // %s
        if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, false);
        if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
        if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
          return StringCtor(arg);
        }
        return inspect(arg, withOptions(inspectOptions, { depth: 0, colors: false, compact: 3 }));
      case 106: // %j
        return `${stringifyForFormat(arg)}`;
      case 100: // %d
        if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumber(stylizeNoColor, NumberCtor(arg), false);
      case 79: // %O
        return inspect(arg, inspectOptions);
      case 111: // %o
        return inspect(arg, withOptions(inspectOptions,
          { showHidden: true, showProxy: true, depth: 4 }));
      case 105: // %i
        if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumber(stylizeNoColor, NumberParseInt(arg), false);
      case 102: // %f
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumber(stylizeNoColor, NumberParseFloat(arg), false);
      case 99: // %c: CSS, ignored
        return '';
      default:
        return undefined;
    }
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringPrototypeCharCodeAt(first, i) !== 37) continue;   // '%'
        const code = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          if (code === 37) {   // '%%' -> '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          }
          const piece = formatDirective(code, args[a + 1], inspectOptions);
          if (piece === undefined) continue;
          a++;
          if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
          str += piece;
          lastPos = i + 1;
        } else if (code === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  /** `util.format(format, ...args)`: printf-like formatting, as `console.log` does it. */
  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  /** `util.formatWithOptions(inspectOptions, format, ...args)`. */
  function formatWithOptions(inspectOptions, ...args) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  internal.inspect = inspect;
  internal.format = format;
  internal.formatWithOptions = formatWithOptions;
  internal.getStringWidth = getStringWidth;
  internal.inspectTypes = ObjectFreeze({
    __proto__: null, isMap, isSet, isMapIterator: (v) => builtInKind(v) === 'MapIterator',
    isSetIterator: (v) => builtInKind(v) === 'SetIterator', previewEntries,
    // for node:util's types (84_util.js)
    isDate, isRegExp, isWeakMap, isWeakSet, isArrayBuffer, isSharedArrayBuffer, isDataView,
    isTypedArray, isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
    isPromise, isArgumentsObject, isModuleNamespace, isErrorLike,
  });
})
