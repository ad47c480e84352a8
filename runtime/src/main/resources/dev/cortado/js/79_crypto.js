// 79_crypto.js: Node's `crypto` module, loaded on first use: createHash / createHmac over the
// JDK's MessageDigest and Mac (node/HashOps.java), randomBytes / randomFill / randomInt /
// randomUUID over the web `crypto` of 57_crypto.js, timingSafeEqual, getHashes, and
// `webcrypto` (the global). Hash and Hmac objects have update / digest / copy; they are not
// streams here.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBufferIsView, TypeError, RangeError, Error: ErrorCtor, NumberIsSafeInteger, Uint8Array,
    Math: MathObject,
  } = internal.primordials;
  const { makeCodedError, invalidArgType, validateFunction } = internal.errors;
  const { Buffer } = internal.load('81_buffer.js');
  const web = internal.load('57_crypto.js');
  const ops = host.hash;

  /** The bytes of `data` as [ArrayBuffer, offset, length], strings in `encoding` (utf8: null). */
  function bytesOf(data, encoding, name) {
    if (typeof data === 'string') {
      if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return null;
      data = Buffer.from(data, encoding);
    } else if (!ArrayBufferIsView(data)) {
      throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    }
    return data;
  }
  function feed(hasher, data, encoding, name) {
    const view = bytesOf(data, encoding, name);
    if (view === null) {
      hasher.updateText(data);
    } else if (view.byteLength > 0) {
      hasher.update(view.buffer, view.byteOffset, view.byteLength);
    }
  }
  function output(bytes, encoding) {
    const buffer = Buffer.from(new Uint8Array(bytes));
    return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
  }
  function finalized() {
    return makeCodedError(ErrorCtor, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  }

  // --- Hash and Hmac ----------------------------------------------------------------------------------
  const kHasher = internal.sharedSymbol('kHasher', true); // keys shared by every Context (see 00_primordials.js)
  const kDone = internal.sharedSymbol('kDone', true);
  function Hash(algorithm, options) {
    if (!(this instanceof Hash)) return new Hash(algorithm, options);
    if (algorithm instanceof Hash) {
      this[kHasher] = algorithm[kHasher].copy();
    } else {
      if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
      this[kHasher] = ops.hash(algorithm);
      if (this[kHasher] === null) throw new ErrorCtor('Digest method not supported');
    }
    this[kDone] = false;
  }
  Hash.prototype.update = function update(data, inputEncoding) {
    if (this[kDone]) throw finalized();
    feed(this[kHasher], data, inputEncoding, 'data');
    return this;
  };
  Hash.prototype.digest = function digest(outputEncoding) {
    if (this[kDone]) throw finalized();
    this[kDone] = true;
    return output(this[kHasher].digest(), outputEncoding);
  };
  Hash.prototype.copy = function copy(options) {
    if (this[kDone]) throw finalized();
    return new Hash(this, options);
  };

  function Hmac(hmac, key, options) {
    if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
    if (typeof hmac !== 'string') throw invalidArgType('hmac', 'of type string', hmac);
    if (typeof key === 'string') key = Buffer.from(key, 'utf8');
    else if (!ArrayBufferIsView(key)) {
      throw invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
    }
    this[kHasher] = ops.hmac(hmac, key.buffer, key.byteOffset, key.byteLength);
    if (this[kHasher] === null) {
      throw makeCodedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    }
    this[kDone] = false;
  }
  Hmac.prototype.update = Hash.prototype.update;
  Hmac.prototype.digest = function digest(outputEncoding) {
    if (this[kDone]) return output(new Uint8Array(0).buffer, outputEncoding);   // as Node: empty
    this[kDone] = true;
    return output(this[kHasher].digest(), outputEncoding);
  };

  // --- random -----------------------------------------------------------------------------------------
  const MAX_RANDOM = 2 ** 31 - 1;
  function checkSize(size) {
    if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
    if (!(size >= 0 && size <= MAX_RANDOM) || !NumberIsSafeInteger(size)) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "size" is out of range. It must be >= 0 && <= ${MAX_RANDOM}. Received ${size}`);
    }
  }
  function fill(view) {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    for (let at = 0; at < bytes.length; at += 65536) {
      web.crypto.getRandomValues(bytes.subarray(at, MathObject.min(at + 65536, bytes.length)));
    }
    return view;
  }
  function randomBytes(size, callback) {
    checkSize(size);
    if (callback !== undefined) validateFunction(callback, 'callback');
    const buffer = fill(Buffer.allocUnsafe(size));
    if (callback === undefined) return buffer;
    internal.nextTick(callback, null, buffer);
    return undefined;
  }
  function randomFillSync(buffer, offset = 0, size) {
    if (!ArrayBufferIsView(buffer)) {
      throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buffer);
    }
    const end = size === undefined ? buffer.byteLength : offset + size;
    fill(new Uint8Array(buffer.buffer, buffer.byteOffset + offset, end - offset));
    return buffer;
  }
  function randomFill(buffer, offset, size, callback) {
    if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
    else if (typeof size === 'function') { callback = size; size = undefined; }
    validateFunction(callback, 'callback');
    randomFillSync(buffer, offset, size);
    internal.nextTick(callback, null, buffer);
  }
  function randomInt(min, max, callback) {
    if (typeof max === 'undefined' || typeof max === 'function') {
      callback = max;
      max = min;
      min = 0;
    }
    if (!NumberIsSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
    if (!NumberIsSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
    if (max <= min) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
    }
    const range = max - min;
    if (range >= 2 ** 48) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "max - min" is out of range. It must be <= 281474976710655. Received ${range}`);
    }
    // rejection sampling over 48 random bits: no modulo bias
    const limit = 2 ** 48 - (2 ** 48 % range);
    let value;
    do {
      const b = fill(new Uint8Array(6));
      value = ((b[0] * 256 + b[1]) * 256 + b[2]) * 2 ** 24 + ((b[3] * 256 + b[4]) * 256 + b[5]);
    } while (value >= limit);
    const result = min + (value % range);
    if (callback === undefined) return result;
    validateFunction(callback, 'callback');
    internal.nextTick(callback, null, result);
    return undefined;
  }

  function timingSafeEqual(a, b) {
    if (!ArrayBufferIsView(a)) throw invalidArgType('buf1', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', a);
    if (!ArrayBufferIsView(b)) throw invalidArgType('buf2', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', b);
    if (a.byteLength !== b.byteLength) {
      throw makeCodedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
    }
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    let diff = 0;
    for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
    return diff === 0;
  }

  const getHashes = () => [...ops.names()];
  return {
    createHash: (algorithm, options) => new Hash(algorithm, options),
    createHmac: (hmac, key, options) => new Hmac(hmac, key, options),
    Hash, Hmac, getHashes,
    randomBytes, pseudoRandomBytes: randomBytes, randomFill, randomFillSync, randomInt,
    randomUUID: (options) => web.crypto.randomUUID(options),
    getRandomValues: (array) => web.crypto.getRandomValues(array),
    timingSafeEqual,
    webcrypto: web.crypto,
    constants: {},
  };
})
