// 81_buffer.js: Node's `buffer` module and the `Buffer` global, loaded on first use.
// `Buffer` is a Uint8Array subclass (its instances are `FastBuffer`s, whose prototype is
// Buffer.prototype) with Node's encodings (utf8, utf16le/ucs2, latin1/binary, ascii, base64,
// base64url, hex), integer/float/bigint reads and writes, search, compare, fill and copy.
// Encoding and decoding of strings run in Java (node/BufferOps.java: one pass over the
// ArrayBuffer's memory); everything else is typed array work here. Node's error codes and
// messages (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING...).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    Uint8Array, Float32Array, Float64Array, ArrayBufferIsView, ArrayBufferPrototypeByteLength,
    ArrayIsArray, BigInt, Error: ErrorCtor, TypeError, RangeError, MathFloor, MathTrunc, MathMin,
    MathMax, NumberIsInteger, NumberIsNaN, ObjectDefineProperty, ObjectSetPrototypeOf,
    ReflectOwnKeys, ReflectGetOwnPropertyDescriptor, StringPrototypeToLowerCase,
    StringPrototypeCharCodeAt, StringPrototypeSlice, StringPrototypePadStart, ArrayPrototypeJoin,
    ArrayPrototypePush, TypedArrayPrototypeSet, TypedArrayPrototypeFill, TypedArrayPrototypeIndexOf,
    TypedArrayPrototypeLastIndexOf, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset,
    TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag,
    TypedArrayPrototypeSubarray, NumberPrototypeToString, SymbolFor, SymbolToPrimitive, ReflectApply,
    StringPrototypeIncludes, StringPrototypeReplace,
  } = internal.primordials;
  const { NaN } = internal.primordials; // not the global (see 00_primordials.js)
  const { makeCodedError, invalidArgType, describeReceived } = internal.errors;
  const ops = host.buffer;

  const kMaxLength = 2 ** 32;
  const kStringMaxLength = 536870888;
  let INSPECT_MAX_BYTES = 50;

  // --- checks -----------------------------------------------------------------------------------
  const isUint8Array = (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
  function isAnyArrayBuffer(value) {
    if (value === null || typeof value !== 'object') return false;
    try {
      ArrayBufferPrototypeByteLength(value);
      return true;
    } catch {
      try {
        internal.primordials.SharedArrayBufferPrototypeByteLength(value);
        return true;
      } catch {
        return false;
      }
    }
  }
  function formatReceived(value) {
    if (typeof value === 'number' && NumberIsInteger(value) && (value > 2 ** 32 || value < -(2 ** 32))) {
      return withSeparators(`${value}`);
    }
    if (typeof value === 'bigint') {
      const text = value > 2n ** 32n || value < -(2n ** 32n) ? withSeparators(`${value}`) : `${value}`;
      return `${text}n`;
    }
    return `${value}`;
  }
  function withSeparators(digits) {
    let sign = '';
    if (digits[0] === '-') { sign = '-'; digits = StringPrototypeSlice(digits, 1); }
    let out = '';
    let i = digits.length;
    for (; i > 3; i -= 3) out = `_${StringPrototypeSlice(digits, i - 3, i)}${out}`;
    return `${sign}${StringPrototypeSlice(digits, 0, i)}${out}`;
  }
  function outOfRange(name, range, value) {
    return makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${formatReceived(value)}`);
  }
  function outOfBounds(name) {
    return makeCodedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name === undefined
      ? 'Attempt to access memory outside buffer bounds' : `"${name}" is outside of buffer bounds`);
  }
  function mustBeBytes(name, value) {
    return invalidArgType(name, 'an instance of Buffer or Uint8Array', value);
  }
  function unknownEncoding(encoding) {
    return makeCodedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  /** An integer offset in [min, max], as Node's validateOffset. */
  function validateOffset(value, name, min = 0, max = kMaxLength) {
    if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
    if (!NumberIsInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  /** Node's encoding names, normalized; undefined for an unknown one. */
  function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
    const name = StringPrototypeToLowerCase(`${encoding}`);
    switch (name) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'latin1': case 'binary': return 'latin1';
      case 'base64': case 'base64url': case 'hex': case 'ascii': return name;
      default: return undefined;
    }
  }
  function encodingOrThrow(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw unknownEncoding(encoding);
    return normalized;
  }

  // --- the class --------------------------------------------------------------------------------
  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(bufferOrLength, byteOffset, length) {
      super(bufferOrLength, byteOffset, length);
    }
  }

  let warnedConstructor = false;
  /** The deprecated `Buffer(...)` / `new Buffer(...)` (DEP0005), as Node still allows it. */
  function Buffer(arg, encodingOrOffset, length) {
    if (!warnedConstructor) {
      warnedConstructor = true;
      internal.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
        'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning', 'DEP0005');
    }
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        throw invalidArgType('string', 'of type string', arg);
      }
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  ObjectDefineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
  ObjectDefineProperty(FastBuffer.prototype, 'constructor', {
    value: Buffer, writable: true, enumerable: false, configurable: true,
  });
  ObjectSetPrototypeOf(Buffer, Uint8Array);
  ObjectDefineProperty(Buffer, internal.primordials.Symbol.species, {
    get() { return FastBuffer; }, configurable: true, enumerable: false,
  });
  const BufferPrototype = FastBuffer.prototype;
  const kEmpty = () => new FastBuffer(0);

  function defineMethods(target, methods) {
    for (const key of ReflectOwnKeys(methods)) {
      const desc = ReflectGetOwnPropertyDescriptor(methods, key);
      desc.enumerable = false;
      ObjectDefineProperty(target, key, desc);
    }
  }

  // --- making buffers ---------------------------------------------------------------------------
  function byteLengthOf(string, encoding) {
    switch (encoding) {
      case 'utf8': return ops.utf8Length(string);
      case 'latin1': case 'ascii': return string.length;
      case 'utf16le': return string.length * 2;
      case 'hex': return string.length >>> 1;
      case 'base64': case 'base64url': return base64ByteLength(string);
      default: return ops.utf8Length(string);
    }
  }
  function base64ByteLength(string) {
    let n = string.length;
    if (n > 0 && StringPrototypeCharCodeAt(string, n - 1) === 0x3D) n--;
    if (n > 1 && StringPrototypeCharCodeAt(string, n - 1) === 0x3D) n--;
    return (n * 3) >>> 2;
  }
  function writeString(buffer, string, offset, max, encoding) {
    if (max <= 0 || string.length === 0) return 0;
    if (encoding === 'latin1' || encoding === 'ascii') {
      // short strings: a plain loop beats a call into Java
      if (string.length < 64) {
        const n = MathMin(string.length, max);
        for (let i = 0; i < n; i++) buffer[offset + i] = StringPrototypeCharCodeAt(string, i);
        return n;
      }
    }
    return ops.write(encoding, string, TypedArrayPrototypeGetBuffer(buffer),
      TypedArrayPrototypeGetByteOffset(buffer) + offset, max);
  }
  function fromString(string, encoding) {
    const normalized = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
    if (normalized === undefined || (typeof encoding !== 'string' && encoding !== undefined)) {
      throw unknownEncoding(encoding);
    }
    if (string.length === 0) return kEmpty();
    if (normalized === 'utf8' && string.length < 32) {
      // ASCII fast path for short strings
      let ascii = true;
      for (let i = 0; i < string.length && ascii; i++) ascii = StringPrototypeCharCodeAt(string, i) < 0x80;
      if (ascii) {
        const buffer = new FastBuffer(string.length);
        for (let i = 0; i < string.length; i++) buffer[i] = StringPrototypeCharCodeAt(string, i);
        return buffer;
      }
    }
    const length = byteLengthOf(string, normalized);
    const buffer = new FastBuffer(length);
    const written = writeString(buffer, string, 0, length, normalized);
    return written === length ? buffer : new FastBuffer(TypedArrayPrototypeGetBuffer(buffer), 0, written);
  }
  function fromArrayLike(source) {
    const length = source.length >>> 0;
    const buffer = new FastBuffer(length);
    if (isUint8Array(source)) {
      TypedArrayPrototypeSet(buffer, source);
    } else {
      for (let i = 0; i < length; i++) buffer[i] = source[i];
    }
    return buffer;
  }
  function fromArrayBuffer(arrayBuffer, byteOffset, length) {
    if (byteOffset === undefined) {
      byteOffset = 0;
    } else {
      byteOffset = +byteOffset;
      if (NumberIsNaN(byteOffset)) byteOffset = 0;
    }
    const total = isAnyArrayBuffer(arrayBuffer) ? arrayBuffer.byteLength : 0;
    const maxLength = total - byteOffset;
    if (maxLength < 0) throw outOfBounds('offset');
    if (length === undefined) {
      length = maxLength;
    } else {
      length = +length;
      if (length > 0) {
        if (length > maxLength) throw outOfBounds('length');
      } else {
        length = 0;
      }
    }
    return new FastBuffer(arrayBuffer, byteOffset, length);
  }
  function firstArgumentError(value) {
    return makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
      `or an Array-like Object. ${describeReceived(value)}`);
  }

  defineMethods(Buffer, {
    from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return fromString(value, encodingOrOffset);
      if (typeof value === 'object' && value !== null) {
        if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
        const primitive = value.valueOf && value.valueOf();
        if (primitive != null && primitive !== value) {
          if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
          if (typeof primitive === 'object') return Buffer.from(primitive, encodingOrOffset, length);
        }
        if (ArrayBufferIsView(value) || typeof value.length === 'number' || ArrayIsArray(value)) {
          if (typeof value.length !== 'number') return kEmpty();
          return fromArrayLike(value);
        }
        if (value.type === 'Buffer' && ArrayIsArray(value.data)) return fromArrayLike(value.data);
        if (typeof value[SymbolToPrimitive] === 'function') {
          const converted = value[SymbolToPrimitive]('string');
          if (typeof converted === 'string') return fromString(converted, encodingOrOffset);
        }
      }
      throw firstArgumentError(value);
    },
    of(...items) {
      return fromArrayLike(items);
    },
    copyBytesFrom(view, offset, length) {
      if (!ArrayBufferIsView(view) || TypedArrayPrototypeGetSymbolToStringTag(view) === undefined) {
        throw invalidArgType('view', 'an instance of TypedArray', view);
      }
      const viewLength = TypedArrayPrototypeGetLength(view);
      if (viewLength === 0) return kEmpty();
      let start = 0;
      let end = viewLength;
      if (offset !== undefined || length !== undefined) {
        if (offset !== undefined) {
          validateOffset(offset, 'offset', 0);
          if (offset >= viewLength) return kEmpty();
          start = offset;
        }
        if (length !== undefined) {
          validateOffset(length, 'length', 0);
          end = MathMin(viewLength, start + length);
        }
      }
      const perElement = TypedArrayPrototypeGetByteLength(view) / viewLength;
      const bytes = new Uint8Array(TypedArrayPrototypeGetBuffer(view),
        TypedArrayPrototypeGetByteOffset(view) + start * perElement, (end - start) * perElement);
      return fromArrayLike(bytes);
    },
    alloc(size, fill, encoding) {
      validateOffset(size, 'size', 0, kMaxLength);
      const buffer = new FastBuffer(size);
      if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buffer, fill, 0, size, encoding);
      return buffer;
    },
    allocUnsafe(size) {
      validateOffset(size, 'size', 0, kMaxLength);
      return new FastBuffer(size);
    },
    allocUnsafeSlow(size) {
      validateOffset(size, 'size', 0, kMaxLength);
      return new FastBuffer(size);
    },
    isBuffer(value) {
      return value instanceof Buffer;
    },
    isEncoding(encoding) {
      return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
    },
    byteLength(string, encoding) {
      if (typeof string !== 'string') {
        if (ArrayBufferIsView(string) || isAnyArrayBuffer(string)) return string.byteLength;
        throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
      }
      return byteLengthOf(string, normalizeEncoding(encoding) ?? 'utf8');
    },
    compare(buf1, buf2) {
      if (!isUint8Array(buf1)) throw mustBeBytes('buf1', buf1);
      if (!isUint8Array(buf2)) throw mustBeBytes('buf2', buf2);
      if (buf1 === buf2) return 0;
      return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
    },
    concat(list, totalLength) {
      if (!ArrayIsArray(list)) throw invalidArgType('list', 'an instance of Array', list);
      if (list.length === 0) return kEmpty();
      if (totalLength === undefined) {
        totalLength = 0;
        for (let i = 0; i < list.length; i++) {
          if (!isUint8Array(list[i])) throw mustBeBytes(`list[${i}]`, list[i]);
          totalLength += TypedArrayPrototypeGetLength(list[i]);
        }
      } else {
        validateOffset(totalLength, 'length');
      }
      const result = new FastBuffer(totalLength);
      let position = 0;
      for (let i = 0; i < list.length && position < totalLength; i++) {
        const item = list[i];
        if (!isUint8Array(item)) throw mustBeBytes(`list[${i}]`, item);
        const length = TypedArrayPrototypeGetLength(item);
        if (position + length > totalLength) {
          TypedArrayPrototypeSet(result, TypedArrayPrototypeSubarray(item, 0, totalLength - position), position);
          position = totalLength;
        } else {
          TypedArrayPrototypeSet(result, item, position);
          position += length;
        }
      }
      return result;
    },
  });
  Buffer.poolSize = 8 * 1024;

  function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
    const n = MathMin(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i];
      const y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    const la = aEnd - aStart;
    const lb = bEnd - bStart;
    return la < lb ? -1 : la > lb ? 1 : 0;
  }

  // --- strings out ------------------------------------------------------------------------------
  function slice(buffer, encoding, start, end) {
    const length = end - start;
    if (length <= 0) return '';
    const arrayBuffer = TypedArrayPrototypeGetBuffer(buffer);
    const offset = TypedArrayPrototypeGetByteOffset(buffer) + start;
    if (encoding === 'utf8') return host.encoding.decodeUtf8(arrayBuffer, offset, length, false);
    if ((encoding === 'latin1' || encoding === 'ascii') && length < 64) {
      let out = '';
      const mask = encoding === 'ascii' ? 0x7F : 0xFF;
      for (let i = start; i < end; i++) out += internal.primordials.StringFromCharCode(buffer[i] & mask);
      return out;
    }
    return ops.decode(encoding, arrayBuffer, offset, length);
  }

  function inspectBuffer(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const shown = MathMin(max, this.length);
    const parts = [];
    for (let i = 0; i < shown; i++) {
      ArrayPrototypePush(parts, StringPrototypePadStart(NumberPrototypeToString(this[i], 16), 2, '0'));
    }
    let text = ArrayPrototypeJoin(parts, ' ');
    const remaining = this.length - max;
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = [];
      for (const key of ReflectOwnKeys(this)) {
        if (typeof key === 'string' && `${+key}` === key) continue;
        const desc = ReflectGetOwnPropertyDescriptor(this, key);
        if (!desc.enumerable && !ctx.showHidden) continue;
        const name = typeof key === 'symbol' ? `[${internal.primordials.SymbolPrototypeToString(key)}]` : key;
        ArrayPrototypePush(extras, `${name}: ${internal.inspect(this[key], { ...ctx, breakLength: Infinity, compact: true })}`);
      }
      if (extras.length > 0) text += `${this.length !== 0 ? ', ' : ''}${ArrayPrototypeJoin(extras, ', ')}`;
    }
    return `<${this.constructor.name} ${text}>`;
  }

  // --- reads and writes of numbers --------------------------------------------------------------
  function checkReadOffset(buffer, offset, size) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
    const last = buffer.length - size;
    if (!NumberIsInteger(offset)) throw outOfRange('offset', 'an integer', offset);
    if (offset < 0 || offset > last) {
      if (last < 0) throw outOfBounds();
      throw outOfRange('offset', `>= 0 and <= ${last}`, offset);
    }
    return offset;
  }
  function checkByteLength(byteLength) {
    if (typeof byteLength !== 'number') throw invalidArgType('byteLength', 'of type number', byteLength);
    if (!NumberIsInteger(byteLength)) throw outOfRange('byteLength', 'an integer', byteLength);
    if (byteLength < 1 || byteLength > 6) throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
  }
  function readUnsigned(buffer, offset, size, littleEndian) {
    let value = 0;
    if (littleEndian) {
      for (let i = size - 1; i >= 0; i--) value = value * 256 + buffer[offset + i];
    } else {
      for (let i = 0; i < size; i++) value = value * 256 + buffer[offset + i];
    }
    return value;
  }
  function readSigned(buffer, offset, size, littleEndian) {
    const value = readUnsigned(buffer, offset, size, littleEndian);
    const limit = 2 ** (size * 8 - 1);
    return value >= limit ? value - limit * 2 : value;
  }
  function writeRangeText(min, max, size, isBig) {
    const n = isBig ? 'n' : '';
    if (size > 4) {
      return min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${size * 8}${n}`
        : `>= -(2${n} ** ${size * 8 - 1}${n}) and < 2${n} ** ${size * 8 - 1}${n}`;
    }
    return `>= ${min}${n} and <= ${max}${n}`;
  }
  function writeInteger(buffer, value, offset, size, littleEndian, signed) {
    value = +value;
    if (offset === undefined) offset = 0;
    const min = signed ? -(2 ** (size * 8 - 1)) : 0;
    const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
    if (value > max || value < min) throw outOfRange('value', writeRangeText(min, max, size, false), value);
    offset = checkReadOffset(buffer, offset, size);
    if (size <= 4) {
      // element assignment wraps modulo 256 (two's complement for negatives), as Node relies on
      let rest = value;
      for (let i = 0; i < size; i++) {
        buffer[littleEndian ? offset + i : offset + size - 1 - i] = rest;
        rest = rest >>> 8;
      }
      return offset + size;
    }
    let unsigned = value < 0 ? value + 2 ** (size * 8) : value;
    unsigned = MathTrunc(unsigned) || 0;
    for (let i = 0; i < size; i++) {
      const byte = unsigned % 256;
      buffer[littleEndian ? offset + i : offset + size - 1 - i] = byte;
      unsigned = MathFloor(unsigned / 256);
    }
    return offset + size;
  }
  /** A fixed-size reader (1, 2 or 4 bytes): its bounds check and byte order inlined. */
  function fixedReader(size, littleEndian, signed) {
    const limit = 2 ** (size * 8 - 1);
    return function read(offset) {
      if (offset === undefined) offset = 0;
      if (typeof offset !== 'number' || !NumberIsInteger(offset) || offset < 0 || offset > this.length - size) {
        checkReadOffset(this, offset, size);
      }
      let value;
      if (size === 1) value = this[offset];
      else if (size === 2) value = littleEndian ? this[offset] | (this[offset + 1] << 8) : (this[offset] << 8) | this[offset + 1];
      else if (littleEndian) value = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
      else value = this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
      return signed && value >= limit ? value - limit * 2 : value;
    };
  }
  /** A fixed-size writer (1, 2 or 4 bytes). */
  function fixedWriter(size, littleEndian, signed) {
    const min = signed ? -(2 ** (size * 8 - 1)) : 0;
    const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
    return function write(value, offset) {
      value = +value;
      if (offset === undefined) offset = 0;
      if (value > max || value < min) throw outOfRange('value', writeRangeText(min, max, size, false), value);
      if (typeof offset !== 'number' || !NumberIsInteger(offset) || offset < 0 || offset > this.length - size) {
        checkReadOffset(this, offset, size);
      }
      if (size === 1) {
        this[offset] = value;
      } else if (littleEndian) {
        this[offset] = value;
        this[offset + 1] = value >>> 8;
        if (size === 4) {
          this[offset + 2] = value >>> 16;
          this[offset + 3] = value >>> 24;
        }
      } else if (size === 2) {
        this[offset] = value >>> 8;
        this[offset + 1] = value;
      } else {
        this[offset] = value >>> 24;
        this[offset + 1] = value >>> 16;
        this[offset + 2] = value >>> 8;
        this[offset + 3] = value;
      }
      return offset + size;
    };
  }
  const float32 = new Float32Array(1);
  const float32Bytes = new Uint8Array(float32.buffer);
  const float64 = new Float64Array(1);
  const float64Bytes = new Uint8Array(float64.buffer);
  function readFloat(buffer, offset, bytes, size, littleEndian) {
    offset = checkReadOffset(buffer, offset, size);
    for (let i = 0; i < size; i++) bytes[i] = buffer[offset + (littleEndian ? i : size - 1 - i)];
  }
  function writeFloat(buffer, value, offset, array, bytes, size, littleEndian) {
    array[0] = +value;
    offset = checkReadOffset(buffer, offset === undefined ? 0 : offset, size);
    for (let i = 0; i < size; i++) buffer[offset + (littleEndian ? i : size - 1 - i)] = bytes[i];
    return offset + size;
  }
  function readBig(buffer, offset, littleEndian, signed) {
    offset = checkReadOffset(buffer, offset, 8);
    let value = 0n;
    for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(buffer[offset + (littleEndian ? 7 - i : i)]);
    if (signed && value >= 2n ** 63n) value -= 2n ** 64n;
    return value;
  }
  function writeBig(buffer, value, offset, littleEndian, signed) {
    if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    const min = signed ? -(2n ** 63n) : 0n;
    const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
    if (value < min || value > max) throw outOfRange('value', writeRangeText(min, max, 8, true), value);
    offset = checkReadOffset(buffer, offset === undefined ? 0 : offset, 8);
    let unsigned = value < 0n ? value + 2n ** 64n : value;
    for (let i = 0; i < 8; i++) {
      buffer[offset + (littleEndian ? i : 7 - i)] = internal.primordials.Number(unsigned & 0xFFn);
      unsigned >>= 8n;
    }
    return offset + 8;
  }

  const numberMethods = {
    readUInt8: fixedReader(1, true, false),
    readUInt16LE: fixedReader(2, true, false),
    readUInt16BE: fixedReader(2, false, false),
    readUInt32LE: fixedReader(4, true, false),
    readUInt32BE: fixedReader(4, false, false),
    readUIntLE(offset, byteLength) {
      checkByteLength(byteLength);
      return readUnsigned(this, checkReadOffset(this, offset, byteLength), byteLength, true);
    },
    readUIntBE(offset, byteLength) {
      checkByteLength(byteLength);
      return readUnsigned(this, checkReadOffset(this, offset, byteLength), byteLength, false);
    },
    readInt8: fixedReader(1, true, true),
    readInt16LE: fixedReader(2, true, true),
    readInt16BE: fixedReader(2, false, true),
    readInt32LE: fixedReader(4, true, true),
    readInt32BE: fixedReader(4, false, true),
    readIntLE(offset, byteLength) {
      checkByteLength(byteLength);
      return readSigned(this, checkReadOffset(this, offset, byteLength), byteLength, true);
    },
    readIntBE(offset, byteLength) {
      checkByteLength(byteLength);
      return readSigned(this, checkReadOffset(this, offset, byteLength), byteLength, false);
    },
    readFloatLE(offset) { readFloat(this, offset, float32Bytes, 4, true); return float32[0]; },
    readFloatBE(offset) { readFloat(this, offset, float32Bytes, 4, false); return float32[0]; },
    readDoubleLE(offset) { readFloat(this, offset, float64Bytes, 8, true); return float64[0]; },
    readDoubleBE(offset) { readFloat(this, offset, float64Bytes, 8, false); return float64[0]; },
    readBigUInt64LE(offset) { return readBig(this, offset, true, false); },
    readBigUInt64BE(offset) { return readBig(this, offset, false, false); },
    readBigInt64LE(offset) { return readBig(this, offset, true, true); },
    readBigInt64BE(offset) { return readBig(this, offset, false, true); },
    writeUInt8: fixedWriter(1, true, false),
    writeUInt16LE: fixedWriter(2, true, false),
    writeUInt16BE: fixedWriter(2, false, false),
    writeUInt32LE: fixedWriter(4, true, false),
    writeUInt32BE: fixedWriter(4, false, false),
    writeUIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, true, false);
    },
    writeUIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, false, false);
    },
    writeInt8: fixedWriter(1, true, true),
    writeInt16LE: fixedWriter(2, true, true),
    writeInt16BE: fixedWriter(2, false, true),
    writeInt32LE: fixedWriter(4, true, true),
    writeInt32BE: fixedWriter(4, false, true),
    writeIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, true, true);
    },
    writeIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, false, true);
    },
    writeFloatLE(value, offset) { return writeFloat(this, value, offset, float32, float32Bytes, 4, true); },
    writeFloatBE(value, offset) { return writeFloat(this, value, offset, float32, float32Bytes, 4, false); },
    writeDoubleLE(value, offset) { return writeFloat(this, value, offset, float64, float64Bytes, 8, true); },
    writeDoubleBE(value, offset) { return writeFloat(this, value, offset, float64, float64Bytes, 8, false); },
    writeBigUInt64LE(value, offset) { return writeBig(this, value, offset, true, false); },
    writeBigUInt64BE(value, offset) { return writeBig(this, value, offset, false, false); },
    writeBigInt64LE(value, offset) { return writeBig(this, value, offset, true, true); },
    writeBigInt64BE(value, offset) { return writeBig(this, value, offset, false, true); },
  };
  for (const key of ReflectOwnKeys(numberMethods)) {
    ObjectDefineProperty(numberMethods[key], 'name', { value: key, configurable: true });
  }
  defineMethods(BufferPrototype, numberMethods);
  // The lowercase aliases (readUint8 for readUInt8...), the same functions.
  for (const key of ReflectOwnKeys(numberMethods)) {
    if (StringPrototypeIncludes(key, 'UInt')) {
      const alias = StringPrototypeReplace(key, 'UInt', 'Uint');
      ObjectDefineProperty(BufferPrototype, alias, {
        value: numberMethods[key], writable: true, enumerable: false, configurable: true,
      });
    }
  }

  // --- fill, search, copy -----------------------------------------------------------------------
  function fillBuffer(buffer, value, offset, end, encoding) {
    if (typeof value === 'string') {
      const normalized = normalizeEncoding(encoding);
      if (normalized === undefined || (encoding !== undefined && typeof encoding !== 'string')) {
        throw unknownEncoding(encoding);
      }
      if (value.length === 0) {
        value = 0;
      } else if (value.length === 1 && (normalized === 'latin1' ||
          (normalized === 'utf8' && StringPrototypeCharCodeAt(value, 0) < 0x80))) {
        value = StringPrototypeCharCodeAt(value, 0);
      } else {
        const bytes = fromString(value, normalized);
        if (bytes.length === 0) {
          throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
            `The argument 'value' is invalid. Received ${internal.inspect(value)}`);
        }
        value = bytes;
      }
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      TypedArrayPrototypeFill(buffer, (+value) & 255, offset, end);
      return buffer;
    }
    if (!isUint8Array(value)) {
      if (ArrayBufferIsView(value)) {
        value = new Uint8Array(TypedArrayPrototypeGetBuffer(value), TypedArrayPrototypeGetByteOffset(value),
          TypedArrayPrototypeGetByteLength(value));
      } else {
        TypedArrayPrototypeFill(buffer, +value & 255 || 0, offset, end);
        return buffer;
      }
    }
    const length = value.length;
    if (length === 0) {
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'value' is invalid. Received ${internal.inspect(value)}`);
    }
    let position = offset;
    // doubling copies: log(n) calls of the native set
    const first = MathMin(length, end - offset);
    TypedArrayPrototypeSet(buffer, TypedArrayPrototypeSubarray(value, 0, first), position);
    let filled = first;
    while (offset + filled < end) {
      const chunk = MathMin(filled - (filled % length), end - offset - filled);
      TypedArrayPrototypeSet(buffer, TypedArrayPrototypeSubarray(buffer, offset, offset + chunk), offset + filled);
      filled += chunk;
    }
    return buffer;
  }

  function searchStart(buffer, byteOffset, forward) {
    const length = buffer.length;
    if (typeof byteOffset === 'string') byteOffset = undefined;
    let offset = byteOffset === undefined ? NaN : +byteOffset;
    if (byteOffset === null) offset = 0;
    if (NumberIsNaN(offset)) return forward ? 0 : length;
    offset = MathTrunc(offset);
    if (offset < 0) offset += length;
    return offset;
  }
  function search(buffer, value, byteOffset, encoding, forward) {
    if (typeof byteOffset === 'string') encoding = byteOffset;
    let offset = searchStart(buffer, byteOffset, forward);
    const length = buffer.length;
    if (typeof value === 'number') {
      if (forward) {
        if (offset >= length) return -1;
        return TypedArrayPrototypeIndexOf(buffer, (value >>> 0) & 255, MathMax(offset, 0));
      }
      if (offset < 0) return -1;
      return TypedArrayPrototypeLastIndexOf(buffer, (value >>> 0) & 255, MathMin(offset, length - 1));
    }
    let needle;
    if (typeof value === 'string') {
      const normalized = normalizeEncoding(encoding);
      if (normalized === undefined) throw unknownEncoding(encoding);
      needle = fromString(value, normalized);
    } else if (isUint8Array(value)) {
      needle = value;
    } else {
      throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
    }
    const n = needle.length;
    if (n === 0) {
      if (forward) return MathMin(MathMax(offset, 0), length);
      return MathMin(MathMax(offset, -1), length);
    }
    if (forward) {
      offset = MathMax(offset, 0);
      const first = needle[0];
      for (let i = TypedArrayPrototypeIndexOf(buffer, first, offset); i >= 0 && i + n <= length;
        i = TypedArrayPrototypeIndexOf(buffer, first, i + 1)) {
        let j = 1;
        while (j < n && buffer[i + j] === needle[j]) j++;
        if (j === n) return i;
      }
      return -1;
    }
    for (let i = MathMin(offset, length - n); i >= 0; i--) {
      let j = 0;
      while (j < n && buffer[i + j] === needle[j]) j++;
      if (j === n) return i;
    }
    return -1;
  }

  function toInteger(value, fallback) {
    if (value === undefined) return fallback;
    const n = +value;
    return NumberIsNaN(n) ? 0 : MathTrunc(n);
  }

  defineMethods(BufferPrototype, {
    toString(encoding, start, end) {
      const length = this.length;
      if (arguments.length === 0) return slice(this, 'utf8', 0, length);
      if (start === undefined || start <= 0) start = 0;
      else if (start >= length) return '';
      else start = MathTrunc(start) || 0;
      if (end === undefined || end > length) end = length;
      else end = MathTrunc(end) || 0;
      if (end <= start) return '';
      const normalized = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
      if (normalized === undefined) throw unknownEncoding(encoding);
      return slice(this, normalized, start, end);
    },
    toLocaleString(encoding, start, end) {
      return ReflectApply(BufferPrototype.toString, this, arguments);
    },
    write(string, offset, length, encoding) {
      if (typeof string !== 'string') {
        throw makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const size = this.length;
      if (offset === undefined) {
        return writeString(this, string, 0, size, 'utf8');
      }
      if (length === undefined && typeof offset === 'string') {
        return writeString(this, string, 0, size, encodingOrThrow(offset));
      }
      validateOffset(offset, 'offset', 0, size);
      const remaining = size - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, size);
        if (length > remaining) length = remaining;
      }
      return writeString(this, string, offset, length, encoding === undefined ? 'utf8' : encodingOrThrow(encoding));
    },
    toJSON() {
      const data = [];
      for (let i = 0; i < this.length; i++) data[i] = this[i];
      return { type: 'Buffer', data };
    },
    equals(otherBuffer) {
      if (!isUint8Array(otherBuffer)) throw mustBeBytes('otherBuffer', otherBuffer);
      if (this === otherBuffer) return true;
      if (this.length !== otherBuffer.length) return false;
      return compareRanges(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
    },
    compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
      if (!isUint8Array(target)) throw mustBeBytes('target', target);
      if (targetStart === undefined) targetStart = 0;
      else validateOffset(targetStart, 'targetStart');
      if (targetEnd === undefined) targetEnd = target.length;
      else validateOffset(targetEnd, 'targetEnd', 0, target.length);
      if (sourceStart === undefined) sourceStart = 0;
      else validateOffset(sourceStart, 'sourceStart');
      if (sourceEnd === undefined) sourceEnd = this.length;
      else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
      if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
      if (targetStart >= targetEnd) return 1;
      return compareRanges(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
    },
    copy(target, targetStart, sourceStart, sourceEnd) {
      if (!isUint8Array(target)) throw mustBeBytes('target', target);
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) {
        throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
      }
      sourceEnd = toInteger(sourceEnd, this.length);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
      if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
      sourceEnd = MathMin(sourceEnd, this.length);
      const count = MathMin(sourceEnd - sourceStart, target.length - targetStart);
      TypedArrayPrototypeSet(target, TypedArrayPrototypeSubarray(this, sourceStart, sourceStart + count), targetStart);
      return count;
    },
    slice(start, end) {
      const length = this.length;
      start = adjustOffset(start, length);
      end = end === undefined ? length : adjustOffset(end, length);
      const newLength = end > start ? end - start : 0;
      return new FastBuffer(TypedArrayPrototypeGetBuffer(this), TypedArrayPrototypeGetByteOffset(this) + start, newLength);
    },
    fill(value, offset, end, encoding) {
      if (typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = this.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = this.length;
      }
      if (offset === undefined) offset = 0;
      else validateOffset(offset, 'offset');
      if (end === undefined) end = this.length;
      else validateOffset(end, 'end', 0, this.length);
      if (offset >= end) return this;
      return fillBuffer(this, value, offset, end, encoding);
    },
    indexOf(value, byteOffset, encoding) {
      return search(this, value, byteOffset, encoding, true);
    },
    lastIndexOf(value, byteOffset, encoding) {
      return search(this, value, byteOffset, encoding, false);
    },
    includes(value, byteOffset, encoding) {
      return search(this, value, byteOffset, encoding, true) !== -1;
    },
    swap16() { return swap(this, 2); },
    swap32() { return swap(this, 4); },
    swap64() { return swap(this, 8); },
    inspect: inspectBuffer,
  });
  ObjectDefineProperty(BufferPrototype, SymbolFor('nodejs.util.inspect.custom'), {
    value: inspectBuffer, writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(BufferPrototype, 'parent', {
    get() { return this instanceof FastBuffer ? TypedArrayPrototypeGetBuffer(this) : undefined; },
    enumerable: true, configurable: true,
  });
  ObjectDefineProperty(BufferPrototype, 'offset', {
    get() { return this instanceof FastBuffer ? TypedArrayPrototypeGetByteOffset(this) : undefined; },
    enumerable: true, configurable: true,
  });
  // utf8Slice, hexWrite...: the encoding-specific forms Node keeps on the prototype.
  for (const [name, encoding] of [['utf8', 'utf8'], ['ucs2', 'utf16le'], ['latin1', 'latin1'],
    ['ascii', 'ascii'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url']]) {
    ObjectDefineProperty(BufferPrototype, `${name}Slice`, {
      value: function (start = 0, end = this.length) {
        if (start < 0 || end > this.length || start > end) throw outOfBounds('offset');
        return slice(this, encoding, start, end);
      },
      writable: true, enumerable: false, configurable: true,
    });
    ObjectDefineProperty(BufferPrototype, `${name}Write`, {
      value: function (string, offset = 0, length = this.length - offset) {
        if (offset < 0 || offset > this.length) throw outOfBounds('offset');
        return writeString(this, string, offset, MathMin(length, this.length - offset), encoding);
      },
      writable: true, enumerable: false, configurable: true,
    });
  }

  function adjustOffset(offset, length) {
    offset = MathTrunc(offset);
    if (offset === 0 || NumberIsNaN(offset)) return 0;
    if (offset < 0) {
      offset += length;
      return offset > 0 ? offset : 0;
    }
    return offset < length ? offset : length;
  }
  function swap(buffer, size) {
    if (buffer.length % size !== 0) {
      throw makeCodedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
    }
    for (let i = 0; i < buffer.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buffer[a];
        buffer[a] = buffer[b];
        buffer[b] = t;
      }
    }
    return buffer;
  }

  // --- the module -------------------------------------------------------------------------------
  function SlowBuffer(size) {
    return Buffer.allocUnsafeSlow(size);
  }
  ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

  function bytesView(input, name) {
    if (ArrayBufferIsView(input)) {
      return new Uint8Array(TypedArrayPrototypeGetBuffer(input), TypedArrayPrototypeGetByteOffset(input),
        TypedArrayPrototypeGetByteLength(input));
    }
    if (isAnyArrayBuffer(input)) return new Uint8Array(input);
    throw invalidArgType(name, 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }

  const exports = {
    Buffer,
    SlowBuffer,
    transcode: undefined,
    isUtf8(input) {
      const bytes = bytesView(input, 'input');
      return host.encoding.decodeUtf8(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes),
        bytes.length, true) !== null;
    },
    isAscii(input) {
      const bytes = bytesView(input, 'input');
      for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
      return true;
    },
    kMaxLength,
    kStringMaxLength,
    btoa: undefined,
    atob: undefined,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    INSPECT_MAX_BYTES,
    Blob: undefined,
    resolveObjectURL() { return undefined; },
    File: undefined,
  };
  delete exports.transcode;
  ObjectDefineProperty(exports, 'INSPECT_MAX_BYTES', {
    get() { return INSPECT_MAX_BYTES; },
    set(value) { INSPECT_MAX_BYTES = value; },
    enumerable: true, configurable: true,
  });
  for (const [name, file] of [['atob', '56_base64.js'], ['btoa', '56_base64.js'], ['Blob', '66_blob.js'],
    ['File', '66_blob.js']]) {
    ObjectDefineProperty(exports, name, {
      get() { return internal.load(file)[name]; },
      enumerable: true, configurable: true,
    });
  }
  internal.FastBuffer = FastBuffer;
  /** A Buffer holding a copy of Java bytes (a byte[] from a host op: a file read, a child's output, stdin). */
  internal.bufferFromHostBytes = function bufferFromHostBytes(bytes) {
    const buffer = new FastBuffer(bytes.length);
    if (bytes.length > 0) host.buffer.copyInto(bytes, TypedArrayPrototypeGetBuffer(buffer), 0);
    return buffer;
  };
  internal.bufferFrom = (value, encoding) => Buffer.from(value, encoding);
  return exports;
})
