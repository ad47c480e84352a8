// 55_encoding.js: `TextEncoder` and `TextDecoder` (WHATWG Encoding Standard). Loaded on first use.
//
// UTF-8 small inputs are encoded and decoded here; large ones go to Java (host.encoding), which
// is several times faster once a string is longer than a few hundred code units. UTF-16 and
// x-user-defined are decoded here; the other legacy encodings in EncodingOps.java.
//
// Exports `TextEncoder`, `TextDecoder` and, for the other runtime files (encoding streams,
// Blob.text()):
// - `getEncoding(label)`: the standard's encoding name for a label, or null
// - `utf8Encode(string)`: a Uint8Array; `utf8Decode(uint8Array)`: a string (BOM kept, U+FFFD)
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototypeByteLength, ArrayBufferPrototypeDetached, DataViewPrototypeBuffer,
    DataViewPrototypeByteLength, DataViewPrototypeByteOffset, ObjectDefineProperty,
    ObjectFreeze, RangeError, ReflectApply, SharedArrayBufferPrototypeByteLength,
    StringFromCharCode, StringPrototypeCharCodeAt, StringPrototypeSlice,
    StringPrototypeToLowerCase, StringPrototypeToWellFormed, SymbolToStringTag, TypeError,
    TypedArrayPrototypeBuffer, TypedArrayPrototypeByteLength, TypedArrayPrototypeByteOffset,
    TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet,
    TypedArrayPrototypeSubarray, Uint8Array,
  } = internal.primordials;
  const ops = host.encoding;
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

  // Above these sizes Java does the work (measured: the call costs about as much as this many
  // code units of JavaScript).
  const JAVA_ENCODE_MIN = 64;
  const JAVA_DECODE_MIN = 256;

  // --- labels ------------------------------------------------------------------------------------

  // Every encoding of the standard and its labels (the standard's table, in its order).
  const ENCODINGS = [
    ['utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8'],
    ['ibm866', '866 cp866 csibm866 ibm866'],
    ['iso-8859-2', 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2'],
    ['iso-8859-3', 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3'],
    ['iso-8859-4', 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4'],
    ['iso-8859-5', 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988'],
    ['iso-8859-6', 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
      'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987'],
    ['iso-8859-7', 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
      'iso_8859-7 iso_8859-7:1987 sun_eu_greek'],
    ['iso-8859-8', 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
      'iso_8859-8 iso_8859-8:1988 visual'],
    ['iso-8859-8-i', 'csiso88598i iso-8859-8-i logical'],
    ['iso-8859-10', 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6'],
    ['iso-8859-13', 'iso-8859-13 iso8859-13 iso885913'],
    ['iso-8859-14', 'iso-8859-14 iso8859-14 iso885914'],
    ['iso-8859-15', 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9'],
    ['iso-8859-16', 'iso-8859-16'],
    ['koi8-r', 'cskoi8r koi koi8 koi8-r koi8_r'],
    ['koi8-u', 'koi8-ru koi8-u'],
    ['macintosh', 'csmacintosh mac macintosh x-mac-roman'],
    ['windows-874', 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874'],
    ['windows-1250', 'cp1250 windows-1250 x-cp1250'],
    ['windows-1251', 'cp1251 windows-1251 x-cp1251'],
    ['windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
      'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252'],
    ['windows-1253', 'cp1253 windows-1253 x-cp1253'],
    ['windows-1254', 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 ' +
      'l5 latin5 windows-1254 x-cp1254'],
    ['windows-1255', 'cp1255 windows-1255 x-cp1255'],
    ['windows-1256', 'cp1256 windows-1256 x-cp1256'],
    ['windows-1257', 'cp1257 windows-1257 x-cp1257'],
    ['windows-1258', 'cp1258 windows-1258 x-cp1258'],
    ['x-mac-cyrillic', 'x-mac-cyrillic x-mac-ukrainian'],
    ['gbk', 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk'],
    ['gb18030', 'gb18030'],
    ['big5', 'big5 big5-hkscs cn-big5 csbig5 x-x-big5'],
    ['euc-jp', 'cseucpkdfmtjapanese euc-jp x-euc-jp'],
    ['iso-2022-jp', 'csiso2022jp iso-2022-jp'],
    ['shift_jis', 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis'],
    ['euc-kr', 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ' +
      'ksc_5601 windows-949'],
    ['replacement', 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement'],
    ['utf-16be', 'unicodefffe utf-16be'],
    ['utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le'],
    ['x-user-defined', 'x-user-defined'],
  ];
  const LABELS = { __proto__: null };
  const SINGLE_BYTE = { __proto__: null };
  for (let i = 0; i < ENCODINGS.length; i++) {
    const name = ENCODINGS[i][0];
    const labels = ENCODINGS[i][1];
    let start = 0;
    for (let j = 0; j <= labels.length; j++) {
      if (j === labels.length || StringPrototypeCharCodeAt(labels, j) === 0x20) {
        LABELS[StringPrototypeSlice(labels, start, j)] = name;
        start = j + 1;
      }
    }
    if (i >= 1 && i <= 28) SINGLE_BYTE[name] = true; // ibm866 .. x-mac-cyrillic
  }

  function isAsciiWhitespace(c) {
    return c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
  }

  // "get an encoding": strip ASCII whitespace, ASCII-lowercase, look up.
  function getEncoding(label) {
    let start = 0;
    let end = label.length;
    while (start < end && isAsciiWhitespace(StringPrototypeCharCodeAt(label, start))) start++;
    while (end > start && isAsciiWhitespace(StringPrototypeCharCodeAt(label, end - 1))) end--;
    const trimmed = StringPrototypeSlice(label, start, end);
    for (let i = 0; i < trimmed.length; i++) {
      // No label has a non-ASCII character, and only ASCII may be lowercased (not K, U+212A).
      if (StringPrototypeCharCodeAt(trimmed, i) > 0x7F) return null;
    }
    return LABELS[StringPrototypeToLowerCase(trimmed)] ?? null;
  }

  // --- UTF-8 -------------------------------------------------------------------------------------

  // UTF-8 of a string whose lone surrogates become U+FFFD, into a fresh Uint8Array.
  function utf8Encode(input) {
    const length = input.length;
    if (length >= JAVA_ENCODE_MIN) {
      const encoded = new Uint8Array(ops.encodeUtf8(StringPrototypeToWellFormed(input)));
      const bytes = new Uint8Array(TypedArrayPrototypeGetLength(encoded));
      TypedArrayPrototypeSet(bytes, encoded);
      return bytes;
    }
    const out = new Uint8Array(length * 3);
    const written = utf8EncodeInto(input, out, 0, out.length);
    return written === out.length ? out : new Uint8Array(TypedArrayPrototypeSubarray(out, 0, written));
  }

  let lastRead = 0; // code units read by the last utf8EncodeInto

  // Encodes as much of `input` as fits in out[start, end), whole code points only; returns the
  // bytes written and sets `lastRead`.
  function utf8EncodeInto(input, out, start, end) {
    const length = input.length;
    let o = start;
    let i = 0;
    for (; i < length; i++) {
      let c = StringPrototypeCharCodeAt(input, i);
      if (c < 0x80) {
        if (o >= end) break;
        out[o++] = c;
      } else if (c < 0x800) {
        if (o + 2 > end) break;
        out[o++] = 0xC0 | (c >> 6);
        out[o++] = 0x80 | (c & 0x3F);
      } else {
        if (c >= 0xD800 && c <= 0xDFFF) {
          const d = i + 1 < length ? StringPrototypeCharCodeAt(input, i + 1) : 0;
          if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
            if (o + 4 > end) break;
            c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
            out[o++] = 0xF0 | (c >> 18);
            out[o++] = 0x80 | ((c >> 12) & 0x3F);
            out[o++] = 0x80 | ((c >> 6) & 0x3F);
            out[o++] = 0x80 | (c & 0x3F);
            i++;
            continue;
          }
          c = 0xFFFD;
        }
        if (o + 3 > end) break;
        out[o++] = 0xE0 | (c >> 12);
        out[o++] = 0x80 | ((c >> 6) & 0x3F);
        out[o++] = 0x80 | (c & 0x3F);
      }
    }
    lastRead = i;
    return o - start;
  }

  // Strings from code units in chunks (fromCharCode takes one argument per unit).
  const CHUNK = 4096;
  function flushUnits(units, count) {
    if (count === units.length) return ReflectApply(StringFromCharCode, null, units);
    units.length = count;
    return ReflectApply(StringFromCharCode, null, units);
  }

  // The UTF-8 decoder of the standard over bytes[start, end), to its end of queue: each maximal
  // ill-formed subsequence becomes one U+FFFD (or returns null when `fatal`).
  function utf8DecodeJs(bytes, start, end, fatal) {
    let result = '';
    let units = [];
    let n = 0;
    let i = start;
    while (i < end) {
      const b = bytes[i];
      if (b < 0x80) {
        units[n++] = b;
        i++;
      } else {
        let needed;
        let cp;
        let lower = 0x80;
        let upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
          needed = 1; cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          if (b === 0xE0) lower = 0xA0;
          else if (b === 0xED) upper = 0x9F;
          needed = 2; cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          if (b === 0xF0) lower = 0x90;
          else if (b === 0xF4) upper = 0x8F;
          needed = 3; cp = b & 0x07;
        } else {
          needed = 0;
        }
        let j = i + 1;
        let ok = needed > 0;
        for (let k = 0; k < needed; k++) {
          const c = j < end ? bytes[j] : -1;
          if (c < lower || c > upper) { ok = false; break; }
          lower = 0x80; upper = 0xBF;
          cp = (cp << 6) | (c & 0x3F);
          j++;
        }
        if (!ok) {
          if (fatal) return null;
          units[n++] = 0xFFFD;
        } else if (cp >= 0x10000) {
          cp -= 0x10000;
          units[n++] = 0xD800 | (cp >> 10);
          units[n++] = 0xDC00 | (cp & 0x3FF);
        } else {
          units[n++] = cp;
        }
        i = j;
      }
      if (n >= CHUNK) {
        result += flushUnits(units, n);
        units = [];
        n = 0;
      }
    }
    return n === 0 ? result : result + flushUnits(units, n);
  }

  // Where an unfinished but so far valid sequence starts at the end of bytes[start, end), or end.
  function utf8IncompleteTail(bytes, start, end) {
    for (let k = 1; k <= 3 && end - k >= start; k++) {
      const b = bytes[end - k];
      if ((b & 0xC0) === 0x80) continue;
      const needed = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (needed <= k) return end;
      if (k >= 2) {
        const second = bytes[end - k + 1];
        const lower = b === 0xE0 ? 0xA0 : b === 0xF0 ? 0x90 : 0x80;
        const upper = b === 0xED ? 0x9F : b === 0xF4 ? 0x8F : 0xBF;
        if (second < lower || second > upper) return end;
      }
      return end - k;
    }
    return end;
  }

  function utf8DecodeRange(bytes, start, end, fatal) {
    if (end - start >= JAVA_DECODE_MIN) {
      const result = ops.decodeUtf8(TypedArrayPrototypeBuffer(bytes),
        TypedArrayPrototypeByteOffset(bytes) + start, end - start, fatal);
      return result ?? null;
    }
    return utf8DecodeJs(bytes, start, end, fatal);
  }

  // UTF-8 decode without BOM handling or errors (for Blob.text() and friends).
  function utf8Decode(bytes) {
    return utf8DecodeRange(bytes, 0, TypedArrayPrototypeGetLength(bytes), false);
  }

  // --- UTF-16 ------------------------------------------------------------------------------------

  // The standard's shared UTF-16 decoder over bytes[start, end), continuing from `state`
  // ({ leadByte, leadSurrogate }); at `flush`, an unfinished unit or pair is an error.
  function utf16Decode(state, bigEndian, bytes, start, end, flush, fatal) {
    let result = '';
    let units = [];
    let n = 0;
    let leadByte = state.leadByte;
    let leadSurrogate = state.leadSurrogate;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (leadByte < 0) { leadByte = b; continue; }
      const unit = bigEndian ? (leadByte << 8) | b : (b << 8) | leadByte;
      leadByte = -1;
      if (leadSurrogate >= 0) {
        const lead = leadSurrogate;
        leadSurrogate = -1;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          units[n++] = lead;
          units[n++] = unit;
          if (n >= CHUNK) { result += flushUnits(units, n); units = []; n = 0; }
          continue;
        }
        if (fatal) return null;
        units[n++] = 0xFFFD;
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        leadSurrogate = unit;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        if (fatal) return null;
        units[n++] = 0xFFFD;
      } else {
        units[n++] = unit;
      }
      if (n >= CHUNK) { result += flushUnits(units, n); units = []; n = 0; }
    }
    if (flush && (leadByte >= 0 || leadSurrogate >= 0)) {
      leadByte = -1;
      leadSurrogate = -1;
      if (fatal) return null;
      units[n++] = 0xFFFD;
    }
    state.leadByte = leadByte;
    state.leadSurrogate = leadSurrogate;
    return n === 0 ? result : result + flushUnits(units, n);
  }

  // --- x-user-defined ----------------------------------------------------------------------------

  function userDefinedDecode(bytes, start, end) {
    let result = '';
    let units = [];
    let n = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      units[n++] = b < 0x80 ? b : 0xF780 + b - 0x80;
      if (n >= CHUNK) { result += flushUnits(units, n); units = []; n = 0; }
    }
    return n === 0 ? result : result + flushUnits(units, n);
  }

  // --- Web IDL helpers ---------------------------------------------------------------------------

  function toDOMString(value) {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${value}`;
  }

  function isObject(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function');
  }

  // An (AllowShared) BufferSource as a Uint8Array over the same memory (empty when detached), or
  // null when `input` is none.
  function bufferSourceBytes(input) {
    let buffer;
    let offset = 0;
    let length;
    if (ArrayBufferIsView(input)) {
      if (TypedArrayPrototypeGetSymbolToStringTag(input) !== undefined) {
        buffer = TypedArrayPrototypeBuffer(input);
        offset = TypedArrayPrototypeByteOffset(input);
        length = TypedArrayPrototypeByteLength(input);
      } else {
        buffer = DataViewPrototypeBuffer(input);
        if (isDetached(buffer)) return new Uint8Array(0);
        offset = DataViewPrototypeByteOffset(input);
        length = DataViewPrototypeByteLength(input);
      }
    } else if (isObject(input)) {
      try {
        length = ArrayBufferPrototypeByteLength(input);
      } catch {
        try {
          length = SharedArrayBufferPrototypeByteLength(input);
        } catch {
          return null;
        }
      }
      buffer = input;
    } else {
      return null;
    }
    if (isDetached(buffer)) return new Uint8Array(0);
    return new Uint8Array(buffer, offset, length);
  }

  function isDetached(buffer) {
    try {
      return ArrayBufferPrototypeDetached(buffer);
    } catch {
      return false; // a SharedArrayBuffer
    }
  }

  function describe(value) {
    if (value === null) return 'null';
    if (typeof value === 'function') return `function ${value.name}`;
    if (typeof value === 'object') return `an instance of ${value.constructor?.name ?? 'Object'}`;
    if (typeof value === 'string') return `type string ('${value.length > 25 ? StringPrototypeSlice(value, 0, 25) + '...' : value}')`;
    if (typeof value === 'symbol') return `type symbol (${value.description === undefined ? 'Symbol()' : `Symbol(${value.description})`})`;
    return `type ${typeof value} (${value})`;
  }

  const { illegalInvocation: illegal, makeCodedError } = internal.errors;
  // Node's error for an unknown label: the RangeError the Encoding Standard asks for, with a code.
  const unsupported = (label) =>
    makeCodedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_bomSeen = internal.sharedSymbol('encoding:bomSeen');
  const k_brand = internal.sharedSymbol('encoding:brand');
  const k_doNotFlush = internal.sharedSymbol('encoding:doNotFlush');
  const k_encoding = internal.sharedSymbol('encoding:encoding');
  const k_fatal = internal.sharedSymbol('encoding:fatal');
  const k_ignoreBOM = internal.sharedSymbol('encoding:ignoreBOM');
  const k_pending = internal.sharedSymbol('encoding:pending');
  const k_stream = internal.sharedSymbol('encoding:stream');
  const k_utf16 = internal.sharedSymbol('encoding:utf16');

  // --- TextEncoder -------------------------------------------------------------------------------

  class TextEncoder {
    constructor() {
      this[k_brand] = true;
    }

    get encoding() {
      if (!isObject(this) || this[k_brand] === undefined) throw illegal();
      return 'utf-8';
    }

    encode(input = '') {
      if (!isObject(this) || this[k_brand] === undefined) throw illegal();
      return utf8Encode(toDOMString(input));
    }

    encodeInto(source, destination) {
      if (!isObject(this) || this[k_brand] === undefined) throw illegal();
      if (arguments.length < 2) {
        throw new TypeError(`Failed to execute 'encodeInto' on 'TextEncoder': 2 arguments required, but only ${arguments.length} present.`);
      }
      source = toDOMString(source);
      if (!ArrayBufferIsView(destination) || TypedArrayPrototypeGetSymbolToStringTag(destination) !== 'Uint8Array') {
        throw new TypeError(`The "destination" argument must be an instance of Uint8Array. Received ${describe(destination)}`);
      }
      const capacity = TypedArrayPrototypeGetLength(destination);
      let written;
      let read;
      if (source.length >= JAVA_ENCODE_MIN && capacity >= JAVA_ENCODE_MIN) {
        const encoded = new Uint8Array(ops.encodeUtf8Into(StringPrototypeToWellFormed(source), capacity));
        TypedArrayPrototypeSet(destination, encoded);
        written = TypedArrayPrototypeGetLength(encoded);
        read = ops.lastRead();
      } else {
        written = utf8EncodeInto(source, destination, 0, capacity);
        read = lastRead;
      }
      return { read, written };
    }

    [inspectCustom](depth, options, inspect) {
      if (!isObject(this) || this[k_brand] === undefined) return this;
      return `TextEncoder { encoding: 'utf-8' }`;
    }
  }

  // --- TextDecoder -------------------------------------------------------------------------------

  function isDecoder(value) {
    return isObject(value) && value[k_encoding] !== undefined;
  }
  /** Decodes `bytes` after what is pending; null on an error in fatal mode. */
  function run(decoder, bytes, flush) {
    const encoding = decoder[k_encoding];
    const fatal = decoder[k_fatal];
    let length = TypedArrayPrototypeGetLength(bytes);
    if (encoding === 'utf-8') {
      const pending = decoder[k_pending];
      if (pending !== null) {
        const joined = new Uint8Array(pending.length + length);
        TypedArrayPrototypeSet(joined, pending);
        TypedArrayPrototypeSet(joined, bytes, pending.length);
        bytes = joined;
        length = joined.length;
        decoder[k_pending] = null;
      }
      let end = length;
      if (!flush) {
        end = utf8IncompleteTail(bytes, 0, length);
        if (end < length) decoder[k_pending] = new Uint8Array(TypedArrayPrototypeSubarray(bytes, end, length));
      }
      return utf8DecodeRange(bytes, 0, end, fatal);
    }
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      if (decoder[k_utf16] === null) decoder[k_utf16] = { leadByte: -1, leadSurrogate: -1 };
      return utf16Decode(decoder[k_utf16], encoding === 'utf-16be', bytes, 0, length, flush, fatal);
    }
    if (encoding === 'x-user-defined') return userDefinedDecode(bytes, 0, length);
    if (SINGLE_BYTE[encoding] === true) {
      if (length === 0) return '';
      return ops.decodeSingleByte(encoding, TypedArrayPrototypeBuffer(bytes),
        TypedArrayPrototypeByteOffset(bytes), length, fatal) ?? null;
    }
    if (decoder[k_stream] === null) {
      decoder[k_stream] = ops.newDecoder(encoding, fatal);
      if (decoder[k_stream] === null) {
        throw unsupported(encoding);
      }
    }
    return decoder[k_stream].decode(TypedArrayPrototypeBuffer(bytes),
      TypedArrayPrototypeByteOffset(bytes), length, flush) ?? null;
  }

  class TextDecoder {
    constructor(label = 'utf-8', options = undefined) {
      this[k_doNotFlush] = false;
      this[k_bomSeen] = false;
      this[k_pending] = null; // UTF-8: the bytes of an unfinished sequence
      this[k_utf16] = null; // UTF-16: { leadByte, leadSurrogate }
      this[k_stream] = null; // multi-byte: the Java StreamDecoder
      label = toDOMString(label);
      if (options !== undefined && options !== null && !isObject(options)) {
        throw new TypeError("Failed to construct 'TextDecoder': The provided value is not of type 'TextDecoderOptions'.");
      }
      const fatal = options == null ? false : !!options.fatal;
      const ignoreBOM = options == null ? false : !!options.ignoreBOM;
      const encoding = getEncoding(label);
      if (encoding === null || encoding === 'replacement') {
        throw unsupported(label);
      }
      this[k_encoding] = encoding;
      this[k_fatal] = fatal;
      this[k_ignoreBOM] = ignoreBOM;
    }

    get encoding() {
      if (!isObject(this) || this[k_encoding] === undefined) throw illegal();
      return this[k_encoding];
    }

    get fatal() {
      if (!isObject(this) || this[k_encoding] === undefined) throw illegal();
      return this[k_fatal];
    }

    get ignoreBOM() {
      if (!isObject(this) || this[k_encoding] === undefined) throw illegal();
      return this[k_ignoreBOM];
    }


    decode(input = undefined, options = undefined) {
      if (!isObject(this) || this[k_encoding] === undefined) throw illegal();
      let bytes = null;
      if (input !== undefined) {
        bytes = bufferSourceBytes(input);
        if (bytes === null) {
          throw new TypeError('The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer ' +
            `or ArrayBufferView. Received ${describe(input)}`);
        }
      }
      if (options !== undefined && options !== null && !isObject(options)) {
        throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The provided value is not of type 'TextDecodeOptions'.");
      }
      const stream = options == null ? false : !!options.stream;
      if (!this[k_doNotFlush]) {
        this[k_bomSeen] = false;
        this[k_pending] = null;
        this[k_utf16] = null;
        if (this[k_stream] !== null) this[k_stream].reset();
      }
      this[k_doNotFlush] = stream;
      if (bytes === null) bytes = new Uint8Array(0);
      let output = run(this, bytes, !stream);
      if (output === null) {
        this[k_doNotFlush] = false;
        throw new TypeError(`The encoded data was not valid for encoding ${this[k_encoding]}`);
      }
      const encoding = this[k_encoding];
      if (!this[k_ignoreBOM] && !this[k_bomSeen] && output.length > 0 &&
          (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be')) {
        this[k_bomSeen] = true;
        if (StringPrototypeCharCodeAt(output, 0) === 0xFEFF) output = StringPrototypeSlice(output, 1);
      }
      return output;
    }


    [inspectCustom](depth, options, inspect) {
      if (!isDecoder(this)) return this;
      const fields = { encoding: this[k_encoding], fatal: this[k_fatal], ignoreBOM: this[k_ignoreBOM] };
      return `TextDecoder ${inspect(fields, options)}`;
    }
  }

  for (const [ctor, members] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
    [TextDecoder, ['encoding', 'fatal', 'ignoreBOM', 'decode']]]) {
    for (const key of members) ObjectDefineProperty(ctor.prototype, key, { enumerable: true });
    ObjectDefineProperty(ctor.prototype, SymbolToStringTag, { value: ctor.name, configurable: true });
  }

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [TextEncoder, TextDecoder]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({
    TextEncoder, TextDecoder, getEncoding, utf8Encode, utf8Decode,
  });
})
