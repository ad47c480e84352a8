// 73_compression_streams.js: `CompressionStream` and `DecompressionStream` (Compression Streams
// standard): each a TransformStream around one of the zlib codecs of node/ZlibCodec.java, for the
// formats "deflate" (zlib), "deflate-raw", "gzip" and "brotli". A chunk is compressed or
// decompressed as it is written, on the loop thread, and its output enqueued when not empty.
// Decompression refuses corrupt input, input that ends early, and any byte after the end of the
// compressed data, with a TypeError that errors the stream. Loaded on first use.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer: ArrayBufferCtor, ArrayBufferIsView, ObjectDefineProperty, ObjectPrototypeToString,
    ReflectOwnKeys, SymbolFor, SymbolToStringTag, TypeError, Uint8Array, StringPrototypeSlice,
    StringPrototypeIndexOf,
  } = internal.primordials;
  const { TransformStream } = internal.load('70_streams.js');
  const ops = host.zlib;
  const customInspect = SymbolFor('nodejs.util.inspect.custom');
  const k_compress = internal.sharedSymbol('compression:compress');     // CompressionStream's transform
  const k_decompress = internal.sharedSymbol('compression:decompress'); // DecompressionStream's transform

  // Each format's codec (node/ZlibCodec.java's mode names); decompression is strict about the end.
  const COMPRESS = { __proto__: null, deflate: 'Deflate', 'deflate-raw': 'DeflateRaw', gzip: 'Gzip', brotli: 'BrotliCompress' };
  const DECOMPRESS = {
    __proto__: null, deflate: 'InflateStrict', 'deflate-raw': 'InflateRawStrict', gzip: 'GunzipStrict',
    brotli: 'BrotliDecompress',
  };
  const DEFAULT_LEVEL = -1; // zlib's default (6); brotli's default quality is 11
  const BROTLI_QUALITY = 11;
  const BROTLI_WINDOW = 22;

  /** Web IDL's enum conversion of the `format` argument. */
  function formatOf(args, modes, what) {
    if (args.length === 0) {
      throw new TypeError(`Failed to construct '${what}': 1 argument required, but only 0 present.`);
    }
    const format = `${args[0]}`;
    const mode = modes[format];
    if (mode === undefined) {
      throw new TypeError(`Failed to construct '${what}': The provided value '${format}' is not a valid ` +
        "enum value of type CompressionFormat.");
    }
    return mode;
  }

  /** A chunk as bytes: any BufferSource not backed by a SharedArrayBuffer, else a TypeError. */
  function bytesOf(chunk) {
    let bytes;
    if (ArrayBufferIsView(chunk)) {
      bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (chunk !== null && typeof chunk === 'object' && ObjectPrototypeToString(chunk) === '[object ArrayBuffer]') {
      bytes = new Uint8Array(chunk);
    } else {
      throw new TypeError("The provided value is not of type '(ArrayBuffer or ArrayBufferView)'");
    }
    if (ObjectPrototypeToString(bytes.buffer) !== '[object ArrayBuffer]') {
      throw new TypeError('The provided ArrayBufferView value must not be shared.');
    }
    return bytes;
  }

  function codecError(description) {
    // "code|errno|message" (ZlibOps): the message is what a user can act on.
    const bar = StringPrototypeIndexOf(description, '|');
    const message = StringPrototypeSlice(description, StringPrototypeIndexOf(description, '|', bar + 1) + 1);
    return new TypeError(`The compressed data is not valid: ${message}`);
  }

  /** The TransformStream that runs `mode`'s codec over the chunks written to it. */
  function codecTransform(mode, decompressing) {
    const brotli = mode === 'BrotliCompress';
    const handle = ops.open(mode, DEFAULT_LEVEL, 0, brotli ? BROTLI_QUALITY : 0, brotli ? BROTLI_WINDOW : 0, 0);
    if (handle.error() !== null) throw codecError(handle.error());
    const run = (controller, input, finish) => {
      const out = handle.write(input.buffer, input.byteOffset, input.byteLength, finish);
      if (out === null) {
        const error = handle.error();
        handle.close();
        throw decompressing ? codecError(error) : new TypeError(`Compression failed: ${error}`);
      }
      const bytes = new Uint8Array(out); // a copy of the host's ByteBuffer
      if (bytes.byteLength !== 0) controller.enqueue(bytes);
      const late = handle.error(); // data after the end: the output above still reaches the reader
      if (late !== null) {
        handle.close();
        throw codecError(late);
      }
      if (finish) handle.close();
    };
    return new TransformStream({
      transform(chunk, controller) {
        const bytes = bytesOf(chunk);
        if (bytes.byteLength !== 0) run(controller, bytes, false);
      },
      flush(controller) {
        run(controller, new Uint8Array(new ArrayBufferCtor(0)), true);
      },
    });
  }

  /** The stream's TransformStream under `key`, its brand; else Illegal invocation. */
  function transformOf(self, key) {
    const transform = self?.[key];
    if (transform === undefined) throw new TypeError('Illegal invocation');
    return transform;
  }

  class CompressionStream {
    constructor(format) {
      this[k_compress] = codecTransform(formatOf(arguments, COMPRESS, 'CompressionStream'), false);
    }
    get readable() {
      return transformOf(this, k_compress).readable;
    }
    get writable() {
      return transformOf(this, k_compress).writable;
    }
  }

  class DecompressionStream {
    constructor(format) {
      this[k_decompress] = codecTransform(formatOf(arguments, DECOMPRESS, 'DecompressionStream'), true);
    }
    get readable() {
      return transformOf(this, k_decompress).readable;
    }
    get writable() {
      return transformOf(this, k_decompress).writable;
    }
  }

  for (const Class of [CompressionStream, DecompressionStream]) {
    const key = Class === CompressionStream ? k_compress : k_decompress;
    for (const name of ReflectOwnKeys(Class.prototype)) {
      if (name !== 'constructor' && typeof name === 'string') ObjectDefineProperty(Class.prototype, name, { enumerable: true });
    }
    ObjectDefineProperty(Class.prototype, SymbolToStringTag, { value: Class.name, configurable: true });
    ObjectDefineProperty(Class.prototype, customInspect, {
      value: function (depth, options, inspect) {
        const transform = this?.[key];
        if (transform === undefined) return this;
        return `${Class.name} ${inspect({ readable: transform.readable, writable: transform.writable }, options)}`;
      },
    });
  }

  internal.markPlatformInterface(CompressionStream);
  internal.markPlatformInterface(DecompressionStream);
  return { CompressionStream, DecompressionStream };
})
