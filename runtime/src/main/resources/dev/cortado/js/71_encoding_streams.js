// 71_encoding_streams.js: `TextEncoderStream` and `TextDecoderStream` (Encoding Standard §7), each
// a TransformStream around a TextEncoder / TextDecoder from 55_encoding.js. Loaded on first use.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBufferIsView, ObjectDefineProperty, ReflectOwnKeys, StringPrototypeCharCodeAt,
    StringPrototypeSlice, SymbolFor, SymbolToStringTag, TypeError, ObjectPrototypeToString,
    Uint8Array, FunctionPrototypeCall: call,
  } = internal.primordials;
  const streams = internal.load('70_streams.js');
  const { TransformStream } = streams;
  const encoding = () => internal.load('55_encoding.js');
  const illegal = internal.errors.illegalInvocation;
  const customInspect = SymbolFor('nodejs.util.inspect.custom');
  // The encoder's and decoder's methods, taken once (user code may patch the prototypes later).
  let encode, decode;
  function encoderMethods() {
    if (encode === undefined) {
      const { TextEncoder, TextDecoder } = encoding();
      encode = TextEncoder.prototype.encode;
      decode = TextDecoder.prototype.decode;
    }
  }

  // Each stream's state record (never undefined: the class's brand), under a key of its class
  // shared by every Context (00_primordials.js).
  const k_decoderState = internal.sharedSymbol('encodingStreams:TextDecoderStream.state');
  const k_encoderState = internal.sharedSymbol('encodingStreams:TextEncoderStream.state');
  function encoderStreamOf(o) {
    return o !== null && typeof o === 'object' ? o[k_encoderState] : undefined;
  }
  function decoderStreamOf(o) {
    return o !== null && typeof o === 'object' ? o[k_decoderState] : undefined;
  }

  class TextEncoderStream {
    constructor() {
      encoderMethods();
      const { TextEncoder } = encoding();
      const state = { encoder: new TextEncoder(), pendingHighSurrogate: '', transform: undefined };
      state.transform = new TransformStream({
        transform(chunk, controller) {
          // "Encode and enqueue a chunk": a lead surrogate that ends a chunk waits for the next one.
          let input = `${chunk}`;
          if (state.pendingHighSurrogate !== '') {
            input = state.pendingHighSurrogate + input;
            state.pendingHighSurrogate = '';
          }
          const last = input.length === 0 ? 0 : StringPrototypeCharCodeAt(input, input.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            state.pendingHighSurrogate = StringPrototypeSlice(input, input.length - 1);
            input = StringPrototypeSlice(input, 0, input.length - 1);
          }
          if (input.length === 0) return;
          controller.enqueue(call(encode, state.encoder, input));
        },
        flush(controller) {
          if (state.pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        },
      });
      this[k_encoderState] = state;
    }
    get encoding() {
      if (encoderStreamOf(this) === undefined) throw illegal();
      return 'utf-8';
    }
    get readable() {
      const state = encoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.transform.readable;
    }
    get writable() {
      const state = encoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.transform.writable;
    }
  }

  const streamOption = { stream: true };
  class TextDecoderStream {
    constructor(label = 'utf-8', options = undefined) {
      encoderMethods();
      const { TextDecoder } = encoding();
      // TextDecoder converts the label and the { fatal, ignoreBOM } dictionary exactly as this
      // constructor must, and throws the RangeError for an unknown label.
      const decoder = new TextDecoder(label, options);
      const state = { decoder, transform: undefined };
      state.transform = new TransformStream({
        transform(chunk, controller) {
          if (!ArrayBufferIsView(chunk) && !isArrayBufferLike(chunk)) {
            throw new TypeError('The chunk must be an ArrayBuffer or an ArrayBufferView');
          }
          const output = call(decode, decoder, chunk, streamOption);
          if (output !== '') controller.enqueue(output);
        },
        flush(controller) {
          const output = call(decode, decoder);
          if (output !== '') controller.enqueue(output);
        },
      });
      this[k_decoderState] = state;
    }
    get encoding() {
      const state = decoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.decoder.encoding;
    }
    get fatal() {
      const state = decoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.decoder.fatal;
    }
    get ignoreBOM() {
      const state = decoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.decoder.ignoreBOM;
    }
    get readable() {
      const state = decoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.transform.readable;
    }
    get writable() {
      const state = decoderStreamOf(this);
      if (state === undefined) throw illegal();
      return state.transform.writable;
    }
  }

  function isArrayBufferLike(v) {
    if (v === null || typeof v !== 'object') return false;
    const tag = ObjectPrototypeToString(v);
    return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
  }

  for (const [Class, name] of [[TextEncoderStream, 'TextEncoderStream'], [TextDecoderStream, 'TextDecoderStream']]) {
    for (const key of ReflectOwnKeys(Class.prototype)) {
      if (key !== 'constructor' && typeof key === 'string') ObjectDefineProperty(Class.prototype, key, { enumerable: true });
    }
    ObjectDefineProperty(Class.prototype, SymbolToStringTag, { value: name, configurable: true });
  }
  ObjectDefineProperty(TextEncoderStream.prototype, customInspect, {
    value: function (depth, options, inspect) {
      const state = encoderStreamOf(this);
      if (state === undefined) return this;
      return `TextEncoderStream ${inspect({ encoding: 'utf-8', readable: state.transform.readable, writable: state.transform.writable }, options)}`;
    },
    writable: true, configurable: true,
  });
  ObjectDefineProperty(TextDecoderStream.prototype, customInspect, {
    value: function (depth, options, inspect) {
      const state = decoderStreamOf(this);
      if (state === undefined) return this;
      const d = state.decoder;
      return `TextDecoderStream ${inspect({ encoding: d.encoding, fatal: d.fatal, ignoreBOM: d.ignoreBOM, readable: state.transform.readable, writable: state.transform.writable }, options)}`;
    },
    writable: true, configurable: true,
  });

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [TextEncoderStream, TextDecoderStream]) internal.markPlatformInterface(Interface);

  return { TextEncoderStream, TextDecoderStream };
})
