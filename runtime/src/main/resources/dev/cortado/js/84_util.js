// 84_util.js: Node's `util` module, loaded on first use: inspect/format (10_inspect.js) plus
// promisify (with util.promisify.custom), callbackify, types, deprecate, inherits,
// isDeepStrictEqual, parseArgs, styleText, TextEncoder/TextDecoder and the legacy is* checks.
// Also the deep equality that node:assert shares (`internal.deepEqual(a, b, strict)`).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayIsArray, ArrayPrototypePush, ArrayPrototypeJoin, ArrayPrototypeSlice, Error: ErrorCtor,
    ObjectDefineProperty, ObjectDefineProperties, ObjectGetOwnPropertyDescriptors,
    ObjectGetPrototypeOf, ObjectSetPrototypeOf, ObjectKeys, ObjectIs, ObjectPrototypeHasOwnProperty,
    ObjectPrototypeToString, ObjectGetOwnPropertySymbols, ObjectPrototypePropertyIsEnumerable,
    PromisePrototypeThen, PromiseWithResolvers, ReflectApply, StringPrototypeSlice,
    StringPrototypeStartsWith, StringPrototypeIndexOf, StringPrototypeToWellFormed,
    SymbolFor, SafeMap, TypedArrayPrototypeGetSymbolToStringTag, StringPrototypeReplace,
    DatePrototypeGetTime, MapPrototypeGet, MapPrototypeHas, SetPrototypeHas, TypeError, NumberIsNaN,
    ArrayPrototypeFindIndex, ArrayPrototypeSplice, ArrayPrototypeFilter, ArrayPrototypeMap, ArrayPrototypePop,
    StringPrototypeSplit, StringPrototypeTrim,
  } = internal.primordials;
  const { makeCodedError, invalidArgType, validateFunction, validateObject, validateString } = internal.errors;
  const t = internal.inspectTypes;

  // --- types ------------------------------------------------------------------------------------
  const MapIteratorPrototype = ObjectGetPrototypeOf(new internal.primordials.Map().keys());
  const SetIteratorPrototype = ObjectGetPrototypeOf(new internal.primordials.Set().values());
  const tag = (v) => TypedArrayPrototypeGetSymbolToStringTag(v);
  const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  function functionKind(v) {
    if (typeof v !== 'function') return '';
    const proto = ObjectGetPrototypeOf(v);
    return proto === null ? '' : (proto[internal.primordials.SymbolToStringTag] ?? '');
  }
  const types = {
    isExternal: () => false,
    isDate: (v) => isObjectLike(v) && t.isDate(v),
    isArgumentsObject: (v) => isObjectLike(v) && t.isArgumentsObject(v),
    isBigIntObject: (v) => isObjectLike(v) && t.isBigIntObject(v),
    isBooleanObject: (v) => isObjectLike(v) && t.isBooleanObject(v),
    isNumberObject: (v) => isObjectLike(v) && t.isNumberObject(v),
    isStringObject: (v) => isObjectLike(v) && t.isStringObject(v),
    isSymbolObject: (v) => isObjectLike(v) && t.isSymbolObject(v),
    isNativeError: (v) => isObjectLike(v) && ObjectPrototypeToString(v) === '[object Error]' && t.isErrorLike(v),
    isRegExp: (v) => isObjectLike(v) && t.isRegExp(v),
    isAsyncFunction: (v) => functionKind(v) === 'AsyncFunction' || functionKind(v) === 'AsyncGeneratorFunction',
    isGeneratorFunction: (v) => functionKind(v) === 'GeneratorFunction' || functionKind(v) === 'AsyncGeneratorFunction',
    isGeneratorObject: (v) => isObjectLike(v) && (ObjectPrototypeToString(v) === '[object Generator]' ||
      ObjectPrototypeToString(v) === '[object AsyncGenerator]'),
    isPromise: (v) => isObjectLike(v) && t.isPromise(v),
    isMap: (v) => isObjectLike(v) && t.isMap(v),
    isSet: (v) => isObjectLike(v) && t.isSet(v),
    isMapIterator: (v) => isObjectLike(v) && ObjectGetPrototypeOf(v) === MapIteratorPrototype,
    isSetIterator: (v) => isObjectLike(v) && ObjectGetPrototypeOf(v) === SetIteratorPrototype,
    isWeakMap: (v) => isObjectLike(v) && t.isWeakMap(v),
    isWeakSet: (v) => isObjectLike(v) && t.isWeakSet(v),
    isArrayBuffer: (v) => isObjectLike(v) && t.isArrayBuffer(v),
    isDataView: (v) => isObjectLike(v) && t.isDataView(v),
    isSharedArrayBuffer: (v) => isObjectLike(v) && t.isSharedArrayBuffer(v),
    isProxy: (v) => isObjectLike(v) && internal.engine.proxyTarget(v) !== undefined,
    isModuleNamespaceObject: (v) => isObjectLike(v) && t.isModuleNamespace(v),
    isAnyArrayBuffer: (v) => isObjectLike(v) && (t.isArrayBuffer(v) || t.isSharedArrayBuffer(v)),
    isBoxedPrimitive: (v) => isObjectLike(v) && (t.isNumberObject(v) || t.isStringObject(v) ||
      t.isBooleanObject(v) || t.isBigIntObject(v) || t.isSymbolObject(v)),
    isArrayBufferView: internal.primordials.ArrayBuffer.isView,
    isTypedArray: (v) => tag(v) !== undefined,
    isKeyObject: () => false,
    isCryptoKey: (v) => isObjectLike(v) && ObjectPrototypeToString(v) === '[object CryptoKey]',
  };
  for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
    'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
    const check = (v) => tag(v) === name;
    ObjectDefineProperty(check, 'name', { value: `is${name}` });
    types[`is${name}`] = check;
  }
  for (const name of ObjectKeys(types)) {
    if (types[name].name !== name && name !== 'isArrayBufferView') ObjectDefineProperty(types[name], 'name', { value: name });
  }

  // --- deep equality (shared with node:assert) --------------------------------------------------
  function ownKeys(value, strict) {
    const keys = ObjectKeys(value);
    if (strict) {
      for (const symbol of ObjectGetOwnPropertySymbols(value)) {
        if (ObjectPrototypePropertyIsEnumerable(value, symbol)) ArrayPrototypePush(keys, symbol);
      }
    }
    return keys;
  }
  function primitiveEqual(a, b, strict) {
    if (strict) return ObjectIs(a, b);
    // eslint-disable-next-line eqeqeq
    return a == b || (typeof a === 'number' && typeof b === 'number' && NumberIsNaN(a) && NumberIsNaN(b));
  }
  /** Node's isDeepStrictEqual (strict) or assert.deepEqual's loose comparison. */
  function deepEqual(a, b, strict, memo) {
    if (a === b) return a !== 0 || !strict || ObjectIs(a, b);
    const aObject = a !== null && (typeof a === 'object' || typeof a === 'function');
    const bObject = b !== null && (typeof b === 'object' || typeof b === 'function');
    if (!aObject || !bObject) {
      if (aObject || bObject) return false;
      return primitiveEqual(a, b, strict);
    }
    if (typeof a === 'function' || typeof b === 'function') return false;
    if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
    const aTag = ObjectPrototypeToString(a);
    if (aTag !== ObjectPrototypeToString(b)) return false;
    if (ArrayIsArray(a) !== ArrayIsArray(b)) return false;
    if (ArrayIsArray(a) && a.length !== b.length) return false;
    if (t.isDate(a)) {
      if (!t.isDate(b) || DatePrototypeGetTime(a) !== DatePrototypeGetTime(b)) return false;
    } else if (t.isRegExp(a)) {
      if (!t.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
    } else if (t.isErrorLike(a)) {
      if (!t.isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    } else if (types.isBoxedPrimitive(a)) {
      if (!types.isBoxedPrimitive(b) || !ObjectIs(a.valueOf(), b.valueOf())) return false;
    } else if (tag(a) !== undefined || internal.primordials.ArrayBufferIsView(a)) {
      if (tag(a) !== tag(b) || a.byteLength !== b.byteLength) return false;
      if (tag(a) !== undefined) {
        for (let i = 0; i < a.length; i++) if (!primitiveEqual(a[i], b[i], strict)) return false;
      }
    } else if (types.isAnyArrayBuffer(a)) {
      if (a.byteLength !== b.byteLength) return false;
      const x = new internal.primordials.Uint8Array(a);
      const y = new internal.primordials.Uint8Array(b);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    memo ??= new SafeMap();
    const seen = MapPrototypeGet(memo, a);
    if (seen !== undefined && seen === b) return true;
    memo.set(a, b);
    try {
      if (t.isMap(a)) {
        if (!t.isMap(b) || a.size !== b.size || !mapEqual(a, b, strict, memo)) return false;
      } else if (t.isSet(a)) {
        if (!t.isSet(b) || a.size !== b.size || !setEqual(a, b, strict, memo)) return false;
      }
      const aKeys = ownKeys(a, strict);
      const bKeys = ownKeys(b, strict);
      // typed arrays: their indices were compared above
      const skipIndices = tag(a) !== undefined;
      const filter = (keys) => (skipIndices ? ArrayPrototypeFilter(keys, (k) => typeof k !== 'string' || `${+k}` !== k) : keys);
      const ak = filter(aKeys);
      const bk = filter(bKeys);
      if (ak.length !== bk.length) return false;
      for (const key of ak) {
        if (!ObjectPrototypeHasOwnProperty(b, key) || !ObjectPrototypePropertyIsEnumerable(b, key)) return false;
        if (!deepEqual(a[key], b[key], strict, memo)) return false;
      }
      return true;
    } finally {
      memo.delete(a);
    }
  }
  function setEqual(a, b, strict, memo) {
    const pending = [];
    for (const value of a) {
      if (value !== null && typeof value === 'object') {
        ArrayPrototypePush(pending, value);
      } else if (!SetPrototypeHas(b, value)) {
        if (strict) return false;
        let found = false;
        for (const other of b) if (primitiveEqual(value, other, false)) { found = true; break; }
        if (!found) return false;
      }
    }
    if (pending.length === 0) return true;
    const candidates = [];
    for (const value of b) if (value !== null && typeof value === 'object' && !SetPrototypeHas(a, value)) ArrayPrototypePush(candidates, value);
    for (const value of pending) {
      if (SetPrototypeHas(b, value)) continue;
      const index = ArrayPrototypeFindIndex(candidates, (other) => deepEqual(value, other, strict, memo));
      if (index < 0) return false;
      ArrayPrototypeSplice(candidates, index, 1);
    }
    return true;
  }
  function mapEqual(a, b, strict, memo) {
    const pending = [];
    for (const [key, value] of a) {
      if (key !== null && typeof key === 'object') {
        ArrayPrototypePush(pending, [key, value]);
      } else {
        if (!MapPrototypeHas(b, key)) return false;
        if (!deepEqual(value, MapPrototypeGet(b, key), strict, memo)) return false;
      }
    }
    for (const [key, value] of pending) {
      if (MapPrototypeHas(b, key)) {
        if (!deepEqual(value, MapPrototypeGet(b, key), strict, memo)) return false;
        continue;
      }
      let found = false;
      for (const [otherKey, otherValue] of b) {
        if (otherKey !== null && typeof otherKey === 'object' && deepEqual(key, otherKey, strict, memo) &&
            deepEqual(value, otherValue, strict, memo)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  internal.deepEqual = (a, b, strict) => deepEqual(a, b, strict, undefined);

  // --- promisify / callbackify ------------------------------------------------------------------
  const kCustomPromisify = SymbolFor('nodejs.util.promisify.custom');
  // Functions whose callback has several results name them here (child_process.exec: stdout, stderr).
  const kCustomPromisifyArgs = internal.sharedSymbol('util:customPromisifyArgs');
  function promisify(original) {
    validateFunction(original, 'original');
    if (original[kCustomPromisify]) {
      const fn = original[kCustomPromisify];
      validateFunction(fn, 'util.promisify.custom');
      return ObjectDefineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    const argumentNames = original[kCustomPromisifyArgs];
    function fn(...args) {
      const { promise, resolve, reject } = PromiseWithResolvers();
      ArrayPrototypePush(args, (error, ...values) => {
        if (error) return reject(error);
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
      return promise;
    }
    ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
    ObjectDefineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    const descriptors = ObjectGetOwnPropertyDescriptors(original);
    return ObjectDefineProperties(fn, descriptors);
  }
  promisify.custom = kCustomPromisify;

  function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const callback = ArrayPrototypePop(args);
      validateFunction(callback, 'last argument');
      const done = (error, value) => internal.nextTick(callback, error, value);
      PromisePrototypeThen(ReflectApply(original, this, args), (value) => done(null, value), (reason) => {
        if (!reason) {
          const error = makeCodedError(ErrorCtor, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
          error.reason = reason;
          reason = error;
        }
        done(reason);
      });
    }
    const descriptors = ObjectGetOwnPropertyDescriptors(original);
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    ObjectSetPrototypeOf(callbackified, ObjectGetPrototypeOf(original));
    return ObjectDefineProperties(callbackified, descriptors);
  }

  // --- the rest ---------------------------------------------------------------------------------
  const warnedCodes = new SafeMap();
  function deprecate(fn, message, code) {
    validateFunction(fn, 'fn');
    let warned = false;
    function deprecated(...args) {
      if (!warned && !(code !== undefined && warnedCodes.has(code))) {
        warned = true;
        if (code !== undefined) warnedCodes.set(code, true);
        internal.emitWarning(message, 'DeprecationWarning', code);
      }
      return new.target ? Reflect.construct(fn, args, new.target) : ReflectApply(fn, this, args);
    }
    ObjectSetPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }
  const Reflect = internal.primordials.Reflect;

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
    if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
    if (superCtor.prototype === undefined) {
      throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
    }
    ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  const colors = internal.inspect.colors;
  function styleText(format, text) {
    validateString(text, 'text');
    const formats = ArrayIsArray(format) ? format : [format];
    let open = '';
    let close = '';
    for (const key of formats) {
      const codes = colors[key];
      if (codes === undefined) {
        throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'format' must be one of: ${ArrayPrototypeJoin(ArrayPrototypeMap(ObjectKeys(colors), (c) => `'${c}'`), ', ')}. ` +
          `Received ${internal.inspect(key)}`);
      }
      open += `\u001b[${codes[0]}m`;
      close = `\u001b[${codes[1]}m${close}`;
    }
    // Node 20 leaves a single format out when stdout is not a terminal.
    if (!ArrayIsArray(format) && !host.isTerminal(1)) return text;
    return `${open}${text}${close}`;
  }

  const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
  function stripVTControlCharacters(str) {
    validateString(str, 'str');
    return StringPrototypeReplace(str, ansi, '');
  }

  const errnoNames = new SafeMap();
  function getSystemErrorName(errno) {
    if (typeof errno !== 'number') throw invalidArgType('err', 'of type number', errno);
    if (errno >= 0 || !internal.primordials.NumberIsSafeInteger(errno)) {
      throw makeCodedError(internal.primordials.RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "err" is out of range. It must be a negative integer. Received ${errno}`);
    }
    if (errnoNames.size === 0) {
      const { errno: table } = internal.load('83_os.js').constants;
      for (const name of ObjectKeys(table)) if (!errnoNames.has(-table[name])) errnoNames.set(-table[name], name);
    }
    return errnoNames.get(errno) ?? `Unknown system error ${errno}`;
  }
  function getSystemErrorMap() {
    getSystemErrorName(-1);
    const map = new internal.primordials.Map();
    const described = internal.load('82_fs.js') && internal.uvErrors;
    for (const [errno, name] of errnoNames) map.set(errno, [name, described[name]?.[1] ?? name]);
    return map;
  }

  // parseArgs: options { name: { type: 'boolean' | 'string', short, multiple, default } }.
  function parseArgs(config = {}) {
    validateObject(config, 'config');
    const args = config.args ?? ArrayPrototypeSlice(internal.process.argv, 2);
    const options = config.options ?? {};
    const strict = config.strict ?? true;
    const allowPositionals = config.allowPositionals ?? !strict;
    const wantTokens = config.tokens ?? false;
    validateObject(options, 'options');
    const shortToLong = new SafeMap();
    for (const name of ObjectKeys(options)) {
      const option = options[name];
      validateObject(option, `options.${name}`);
      if (option.type !== 'string' && option.type !== 'boolean') {
        throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The property 'options.${name}.type' must be one of: 'string', 'boolean'. Received ${internal.inspect(option.type)}`);
      }
      if (option.short !== undefined) {
        validateString(option.short, `options.${name}.short`);
        if (option.short.length !== 1) {
          throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
            `The property 'options.${name}.short' must be a single character. Received ${internal.inspect(option.short)}`);
        }
        shortToLong.set(option.short, name);
      }
    }
    const values = { __proto__: null };
    const positionals = [];
    const tokens = [];
    const describe = (name) => {
      const short = options[name]?.short;
      return short !== undefined ? `-${short}, --${name}` : `--${name}`;
    };
    function store(name, rawName, index, value, inlineValue) {
      ArrayPrototypePush(tokens, { kind: 'option', name, rawName, index, value, inlineValue });
      const option = options[name];
      if (strict) {
        if (option === undefined) {
          throw makeCodedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', rawName.length === 2 || rawName[1] === '-'
            ? `Unknown option '${rawName}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}` : ''}`
            : `Unknown option '${rawName}'`);
        }
        if (option.type === 'string' && typeof value !== 'string') {
          throw makeCodedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            `Option '${describe(name)} <value>' argument missing`);
        }
        if (option.type === 'boolean' && value !== undefined) {
          throw makeCodedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            `Option '${describe(name)}' does not take an argument`);
        }
      }
      const stored = value === undefined ? true : value;
      if (option?.multiple) {
        (values[name] ??= []);
        ArrayPrototypePush(values[name], stored);
      } else {
        values[name] = stored;
      }
    }
    const JSON = internal.primordials.JSON;
    const takesValue = (name) => options[name]?.type === 'string';
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        ArrayPrototypePush(tokens, { kind: 'option-terminator', index: i });
        for (let j = i + 1; j < args.length; j++) {
          ArrayPrototypePush(positionals, args[j]);
          ArrayPrototypePush(tokens, { kind: 'positional', index: j, value: args[j] });
        }
        break;
      }
      if (StringPrototypeStartsWith(arg, '--') && arg.length > 2) {
        const eq = StringPrototypeIndexOf(arg, '=');
        if (eq >= 0) {
          store(StringPrototypeSlice(arg, 2, eq), StringPrototypeSlice(arg, 0, eq), i, StringPrototypeSlice(arg, eq + 1), true);
        } else {
          const name = StringPrototypeSlice(arg, 2);
          if (takesValue(name) && i + 1 < args.length) {
            store(name, arg, i, args[++i], false);
          } else {
            store(name, arg, i, undefined, undefined);
          }
        }
        continue;
      }
      if (arg[0] === '-' && arg.length > 1) {
        const first = arg[1];
        const name = shortToLong.get(first) ?? first;
        if (arg.length === 2) {
          if (takesValue(name) && i + 1 < args.length) store(name, arg, i, args[++i], false);
          else store(name, arg, i, undefined, undefined);
          continue;
        }
        if (takesValue(name)) {
          store(name, `-${first}`, i, StringPrototypeSlice(arg, 2), true);
          continue;
        }
        for (let k = 1; k < arg.length; k++) {
          const short = arg[k];
          const long = shortToLong.get(short) ?? short;
          if (takesValue(long) && k < arg.length - 1) {
            store(long, `-${short}`, i, StringPrototypeSlice(arg, k + 1), true);
            break;
          }
          store(long, `-${short}`, i, undefined, undefined);
        }
        continue;
      }
      if (strict && !allowPositionals) {
        throw makeCodedError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${arg}'. This command does not take positional arguments`);
      }
      ArrayPrototypePush(positionals, arg);
      ArrayPrototypePush(tokens, { kind: 'positional', index: i, value: arg });
    }
    for (const name of ObjectKeys(options)) {
      if (options[name].default !== undefined && values[name] === undefined) values[name] = options[name].default;
    }
    const result = { values, positionals };
    if (wantTokens) result.tokens = tokens;
    return result;
  }

  function debuglog(section) {
    let enabled;
    const logger = (...args) => {
      if (enabled === undefined) {
        let names = '';
        try {
          names = internal.process.env.NODE_DEBUG ?? '';
        } catch {
          names = '';
        }
        enabled = new internal.primordials.RegExp(`(^|,)${section}($|,)`, 'i').test(names);
      }
      if (enabled) {
        host.write(2, `${section.toUpperCase()} ${internal.process.pid}: ${internal.format(...args)}\n`);
      }
    };
    logger.enabled = false;
    return logger;
  }

  /** The variables of dotenv text: KEY=value lines, '#' comments, quotes, `export `. */
  function parseEnv(content) {
    validateString(content, 'content');
    const result = {};
    for (let line of StringPrototypeSplit(content, '\n')) {
      line = StringPrototypeTrim(line);
      if (line === '' || line[0] === '#') continue;
      if (StringPrototypeStartsWith(line, 'export ')) line = StringPrototypeTrim(StringPrototypeSlice(line, 7));
      const eq = StringPrototypeIndexOf(line, '=');
      if (eq <= 0) continue;
      const key = StringPrototypeTrim(StringPrototypeSlice(line, 0, eq));
      let value = StringPrototypeTrim(StringPrototypeSlice(line, eq + 1));
      const quote = value[0];
      if ((quote === '"' || quote === "'" || quote === '`') && value.length > 1 && value[value.length - 1] === quote) {
        value = StringPrototypeSlice(value, 1, -1);
        if (quote === '"') value = StringPrototypeReplace(value, /\\n/g, '\n');
      } else {
        const hash = StringPrototypeIndexOf(value, ' #');
        if (hash >= 0) value = StringPrototypeTrim(StringPrototypeSlice(value, 0, hash));
      }
      result[key] = value;
    }
    return result;
  }
  /** A promise that resolves once `signal` aborts (Node's util.aborted). */
  function aborted(signal, resource) {
    if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      return internal.primordials.PromiseReject(invalidArgType('signal', 'an instance of AbortSignal', signal));
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      return internal.primordials.PromiseReject(invalidArgType('resource', 'of type object', resource));
    }
    const { promise, resolve } = PromiseWithResolvers();
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
    return promise;
  }

  const encoding = internal.load('55_encoding.js');
  const util = {
    callbackify,
    debug: debuglog,
    debuglog,
    deprecate,
    format: internal.format,
    styleText,
    formatWithOptions: internal.formatWithOptions,
    getSystemErrorMap,
    getSystemErrorName,
    inherits,
    inspect: internal.inspect,
    isArray: ArrayIsArray,
    isBoolean: (v) => typeof v === 'boolean',
    isBuffer: (v) => internal.load('81_buffer.js').Buffer.isBuffer(v),
    isDeepStrictEqual: (a, b) => deepEqual(a, b, true, undefined),
    isNull: (v) => v === null,
    isNullOrUndefined: (v) => v === null || v === undefined,
    isNumber: (v) => typeof v === 'number',
    isString: (v) => typeof v === 'string',
    isSymbol: (v) => typeof v === 'symbol',
    isUndefined: (v) => v === undefined,
    isRegExp: types.isRegExp,
    isObject: (v) => v !== null && typeof v === 'object',
    isDate: types.isDate,
    isError: (v) => types.isNativeError(v) || (v !== null && typeof v === 'object' && t.isErrorLike(v)),
    isFunction: (v) => typeof v === 'function',
    isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
    log(...args) {
      const d = new internal.primordials.Date();
      const pad = (n) => `${n}`.padStart(2, '0');
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      host.write(1, `${d.getDate()} ${months[d.getMonth()]} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} - ${internal.format(...args)}\n`);
    },
    promisify,
    stripVTControlCharacters,
    toUSVString: (s) => StringPrototypeToWellFormed(`${s}`),
    types,
    parseArgs,
    parseEnv,
    aborted,
    TextDecoder: encoding.TextDecoder,
    TextEncoder: encoding.TextEncoder,
  };
  return util;
})
