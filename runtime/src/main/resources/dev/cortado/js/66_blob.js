// 66_blob.js: `Blob` and `File` (File API). Loaded on first use.
//
// A Blob's bytes are a Java BlobData (BlobData.java): byte-array regions, or regions of a
// temporary file once a Blob's copied bytes exceed a threshold. Building a Blob from other Blobs
// and slicing share those regions instead of copying; the bytes are copied only into what the
// user reads (arrayBuffer(), bytes(), text(), stream() chunks). BlobData is immutable, so
// structured clone (and a worker) passes it as it is.
//
// Exports `Blob`, `File` and, for the other runtime files: `isBlob(value)`, `blobData(blob)`,
// `blobFromData(data, type)`, `fileFromData(data, type, name, lastModified)`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer, ArrayBufferIsView, DataViewPrototypeBuffer, DataViewPrototypeByteOffset,
    DataViewPrototypeByteLength, DateNow, MathMax, MathMin, MathTrunc, NumberIsNaN, ObjectDefineProperty,
    ObjectDefineProperties, ObjectFreeze, ObjectSetPrototypeOf, PromiseResolve, PromiseReject, ReflectApply, StringPrototypeCharCodeAt,
    StringPrototypeToLowerCase, SymbolIterator, SymbolToStringTag, TypeError, RangeError,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength,
    Uint8Array, Number, String, StringPrototypeToWellFormed,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const ops = host.blob;
  const kindOf = host.clone.kind;
  const ARRAY_BUFFER = 11, SHARED_ARRAY_BUFFER = 12, DATA_VIEW = 13, DATA_VIEW_AUTO = 14, TYPED_ARRAY = 32;
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  /** The largest chunk stream() enqueues. */
  const CHUNK_SIZE = 65536;

  // Each object's internal state, under keys shared by every Context (00_primordials.js). A Blob
  // (or File) has k_data (its BlobData, never undefined: the brand) and k_type; a File adds
  // k_name (a string, never undefined: File's brand) and k_lastModified.
  const k_data = internal.sharedSymbol('blob:data');
  const k_lastModified = internal.sharedSymbol('blob:File.lastModified');
  const k_name = internal.sharedSymbol('blob:File.name');
  const k_type = internal.sharedSymbol('blob:type');
  // Constructor arguments only the runtime has (never stored on an object).
  const kConverted = internal.sharedSymbol('blob:converted'); // File -> Blob: arguments already converted
  const kFromData = internal.sharedSymbol('blob:fromData');   // a Blob around existing BlobData

  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }

  /**
   * sequence<BlobPart> where BlobPart = (BufferSource or Blob or USVString), converted and
   * appended to a new BlobData as it is read (so every part's bytes are copied at conversion
   * time, as the spec's "get a copy of the bytes" does).
   */
  function convertParts(parts, endingsLater, context, argument) {
    const list = [];
    ObjectSetPrototypeOf(list, null); // appending never meets a setter on Array.prototype
    if (parts === undefined) return list;
    const notSequence = `Failed to ${context}: Argument ${argument} can not be converted to a sequence.`;
    if (!isObject(parts)) throw new TypeError(notSequence);
    const method = parts[SymbolIterator];
    if (typeof method !== 'function') throw new TypeError(notSequence);
    const iterator = ReflectApply(method, parts, []);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    const next = iterator.next;
    for (let index = 0; ; index++) {
      const step = ReflectApply(next, iterator, []);
      if (!isObject(step)) throw new TypeError(`Iterator result ${step} is not an object`);
      if (step.done) break;
      const part = step.value;
      if (isObject(part)) {
        if (hasBlobSlots(part)) { // a Blob (or File): its bytes are shared, not copied
          list[list.length] = dataOf(part);
          continue;
        }
        const kind = kindOf(part);
        if (kind === ARRAY_BUFFER) {
          list[list.length] = { buffer: part, offset: 0, length: -1 };
          continue;
        }
        if (kind === SHARED_ARRAY_BUFFER) {
          throw new TypeError(`Failed to ${context}: Argument ${argument}, index ${index} is a SharedArrayBuffer, which is not allowed.`);
        }
        if (kind === DATA_VIEW || kind === DATA_VIEW_AUTO || kind >= TYPED_ARRAY) {
          const typed = kind >= TYPED_ARRAY;
          const buffer = typed ? TypedArrayPrototypeGetBuffer(part) : DataViewPrototypeBuffer(part);
          if (kindOf(buffer) === SHARED_ARRAY_BUFFER) {
            throw new TypeError(`Failed to ${context}: Argument ${argument}, index ${index} is a view on a SharedArrayBuffer, which is not allowed.`);
          }
          list[list.length] = { view: part, typed };
          continue;
        }
      }
      list[list.length] = StringPrototypeToWellFormed(`${part}`);
    }
    return list;
  }

  /** Builds BlobData from converted parts ("process blob parts"). */
  function buildData(list, nativeEndings) {
    const builder = ops.builder();
    for (let i = 0; i < list.length; i++) {
      const part = list[i];
      let ok = true;
      if (typeof part === 'string') {
        ok = ops.addString(builder, part, nativeEndings);
      } else if (part.buffer !== undefined) {
        // A detached buffer contributes no bytes.
        const buffer = part.buffer;
        const length = internal.primordials.ArrayBufferPrototypeByteLength(buffer);
        ok = ops.addBytes(builder, buffer, 0, length);
      } else if (part.view !== undefined) {
        const view = part.view;
        let buffer, offset, length;
        try {
          buffer = part.typed ? TypedArrayPrototypeGetBuffer(view) : DataViewPrototypeBuffer(view);
          offset = part.typed ? TypedArrayPrototypeGetByteOffset(view) : DataViewPrototypeByteOffset(view);
          length = part.typed ? TypedArrayPrototypeGetByteLength(view) : DataViewPrototypeByteLength(view);
        } catch {
          length = 0; // a view of a detached or shrunk buffer holds no bytes
        }
        if (length > 0) ok = ops.addBytes(builder, buffer, offset, length);
      } else {
        ops.addBlob(builder, part);
      }
      if (!ok) throw new RangeError('The Blob could not be stored: out of space for its temporary file.');
    }
    return ops.build(builder);
  }

  /** "type" processing: empty unless every char is printable ASCII, then ASCII-lowercased. */
  function normalizeType(type) {
    for (let i = 0; i < type.length; i++) {
      const c = StringPrototypeCharCodeAt(type, i);
      if (c < 0x20 || c > 0x7e) return '';
    }
    return StringPrototypeToLowerCase(type);
  }

  /** BlobPropertyBag (endings, type) and, for File, lastModified: members in lexicographic order. */
  function convertOptions(options, context, argument, withLastModified) {
    const result = { nativeEndings: false, type: '', lastModified: undefined };
    if (options === undefined || options === null) return result;
    if (!isObject(options)) {
      throw new TypeError(`Failed to ${context}: Argument ${argument} can not be converted to a dictionary.`);
    }
    const endings = options.endings;
    if (endings !== undefined) {
      const value = `${endings}`;
      if (value !== 'transparent' && value !== 'native') {
        throw new TypeError(`Failed to ${context}: The provided value '${value}' is not a valid enum value of type EndingType.`);
      }
      result.nativeEndings = value === 'native';
    }
    const type = options.type;
    if (type !== undefined) result.type = `${type}`;
    if (withLastModified) {
      const lastModified = options.lastModified;
      if (lastModified !== undefined) result.lastModified = toLongLong(lastModified);
    }
    return result;
  }

  /** Web IDL `long long` (no [EnforceRange]/[Clamp]). */
  function toLongLong(value) {
    let x = Number(value);
    if (NumberIsNaN(x) || x === Infinity || x === -Infinity) return 0;
    x = MathTrunc(x);
    if (x === 0) return 0; // -0 -> +0
    if (x >= -9223372036854775808 && x < 9223372036854775808) return x;
    // Modulo 2^64 into the signed range.
    const two64 = 18446744073709551616;
    x %= two64;
    if (x < 0) x += two64;
    if (x >= 9223372036854775808) x -= two64;
    return x;
  }

  /** Web IDL `[Clamp] long long`. */
  function toClampedLongLong(value) {
    let x = Number(value);
    if (NumberIsNaN(x)) return 0;
    x = MathMin(MathMax(x, -9223372036854775808), 9223372036854775807);
    // Round to the nearest integer, ties to even.
    const floor = x - (x % 1 + 1) % 1;
    const diff = x - floor;
    if (diff > 0.5 || (diff === 0.5 && floor % 2 !== 0)) return floor + 1 || 0;
    return floor || 0;
  }

  const { illegalInvocation: illegal } = internal.errors;
  function hasBlobSlots(value) {
    return isObject(value) && value[k_data] !== undefined;
  }
  function hasFileSlots(value) {
    return isObject(value) && value[k_data] !== undefined && value[k_name] !== undefined;
  }
  function dataOf(blob) {
    return blob[k_data];
  }
  function typeOf(blob) {
    return blob[k_type];
  }
  function nameOf(file) {
    if (!hasFileSlots(file)) throw illegal();
    return file[k_name];
  }
  function lastModifiedOf(file) {
    if (!hasFileSlots(file)) throw illegal();
    return file[k_lastModified];
  }

  class Blob {
    constructor(blobParts = undefined, options = undefined) {
      if (blobParts === kFromData) {
        this[k_data] = options.data;
        this[k_type] = options.type;
        return;
      }
      if (blobParts === kConverted) {
        this[k_data] = buildData(options.parts, options.nativeEndings);
        this[k_type] = normalizeType(options.type);
        return;
      }
      const list = convertParts(blobParts, false, "construct 'Blob'", 1);
      const converted = convertOptions(options, "construct 'Blob'", 2, false);
      this[k_data] = buildData(list, converted.nativeEndings);
      this[k_type] = normalizeType(converted.type);
    }

    get size() {
      const data = this?.[k_data];
      if (data === undefined) throw illegal();
      return ops.size(data);
    }

    get type() {
      if (this?.[k_data] === undefined) throw illegal();
      return this[k_type];
    }

    slice(start = undefined, end = undefined, contentType = undefined) {
      const data = this?.[k_data];
      if (data === undefined) throw illegal();
      const size = ops.size(data);
      let from = start === undefined ? 0 : toClampedLongLong(start);
      let to = end === undefined ? size : toClampedLongLong(end);
      const type = contentType === undefined ? '' : normalizeType(`${contentType}`);
      from = from < 0 ? MathMax(size + from, 0) : MathMin(from, size);
      to = to < 0 ? MathMax(size + to, 0) : MathMin(to, size);
      const sliced = to > from ? ops.slice(data, from, to) : ops.empty();
      return new Blob(kFromData, { data: sliced, type });
    }

    stream() {
      const data = this?.[k_data];
      if (data === undefined) throw illegal();
      return streamOf(data);
    }

    text() {
      const data = this?.[k_data];
      if (data === undefined) return PromiseReject(illegal());
      const text = ops.text(data);
      if (text === null) return PromiseReject(notReadable());
      return PromiseResolve(text);
    }

    arrayBuffer() {
      const data = this?.[k_data];
      if (data === undefined) return PromiseReject(illegal());
      try {
        return PromiseResolve(readAll(data));
      } catch (error) {
        return PromiseReject(error);
      }
    }

    bytes() {
      const data = this?.[k_data];
      if (data === undefined) return PromiseReject(illegal());
      try {
        return PromiseResolve(new Uint8Array(readAll(data)));
      } catch (error) {
        return PromiseReject(error);
      }
    }

    [inspectCustom](depth, options, inspect) {
      if (!hasBlobSlots(this)) return this;
      const fields = { size: ops.size(this[k_data]), type: this[k_type] };
      const file = this[k_name] !== undefined;
      if (file) {
        fields.name = this[k_name];
        fields.lastModified = this[k_lastModified];
      }
      if (depth < 0) return this;
      const name = file ? 'File' : 'Blob';
      return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    }
  }

  class File extends Blob {
    constructor(fileBits, fileName, options = undefined) {
      if (arguments.length < 2) {
        throw new TypeError(`Failed to construct 'File': 2 arguments required, but only ${arguments.length} present.`);
      }
      if (fileBits === kFromData) {
        super(kFromData, fileName);
        this[k_name] = fileName.name;
        this[k_lastModified] = fileName.lastModified;
        return;
      }
      const parts = convertParts(fileBits, false, "construct 'File'", 1);
      const name = StringPrototypeToWellFormed(`${fileName}`);
      const converted = convertOptions(options, "construct 'File'", 3, true);
      super(kConverted, { parts, nativeEndings: converted.nativeEndings, type: converted.type });
      this[k_name] = name;
      this[k_lastModified] = converted.lastModified === undefined ? DateNow() : converted.lastModified;
    }

    get name() {
      return nameOf(this);
    }

    get lastModified() {
      return lastModifiedOf(this);
    }
  }

  function notReadable() {
    return internal.load('51_dom_exception.js').makeDOMException('The Blob could not be read.', 'NotReadableError');
  }

  function readAll(data) {
    const size = ops.size(data);
    if (size > 2147483647) throw new RangeError(`The Blob is too large for an ArrayBuffer (${size} bytes).`);
    const buffer = new ArrayBuffer(size);
    if (size > 0 && !ops.readInto(data, 0, buffer, size)) throw notReadable();
    return buffer;
  }

  /** A byte ReadableStream that pulls the bytes in chunks of at most CHUNK_SIZE. */
  function streamOf(data) {
    const { ReadableStream } = internal.load('70_streams.js');
    const size = ops.size(data);
    let position = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (position >= size) {
          controller.close();
          const request = controller.byobRequest;
          if (request) request.respond(0);
          return;
        }
        const length = MathMin(CHUNK_SIZE, size - position);
        const buffer = new ArrayBuffer(length);
        if (!ops.readInto(data, position, buffer, length)) {
          controller.error(notReadable());
          return;
        }
        position += length;
        controller.enqueue(new Uint8Array(buffer));
      },
    });
  }

  // Web IDL shape: accessors and operations enumerable; `length` = required arguments.
  for (const key of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer', 'bytes']) {
    ObjectDefineProperty(Blob.prototype, key, { enumerable: true });
  }
  ObjectDefineProperty(Blob.prototype, inspectCustom, { enumerable: false });
  ObjectDefineProperty(Blob.prototype, SymbolToStringTag, { value: 'Blob', configurable: true });
  for (const key of ['name', 'lastModified']) {
    ObjectDefineProperty(File.prototype, key, { enumerable: true });
  }
  ObjectDefineProperty(File.prototype, SymbolToStringTag, { value: 'File', configurable: true });
  ObjectDefineProperty(Blob, 'length', { value: 0 });
  ObjectDefineProperty(Blob.prototype.slice, 'length', { value: 0 });
  ObjectDefineProperty(File, 'length', { value: 2 });

  function blobFromData(data, type) {
    return new Blob(kFromData, { data, type });
  }
  function fileFromData(data, type, name, lastModified) {
    return new File(kFromData, { data, type, name, lastModified });
  }

  // For structured clone (65_structured_clone.js), which must not load this file itself.
  internal.blobClone = ObjectFreeze({
    isBlob: hasBlobSlots,
    parts: (blob) => ({
      file: hasFileSlots(blob),
      data: dataOf(blob),
      type: typeOf(blob),
      name: hasFileSlots(blob) ? nameOf(blob) : undefined,
      lastModified: hasFileSlots(blob) ? lastModifiedOf(blob) : undefined,
    }),
  });

  return ObjectFreeze({
    Blob, File, blobFromData, fileFromData, isBlob: hasBlobSlots, blobData: dataOf,
    isFile: hasFileSlots, blobType: typeOf, fileName: nameOf, fileLastModified: lastModifiedOf,
  });
})
