// 75_fetch.js: the Fetch Standard's `Headers`, `Request`, `Response` and `fetch()`. Loaded on
// first use.
//
// On top of streams (70_streams.js), Blob (66_blob.js), FormData (74_form_data.js), URL
// (60_url.js) and AbortSignal (53_abort.js) this adds: header lists with their guards and
// sort-and-combine; the body mixin over an inner body that is bytes, a Blob's data, a
// ReadableStream or a network response (a ReadableStream is made only when someone asks for
// `body`, so text()/json() on a fetched response read the network directly); fetch over
// http(s) on the JDK's HttpClient (FetchOps.java: the head comes back as a PendingOp, with the
// whole body when it is small and follows at once, so a small GET costs one task; a larger body
// is pulled a chunk at a time, chunks already received without a task, and an unread body
// buffers at most 512 KiB), redirects followed here (each hop checks the `net` permission),
// abort at any point, and the data: and blob: schemes. fetch() makes the request's state
// without a Request object, and a response's Headers object is made when first asked for.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer, ArrayIsArray, ArrayPrototypePush, ArrayPrototypeSort, ArrayPrototypeJoin, Error, JSONParse,
    JSONStringify, MathMin, NumberIsNaN, ObjectDefineProperty, ObjectFreeze, ObjectGetPrototypeOf, ObjectKeys,
    PromiseReject, PromiseResolve, PromiseWithResolvers, PromisePrototypeThen, ReflectApply, ReflectOwnKeys,
    ReflectGetOwnPropertyDescriptor, RangeError, SafeMap, String, StringPrototypeCharCodeAt, StringPrototypeIndexOf,
    StringPrototypeSlice, StringPrototypeToLowerCase, StringPrototypeToUpperCase, StringPrototypeToWellFormed,
    StringPrototypeTrim, SymbolIterator, SymbolToStringTag, TypeError, TypedArrayPrototypeGetLength,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeSet, TypedArrayPrototypeSubarray, Uint8Array, DataViewPrototypeBuffer,
    DataViewPrototypeByteOffset, DataViewPrototypeByteLength, FinalizationRegistry, ArrayBufferPrototypeSlice,
    ArrayBufferPrototypeGetByteLength, globalThis: global, NumberParseInt, MathTrunc, StringPrototypeLastIndexOf,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  host.fetch.prepare(`cortado/${host.processInfo().version}`); // the HTTP client starts while this file and the files it needs load
  const streams = internal.load('70_streams.js');
  const blobs = internal.load('66_blob.js');
  const urls = internal.load('60_url.js');
  const abort = internal.load('53_abort.js');
  const { utf8Encode, utf8Decode } = internal.load('55_encoding.js');
  const { isToken, isHttpWhitespace, normalizeValue, parseMimeType, mimeParam, serializeMime } =
    internal.load('62_mime.js');
  const kindOf = host.clone.kind;
  const ARRAY_BUFFER = 11, SHARED_ARRAY_BUFFER = 12, DATA_VIEW = 13, DATA_VIEW_AUTO = 14, TYPED_ARRAY = 32, TYPED_ARRAY_AUTO = 64;
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const fetchOps = host.fetch;
  let formDataModule; // 74_form_data.js, loaded when a body needs it
  const formData = () => (formDataModule ??= internal.load('74_form_data.js'));

  function includes(array, value) {
    for (let i = 0; i < array.length; i++) if (array[i] === value) return true;
    return false;
  }
  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  const { illegalInvocation: illegal } = internal.errors;
  function required(iface, method, n, got) {
    const what = method === null ? `construct '${iface}'` : `execute '${method}' on '${iface}'`;
    return internal.errors.notEnoughArguments(what, n, got);
  }
  function usv(value) {
    return StringPrototypeToWellFormed(`${value}`);
  }
  /** Web IDL ByteString: every code unit must fit in a byte. */
  function byteString(value, context) {
    const s = `${value}`;
    for (let i = 0; i < s.length; i++) {
      if (StringPrototypeCharCodeAt(s, i) > 0xff) {
        throw new TypeError(`Failed to ${context}: Value is not a valid ByteString.`);
      }
    }
    return s;
  }

  // --- header names and values ----------------------------------------------------------------------
  function isValidValue(s) {
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c === 0x00 || c === 0x0a || c === 0x0d) return false;
    }
    return true;
  }
  const NO_CORS_SAFELISTED = ['accept', 'accept-language', 'content-language', 'content-type'];
  function isNoCorsSafelisted(name, value) {
    if (!includes(NO_CORS_SAFELISTED, name) || value.length > 128) return false;
    if (name === 'content-type') {
      const essence = StringPrototypeToLowerCase(normalizeValue(StringPrototypeSlice(value, 0,
        StringPrototypeIndexOf(value, ';') < 0 ? value.length : StringPrototypeIndexOf(value, ';'))));
      return essence === 'application/x-www-form-urlencoded' || essence === 'multipart/form-data'
        || essence === 'text/plain';
    }
    for (let i = 0; i < value.length; i++) {
      const c = StringPrototypeCharCodeAt(value, i);
      if ((name === 'accept-language' || name === 'content-language') && !((c >= 0x30 && c <= 0x39)
        || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20 || c === 0x2a || c === 0x2c
        || c === 0x2d || c === 0x2e || c === 0x3b || c === 0x3d)) return false;
      if (name === 'accept' && ((c < 0x20 && c !== 0x09) || c === 0x22 || c === 0x28 || c === 0x29 || c === 0x3a
        || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b || c === 0x5c || c === 0x5d
        || c === 0x7b || c === 0x7d || c === 0x7f)) return false;
    }
    return true;
  }

  // --- Headers --------------------------------------------------------------------------------------
  // The header list is an array of [lowercased name, value]; the guard is one of 'none',
  // 'request', 'request-no-cors', 'response', 'immutable'.
  let headersList, headersGuard, setHeadersGuard, newHeaders, pairsOf;

  function fillHeaders(headers, init, context) {
    if (!isObject(init)) {
      throw new TypeError(`Failed to ${context}: The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.`);
    }
    const method = init[SymbolIterator];
    if (method !== undefined && method !== null) {
      if (typeof method !== 'function') throw new TypeError(`Failed to ${context}: The object must have a callable @@iterator property.`);
      const pairs = [];
      for (const pair of { [SymbolIterator]: () => ReflectApply(method, init, []) }) {
        if (!isObject(pair)) throw new TypeError(`Failed to ${context}: The provided value cannot be converted to a sequence.`);
        const items = [];
        for (const item of pair) ArrayPrototypePush(items, byteString(item, context));
        if (items.length !== 2) {
          throw new TypeError(`Failed to ${context}: Invalid value: header pairs must contain exactly two items, got ${items.length}.`);
        }
        ArrayPrototypePush(pairs, items);
      }
      for (let i = 0; i < pairs.length; i++) appendHeader(headers, pairs[i][0], pairs[i][1]);
      return;
    }
    // record<ByteString, ByteString>: own enumerable string keys, in order.
    const keys = ReflectOwnKeys(init);
    const pairs = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = ReflectGetOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (typeof key === 'symbol') throw new TypeError(`Failed to ${context}: Cannot convert a Symbol value to a string.`);
      ArrayPrototypePush(pairs, [byteString(key, context), byteString(init[key], context)]);
    }
    for (let i = 0; i < pairs.length; i++) appendHeader(headers, pairs[i][0], pairs[i][1]);
  }

  function checkName(name, method) {
    if (!isToken(name)) throw new TypeError(`Failed to execute '${method}' on 'Headers': Invalid name`);
  }
  function appendHeader(headers, name, value) {
    value = normalizeValue(value);
    checkName(name, 'append');
    if (!isValidValue(value)) throw new TypeError("Failed to execute 'append' on 'Headers': Invalid value");
    const guard = headersGuard(headers);
    if (guard === 'immutable') throw new TypeError("Failed to execute 'append' on 'Headers': Headers are immutable");
    const lower = StringPrototypeToLowerCase(name);
    const list = headersList(headers);
    if (guard === 'request-no-cors') {
      let temporary = value;
      for (let i = 0; i < list.length; i++) {
        if (list[i][0] === lower) {
          temporary = list[i][1] + ', ' + value;
          break;
        }
      }
      if (!isNoCorsSafelisted(lower, temporary)) return;
    }
    ArrayPrototypePush(list, [lower, value]);
    headersChanged(headers);
  }

  function listGet(list, lower) {
    let result = null;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === lower) result = result === null ? list[i][1] : result + ', ' + list[i][1];
    }
    return result;
  }
  function listHas(list, lower) {
    for (let i = 0; i < list.length; i++) if (list[i][0] === lower) return true;
    return false;
  }
  function listDelete(list, lower) {
    let j = 0;
    for (let i = 0; i < list.length; i++) if (list[i][0] !== lower) list[j++] = list[i];
    list.length = j;
  }
  function listSet(list, lower, value) {
    let found = false;
    let j = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === lower) {
        if (found) continue;
        found = true;
        list[i] = [lower, value];
      }
      list[j++] = list[i];
    }
    list.length = j;
    if (!found) ArrayPrototypePush(list, [lower, value]);
  }
  /** "sort and combine": names sorted, values of one name joined, set-cookie kept apart. */
  function sortAndCombine(list) {
    const names = [];
    const seen = new SafeMap();
    for (let i = 0; i < list.length; i++) {
      if (!seen.has(list[i][0])) {
        seen.set(list[i][0], true);
        ArrayPrototypePush(names, list[i][0]);
      }
    }
    ArrayPrototypeSort(names, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === 'set-cookie') {
        for (let k = 0; k < list.length; k++) if (list[k][0] === name) ArrayPrototypePush(out, [name, list[k][1]]);
      } else {
        ArrayPrototypePush(out, [name, listGet(list, name)]);
      }
    }
    return out;
  }
  function headersChanged(headers) {
    headers[k_version]++;
  }

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_guard = internal.sharedSymbol('fetch:guard');
  const k_list = internal.sharedSymbol('fetch:list');
  const k_r_Request = internal.sharedSymbol('fetch:Request');
  const k_r_Response = internal.sharedSymbol('fetch:Response');
  const k_sorted = internal.sharedSymbol('fetch:sorted');
  const k_sortedVersion = internal.sharedSymbol('fetch:sortedVersion');
  const k_version = internal.sharedSymbol('fetch:version'); // counts the list's changes
  const k_iterator = internal.sharedSymbol('fetch:HeadersIterator');

  /** The headers sorted and combined, cached until the list changes. */
  function headersPairs(headers) {
    const version = headers[k_version];
    if (headers[k_sorted] === null || headers[k_sortedVersion] !== version) {
      headers[k_sorted] = sortAndCombine(headers[k_list]);
      headers[k_sortedVersion] = version;
    }
    return headers[k_sorted];
  }

  class Headers {
    constructor(init = undefined) {
      this[k_list] = [];
      this[k_guard] = 'none';
      this[k_sorted] = null;
      this[k_sortedVersion] = -1;
      this[k_version] = 0;
      if (new.target === undefined) throw new TypeError("Failed to construct 'Headers': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      if (init !== undefined) fillHeaders(this, init, "construct 'Headers'");
    }

    append(name, value) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (arguments.length < 2) throw required('Headers', 'append', 2, arguments.length);
      appendHeader(this, byteString(name, "execute 'append' on 'Headers'"), byteString(value, "execute 'append' on 'Headers'"));
    }

    delete(name) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('Headers', 'delete', 1, 0);
      name = byteString(name, "execute 'delete' on 'Headers'");
      checkName(name, 'delete');
      if (this[k_guard] === 'immutable') throw new TypeError("Failed to execute 'delete' on 'Headers': Headers are immutable");
      const lower = StringPrototypeToLowerCase(name);
      if (this[k_guard] === 'request-no-cors' && !includes(NO_CORS_SAFELISTED, lower)) return;
      if (!listHas(this[k_list], lower)) return;
      listDelete(this[k_list], lower);
      headersChanged(this);
    }

    get(name) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('Headers', 'get', 1, 0);
      name = byteString(name, "execute 'get' on 'Headers'");
      checkName(name, 'get');
      return listGet(this[k_list], StringPrototypeToLowerCase(name));
    }

    getSetCookie() {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      const out = [];
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) if (list[i][0] === 'set-cookie') ArrayPrototypePush(out, list[i][1]);
      return out;
    }

    has(name) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('Headers', 'has', 1, 0);
      name = byteString(name, "execute 'has' on 'Headers'");
      checkName(name, 'has');
      return listHas(this[k_list], StringPrototypeToLowerCase(name));
    }

    set(name, value) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (arguments.length < 2) throw required('Headers', 'set', 2, arguments.length);
      name = byteString(name, "execute 'set' on 'Headers'");
      value = normalizeValue(byteString(value, "execute 'set' on 'Headers'"));
      checkName(name, 'set');
      if (!isValidValue(value)) throw new TypeError("Failed to execute 'set' on 'Headers': Invalid value");
      if (this[k_guard] === 'immutable') throw new TypeError("Failed to execute 'set' on 'Headers': Headers are immutable");
      const lower = StringPrototypeToLowerCase(name);
      if (this[k_guard] === 'request-no-cors' && !isNoCorsSafelisted(lower, value)) return;
      listSet(this[k_list], lower, value);
      headersChanged(this);
    }

    forEach(callback, thisArg = undefined) {
      if (!isObject(this) || this[k_list] === undefined) throw illegal();
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
      }
      for (let i = 0; ; i++) {
        const pairs = headersPairs(this);
        if (i >= pairs.length) break;
        ReflectApply(callback, thisArg, [pairs[i][1], pairs[i][0], this]);
      }
    }

    entries() { return makeHeadersIterator(this, 2); }
    keys() { return makeHeadersIterator(this, 0); }
    values() { return makeHeadersIterator(this, 1); }


    [inspectCustom](depth, options, inspect) {
      if (!isObject(this) || this[k_list] === undefined) return this;
      const shown = {};
      const pairs = headersPairs(this);
      for (let i = 0; i < pairs.length; i++) {
        const pair$ = pairs[i];
        const name = pair$[0], value = pair$[1];
        shown[name] = name in shown ? `${shown[name]}, ${value}` : value; // Node's shape: set-cookie joined
      }
      if (depth < 0) return 'Headers';
      return `Headers ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    }

    static {
      headersList = (h) => h[k_list];
      headersGuard = (h) => h[k_guard];
      setHeadersGuard = (h, guard) => { h[k_guard] = guard; };
      newHeaders = (list, guard) => {
        const h = new Headers();
        h[k_list] = list;
        h[k_guard] = guard;
        return h;
      };
      pairsOf = (h) => {
        if (!isObject(h) || h[k_list] === undefined) throw illegal();
        return headersPairs(h);
      };
    }
  }

  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const HeadersIteratorPrototype = { __proto__: IteratorPrototype };
  function makeHeadersIterator(headers, kind) {
    pairsOf(headers); // brand check
    const it = { __proto__: HeadersIteratorPrototype };
    it[k_iterator] = { headers, kind, index: 0 };
    return it;
  }
  ObjectDefineProperty(HeadersIteratorPrototype, 'next', {
    value: function next() {
      const state = isObject(this) ? this[k_iterator] : undefined;
      if (state === undefined) throw illegal();
      const pairs = pairsOf(state.headers);
      if (state.index >= pairs.length) return { value: undefined, done: true };
      const pair$ = pairs[state.index++];
      const name = pair$[0], value = pair$[1];
      return { value: state.kind === 0 ? name : state.kind === 1 ? value : [name, value], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(HeadersIteratorPrototype, SymbolToStringTag, { value: 'Headers Iterator', configurable: true });
  ObjectDefineProperty(Headers.prototype, SymbolIterator, {
    value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
  });
  finishInterface(Headers, 'Headers', ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'entries', 'keys', 'values']);
  ObjectDefineProperty(Headers, 'length', { value: 0 });
  ObjectDefineProperty(Headers.prototype.forEach, 'length', { value: 1 });

  function finishInterface(Class, name, keys) {
    for (let i = 0; i < keys.length; i++) ObjectDefineProperty(Class.prototype, keys[i], { enumerable: true });
    ObjectDefineProperty(Class.prototype, inspectCustom, { enumerable: false });
    ObjectDefineProperty(Class.prototype, SymbolToStringTag, { value: name, configurable: true });
    internal.markPlatformInterface(Class);
  }

  // --- MIME types: parse, serialize and the parameter lookup are in 62_mime.js --------------------
  /** Fetch's "extract a MIME type" from a header list; null on failure. */
  function extractMimeType(list) {
    const values = [];
    for (let i = 0; i < list.length; i++) if (list[i][0] === 'content-type') ArrayPrototypePush(values, list[i][1]);
    if (values.length === 0) return null;
    let mime = null;
    let charset = null;
    let essence = null;
    for (let v = 0; v < values.length; v++) {
      const parts = splitValues(values[v]);
      for (let i = 0; i < parts.length; i++) {
        const temp = parseMimeType(parts[i]);
        if (temp === null || (temp.type === '*' && temp.subtype === '*')) continue;
        const tempEssence = `${temp.type}/${temp.subtype}`;
        mime = temp;
        if (essence !== tempEssence) {
          charset = null;
          const c = mimeParam(temp, 'charset');
          if (c !== undefined) charset = c;
          essence = tempEssence;
        } else if (mimeParam(temp, 'charset') === undefined && charset !== null) {
          ArrayPrototypePush(mime.params, ['charset', charset]);
        }
      }
    }
    return mime;
  }
  /** Splits a combined header value on commas outside quotes. */
  function splitValues(value) {
    const out = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (ch === '"') quoted = !quoted;
      if (ch === ',' && !quoted) {
        ArrayPrototypePush(out, normalizeValue(current));
        current = '';
      } else {
        current += ch;
        if (ch === '\\' && quoted && i + 1 < value.length) current += value[++i];
      }
    }
    ArrayPrototypePush(out, normalizeValue(current));
    return out;
  }

  // --- bodies ---------------------------------------------------------------------------------------
  // An inner body: { kind: 'bytes' | 'blob' | 'stream' | 'network', source, stream, length,
  // consumed }. `stream` is made on demand for bytes, blob and network bodies.
  function bytesBody(bytes) {
    return { kind: 'bytes', source: bytes, stream: null, length: TypedArrayPrototypeGetLength(bytes), consumed: false };
  }
  function copyOfView(view, typed) {
    const buffer = typed ? TypedArrayPrototypeGetBuffer(view) : DataViewPrototypeBuffer(view);
    const offset = typed ? TypedArrayPrototypeGetByteOffset(view) : DataViewPrototypeByteOffset(view);
    const length = typed ? TypedArrayPrototypeGetByteLength(view) : DataViewPrototypeByteLength(view);
    return new Uint8Array(ArrayBufferPrototypeSlice(buffer, offset, offset + length));
  }
  /** Fetch's "extract a body": { body, type } (type null when none). */
  function extractBody(object, keepalive = false) {
    if (isObject(object)) {
      if (blobs.isBlob(object)) {
        const data = blobs.blobData(object);
        const type = blobs.blobType(object);
        return {
          body: { kind: 'blob', source: data, stream: null, length: host.blob.size(data), consumed: false },
          type: type === '' ? null : type,
        };
      }
      const kind = kindOf(object);
      if (kind === ARRAY_BUFFER) {
        return { body: bytesBody(new Uint8Array(ArrayBufferPrototypeSlice(object, 0))), type: null };
      }
      if (kind === SHARED_ARRAY_BUFFER) throw new TypeError('A SharedArrayBuffer cannot be a body.');
      if (kind === DATA_VIEW || kind === DATA_VIEW_AUTO || kind >= TYPED_ARRAY) {
        return { body: bytesBody(copyOfView(object, kind >= TYPED_ARRAY)), type: null };
      }
      if (urls.isURLSearchParams(object)) {
        return {
          body: bytesBody(utf8Encode(urls.serializeSearchParams(object))),
          type: 'application/x-www-form-urlencoded;charset=UTF-8',
        };
      }
      if (streams.isReadableStream(object)) {
        if (keepalive) throw new TypeError('Failed to construct \'Request\': keepalive cannot be used with a ReadableStream body.');
        if (streams.isReadableStreamLocked(object) || streams.isReadableStreamDisturbed(object)) {
          throw new TypeError('The ReadableStream body is locked or already read.');
        }
        return { body: { kind: 'stream', source: null, stream: object, length: null, consumed: false }, type: null };
      }
      if (formDataModule !== undefined || typeof global.FormData === 'function') {
        const fd = formData();
        if (fd.isFormData(object)) {
          const { blob, contentType } = fd.encodeMultipart(object);
          const data = blobs.blobData(blob);
          return {
            body: { kind: 'blob', source: data, stream: null, length: host.blob.size(data), consumed: false },
            type: contentType,
          };
        }
      }
    }
    return { body: bytesBody(utf8Encode(usv(object))), type: 'text/plain;charset=UTF-8' };
  }

  function bodyIsUnusable(body) {
    if (body === null) return false;
    if (body.stream !== null) {
      return body.transferred === true || streams.isReadableStreamLocked(body.stream)
        || streams.isReadableStreamDisturbed(body.stream);
    }
    return body.consumed;
  }
  function bodyUsed(body) {
    if (body === null) return false;
    if (body.transferred === true) return true;
    return body.stream !== null ? streams.isReadableStreamDisturbed(body.stream) : body.consumed;
  }

  /** The body's ReadableStream, made now if it has none yet. */
  function bodyStream(body) {
    if (body.stream !== null) return body.stream;
    switch (body.kind) {
      case 'bytes': {
        if (body.consumed) {
          body.stream = usedStream();
          break;
        }
        let bytes = body.source;
        body.stream = streams.readableStreamFromPullSource(() => {
          if (bytes === null || TypedArrayPrototypeGetLength(bytes) === 0) return null;
          const chunk = new Uint8Array(bytes); // a copy: the stream takes the chunk's buffer
          bytes = null;
          return chunk;
        });
        break;
      }
      case 'blob':
        body.stream = body.consumed ? usedStream() : blobs.blobFromData(body.source, '').stream();
        break;
      case 'network':
        body.stream = body.consumed ? usedStream() : networkStream(body.source);
        break;
      default:
        throw new TypeError('body has no stream');
    }
    return body.stream;
  }
  /** A closed stream that reads as disturbed, for a body consumed before its stream was made. */
  function usedStream() {
    const stream = streams.readableStreamFromChunks([]);
    const reader = streams.acquireReader(stream);
    streams.readChunk(reader);
    return stream;
  }

  /**
   * Reads the whole body, then calls `ok(bytes)` or `fail(error)`. Callbacks rather than a promise
   * of the bytes: resolving a promise with an object would look up a `then` user code may have
   * put on Object.prototype. A stream stays locked afterwards ("fully read").
   */
  function consumeBody(body, ok, fail) {
    if (body === null) return ok(new Uint8Array(0));
    if (bodyIsUnusable(body)) return fail(new TypeError('Body is unusable: Body has already been read'));
    if (body.stream === null) {
      body.consumed = true;
      switch (body.kind) {
        case 'bytes':
          return ok(new Uint8Array(body.source));
        case 'blob': {
          const size = host.blob.size(body.source);
          const buffer = new ArrayBuffer(size);
          if (size > 0 && !host.blob.readInto(body.source, 0, buffer, size)) {
            return fail(new TypeError('The Blob body could not be read.'));
          }
          return ok(new Uint8Array(buffer));
        }
        case 'network':
          return readNetworkAll(body.source, ok, fail);
      }
    }
    const reader = streams.acquireReader(body.stream);
    const chunks = [];
    let total = 0;
    const step = () => streams.readChunkWith(reader, (chunk) => {
      if (!isObject(chunk) || (kindOf(chunk) !== TYPED_ARRAY + 1 && kindOf(chunk) !== TYPED_ARRAY_AUTO + 1)) {
        const error = new TypeError('The body stream gave a chunk that is not a Uint8Array');
        streams.cancelReader(reader, error);
        fail(error);
        return;
      }
      ArrayPrototypePush(chunks, chunk);
      total += TypedArrayPrototypeGetLength(chunk);
      step();
    }, () => ok(concat(chunks, total)), fail);
    step();
  }
  function concat(chunks, total) {
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let offset = 0;
    for (let i = 0; i < chunks.length; i++) {
      TypedArrayPrototypeSet(out, chunks[i], offset);
      offset += TypedArrayPrototypeGetLength(chunks[i]);
    }
    return out;
  }

  /** Two bodies that read the same bytes (clone). */
  function cloneBody(body) {
    if (body.stream === null && body.kind !== 'network') {
      return { kind: body.kind, source: body.source, stream: null, length: body.length, consumed: false };
    }
    const pair$ = streams.readableStreamTee(bodyStream(body), true);
    const a = pair$[0], b = pair$[1];
    body.stream = a;
    return { kind: 'stream', source: null, stream: b, length: body.length, consumed: false };
  }

  function utf8Text(bytes) {
    // UTF-8 decode: a leading BOM is dropped.
    if (TypedArrayPrototypeGetLength(bytes) >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = TypedArrayPrototypeSubarray(bytes, 3);
    }
    return utf8Decode(bytes);
  }

  /** The body mixin's methods, given how to reach an object's inner body and header list. */
  function installBodyMixin(Class, name, bodyOf, headerListOf) {
    const brand = (self) => {
      const body = bodyOf(self); // throws for a wrong `this`
      return body;
    };
    const consume = (self, method, convert) => {
      let body;
      try {
        body = brand(self);
      } catch (e) {
        return PromiseReject(e);
      }
      const { promise, resolve, reject } = PromiseWithResolvers();
      consumeBody(body, (bytes) => {
        try {
          resolve(convert(bytes, self));
        } catch (e) {
          reject(e);
        }
      }, reject);
      return promise;
    };
    const methods = {
      get body() {
        const body = brand(this);
        return body === null ? null : bodyStream(body);
      },
      get bodyUsed() {
        return bodyUsed(brand(this));
      },
      arrayBuffer() {
        return consume(this, 'arrayBuffer', (bytes) => TypedArrayPrototypeGetBuffer(bytes));
      },
      blob() {
        return consume(this, 'blob', (bytes, self) => {
          const mime = extractMimeType(headerListOf(self));
          return new blobs.Blob([bytes], { type: mime === null ? '' : serializeMime(mime) });
        });
      },
      bytes() {
        return consume(this, 'bytes', (bytes) => bytes);
      },
      formData() {
        return consume(this, 'formData', (bytes, self) => {
          const mime = extractMimeType(headerListOf(self));
          const fd = formData();
          if (mime !== null && mime.type === 'multipart' && mime.subtype === 'form-data') {
            const boundary = mimeParam(mime, 'boundary');
            if (boundary === undefined) throw new TypeError('Failed to parse body as FormData: no boundary in Content-Type.');
            return fd.parseMultipart(bytes, boundary);
          }
          if (mime !== null && mime.type === 'application' && mime.subtype === 'x-www-form-urlencoded') {
            // The urlencoded parser decodes UTF-8 without BOM: a leading U+FEFF stays in the name.
            return fd.formDataFromPairs(urls.parseUrlencoded(utf8Decode(bytes)));
          }
          throw new TypeError('Failed to parse body as FormData: the Content-Type is neither multipart/form-data nor application/x-www-form-urlencoded.');
        });
      },
      json() {
        return consume(this, 'json', (bytes) => JSONParse(utf8Text(bytes)));
      },
      text() {
        return consume(this, 'text', (bytes) => utf8Text(bytes));
      },
    };
    const list$ = ['body', 'bodyUsed', 'arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'];
    for (let i$ = 0; i$ < list$.length; i$++) {
      const key = list$[i$];
      const desc = ReflectGetOwnPropertyDescriptor(methods, key);
      if (desc.get) {
        ObjectDefineProperty(desc.get, 'name', { value: `get ${key}` });
        ObjectDefineProperty(Class.prototype, key, { get: desc.get, enumerable: true, configurable: true });
      } else {
        ObjectDefineProperty(Class.prototype, key, { value: desc.value, writable: true, enumerable: true, configurable: true });
      }
    }
  }

  // --- network bodies -------------------------------------------------------------------------------
  // A network body's source: { exchange, done, eof, error, current: { op, reject } | null, onEnd,
  // stream, whole: the body when it came whole with the head (then no chunk is read), registered:
  // whether `unread` watches it, polls: chunks read without a task since the last task }.
  const unread = new FinalizationRegistry((exchange) => exchange.abort());

  function bodyFailure(reason) {
    const pair$ = splitReason(reason);
    const code = pair$[0], message = pair$[1];
    const cause = new Error(message);
    cause.code = code;
    return new TypeError('terminated', { cause });
  }
  function splitReason(reason) {
    const s = `${reason}`;
    const nl = StringPrototypeIndexOf(s, '\n');
    return nl < 0 ? ['EIO', s] : [StringPrototypeSlice(s, 0, nl), StringPrototypeSlice(s, nl + 1)];
  }

  // Chunks already received are read at once, without a task, this many times in a row at most:
  // then a read waits for its task, so a fast download cannot keep the loop from its other work.
  const POLLS_PER_TASK = 16;

  /** One chunk of a network body: a promise of a Uint8Array, or null at the end. */
  function readNetworkChunk(state) {
    const { promise, resolve, reject } = PromiseWithResolvers();
    readNetworkChunkWith(state, resolve, reject);
    return promise;
  }
  /** One chunk of a network body to `resolve(Uint8Array | null)`, or `reject(error)`. */
  function readNetworkChunkWith(state, resolve, reject) {
    if (state.error !== undefined) return reject(state.error);
    if (state.done) return resolve(null);
    if (state.eof) {
      endNetwork(state);
      return resolve(null);
    }
    const whole = state.whole;
    if (whole !== null) { // the body came with the head
      state.whole = null;
      state.eof = true;
      return resolve(whole);
    }
    if (state.polls < POLLS_PER_TASK) {
      const chunk = state.exchange.poll(); // bytes already here are read without a task
      if (chunk !== null) {
        state.polls++;
        return resolve(chunkBytes(state, chunk));
      }
    }
    state.polls = 0;
    const op = state.exchange.read();
    state.current = { op, reject };
    internal.listenOp(op, (ok, value) => {
      state.current = null;
      if (!ok) {
        state.error = bodyFailure(value);
        endNetwork(state);
        reject(state.error);
        return;
      }
      if (value === null) {
        endNetwork(state);
        resolve(null);
        return;
      }
      resolve(chunkBytes(state, value));
    });
  }
  /** A BodyChunk's bytes in a new Uint8Array; notes when it ended the body. */
  function chunkBytes(state, chunk) {
    const buffer = new ArrayBuffer(chunk.size());
    if (chunk.copyTo(buffer)) state.eof = true;
    return new Uint8Array(buffer);
  }
  function endNetwork(state) {
    if (state.done) return;
    state.done = true;
    if (state.registered) unread.unregister(state);
    if (state.onEnd !== null) {
      const onEnd = state.onEnd;
      state.onEnd = null;
      onEnd();
    }
  }
  /** Aborts a network body: the pending read rejects with `reason`, the connection closes. */
  function abortNetwork(state, reason) {
    if (state.done && state.current === null) return;
    state.error = reason;
    state.exchange.abort();
    const current = state.current;
    state.current = null;
    if (current !== null) {
      current.op.cancel();
      current.reject(reason);
    }
    if (state.stream !== null && state.stream !== undefined) {
      try { streams.readableStreamError(state.stream, reason); } catch { /* already closed */ }
    }
    endNetwork(state);
  }
  function readNetworkAll(state, ok, fail) {
    const whole = state.whole;
    if (whole !== null && state.error === undefined && !state.done) { // the body came with the head
      state.whole = null;
      endNetwork(state);
      return ok(whole);
    }
    const chunks = [];
    let total = 0;
    const step = () => {
      readNetworkChunkWith(state, (chunk) => {
        if (chunk === null) {
          ok(concat(chunks, total));
          return;
        }
        ArrayPrototypePush(chunks, chunk);
        total += TypedArrayPrototypeGetLength(chunk);
        step();
      }, fail);
    };
    step();
  }
  function networkStream(state) {
    const stream = streams.readableStreamFromPullSource(
      () => readNetworkChunk(state),
      (reason) => {
        state.exchange.abort();
        endNetwork(state);
      });
    state.stream = stream;
    return stream;
  }

  // --- Request --------------------------------------------------------------------------------------
  const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
  const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  const ENUMS = {
    mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
    credentials: ['omit', 'same-origin', 'include'],
    cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    redirect: ['follow', 'error', 'manual'],
    duplex: ['half'],
    priority: ['high', 'low', 'auto'],
    referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
      'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  };
  const ENUM_TYPES = {
    mode: 'RequestMode', credentials: 'RequestCredentials', cache: 'RequestCache', redirect: 'RequestRedirect',
    duplex: 'RequestDuplex', priority: 'RequestPriority', referrerPolicy: 'ReferrerPolicy',
  };
  function enumValue(key, value, context) {
    const s = `${value}`;
    if (!includes(ENUMS[key], s)) {
      throw new TypeError(`Failed to ${context}: Failed to read the '${key}' property from 'RequestInit': The provided value '${s}' is not a valid enum value of type ${ENUM_TYPES[key]}.`);
    }
    return s;
  }
  function baseURL() {
    const location = global.location;
    if (isObject(location)) {
      try {
        const href = location.href;
        if (typeof href === 'string') return href;
      } catch { /* no base */ }
    }
    return undefined;
  }
  /**
   * The parts of a URL fetch needs ({ href, protocol, hostname, port, username, password }), or
   * null when it does not parse. Recently parsed URLs are remembered: a program fetches the same
   * few URLs again and again, and parsing is most of a Request's cost.
   */
  const parsedURLs = new SafeMap();
  function parseURLWithBase(input, base = baseURL()) {
    const key = base === undefined ? input : `${base}\n${input}`;
    let parts = parsedURLs.get(key);
    if (parts !== undefined) return parts;
    let url;
    try {
      url = base === undefined ? new urls.URL(input) : new urls.URL(input, base);
    } catch {
      return null;
    }
    parts = ObjectFreeze({
      href: url.href, protocol: url.protocol, hostname: url.hostname, port: url.port,
      username: url.username, password: url.password, origin: url.origin,
    });
    if (parsedURLs.size >= 256) parsedURLs.clear();
    parsedURLs.set(key, parts);
    return parts;
  }
  /** RequestInit, read in lexicographic order. */
  function readRequestInit(init, context) {
    if (init === undefined || init === null) return {};
    if (!isObject(init)) throw new TypeError(`Failed to ${context}: The provided value is not of type 'RequestInit'.`);
    const out = {};
    let v;
    if ((v = init.body) !== undefined) out.body = v;
    if ((v = init.cache) !== undefined) out.cache = enumValue('cache', v, context);
    if ((v = init.credentials) !== undefined) out.credentials = enumValue('credentials', v, context);
    if ((v = init.duplex) !== undefined) out.duplex = enumValue('duplex', v, context);
    if ((v = init.headers) !== undefined) out.headers = v;
    if ((v = init.integrity) !== undefined) out.integrity = `${v}`;
    if ((v = init.keepalive) !== undefined) out.keepalive = !!v;
    if ((v = init.method) !== undefined) out.method = byteString(v, context);
    if ((v = init.mode) !== undefined) out.mode = enumValue('mode', v, context);
    if ((v = init.priority) !== undefined) out.priority = enumValue('priority', v, context);
    if ((v = init.redirect) !== undefined) out.redirect = enumValue('redirect', v, context);
    if ((v = init.referrer) !== undefined) out.referrer = usv(v);
    if ((v = init.referrerPolicy) !== undefined) out.referrerPolicy = enumValue('referrerPolicy', v, context);
    if ((v = init.signal) !== undefined) {
      if (v !== null && !abort.isAbortSignal(v)) {
        throw new TypeError(`Failed to ${context}: Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'.`);
      }
      out.signal = v;
    }
    if ('window' in init && (v = init.window) !== undefined && v !== null) {
      throw new TypeError(`Failed to ${context}: 'window' must be null.`);
    }
    return out;
  }

  let requestState;
  const kInternal = internal.sharedSymbol('fetch:internal'); // the constructors' internal-use marker

  class Request {
    //      redirect, referrer, referrerPolicy, integrity, keepalive, duplex, priority }

    constructor(input, init = undefined) {
      if (new.target === undefined) throw new TypeError("Failed to construct 'Request': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      if (input === kInternal) {
        this[k_r_Request] = init;
        return;
      }
      this[k_r_Request] = newRequestState(input, init, arguments.length);
    }

    get method() { return stateOf(this).method; }
    get url() { return stateOf(this).url; }
    get headers() { return stateOf(this).headers; }
    get destination() { stateOf(this); return ''; }
    get referrer() {
      const r = stateOf(this);
      return r.referrer === 'no-referrer' ? '' : r.referrer === 'client' ? 'about:client' : r.referrer;
    }
    get referrerPolicy() { return stateOf(this).referrerPolicy; }
    get mode() { return stateOf(this).mode; }
    get credentials() { return stateOf(this).credentials; }
    get cache() { return stateOf(this).cache; }
    get redirect() { return stateOf(this).redirect; }
    get integrity() { return stateOf(this).integrity; }
    get keepalive() { return stateOf(this).keepalive; }
    get isReloadNavigation() { return stateOf(this).reloadNavigation; }
    get isHistoryNavigation() { return stateOf(this).historyNavigation; }
    get signal() { return signalOf(stateOf(this)); }
    get duplex() { stateOf(this); return 'half'; }

    clone() {
      const r = stateOf(this);
      if (bodyIsUnusable(r.body)) throw new TypeError("Failed to execute 'clone' on 'Request': Request body is already used");
      const copy = { ...r };
      copy.headers = newHeaders(copyList(headersList(r.headers)), headersGuard(r.headers));
      copy.body = r.body === null ? null : cloneBody(r.body);
      copy.signal = null;
      copy.parentSignal = r.signal ?? r.parentSignal;
      return new Request(kInternal, copy);
    }

    [inspectCustom](depth, options, inspect) {
      if (!isObject(this) || this[k_r_Request] === undefined) return this;
      if (depth < 0) return 'Request';
      const r = this[k_r_Request];
      const shown = {
        method: r.method, url: r.url, headers: r.headers, destination: '', referrer: this.referrer,
        referrerPolicy: r.referrerPolicy, mode: r.mode, credentials: r.credentials, cache: r.cache,
        redirect: r.redirect, integrity: r.integrity, keepalive: r.keepalive,
        isReloadNavigation: r.reloadNavigation, isHistoryNavigation: r.historyNavigation, signal: signalOf(r),
      };
      return `Request ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    }

    static {
      requestState = (req) => (isObject(req) ? req[k_r_Request] : undefined);
    }
  }

  /**
   * A request's state, as `new Request(input, init)` makes it (fetch() makes one without the
   * Request object). `argCount`: how many arguments the caller got.
   */
  function newRequestState(input, init, argCount) {
    if (argCount < 1) throw required('Request', null, 1, 0);
    const context = "construct 'Request'";
    let source = null; // the input Request's state
    if (isObject(input) && input[k_r_Request] !== undefined) {
      source = input[k_r_Request];
    } else {
      input = usv(input);
    }
    const options = readRequestInit(init, context);
    let r;
    let sourceList; // the input's header list
    if (source === null) {
      const parsed = parseURLWithBase(input);
      if (parsed === null) throw new TypeError(`Failed to construct 'Request': Failed to parse URL from ${input}`, { cause: urls.invalidURL(input) });
      if (parsed.username !== '' || parsed.password !== '') {
        throw new TypeError(`Failed to construct 'Request': Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      r = {
        method: 'GET', url: parsed.href, urlList: [parsed.href], headers: null, signal: null, parentSignal: null, body: null,
        mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: 'follow', referrer: 'client',
        referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half', priority: 'auto',
        reloadNavigation: false, historyNavigation: false,
      };
      if (init === undefined || init === null) { // a URL alone: nothing more to check
        r.headers = newHeaders([], 'request');
        return r;
      }
      sourceList = [];
    } else {
      r = {
        method: source.method, url: source.url, urlList: [source.url], headers: null,
        signal: null, parentSignal: source.signal ?? source.parentSignal, body: source.body, mode: source.mode, credentials: source.credentials,
        cache: source.cache, redirect: source.redirect, referrer: source.referrer,
        referrerPolicy: source.referrerPolicy, integrity: source.integrity, keepalive: source.keepalive,
        duplex: 'half', priority: source.priority, reloadNavigation: source.reloadNavigation,
        historyNavigation: source.historyNavigation,
      };
      sourceList = copyList(headersList(source.headers));
    }
    const initGiven = ObjectKeys(options).length > 0;
    if (initGiven) {
      if (r.mode === 'navigate') r.mode = 'same-origin';
      r.reloadNavigation = false;
      r.historyNavigation = false;
      r.referrer = 'client';
      r.referrerPolicy = '';
    }
    if (options.referrer !== undefined) {
      if (options.referrer === '') {
        r.referrer = 'no-referrer';
      } else {
        const parsed = parseURLWithBase(options.referrer);
        if (parsed === null) throw new TypeError(`Failed to construct 'Request': Referrer '${options.referrer}' is not a valid URL.`);
        r.referrer = parsed.href === 'about:client' ? 'client' : parsed.href;
      }
    }
    if (options.referrerPolicy !== undefined) r.referrerPolicy = options.referrerPolicy;
    if (options.mode !== undefined) {
      if (options.mode === 'navigate') throw new TypeError("Failed to construct 'Request': Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.");
      r.mode = options.mode;
    }
    if (options.credentials !== undefined) r.credentials = options.credentials;
    if (options.cache !== undefined) r.cache = options.cache;
    if (r.cache === 'only-if-cached' && r.mode !== 'same-origin') {
      throw new TypeError("Failed to construct 'Request': 'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (options.redirect !== undefined) r.redirect = options.redirect;
    if (options.integrity !== undefined) r.integrity = options.integrity;
    if (options.keepalive !== undefined) r.keepalive = options.keepalive;
    if (options.priority !== undefined) r.priority = options.priority;
    if (options.method !== undefined) {
      let method = options.method;
      if (!isToken(method)) throw new TypeError(`Failed to construct 'Request': '${method}' is not a valid HTTP method.`);
      const upper = StringPrototypeToUpperCase(method);
      if (includes(FORBIDDEN_METHODS, upper)) throw new TypeError(`Failed to construct 'Request': '${method}' HTTP method is unsupported.`);
      if (includes(NORMALIZED_METHODS, upper)) method = upper;
      r.method = method;
    }
    // The signal follows the input's and the init's.
    // (made when first read: most requests never look at theirs).
    if (options.signal !== undefined) r.parentSignal = options.signal;
    // Headers.
    const headers = newHeaders([], 'request');
    if (r.mode === 'no-cors') {
      if (r.method !== 'GET' && r.method !== 'HEAD' && r.method !== 'POST') {
        throw new TypeError(`Failed to construct 'Request': '${r.method}' is unsupported in no-cors mode.`);
      }
      setHeadersGuard(headers, 'request-no-cors');
    }
    if (initGiven) {
      const initHeaders = options.headers !== undefined ? options.headers : null;
      if (initHeaders !== null) {
        if (isObject(initHeaders) && initHeaders[k_list] !== undefined) { // a Headers object
          const list = copyList(headersList(initHeaders));
          for (let i = 0; i < list.length; i++) appendHeader(headers, list[i][0], list[i][1]);
        } else {
          fillHeaders(headers, initHeaders, context);
        }
      } else {
        for (let i = 0; i < sourceList.length; i++) appendHeader(headers, sourceList[i][0], sourceList[i][1]);
      }
    } else {
      const target = headersList(headers);
      for (let i = 0; i < sourceList.length; i++) ArrayPrototypePush(target, sourceList[i]);
    }
    r.headers = headers;
    // Body.
    const inputBody = source !== null ? source.body : null;
    const initBody = options.body !== undefined ? options.body : null;
    if ((initBody !== null || inputBody !== null) && (r.method === 'GET' || r.method === 'HEAD')) {
      throw new TypeError("Failed to construct 'Request': Request with GET/HEAD method cannot have body.");
    }
    let body = inputBody;
    if (initBody !== null) {
      const extracted = extractBody(initBody, r.keepalive);
      body = extracted.body;
      if (extracted.type !== null && !listHas(headersList(headers), 'content-type')) {
        ArrayPrototypePush(headersList(headers), ['content-type', extracted.type]);
      }
    }
    if (body !== null && body.kind === 'stream' && initBody !== null && options.duplex === undefined) {
      throw new TypeError("Failed to construct 'Request': The `duplex` member must be specified for a request with a streaming body");
    }
    if (initBody !== null && inputBody !== null) {
      inputBody.transferred = true; // the input reads as used even when the init's body replaces it
    }
    if (initBody === null && inputBody !== null) {
      if (bodyIsUnusable(inputBody)) throw new TypeError("Failed to construct 'Request': Cannot construct a Request with a Request object that has already been used.");
      // The new request takes the input's body; the input's reads as used from now on.
      body = { kind: inputBody.kind, source: inputBody.source, stream: null, length: inputBody.length, consumed: false };
      if (inputBody.stream !== null) {
        // "create a proxy": a new stream reading the input's, which is locked from now on.
        const reader = streams.acquireReader(inputBody.stream);
        body.kind = 'stream';
        body.stream = streams.readableStreamFromPullSource(() => {
          const { promise, resolve, reject } = PromiseWithResolvers();
          streams.readChunkWith(reader, resolve, () => resolve(null), reject);
          return promise;
        }, (reason) => streams.cancelReader(reader, reason));
      }
      inputBody.transferred = true;
      inputBody.consumed = true;
    }
    r.body = body;
    return r;
  }
  /** The request's signal, following its parent's. */
  function signalOf(r) {
    if (r.signal === null) r.signal = abort.createDependentSignal(r.parentSignal === null ? [] : [r.parentSignal]);
    return r.signal;
  }
  function stateOf(request) {
    const r = requestState(request);
    if (r === undefined) throw illegal();
    return r;
  }
  function copyList(list) {
    const out = [];
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(out, [list[i][0], list[i][1]]);
    return out;
  }
  function stripFragment(href) {
    const hash = StringPrototypeIndexOf(href, '#');
    return hash < 0 ? href : StringPrototypeSlice(href, 0, hash);
  }
  finishInterface(Request, 'Request', ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
    'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
    'isHistoryNavigation', 'signal', 'duplex', 'clone']);
  installBodyMixin(Request, 'Request', (self) => stateOf(self).body, (self) => headersList(stateOf(self).headers));
  ObjectDefineProperty(Request, 'length', { value: 1 });

  // --- Response -------------------------------------------------------------------------------------
  const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
  const REDIRECT_STATUS = [301, 302, 303, 307, 308];
  const STATUS_TEXT = {
    100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content',
    300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
    406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
    410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
    414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Content', 425: 'Too Early',
    426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
  };

  function isReasonPhrase(s) {
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return false;
    }
    return true;
  }
  /** Web IDL `unsigned short`. */
  function toUnsignedShort(value) {
    let x = +value;
    if (NumberIsNaN(x) || x === Infinity || x === -Infinity) return 0;
    x = MathTrunc(x);
    x %= 65536;
    if (x < 0) x += 65536;
    return x;
  }
  function readResponseInit(init, context) {
    const out = { headers: undefined, status: 200, statusText: '' };
    if (init === undefined || init === null) return out;
    if (!isObject(init)) throw new TypeError(`Failed to ${context}: The provided value is not of type 'ResponseInit'.`);
    let v;
    if ((v = init.headers) !== undefined) out.headers = v;
    if ((v = init.status) !== undefined) out.status = toUnsignedShort(v);
    if ((v = init.statusText) !== undefined) out.statusText = byteString(v, context);
    return out;
  }
  /** "initialize a response". */
  function initializeResponse(r, init, body, context) {
    if (init.status < 200 || init.status > 599) {
      throw new RangeError(`Failed to ${context}: The status provided (${init.status}) is outside the range [200, 599].`);
    }
    if (!isReasonPhrase(init.statusText)) throw new TypeError(`Failed to ${context}: Invalid statusText`);
    r.status = init.status;
    r.statusText = init.statusText;
    if (init.headers !== undefined) fillHeaders(r.headers, init.headers, context);
    if (body !== null) {
      if (includes(NULL_BODY_STATUS, r.status)) {
        throw new TypeError(`Failed to ${context}: Response with null body status cannot have body`);
      }
      r.body = body.body;
      if (body.type !== null && !listHas(headersList(r.headers), 'content-type')) {
        ArrayPrototypePush(headersList(r.headers), ['content-type', body.type]);
      }
    }
  }

  let responseState;
  class Response {
    constructor(body = null, init = undefined) {
      if (new.target === undefined) throw new TypeError("Failed to construct 'Response': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      if (body === kInternal) {
        this[k_r_Response] = init;
        return;
      }
      const context = "construct 'Response'";
      const options = readResponseInit(init, context);
      const r = {
        type: 'default', urlList: [], status: 200, statusText: '',
        headers: newHeaders([], 'response'), body: null,
      };
      const extracted = body === null || body === undefined ? null : extractBody(body);
      initializeResponse(r, options, extracted, context);
      this[k_r_Response] = r;
    }

    static error() {
      return new Response(kInternal, {
        type: 'error', urlList: [], status: 0, statusText: '', headers: newHeaders([], 'immutable'), body: null,
      });
    }

    static redirect(url, status = 302) {
      if (arguments.length < 1) throw required('Response', 'redirect', 1, 0);
      url = usv(url);
      const parsed = parseURLWithBase(url);
      if (parsed === null) throw new TypeError(`Failed to execute 'redirect' on 'Response': Invalid URL: ${url}`);
      status = toUnsignedShort(status);
      if (!includes(REDIRECT_STATUS, status)) {
        throw new RangeError(`Failed to execute 'redirect' on 'Response': Invalid status code ${status}`);
      }
      return new Response(kInternal, {
        type: 'default', urlList: [], status, statusText: '',
        headers: newHeaders([['location', parsed.href]], 'immutable'), body: null,
      });
    }

    static json(data, init = undefined) {
      if (arguments.length < 1) throw required('Response', 'json', 1, 0);
      const text = JSONStringify(data);
      if (text === undefined) throw new TypeError("Failed to execute 'json' on 'Response': The data is not JSON serializable");
      const context = "execute 'json' on 'Response'";
      const options = readResponseInit(init, context);
      const r = {
        type: 'default', urlList: [], status: 200, statusText: '', headers: newHeaders([], 'response'), body: null,
      };
      initializeResponse(r, options, { body: bytesBody(utf8Encode(text)), type: 'application/json' }, context);
      return new Response(kInternal, r);
    }

    get type() { return responseOf(this).type; }
    get url() {
      const list = responseOf(this).urlList;
      return list.length === 0 ? '' : stripFragment(list[list.length - 1]);
    }
    get redirected() { return responseOf(this).urlList.length > 1; }
    get status() { return responseOf(this).status; }
    get ok() {
      const status = responseOf(this).status;
      return status >= 200 && status <= 299;
    }
    get statusText() { return responseOf(this).statusText; }
    get headers() { return responseHeaders(responseOf(this)); }

    clone() {
      const r = responseOf(this);
      if (bodyIsUnusable(r.body)) throw new TypeError("Failed to execute 'clone' on 'Response': Response body is already used");
      const copy = { ...r };
      const headers = responseHeaders(r);
      copy.headers = newHeaders(copyList(headersList(headers)), headersGuard(headers));
      copy.body = r.body === null ? null : cloneBody(r.body);
      return new Response(kInternal, copy);
    }

    [inspectCustom](depth, options, inspect) {
      if (!isObject(this) || this[k_r_Response] === undefined) return this;
      if (depth < 0) return 'Response';
      const r = this[k_r_Response];
      const shown = {
        status: r.status, statusText: r.statusText, headers: responseHeaders(r), body: r.body === null ? null : bodyStream(r.body),
        bodyUsed: bodyUsed(r.body), ok: this.ok, redirected: this.redirected, type: r.type, url: this.url,
      };
      return `Response ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    }

    static {
      responseState = (res) => (isObject(res) ? res[k_r_Response] : undefined);
    }
  }
  /**
   * A response's Headers. A fetched response keeps the header fields as received (a string, see
   * headerList) until they are first asked for: many programs never look at them.
   */
  function responseHeaders(r) {
    const headers = r.headers;
    if (typeof headers !== 'string') return headers;
    return (r.headers = newHeaders(headerList(headers), 'immutable'));
  }
  function responseOf(response) {
    const r = responseState(response);
    if (r === undefined) throw illegal();
    return r;
  }
  finishInterface(Response, 'Response', ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']);
  {
    const list$ = ['error', 'redirect', 'json'];
    for (let i$ = 0; i$ < list$.length; i$++) { const key = list$[i$]; ObjectDefineProperty(Response, key, { enumerable: true }); }
  }
  installBodyMixin(Response, 'Response', (self) => responseOf(self).body, (self) => headersList(responseHeaders(responseOf(self))));
  ObjectDefineProperty(Response, 'length', { value: 0 });
  ObjectDefineProperty(Response.redirect, 'length', { value: 1 });
  ObjectDefineProperty(Response.json, 'length', { value: 1 });

  // --- fetch() --------------------------------------------------------------------------------------
  let warnedInsecure = false;
  const insecureTLS = fetchOps.ignoresCertificateErrors();

  function networkError(code, message) {
    const cause = new Error(message);
    cause.code = code;
    return new TypeError('fetch failed', { cause });
  }

  function fetch(input, init = undefined) {
    const { promise, resolve, reject } = PromiseWithResolvers();
    if (arguments.length < 1) {
      reject(new TypeError("Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present."));
      return promise;
    }
    let r; // the request's state: no Request object is made
    try {
      r = newRequestState(input, init, 1);
    } catch (e) {
      reject(e);
      return promise;
    }
    const signal = r.signal ?? r.parentSignal; // null: nothing can abort this fetch
    if (signal !== null && abort.isAborted(signal)) {
      if (r.body !== null && r.body.kind === 'stream') streams.readableStreamCancel(r.body.stream, signal.reason);
      reject(signal.reason);
      return promise;
    }
    const ctx = {
      settled: false, response: null, exchange: null, headOp: null, uploadReader: null,
      resolve: (value) => { if (!ctx.settled) { ctx.settled = true; resolve(value); } },
      reject: (error) => { if (!ctx.settled) { ctx.settled = true; reject(error); } },
      finish: null,
    };
    if (signal !== null) {
      const onAbort = () => abortFetch(ctx, r, signal);
      abort.addAlgorithm(signal, onAbort);
      ctx.finish = () => abort.removeAlgorithm(signal, onAbort);
    } else {
      ctx.finish = noop;
    }
    const url = parseURLWithBase(r.url, undefined);
    switch (url.protocol) {
      case 'http:':
      case 'https:':
        httpFetch(ctx, r);
        break;
      case 'data:':
        settleLocal(ctx, () => dataResponse(r));
        break;
      case 'blob:':
        settleLocal(ctx, () => blobResponse(r));
        break;
      default:
        failSoon(ctx, networkError('ERR_UNSUPPORTED_SCHEME', `the URL scheme "${StringPrototypeSlice(url.protocol, 0, -1)}" is not supported`));
    }
    return promise;
  }

  /** The fetch's signal aborted: the exchange, the upload and the response's body stop. */
  function abortFetch(ctx, r, signal) {
    const reason = signal.reason;
    if (ctx.headOp !== null) {
      ctx.headOp.cancel(); // closes the connection (Exchange.abort)
      ctx.headOp = null;
    } else if (ctx.exchange !== null) {
      ctx.exchange.abort();
    }
    if (ctx.uploadReader !== null) {
      try { streams.cancelReader(ctx.uploadReader, reason); } catch { /* done */ }
    }
    if (r.body !== null && r.body.kind === 'stream' && ctx.uploadReader === null) {
      try { streams.readableStreamCancel(r.body.stream, reason); } catch { /* locked */ }
    }
    if (ctx.response !== null) {
      const body = responseOf(ctx.response).body;
      if (body !== null && body.kind === 'network') abortNetwork(body.source, reason);
    }
    ctx.reject(reason);
  }

  function noop() {}

  /** A data: or blob: fetch: the response is made now (a blob URL revoked later still serves). */
  function settleLocal(ctx, make) {
    let response = null;
    let error = null;
    try {
      response = make();
    } catch (e) {
      error = e;
    }
    settleSoon(() => {
      if (response !== null) ctx.resolve(response); // no-ops when an abort settled it meanwhile
      else ctx.reject(error);
      ctx.finish();
    });
  }

  function localResponse(r, status, list, body) {
    if (r.method === 'HEAD') body = null;
    return new Response(kInternal, {
      type: 'basic', urlList: [r.url], status, statusText: STATUS_TEXT[status] ?? '',
      headers: newHeaders(list, 'immutable'), body,
    });
  }

  // data: URLs (Fetch's data: URL processor).
  function percentDecodeBytes(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c === 0x25 && i + 2 < s.length && isHex(s[i + 1]) && isHex(s[i + 2])) {
        ArrayPrototypePush(out, NumberParseInt(StringPrototypeSlice(s, i + 1, i + 3), 16));
        i += 2;
      } else if (c < 0x80) {
        ArrayPrototypePush(out, c);
      } else {
        const bytes = utf8Encode(s[i]);
        for (let k = 0; k < bytes.length; k++) ArrayPrototypePush(out, bytes[k]);
      }
    }
    return new Uint8Array(out);
  }
  function isHex(ch) {
    return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'));
  }
  function dataResponse(r) {
    const href = stripFragment(r.url);
    let input = StringPrototypeSlice(href, 5);
    const comma = StringPrototypeIndexOf(input, ',');
    if (comma < 0) throw networkError('ERR_INVALID_URL', 'the data: URL has no comma');
    let mimeType = normalizeValue(StringPrototypeSlice(input, 0, comma));
    let bytes = percentDecodeBytes(StringPrototypeSlice(input, comma + 1));
    let base64 = false;
    // A trailing ";base64" (any case, spaces around it) means the body is base64.
    const lastSemi = StringPrototypeLastIndexOf(mimeType, ';');
    if (lastSemi >= 0 && StringPrototypeToLowerCase(normalizeValue(StringPrototypeSlice(mimeType, lastSemi + 1))) === 'base64') {
      base64 = true;
      mimeType = StringPrototypeSlice(mimeType, 0, lastSemi);
    }
    if (base64) {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      const decoded = internal.load('56_base64.js').base64Decode(s);
      if (decoded === null || decoded === undefined) throw networkError('ERR_INVALID_URL', 'the data: URL has invalid base64');
      bytes = new Uint8Array(decoded.length);
      for (let i = 0; i < decoded.length; i++) bytes[i] = StringPrototypeCharCodeAt(decoded, i);
    }
    if (StringPrototypeIndexOf(mimeType, ';') === 0) mimeType = 'text/plain' + mimeType;
    const mime = parseMimeType(mimeType);
    const type = mime === null ? 'text/plain;charset=US-ASCII' : serializeMime(mime);
    return localResponse(r, 200, [['content-type', type]], bytesBody(bytes));
  }

  function blobResponse(r) {
    const blob = urls.resolveBlobURL(stripFragment(r.url));
    if (r.method !== 'GET' || blob === undefined) {
      throw networkError('ERR_INVALID_URL', r.method !== 'GET' ? 'blob: URLs only support GET' : `no Blob is registered for ${r.url}`);
    }
    const data = blobs.blobData(blob);
    const size = host.blob.size(data);
    return localResponse(r, 200, [['content-length', `${size}`], ['content-type', blobs.blobType(blob)]],
      { kind: 'blob', source: data, stream: null, length: size, consumed: false });
  }

  // Fetch's "bad ports": never reached, whatever the permissions say.
  const BAD_PORTS = [1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
    102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513,
    514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723,
    2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080];
  const BAD_PORT = new Uint8Array(65536); // 1 at each bad port
  for (let i = 0; i < BAD_PORTS.length; i++) BAD_PORT[BAD_PORTS[i]] = 1;

  /** http(s): one exchange per hop, redirects followed here. */
  function httpFetch(ctx, r) {
    let method = r.method;
    let currentURL = r.url;
    let body = r.body;
    const urlList = [r.url];
    const list = copyList(headersList(r.headers)); // FetchOps adds accept, user-agent... when missing
    if (body !== null && body.kind === 'stream') {
      // The request's stream is now the upload's: the Request reads as used.
      body.transferred = true;
    }
    if (insecureTLS && !warnedInsecure) {
      warnedInsecure = true;
      host.write(2, 'Warning: TLS certificate verification is off for fetch (CORTADO_UNSAFELY_IGNORE_CERTIFICATE_ERRORS)\n');
    }
    const hop = () => {
      if (ctx.settled) return;
      const url = parseURLWithBase(currentURL, undefined);
      const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
      const hostname = url.hostname;
      const hostPort = `${hostname}:${port}`;
      if (BAD_PORT[+port] === 1) {
        failSoon(ctx, networkError('ERR_BAD_PORT', `port ${port} is a "bad port", blocked by the Fetch Standard`));
        return;
      }
      try {
        internal.checkPermission('net', hostPort);
      } catch (e) {
        failSoon(ctx, e);
        return;
      }
      const pairs = [];
      for (let i = 0; i < list.length; i++) ArrayPrototypePush(pairs, list[i][0], list[i][1]);
      let javaBody = null;
      if (body !== null) {
        if (body.kind === 'stream') javaBody = 'stream';
        else if (body.kind === 'blob') javaBody = body.source;
        else if (body.kind === 'bytes') javaBody = bytesToBlobData(body.source);
      }
      const exchange = fetchOps.start(method, stripFragment(currentURL), hostPort, pairs, javaBody);
      ctx.exchange = exchange;
      ctx.headOp = exchange.headOp();
      if (javaBody === 'stream') pumpUpload(ctx, exchange, body.stream);
      internal.listenOp(ctx.headOp, (ok, value) => {
        ctx.headOp = null;
        if (ctx.settled) return;
        if (!ok) {
          ctx.finish();
          const pair$ = splitReason(value);
          const code = pair$[0], message = pair$[1];
          ctx.reject(networkError(code, message));
          return;
        }
        const head = value;
        const status = head.status();
        const headerText = head.headers();
        if (includes(REDIRECT_STATUS, status) && r.redirect !== 'manual') {
          const location = listGet(headerList(headerText), 'location');
          if (location !== null) {
            exchange.abort();
            if (r.redirect === 'error') {
              ctx.finish();
              ctx.reject(networkError('ERR_REDIRECT', `unexpected redirect to ${location} (redirect: 'error')`));
              return;
            }
            let next;
            try {
              next = new urls.URL(location, currentURL);
            } catch {
              ctx.finish();
              ctx.reject(networkError('ERR_INVALID_URL', `the redirect location ${location} is not a valid URL`));
              return;
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
              ctx.finish();
              ctx.reject(networkError('ERR_UNSUPPORTED_SCHEME', `redirect to the unsupported scheme ${next.protocol}`));
              return;
            }
            if (urlList.length > 20) {
              ctx.finish();
              ctx.reject(networkError('ERR_TOO_MANY_REDIRECTS', `too many redirects (more than 20), the last to ${next.href}`));
              return;
            }
            if (status !== 303 && body !== null && body.kind === 'stream') {
              ctx.finish();
              ctx.reject(networkError('ERR_REDIRECT', 'cannot follow a redirect with a streamed request body'));
              return;
            }
            if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD')) {
              method = 'GET';
              body = null;
              const list$ = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
              for (let i$ = 0; i$ < list$.length; i$++) {
                const name = list$[i$];
                listDelete(list, name);
              }
            }
            if (new urls.URL(currentURL).origin !== next.origin) listDelete(list, 'authorization');
            currentURL = next.href;
            ArrayPrototypePush(urlList, currentURL);
            hop();
            return;
          }
        }
        const isNullBody = includes(NULL_BODY_STATUS, status) || method === 'HEAD';
        let responseBody = null;
        let whole = null;
        if (isNullBody) {
          exchange.close();
        } else {
          const length = head.bodyLength();
          if (length >= 0) {
            const buffer = new ArrayBuffer(length);
            if (length > 0) head.copyBody(buffer);
            whole = new Uint8Array(buffer);
          }
          const state = {
            exchange, done: false, eof: false, error: undefined, current: null, onEnd: ctx.finish, stream: null, whole,
            registered: whole === null, polls: 0,
          };
          responseBody = { kind: 'network', source: state, stream: null, length: null, consumed: false };
        }
        const response = new Response(kInternal, {
          type: 'basic', urlList, status, statusText: STATUS_TEXT[status] ?? '',
          headers: headerText, body: responseBody, // the Headers object is made when first asked for
        });
        // Nobody can read the body any more once neither the response nor its stream is reachable:
        // the connection is closed then (the state is what both hold).
        if (responseBody === null) ctx.finish();
        else if (whole === null) unread.register(responseBody.source, exchange, responseBody.source);
        ctx.response = response;
        ctx.resolve(response);
      });
    };
    hop();
  }

  // A fetch settled without the network (a data: or blob: URL, a refused request) settles a
  // moment later, as Fetch hands a response over in a task of its own: an abort in the same turn
  // still wins. As in Node, before the check phase (setImmediate).
  const settledPromise = PromiseResolve(undefined);
  function settleSoon(settle) {
    PromisePrototypeThen(settledPromise, settle);
  }
  function failSoon(ctx, error) {
    settleSoon(() => {
      ctx.reject(error); // no-ops when an abort settled it meanwhile
      ctx.finish();
    });
  }

  /** A ResponseHead's header fields ("name\nvalue\n" each, names lowercased) as a header list. */
  function headerList(text) {
    const list = [];
    let start = 0;
    for (;;) {
      const colon = StringPrototypeIndexOf(text, '\n', start);
      if (colon < 0) break;
      const end = StringPrototypeIndexOf(text, '\n', colon + 1);
      ArrayPrototypePush(list, [StringPrototypeSlice(text, start, colon), StringPrototypeSlice(text, colon + 1, end)]);
      start = end + 1;
    }
    return list;
  }

  function bytesToBlobData(bytes) {
    const builder = host.blob.builder();
    const length = TypedArrayPrototypeGetLength(bytes);
    if (length > 0) {
      host.blob.addBytes(builder, TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), length);
    }
    return host.blob.build(builder);
  }

  /** Feeds a ReadableStream body to the exchange, one chunk each time the sender asks. */
  function pumpUpload(ctx, exchange, stream) {
    const reader = streams.acquireReader(stream);
    ctx.uploadReader = reader;
    internal.listenOp(exchange.uploadOp(), () => {
      try { streams.releaseReader(reader); } catch { /* released */ }
    }, () => {
      PromisePrototypeThen(streams.readChunk(reader), ({ value, done }) => {
        if (done) {
          exchange.endUpload();
          return;
        }
        const kind = isObject(value) ? kindOf(value) : -1;
        if (kind !== TYPED_ARRAY + 1 && kind !== TYPED_ARRAY_AUTO + 1) {
          exchange.failUpload('the request body stream gave a chunk that is not a Uint8Array');
          ctx.finish();
          ctx.reject(new TypeError('fetch failed', { cause: new TypeError('The request body stream must give Uint8Array chunks') }));
          exchange.abort();
          return;
        }
        exchange.pushUpload(value);
      }, (error) => {
        exchange.failUpload('the request body stream errored');
        ctx.finish();
        ctx.reject(new TypeError('fetch failed', { cause: error }));
        exchange.abort();
      });
    });
  }

  ObjectDefineProperty(fetch, 'length', { value: 1 });

  return ObjectFreeze({ Headers, Request, Response, fetch });
})
