// 65_structured_clone.js: `structuredClone(value, { transfer })`, HTML's
// StructuredSerializeWithTransfer followed by StructuredDeserializeWithTransfer. Loaded on first use.
//
// Serialization writes a compact record stream (a JavaScript array: strings as they are, every
// other value a numeric tag and its payload, objects numbered in the order they are written so
// shared references and cycles become "reference #n"). Deserialization reads it back in any
// Context. structuredClone does both in this Context without leaving JavaScript, except for one
// `host.clone.kind(object)` call per object: JavaScript cannot tell a proxy or an object's
// internal slots ([[DateValue]], [[ErrorData]]...) without side effects. A worker turns the stream
// into plain Java data once (`serializeToJava` / `deserializeFromJava`, see SerializedValue.java
// for the measurements behind this design).
//
// Exports `structuredClone` and, for other runtime files (workers, MessagePort):
// - `serialize(value, transferList)` -> { records, transferred }
// - `deserialize(records, transferred)` -> value
// - `serializeToJava(value, transferList)` -> a Java SerializedValue (any thread may hold it)
// - `deserializeFromJava(serializedValue)` -> value, in the calling Context
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    Array, ArrayBuffer, ArrayBufferPrototypeDetached, ArrayBufferPrototypeByteLength,
    ArrayBufferPrototypeResizable, ArrayBufferPrototypeMaxByteLength, ArrayBufferPrototypeTransfer,
    BigInt, BigIntPrototypeToString, BigIntPrototypeValueOf, BooleanPrototypeValueOf,
    DataView, DataViewPrototypeBuffer, DataViewPrototypeByteOffset, DataViewPrototypeByteLength,
    Date, DatePrototypeGetTime, Error, EvalError, FunctionPrototypeToString, Map, MapPrototypeGet,
    MapPrototypeSet, MapPrototypeHas, MapPrototypeForEach, NumberPrototypeValueOf, Object,
    ObjectDefineProperty, ObjectGetPrototypeOf, ObjectHasOwn, ObjectKeys, ObjectPrototypeToString,
    ObjectSetPrototypeOf, RangeError, ReferenceError, ReflectGetOwnPropertyDescriptor, RegExp,
    RegExpPrototypeSource, RegExpPrototypeHasIndices, RegExpPrototypeGlobal,
    RegExpPrototypeIgnoreCase, RegExpPrototypeMultiline, RegExpPrototypeDotAll,
    RegExpPrototypeUnicode, RegExpPrototypeUnicodeSets, RegExpPrototypeSticky, Set,
    SetPrototypeAdd, SetPrototypeForEach, StringPrototypeSlice, StringPrototypeValueOf,
    SymbolIterator, SymbolPrototypeToString, SyntaxError, TypeError, TypedArrayPrototypeGetBuffer,
    TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetLength, URIError, ObjectFreeze, ReflectApply,
  } = internal.primordials;
  const primordials = internal.primordials;
  const { SafeMap, SafeSet } = primordials;
  const { makeDOMException, isDOMException, domExceptionParts, DOMException } =
    internal.load('51_dom_exception.js');
  const ops = host.clone;
  const ObjectPrototype = Object.prototype;
  const ArrayPrototype = Array.prototype;

  // Object kinds, as CloneOps.kind numbers them.
  const ORDINARY = 0, ARRAY = 1, ARRAY_WITH_PROPERTIES = 2, DATE = 3, REGEXP = 4, MAP = 5, SET = 6,
    BOOLEAN = 7, NUMBER = 8, STRING = 9, BIGINT = 10, ARRAY_BUFFER = 11, SHARED_ARRAY_BUFFER = 12,
    DATA_VIEW = 13, DATA_VIEW_AUTO = 14, ERROR = 15, FUNCTION = 16, PROXY = 17, ARRAY_SPARSE = 19,
    ORDINARY_WITH_PROTOTYPE = 20,
    TYPED_ARRAY = 32, TYPED_ARRAY_AUTO = 64;
  const TYPED_ARRAY_NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array'];
  const TYPED_ARRAYS = [primordials.Int8Array, primordials.Uint8Array, primordials.Uint8ClampedArray,
    primordials.Int16Array, primordials.Uint16Array, primordials.Int32Array, primordials.Uint32Array,
    primordials.Float16Array, primordials.Float32Array, primordials.Float64Array,
    primordials.BigInt64Array, primordials.BigUint64Array];
  const ERROR_INDEX = {
    __proto__: null, Error: 0, EvalError: 1, RangeError: 2, ReferenceError: 3, SyntaxError: 4,
    TypeError: 5, URIError: 6,
  };
  const ERROR_CTORS = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];

  // Record tags. A string record is a string primitive (or, inside an object, a key).
  const T_UNDEFINED = 0, T_NULL = 1, T_TRUE = 2, T_FALSE = 3, T_NUMBER = 4, T_BIGINT = 5,
    T_REF = 6, T_OBJECT = 7, T_ARRAY = 8, T_SPARSE_ARRAY = 9, T_END = 10, T_HOLE = 11,
    T_DATE = 12, T_REGEXP = 13, T_MAP = 14, T_SET = 15, T_BOOLEAN_TRUE = 16,
    T_BOOLEAN_FALSE = 17, T_NUMBER_OBJECT = 18, T_STRING_OBJECT = 19, T_BIGINT_OBJECT = 20,
    T_ARRAY_BUFFER = 21, T_VIEW = 22, T_ERROR = 23, T_DOM_EXCEPTION = 24, T_BLOB = 25,
    T_FILE = 26, T_DELETED = 27, T_SHARED_ARRAY_BUFFER = 28;

  function dataCloneError(message) {
    return makeDOMException(message, 'DataCloneError');
  }

  function describe(value) {
    if (typeof value === 'symbol') return SymbolPrototypeToString(value);
    if (typeof value === 'function') {
      try { return FunctionPrototypeToString(value); } catch { return 'function'; }
    }
    const tag = StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1);
    return `#<${tag}>`;
  }

  function uncloneable(value) {
    return dataCloneError(`${describe(value)} could not be cloned.`);
  }

  // ---- serialize ---------------------------------------------------------------------------

  /**
   * StructuredSerializeWithTransfer: `transferList` is an array of objects (already converted
   * from the IDL sequence). Returns the record stream and the transferred ArrayBuffers (new
   * buffers that took over the contents; the originals are detached).
   */
  function serialize(value, transferList) {
    const memory = new SafeMap();
    let nextId = 0;
    for (let t = 0; t < transferList.length; t++) {
      const transferable = transferList[t];
      const kind = ops.kind(transferable);
      const ports = internal.messagePorts;
      if (kind === ORDINARY_WITH_PROTOTYPE && ports !== undefined && ports.isPort(transferable)) {
        if (memory.has(transferable)) {
          throw dataCloneError(`MessagePort at index ${t} is a duplicate of an earlier MessagePort in the transfer list.`);
        }
        memory.set(transferable, nextId++);
        continue;
      }
      const streams = internal.transferableStreams;
      const streamKind = kind === ORDINARY_WITH_PROTOTYPE && streams !== undefined ? streams.kindOf(transferable) : undefined;
      if (streamKind !== undefined) {
        if (memory.has(transferable)) {
          throw dataCloneError(`${streamKind} at index ${t} is a duplicate of an earlier ${streamKind} in the transfer list.`);
        }
        memory.set(transferable, nextId++);
        continue;
      }
      if (kind !== ARRAY_BUFFER) {
        throw dataCloneError(kind === SHARED_ARRAY_BUFFER
          ? 'A SharedArrayBuffer cannot be transferred.'
          : `Value at index ${t} of the transfer list is not transferable.`);
      }
      if (memory.has(transferable)) {
        throw dataCloneError(`ArrayBuffer at index ${t} is a duplicate of an earlier ArrayBuffer in the transfer list.`);
      }
      memory.set(transferable, nextId++);
    }

    // The stream has no prototype, so appending never meets a setter on Array.prototype.
    const out = [];
    ObjectSetPrototypeOf(out, null);
    let n = 0;
    let clean; // whether Object/Array.prototype are free of accessors (see CloneOps.prototypesClean)

    function write(v) {
      switch (typeof v) {
        case 'string': out[n++] = v; return;
        case 'number': out[n++] = T_NUMBER; out[n++] = v; return;
        case 'boolean': out[n++] = v ? T_TRUE : T_FALSE; return;
        case 'undefined': out[n++] = T_UNDEFINED; return;
        case 'bigint': out[n++] = T_BIGINT; out[n++] = BigIntPrototypeToString(v); return;
        case 'symbol': throw uncloneable(v);
      }
      if (v === null) { out[n++] = T_NULL; return; }
      const seen = memory.get(v);
      if (seen !== undefined) { out[n++] = T_REF; out[n++] = seen; return; }
      const kind = ops.kind(v);
      if (kind === ORDINARY || kind === ORDINARY_WITH_PROTOTYPE) {
        if (kind === ORDINARY_WITH_PROTOTYPE && writePlatformObject(v)) return;
        memory.set(v, nextId++);
        // Keys first (the deserializer picks a compiled constructor by them), then the values;
        // a key whose property a getter deleted meanwhile gets T_DELETED instead of a value.
        const keys = ObjectKeys(v);
        const count = keys.length;
        out[n++] = T_OBJECT; out[n++] = count;
        for (let k = 0; k < count; k++) out[n++] = keys[k];
        for (let k = 0; k < count; k++) {
          const key = keys[k];
          const x = v[key];
          if (x === undefined && !ObjectHasOwn(v, key)) out[n++] = T_DELETED;
          else write(x);
        }
        return;
      }
      if (kind === ARRAY) {
        writeArray(v, kind);
        return;
      }
      writeOther(v, kind);
    }

    // The less common kinds, out of the hot function so that it stays small for the compiler.
    function writeOther(v, kind) {
      switch (kind) {
        case ARRAY_WITH_PROPERTIES: case ARRAY_SPARSE:
          writeArray(v, kind);
          return;
        case DATE:
          memory.set(v, nextId++);
          out[n++] = T_DATE; out[n++] = DatePrototypeGetTime(v);
          return;
        case MAP: {
          memory.set(v, nextId++);
          const entries = [];
          let e = 0;
          MapPrototypeForEach(v, (value, key) => { entries[e++] = key; entries[e++] = value; });
          out[n++] = T_MAP;
          for (let k = 0; k < e; k++) write(entries[k]);
          out[n++] = T_END;
          return;
        }
        case SET: {
          memory.set(v, nextId++);
          const entries = [];
          let e = 0;
          SetPrototypeForEach(v, (value) => { entries[e++] = value; });
          out[n++] = T_SET;
          for (let k = 0; k < e; k++) write(entries[k]);
          out[n++] = T_END;
          return;
        }
        case REGEXP:
          memory.set(v, nextId++);
          out[n++] = T_REGEXP; out[n++] = RegExpPrototypeSource(v); out[n++] = regExpFlags(v);
          return;
        case BOOLEAN:
          memory.set(v, nextId++);
          out[n++] = BooleanPrototypeValueOf(v) ? T_BOOLEAN_TRUE : T_BOOLEAN_FALSE;
          return;
        case NUMBER:
          memory.set(v, nextId++);
          out[n++] = T_NUMBER_OBJECT; out[n++] = NumberPrototypeValueOf(v);
          return;
        case STRING:
          memory.set(v, nextId++);
          out[n++] = T_STRING_OBJECT; out[n++] = StringPrototypeValueOf(v);
          return;
        case BIGINT:
          memory.set(v, nextId++);
          out[n++] = T_BIGINT_OBJECT; out[n++] = BigIntPrototypeToString(BigIntPrototypeValueOf(v));
          return;
        case ARRAY_BUFFER: {
          if (ArrayBufferPrototypeDetached(v)) {
            throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
          }
          memory.set(v, nextId++);
          const length = ArrayBufferPrototypeByteLength(v);
          const max = ArrayBufferPrototypeResizable(v) ? ArrayBufferPrototypeMaxByteLength(v) : -1;
          const copy = max < 0 ? new ArrayBuffer(length) : new ArrayBuffer(length, { maxByteLength: max });
          if (length > 0) ops.copyBuffer(v, copy, length);
          out[n++] = T_ARRAY_BUFFER; out[n++] = copy; out[n++] = max;
          return;
        }
        case DATA_VIEW: case DATA_VIEW_AUTO: {
          if (ops.viewOutOfBounds(v)) {
            throw dataCloneError('A DataView is out of bounds of its ArrayBuffer and could not be cloned.');
          }
          memory.set(v, nextId++);
          out[n++] = T_VIEW; out[n++] = -1; out[n++] = DataViewPrototypeByteOffset(v);
          out[n++] = kind === DATA_VIEW_AUTO ? -1 : DataViewPrototypeByteLength(v);
          writeViewBuffer(DataViewPrototypeBuffer(v));
          return;
        }
        case ERROR:
          writeError(v);
          return;
        case SHARED_ARRAY_BUFFER: {
          // The clone shares the memory (and Atomics waiters), as in Node and Deno.
          const shared = ops.shareMemory(v);
          if (shared === null) throw uncloneable(v);
          memory.set(v, nextId++);
          out[n++] = T_SHARED_ARRAY_BUFFER; out[n++] = shared;
          return;
        }
        case FUNCTION:
          throw uncloneable(v);
        case PROXY:
          throw dataCloneError('#<Object> could not be cloned.');
      }
      if (kind >= TYPED_ARRAY) {
        if (ops.viewOutOfBounds(v)) {
          throw dataCloneError('A typed array is out of bounds of its ArrayBuffer and could not be cloned.');
        }
        memory.set(v, nextId++);
        const auto = kind >= TYPED_ARRAY_AUTO;
        out[n++] = T_VIEW; out[n++] = kind - (auto ? TYPED_ARRAY_AUTO : TYPED_ARRAY);
        out[n++] = TypedArrayPrototypeGetByteOffset(v);
        out[n++] = auto ? -1 : TypedArrayPrototypeGetLength(v);
        writeViewBuffer(TypedArrayPrototypeGetBuffer(v));
        return;
      }
      throw uncloneable(v);
    }

    function writeViewBuffer(buffer) {
      write(buffer);
    }

    function writeArray(v, kind) {
      memory.set(v, nextId++);
      const length = v.length;
      if (kind === ARRAY_SPARSE) {
        out[n++] = T_SPARSE_ARRAY; out[n++] = length;
        const keys = ObjectKeys(v);
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          const x = v[key];
          if (x === undefined && !ObjectHasOwn(v, key)) continue;
          out[n++] = key;
          write(x);
        }
        out[n++] = T_END;
        return;
      }
      if (clean === undefined) clean = ops.prototypesClean(ObjectPrototype, ArrayPrototype);
      out[n++] = T_ARRAY; out[n++] = length;
      for (let i = 0; i < length; i++) {
        if (clean) {
          const x = v[i];
          if (x === undefined && !ObjectHasOwn(v, i)) out[n++] = T_HOLE;
          else write(x);
        } else if (ObjectHasOwn(v, i)) {
          write(v[i]);
        } else {
          out[n++] = T_HOLE;
        }
      }
      if (kind === ARRAY_WITH_PROPERTIES) {
        const keys = ObjectKeys(v);
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          if (isArrayIndex(key)) continue;
          const x = v[key];
          if (x === undefined && !ObjectHasOwn(v, key)) continue;
          out[n++] = key;
          write(x);
        }
      }
      out[n++] = T_END;
    }

    function writeError(v) {
      // HTML: the name (one of the standard constructors' names, else "Error") and an own data
      // `message`; like V8, also an own data `stack` string and an own data `cause`.
      const name = v.name;
      const index = typeof name === 'string' ? ERROR_INDEX[name] ?? 0 : 0;
      const messageDesc = ReflectGetOwnPropertyDescriptor(v, 'message');
      const message = messageDesc !== undefined && ObjectHasOwn(messageDesc, 'value') ? `${messageDesc.value}` : undefined;
      const stackDesc = ReflectGetOwnPropertyDescriptor(v, 'stack');
      const stack = stackDesc !== undefined && ObjectHasOwn(stackDesc, 'value') && typeof stackDesc.value === 'string'
        ? stackDesc.value : undefined;
      const causeDesc = ReflectGetOwnPropertyDescriptor(v, 'cause');
      const hasCause = causeDesc !== undefined && ObjectHasOwn(causeDesc, 'value');
      memory.set(v, nextId++);
      out[n++] = T_ERROR; out[n++] = index;
      out[n++] = (message !== undefined ? 1 : 0) | (stack !== undefined ? 2 : 0) | (hasCause ? 4 : 0);
      if (message !== undefined) out[n++] = message;
      if (stack !== undefined) out[n++] = stack;
      if (hasCause) write(causeDesc.value);
    }

    function writePlatformObject(v) {
      if (isDOMException(v)) {
        const { name, message } = domExceptionParts(v);
        const stackDesc = ReflectGetOwnPropertyDescriptor(v, 'stack');
        memory.set(v, nextId++);
        out[n++] = T_DOM_EXCEPTION; out[n++] = name; out[n++] = message;
        if (stackDesc !== undefined && ObjectHasOwn(stackDesc, 'value') && typeof stackDesc.value === 'string') {
          out[n++] = stackDesc.value;
        } else {
          out[n++] = T_UNDEFINED;
        }
        return true;
      }
      const blobs = internal.blobClone;
      if (blobs !== undefined && blobs.isBlob(v)) {
        const parts = blobs.parts(v);
        memory.set(v, nextId++);
        if (parts.file) {
          out[n++] = T_FILE; out[n++] = parts.data; out[n++] = parts.type;
          out[n++] = parts.name; out[n++] = parts.lastModified;
        } else {
          out[n++] = T_BLOB; out[n++] = parts.data; out[n++] = parts.type;
        }
        return true;
      }
      // Another platform object of the runtime (marked by the file that defines it) is not
      // serializable. Walk the prototype chain while it holds ordinary objects (never a proxy).
      let proto = ObjectGetPrototypeOf(v);
      for (let depth = 0; proto !== null && depth < 16; depth++) {
        const name = internal.platformInterfaceName(proto);
        if (name !== undefined) throw dataCloneError(`#<${name}> could not be cloned.`);
        const kind = ops.kind(proto);
        if (kind !== ORDINARY && kind !== ORDINARY_WITH_PROTOTYPE) break;
        proto = ObjectGetPrototypeOf(proto);
      }
      return false;
    }

    write(value);

    const transferred = [];
    ObjectSetPrototypeOf(transferred, null);
    const ports = internal.messagePorts;
    const streams = internal.transferableStreams;
    const streamKinds = [];
    ObjectSetPrototypeOf(streamKinds, null);
    let lockedByEarlier; // the streams the transfers before this one lock (a TransformStream's two)
    for (let t = 0; t < transferList.length; t++) {
      const item = transferList[t];
      const streamKind = streams !== undefined ? streams.kindOf(item) : undefined;
      streamKinds[t] = streamKind;
      if (streamKind !== undefined) {
        lockedByEarlier ??= new SafeSet();
        const locks = streams.streamsLockedBy(item);
        let locked = false;
        for (let k = 0; k < locks.length; k++) {
          if (streams.isLocked(locks[k]) || lockedByEarlier.has(locks[k])) locked = true;
          lockedByEarlier.add(locks[k]);
        }
        if (locked) {
          throw dataCloneError(`${streamKind} at index ${t} of the transfer list is locked and cannot be transferred.`);
        }
      } else if (ports !== undefined && ports.isPort(item)) {
        if (!ports.canTransfer(item)) {
          throw dataCloneError(`MessagePort at index ${t} of the transfer list is detached or closed.`);
        }
      } else if (ArrayBufferPrototypeDetached(item)) {
        throw dataCloneError(`ArrayBuffer at index ${t} of the transfer list is already detached.`);
      }
    }
    for (let t = 0; t < transferList.length; t++) {
      const item = transferList[t];
      if (streamKinds[t] !== undefined) transferred[t] = streams.transfer(item);
      else if (ports !== undefined && ports.isPort(item)) transferred[t] = ports.detach(item);
      else transferred[t] = ArrayBufferPrototypeTransfer(item);
    }
    out.length = n;
    return { records: out, transferred };
  }

  function regExpFlags(re) {
    let flags = '';
    if (RegExpPrototypeHasIndices(re)) flags += 'd';
    if (RegExpPrototypeGlobal(re)) flags += 'g';
    if (RegExpPrototypeIgnoreCase(re)) flags += 'i';
    if (RegExpPrototypeMultiline(re)) flags += 'm';
    if (RegExpPrototypeDotAll(re)) flags += 's';
    if (RegExpPrototypeUnicode(re)) flags += 'u';
    if (RegExpPrototypeUnicodeSets(re)) flags += 'v';
    if (RegExpPrototypeSticky(re)) flags += 'y';
    return flags;
  }

  function isArrayIndex(key) {
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return false;
    const number = +key;
    return number >>> 0 === number && number !== 4294967295 && `${number}` === key;
  }

  // ---- deserialize -------------------------------------------------------------------------

  const dataProperty = { value: undefined, writable: true, enumerable: true, configurable: true };
  function createDataProperty(object, key, value) {
    dataProperty.value = value;
    ObjectDefineProperty(object, key, dataProperty);
    dataProperty.value = undefined;
  }
  function defineHidden(object, key, value) {
    ObjectDefineProperty(object, key, { value, writable: true, enumerable: false, configurable: true });
  }

  // Objects with the same keys get a compiled filler, `o.k1 = read(); o.k2 = read(); ...`, whose
  // property writes each see one key: on GraalJS a write site that sees many keys costs ~150 ns
  // per property, a single-key one a few ns. Fillers are found through a trie of keys (shared by
  // all clones in this Context, bounded) once a key list has been seen FILLER_AFTER times.
  const DELETED = { __proto__: null }; // a value record for a property a getter deleted
  const FILLER_AFTER = 4;
  const MAX_TRIE_NODES = 20000;
  const MAX_FILLERS = 2000;
  let trieNodes = 0;
  let fillers = 0;
  const trieRoot = { children: new SafeMap(), hits: 0, filler: undefined };
  const { Function: FunctionCtor, JSONStringify, JSONParse } = primordials;

  function shapeFiller(records, at, count) {
    let node = trieRoot;
    for (let k = 0; k < count; k++) {
      const key = records[at + k];
      let next = node.children.get(key);
      if (next === undefined) {
        if (trieNodes >= MAX_TRIE_NODES) return undefined;
        trieNodes++;
        next = { children: new SafeMap(), hits: 0, filler: undefined };
        node.children.set(key, next);
      }
      node = next;
    }
    if (node.filler !== undefined) return node.filler;
    if (++node.hits < FILLER_AFTER || fillers >= MAX_FILLERS) return undefined;
    fillers++;
    let body = "'use strict';\nlet v;\n";
    for (let k = 0; k < count; k++) {
      const key = records[at + k];
      const name = JSONStringify(key);
      body += key === '__proto__'
        ? `v = read(); if (v !== DELETED) define(o, ${name}, v);\n`
        : `v = read(); if (v !== DELETED) o[${name}] = v;\n`;
    }
    node.filler = new FunctionCtor('o', 'read', 'DELETED', 'define', body);
    return node.filler;
  }

  /**
   * StructuredDeserializeWithTransfer in this Context. `fromJava` says the records came from a
   * Java SerializedValue: buffer contents are then Java byte arrays still to be copied.
   */
  function deserialize(records, transferred, fromJava = false) {
    const objs = [];
    ObjectSetPrototypeOf(objs, null);
    let count = 0;
    for (let t = 0; t < transferred.length; t++) objs[count++] = transferred[t];
    let i = 0;
    // Plain assignment is CreateDataProperty while no prototype has setters or read-only keys.
    const clean = ops.prototypesClean(ObjectPrototype, ArrayPrototype);

    function read() {
      const r = records[i++];
      if (typeof r === 'string') return r;
      switch (r) {
        case T_NUMBER: return records[i++];
        case T_UNDEFINED: return undefined;
        case T_NULL: return null;
        case T_TRUE: return true;
        case T_FALSE: return false;
        case T_REF: return objs[records[i++]];
        case T_OBJECT: {
          const o = {};
          objs[count++] = o;
          const keyCount = records[i++];
          const keysAt = i;
          i += keyCount;
          if (clean) {
            const fill = shapeFiller(records, keysAt, keyCount);
            if (fill !== undefined) {
              fill(o, read, DELETED, createDataProperty);
              return o;
            }
          }
          for (let k = 0; k < keyCount; k++) {
            const key = records[keysAt + k];
            const value = read();
            if (value === DELETED) continue;
            if (clean && key !== '__proto__') o[key] = value;
            else createDataProperty(o, key, value);
          }
          return o;
        }
        case T_DELETED: return DELETED;
        case T_ARRAY: {
          const length = records[i++];
          // Appending in order keeps the array packed; holes are skipped, then length is set.
          const a = [];
          objs[count++] = a;
          for (let k = 0; k < length; k++) {
            if (records[i] === T_HOLE) { i++; continue; }
            const value = read();
            if (clean) a[k] = value;
            else createDataProperty(a, k, value);
          }
          if (a.length !== length) a.length = length;
          readProperties(a);
          return a;
        }
      }
      return readOther(r);
    }

    function readOther(r) {
      switch (r) {
        case T_SPARSE_ARRAY: {
          const a = new Array(records[i++]);
          objs[count++] = a;
          readProperties(a);
          return a;
        }
        case T_BIGINT: return BigInt(records[i++]);
        case T_DATE: {
          const d = new Date(records[i++]);
          objs[count++] = d;
          return d;
        }
        case T_MAP: {
          const m = new Map();
          objs[count++] = m;
          while (records[i] !== T_END) {
            const key = read();
            MapPrototypeSet(m, key, read());
          }
          i++;
          return m;
        }
        case T_SET: {
          const s = new Set();
          objs[count++] = s;
          while (records[i] !== T_END) SetPrototypeAdd(s, read());
          i++;
          return s;
        }
        case T_REGEXP: {
          const re = new RegExp(records[i], records[i + 1]);
          i += 2;
          objs[count++] = re;
          return re;
        }
        case T_BOOLEAN_TRUE: case T_BOOLEAN_FALSE: {
          const b = Object(r === T_BOOLEAN_TRUE);
          objs[count++] = b;
          return b;
        }
        case T_NUMBER_OBJECT: case T_STRING_OBJECT: {
          const w = Object(records[i++]);
          objs[count++] = w;
          return w;
        }
        case T_BIGINT_OBJECT: {
          const w = Object(BigInt(records[i++]));
          objs[count++] = w;
          return w;
        }
        case T_ARRAY_BUFFER: {
          let buffer = records[i];
          const max = records[i + 1];
          i += 2;
          if (fromJava) buffer = bufferFromJava(buffer, max);
          objs[count++] = buffer;
          return buffer;
        }
        case T_SHARED_ARRAY_BUFFER: {
          const buffer = ops.sharedArrayBuffer(ArrayBuffer, records[i++]);
          objs[count++] = buffer;
          return buffer;
        }
        case T_VIEW: {
          const type = records[i];
          const offset = records[i + 1];
          const length = records[i + 2];
          i += 3;
          const id = count++;
          const buffer = read();
          let view;
          if (type < 0) {
            view = length < 0 ? new DataView(buffer, offset) : new DataView(buffer, offset, length);
          } else {
            const C = TYPED_ARRAYS[type];
            if (C === undefined) throw dataCloneError(`${TYPED_ARRAY_NAMES[type]} is not supported here.`);
            view = length < 0 ? new C(buffer, offset) : new C(buffer, offset, length);
          }
          objs[id] = view;
          return view;
        }
        case T_ERROR: {
          const index = records[i];
          const flags = records[i + 1];
          i += 2;
          const Ctor = ERROR_CTORS[index];
          let error;
          if (flags & 1) error = new Ctor(records[i++]);
          else error = new Ctor();
          if (flags & 2) defineHidden(error, 'stack', records[i++]);
          else delete error.stack;
          objs[count++] = error;
          if (flags & 4) defineHidden(error, 'cause', read());
          return error;
        }
        case T_DOM_EXCEPTION: {
          const error = new DOMException(records[i + 1], records[i]);
          i += 2;
          const stack = read();
          if (typeof stack === 'string') defineHidden(error, 'stack', stack);
          else delete error.stack;
          objs[count++] = error;
          return error;
        }
        case T_BLOB: case T_FILE: {
          const blobs = internal.load('66_blob.js');
          let blob;
          if (r === T_FILE) {
            blob = blobs.fileFromData(records[i], records[i + 1], records[i + 2], records[i + 3]);
            i += 4;
          } else {
            blob = blobs.blobFromData(records[i], records[i + 1]);
            i += 2;
          }
          objs[count++] = blob;
          return blob;
        }
      }
      throw dataCloneError('The serialized data is corrupt.');
    }

    function readProperties(a) {
      let key;
      while (typeof (key = records[i++]) === 'string') {
        const value = read();
        if (clean && key !== '__proto__') a[key] = value;
        else createDataProperty(a, key, value);
      }
    }

    return read();
  }

  function bufferFromJava(bytes, max) {
    if (max < 0) return ops.arrayBufferOver(ArrayBuffer, bytes);   // the message's own bytes: no copy
    const length = ops.byteLength(bytes);
    const buffer = max < 0 ? new ArrayBuffer(length) : new ArrayBuffer(length, { maxByteLength: max });
    if (length > 0) ops.fillArrayBuffer(buffer, bytes);
    return buffer;
  }

  /** Serializes into plain Java data (a SerializedValue) for another thread. */
  function serializeToJava(value, transferList) {
    const { records, transferred } = serialize(value, transferList);
    const result = ops.toJava(records, transferred);
    if (result === null) throw dataCloneError('The value could not be serialized.');
    return result;
  }

  /** Deserializes a SerializedValue in this Context. */
  function deserializeFromJava(serialized, portsOut = undefined) {
    // Strings and numbers only, nothing transferred (most messages): a JavaScript array made in
    // one call.
    const records = ops.recordsArray(ArrayBuffer, serialized);
    if (records !== null) return deserialize(records, [], true);
    const transferred = [];
    const k = ops.transferredCount(serialized);
    for (let t = 0; t < k; t++) {
      const item = ops.transferredBytes(serialized, t);
      if (ops.isBytes(item)) {
        transferred[t] = bufferFromJava(item, ops.transferredMaxLength(serialized, t));
      } else {
        transferred[t] = revivePort(item, portsOut);
      }
    }
    return deserialize(ops.records(serialized), transferred, true);
  }
  /**
   * A transferred MessagePort's end becomes a new MessagePort in this Context (listed in
   * `portsOut`, the message event's ports); a transferred stream's end, a new stream.
   */
  function revivePort(endpoint, portsOut) {
    if (endpoint.carriedStream() !== null) {
      internal.load('70_streams.js'); // which sets internal.transferableStreams
      return internal.transferableStreams.receive(endpoint);
    }
    const port = internal.load('67_messaging.js').portFromEndpoint(endpoint);
    if (portsOut !== undefined) portsOut[portsOut.length] = port;
    return port;
  }

  // ---- structuredClone ---------------------------------------------------------------------

  const viaJava = ops.viaJava();

  function structuredClone(value, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
    }
    const transferList = transferOption(options);
    if (viaJava) return deserializeFromJava(serializeToJava(value, transferList));
    const { records, transferred } = serialize(value, transferList);
    // A transferred port or stream travelled as a port's end; revivePort makes it again.
    const ports = internal.messagePorts, streams = internal.transferableStreams;
    for (let t = 0; t < transferred.length; t++) {
      const item = transferList[t];
      if ((ports !== undefined && ports.isPort(item)) || (streams !== undefined && streams.kindOf(item) !== undefined)) {
        transferred[t] = revivePort(transferred[t], undefined);
      }
    }
    return deserialize(records, transferred);
  }
  // `length` 1: one required argument.

  /** StructuredSerializeOptions: a dictionary whose `transfer` is a sequence<object>. */
  function transferOption(options, what = "execute 'structuredClone'") {
    if (options === undefined || options === null) return [];
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw new TypeError(`Failed to ${what}: Argument 2 can not be converted to a dictionary.`);
    }
    const transfer = options.transfer;
    if (transfer === undefined) return [];
    const notSequence = `Failed to ${what}: 'transfer' of 'StructuredSerializeOptions' (Argument 2) can not be converted to a sequence.`;
    if ((typeof transfer !== 'object' && typeof transfer !== 'function') || transfer === null) {
      throw new TypeError(notSequence);
    }
    const method = transfer[SymbolIterator];
    if (typeof method !== 'function') throw new TypeError(notSequence);
    const list = [];
    ObjectSetPrototypeOf(list, null);
    const iterator = ReflectApply(method, transfer, []);
    if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
      throw new TypeError('Result of the Symbol.iterator method is not an object');
    }
    const next = iterator.next;
    for (;;) {
      const step = ReflectApply(next, iterator, []);
      if ((typeof step !== 'object' && typeof step !== 'function') || step === null) {
        throw new TypeError(`Iterator result ${step} is not an object`);
      }
      if (step.done) break;
      const item = step.value;
      if ((typeof item !== 'object' && typeof item !== 'function') || item === null) {
        throw new TypeError(`Failed to ${what}: 'transfer' of 'StructuredSerializeOptions' (Argument 2): an element is not an object.`);
      }
      list[list.length] = item;
    }
    return list;
  }

  return ObjectFreeze({
    structuredClone, serialize, deserialize, serializeToJava, deserializeFromJava, transferOption,
  });
})
