// 77_zlib.js: Node's `zlib`, loaded on first use, over node/ZlibOps.java (the JDK's zlib for
// deflate, inflate, gzip, gunzip and unzip; brotli4j for brotli). It adds:
//   - the sync one-shot calls (gzipSync...), run on the loop thread;
//   - the callback one-shot calls (gzip(buffer, callback)...), run on a virtual thread;
//   - the stream classes (createGzip()... : node:stream Transforms, each chunk processed as it
//     comes, on the loop thread);
//   - zlib.constants and the classic constants on the module, options checked as Node does.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBufferIsView, ObjectSetPrototypeOf, ObjectKeys, ReflectApply, RangeError,
    Error: ErrorCtor, Uint8Array, NumberIsInteger, ArrayBuffer: ArrayBufferCtor, ObjectFreeze,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const { makeCodedError, invalidArgType, validateFunction } = internal.errors;
  const { Buffer } = internal.load('81_buffer.js');
  const { Transform } = internal.load('89_stream.js').Stream;
  const ops = host.zlib;

  const constants = ObjectFreeze({
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
    DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
    BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
    Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
    Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
    BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
    BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
    BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
    BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
    BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
    BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
    BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
    BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7,
    BROTLI_PARAM_NDIRECT: 8,
  });

  function checkRange(name, value, min, max, fallback) {
    if (value === undefined) return fallback;
    if (typeof value !== 'number') throw invalidArgType(`options.${name}`, 'of type number', value);
    if (!NumberIsInteger(value) || value < min || value > max) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "options.${name}" is out of range. It must be >= ${min} and <= ${max}. Received ${value}`);
    }
    return value;
  }
  /** [level, strategy, quality, window, mode] from Node's options. */
  function settings(mode, options) {
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    const o = options || {};
    const level = checkRange('level', o.level, -1, 9, -1);
    const strategy = checkRange('strategy', o.strategy, 0, 4, 0);
    checkRange('windowBits', o.windowBits, mode.startsWith('Inflate') || mode === 'Gunzip' || mode === 'Unzip' ? 0 : 8, 15, 15);
    checkRange('memLevel', o.memLevel, 1, 9, 8);
    const params = o.params || {};
    const quality = checkRange('params[BROTLI_PARAM_QUALITY]', params[constants.BROTLI_PARAM_QUALITY], 0, 11, 11);
    const window = checkRange('params[BROTLI_PARAM_LGWIN]', params[constants.BROTLI_PARAM_LGWIN], 10, 24, 22);
    const brotliMode = checkRange('params[BROTLI_PARAM_MODE]', params[constants.BROTLI_PARAM_MODE], 0, 2, 0);
    return [level, strategy, quality, window, brotliMode];
  }
  /** The input as a Uint8Array view, as Node's zlib accepts it. */
  function inputOf(buffer) {
    if (typeof buffer === 'string') return Buffer.from(buffer, 'utf8');
    if (buffer instanceof ArrayBufferCtor) return new Uint8Array(buffer);
    if (ArrayBufferIsView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
  }
  function zlibError(description) {
    const bar = description.indexOf('|');
    const bar2 = description.indexOf('|', bar + 1);
    const error = new ErrorCtor(description.slice(bar2 + 1));
    error.errno = +description.slice(bar + 1, bar2);
    error.code = description.slice(0, bar);
    return error;
  }
  function toBuffer(byteBuffer) {
    return Buffer.from(new Uint8Array(byteBuffer));
  }

  function syncCall(mode) {
    return function zlibSync(buffer, options) {
      const input = inputOf(buffer);
      const handle = ops.open(mode, ...settings(mode, options));
      try {
        const out = handle.error() === null ? handle.write(input.buffer, input.byteOffset, input.byteLength, true) : null;
        if (out === null) throw zlibError(handle.error());
        return toBuffer(out);
      } finally {
        handle.close();
      }
    };
  }
  function asyncCall(mode) {
    return function zlibAsync(buffer, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      }
      validateFunction(callback, 'callback');
      const input = inputOf(buffer);
      const op = ops.oneShot(mode, ...settings(mode, options), input.buffer, input.byteOffset, input.byteLength);
      internal.listenOp(op, (ok, value) => {
        if (ok) callback(null, toBuffer(value));
        else callback(zlibError(value));
      });
    };
  }

  // --- streams ----------------------------------------------------------------------------------------
  function ZlibBase(mode, options) {
    const handle = ops.open(mode, ...settings(mode, options));
    if (handle.error() !== null) throw zlibError(handle.error());
    this._handle = handle;
    this._mode = mode;
    this.bytesWritten = 0;
    ReflectApply(Transform, this, [{ ...options, objectMode: false }]);
  }
  ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
  ObjectSetPrototypeOf(ZlibBase, Transform);
  ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
    const input = inputOf(chunk);
    this.bytesWritten += input.byteLength;
    const out = this._handle.write(input.buffer, input.byteOffset, input.byteLength, false);
    if (out === null) {
      callback(zlibError(this._handle.error()));
      return;
    }
    const output = toBuffer(out); // out is the host's ByteBuffer, which has no byteLength
    if (output.length !== 0) this.push(output);
    callback();
  };
  ZlibBase.prototype._flush = function _flush(callback) {
    const out = this._handle.write(new ArrayBufferCtor(0), 0, 0, true);
    if (out === null) {
      callback(zlibError(this._handle.error()));
      return;
    }
    const output = toBuffer(out); // out is the host's ByteBuffer, which has no byteLength
    if (output.length !== 0) this.push(output);
    callback();
  };
  ZlibBase.prototype._destroy = function _destroy(err, callback) {
    this._handle.close();
    callback(err);
  };
  ZlibBase.prototype.close = function close(callback) {
    if (callback) internal.nextTick(callback);
    this.destroy();
  };

  const MODES = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
    'BrotliCompress', 'BrotliDecompress'];
  const zlib = { constants };
  for (const mode of MODES) {
    const Class = {
      [mode]: function (options) {
        if (!new.target) return new Class(options);
        ReflectApply(ZlibBase, this, [mode, options]);
      },
    }[mode];
    ObjectSetPrototypeOf(Class.prototype, ZlibBase.prototype);
    ObjectSetPrototypeOf(Class, ZlibBase);
    zlib[mode] = Class;
    const lower = mode[0].toLowerCase() + mode.slice(1);
    zlib[lower] = asyncCall(mode);
    zlib[`${lower}Sync`] = syncCall(mode);
    zlib[`create${mode}`] = (options) => new Class(options);
  }
  for (const name of ObjectKeys(constants)) {
    if (name.startsWith('Z_')) zlib[name] = constants[name];
  }
  return zlib;
})
