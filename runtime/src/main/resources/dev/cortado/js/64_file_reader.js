// 64_file_reader.js: `FileReader` (File API, "The FileReader API") and the `ProgressEvent` it fires
// (XMLHttpRequest Standard's interface). Loaded on first use.
//
// A read runs as a chain of tasks on the loop thread (setImmediate, so the loop serves timers and
// I/O between them; see `step`). Chunks of up to CHUNK_SIZE bytes of the Blob's BlobData are
// copied straight into one ArrayBuffer of the Blob's size (no stream, no chunk copies). The first
// chunk brings `loadstart`; a chunk read 50 ms or more after the last `progress` (and the first
// chunk) brings a `progress` task; the last task packages the bytes, fires `load` (or `error`),
// takes the microtask checkpoint (the stack is empty there, as after a browser's callback) and
// fires `loadend`. Every task checks that its read is still the reader's current one, so abort()
// (which also clears the queued task) ends it, as the spec's "remove those tasks" does.
//
// Progress events carry loaded (bytes read so far) and total (the Blob's size), with
// lengthComputable true when total is not 0 (XHR's "fire a progress event" rule), as browsers
// report them; the File API itself leaves them unset.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer, MathMin, MathTrunc, NumberIsNaN, Number, ObjectDefineProperty, ObjectDefineProperties,
    ObjectFreeze, ReflectApply, ReflectGetOwnPropertyDescriptor, SymbolFor, SymbolToStringTag, TypeError,
    Uint8Array,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const events = internal.load('52_events.js');
  const { Event, EventTarget, createEvent, dispatch, defineEventHandler } = events;
  const blobs = internal.load('66_blob.js');
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const { parseMimeType, mimeParam } = internal.load('62_mime.js');
  const timers = internal.timers;
  const now = internal.now;
  const blobOps = host.blob;
  const bufferOps = host.buffer;
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');
  const getter = (name) => ReflectGetOwnPropertyDescriptor(Event.prototype, name).get;
  const eventType = getter('type');
  const eventDefaultPrevented = getter('defaultPrevented');
  const eventCancelable = getter('cancelable');
  const eventTimeStamp = getter('timeStamp');
  /** The most bytes one task copies. */
  const CHUNK_SIZE = 1048576;
  /** The least time between two progress events, in milliseconds. */
  const PROGRESS_INTERVAL = 50;
  const MAX_BYTES = 2147483647;
  const EMPTY = 0, LOADING = 1, DONE = 2;
  const ARRAY_BUFFER = 0, BINARY_STRING = 1, TEXT = 2, DATA_URL = 3;

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_lengthComputable = internal.sharedSymbol('fileReader:ProgressEvent.lengthComputable');
  const k_loaded = internal.sharedSymbol('fileReader:ProgressEvent.loaded');
  const k_total = internal.sharedSymbol('fileReader:ProgressEvent.total');
  const k_state = internal.sharedSymbol('fileReader:state');
  const k_result = internal.sharedSymbol('fileReader:result');
  const k_error = internal.sharedSymbol('fileReader:error');
  const k_read = internal.sharedSymbol('fileReader:read');

  const { illegalInvocation, notEnoughArguments } = internal.errors;

  /** Web IDL `unsigned long long` (no [EnforceRange]/[Clamp]). */
  function toUnsignedLongLong(value) {
    let x = Number(value);
    if (NumberIsNaN(x) || x === Infinity || x === -Infinity) return 0;
    x = MathTrunc(x);
    if (x === 0) return 0;
    if (x > 0 && x < 18446744073709551616) return x;
    x %= 18446744073709551616;
    if (x < 0) x += 18446744073709551616;
    return x;
  }

  // --- ProgressEvent (XMLHttpRequest Standard) ------------------------------------------------------
  class ProgressEvent extends Event {
    constructor(type, eventInitDict = undefined) {
      if (arguments.length === 0) throw notEnoughArguments("construct 'ProgressEvent'", 1, 0);
      super(type, eventInitDict);   // EventInit's members first, and the dictionary check
      this[k_lengthComputable] = false;
      this[k_loaded] = 0;
      this[k_total] = 0;
      if (eventInitDict !== undefined && eventInitDict !== null) {
        // ProgressEventInit's own members, in lexicographic order.
        const lengthComputable = eventInitDict.lengthComputable;
        if (lengthComputable !== undefined) this[k_lengthComputable] = !!lengthComputable;
        const loaded = eventInitDict.loaded;
        if (loaded !== undefined) this[k_loaded] = toUnsignedLongLong(loaded);
        const total = eventInitDict.total;
        if (total !== undefined) this[k_total] = toUnsignedLongLong(total);
      }
    }
    get lengthComputable() {
      if (this?.[k_loaded] === undefined) throw illegalInvocation();
      return this[k_lengthComputable];
    }
    get loaded() {
      if (this?.[k_loaded] === undefined) throw illegalInvocation();
      return this[k_loaded];
    }
    get total() {
      if (this?.[k_loaded] === undefined) throw illegalInvocation();
      return this[k_total];
    }

    /** Event's fields (as 52_events.js shows them), then ProgressEvent's. */
    [inspectSymbol](depth, options, inspect) {
      const name = this.constructor?.name ?? 'ProgressEvent';
      if (this?.[k_loaded] === undefined || depth < 0) return name;
      const shown = {
        type: ReflectApply(eventType, this, []),
        defaultPrevented: ReflectApply(eventDefaultPrevented, this, []),
        cancelable: ReflectApply(eventCancelable, this, []),
        timeStamp: ReflectApply(eventTimeStamp, this, []),
        lengthComputable: this[k_lengthComputable],
        loaded: this[k_loaded],
        total: this[k_total],
      };
      const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `${name} ${inspect(shown, inner)}`;
    }
  }
  ObjectDefineProperty(ProgressEvent.prototype, inspectSymbol, { enumerable: false });
  for (const name of ['lengthComputable', 'loaded', 'total']) {
    ObjectDefineProperty(ProgressEvent.prototype, name, { enumerable: true });
  }
  ObjectDefineProperty(ProgressEvent.prototype, SymbolToStringTag, { value: 'ProgressEvent', configurable: true });

  // --- FileReader -------------------------------------------------------------------------------------
  /** Fires the trusted ProgressEvent `type` at `reader` (not bubbling, not cancelable). */
  function fireProgressEvent(reader, type, loaded, total) {
    const event = createEvent(ProgressEvent, type, undefined);
    event[k_lengthComputable] = total !== 0;
    event[k_loaded] = loaded;
    event[k_total] = total;
    dispatch(reader, event);
  }

  function checkReader(reader) {
    if (reader?.[k_state] === undefined) throw illegalInvocation();
  }

  /** The read operation's synchronous steps; the rest runs in the tasks `step` queues. */
  function startRead(reader, method, args, kind) {
    checkReader(reader);
    const what = `execute '${method}' on 'FileReader'`;
    if (args.length === 0) throw notEnoughArguments(what, 1, 0);
    const blob = args[0];
    if (!blobs.isBlob(blob)) throw new TypeError(`Failed to ${what}: parameter 1 is not of type 'Blob'.`);
    let encodingName;
    if (kind === TEXT && args.length > 1 && args[1] !== undefined) encodingName = `${args[1]}`;
    if (reader[k_state] === LOADING) {
      throw makeDOMException(`Failed to ${what}: The object is already busy reading Blobs.`, 'InvalidStateError');
    }
    reader[k_state] = LOADING;
    reader[k_result] = null;
    reader[k_error] = null;
    const data = blobs.blobData(blob);
    const size = blobOps.size(data);
    const read = {
      reader, kind, data, size, encodingName, mimeType: blobs.blobType(blob),
      buffer: null, position: 0, started: false, progressDue: false, lastProgress: -Infinity,
      immediate: null,
    };
    reader[k_read] = read;
    queueStep(read);
  }

  function queueStep(read) {
    read.immediate = timers.setImmediate(step, read);
  }

  /**
   * One task of a read. The first reads the first chunk and fires `loadstart` (a Blob that cannot
   * be read fires no `loadstart`, as the spec queues it only once a chunk arrived); then each task
   * either fires the `progress` event the last chunk made due, or reads the next chunk; the last
   * one finishes. A chunk makes `progress` due when 50 ms passed since the last one (the first
   * chunk always does), so an empty Blob has none and any other at least one.
   */
  function step(read) {
    const reader = read.reader;
    read.immediate = null;
    if (reader[k_read] !== read) return;   // aborted, or another read took over
    if (!read.started) {
      read.started = true;
      if (read.size > MAX_BYTES) {
        fail(read, makeDOMException(`The Blob is too large to read into memory (${read.size} bytes).`, 'NotReadableError'));
        return;
      }
      read.buffer = new ArrayBuffer(read.size);
      if (read.size > 0 && !readChunk(read)) return;
      fireProgressEvent(reader, 'loadstart', 0, read.size);
    } else if (read.progressDue) {
      read.progressDue = false;
      fireProgressEvent(reader, 'progress', read.position, read.size);
    } else if (read.position < read.size) {
      if (!readChunk(read)) return;
    } else {
      finish(read);
      return;
    }
    if (reader[k_read] === read) queueStep(read);
  }

  /** Appends the next chunk of the Blob's bytes; false (and the read failed) if they were not readable. */
  function readChunk(read) {
    const length = MathMin(CHUNK_SIZE, read.size - read.position);
    if (!blobOps.readIntoAt(read.data, read.position, read.buffer, read.position, length)) {
      fail(read, makeDOMException('The Blob could not be read.', 'NotReadableError'));
      return false;
    }
    read.position += length;
    const time = now();
    if (time - read.lastProgress >= PROGRESS_INTERVAL) {
      read.lastProgress = time;
      read.progressDue = true;
    }
    return true;
  }

  /** The last task of a read that got every byte: package the data, load (or error), loadend. */
  function finish(read) {
    const reader = read.reader;
    reader[k_read] = null;
    reader[k_state] = DONE;
    let result;
    let error = null;
    try {
      result = packageData(read);
    } catch (e) {
      error = e;
    }
    const { position, size } = read;
    read.buffer = null;
    if (error !== null) {
      reader[k_error] = error;
      fireProgressEvent(reader, 'error', position, size);
    } else {
      reader[k_result] = result;
      fireProgressEvent(reader, 'load', position, size);
    }
    checkpoint();
    if (reader[k_state] !== LOADING) fireProgressEvent(reader, 'loadend', position, size);
  }

  /**
   * HTML's "clean up after running script": once a task's event has run its listeners, the
   * JavaScript stack is empty, so the microtask checkpoint runs before the task fires the next
   * event (a promise awaiting `load` resumes before `loadend`, as in browsers).
   */
  function checkpoint() {
    internal.settleTask();
  }

  /** A read whose bytes could not be had: error, then loadend. */
  function fail(read, error) {
    const reader = read.reader;
    reader[k_read] = null;
    reader[k_state] = DONE;
    reader[k_error] = error;
    read.buffer = null;
    fireProgressEvent(reader, 'error', read.position, read.size);
    checkpoint();
    if (reader[k_state] !== LOADING) fireProgressEvent(reader, 'loadend', read.position, read.size);
  }

  /** "package data" */
  function packageData(read) {
    const { buffer, size } = read;
    switch (read.kind) {
      case ARRAY_BUFFER:
        return buffer;
      case BINARY_STRING:
        return size === 0 ? '' : bufferOps.decode('latin1', buffer, 0, size);
      case DATA_URL: {
        const type = read.mimeType === '' ? 'application/octet-stream' : read.mimeType;
        return `data:${type};base64,${size === 0 ? '' : bufferOps.decode('base64', buffer, 0, size)}`;
      }
      default:
        return decodeText(new Uint8Array(buffer), read.encodingName, read.mimeType);
    }
  }

  /** "package data" for Text: the encoding label, else the type's charset, else UTF-8; a BOM wins. */
  function decodeText(bytes, encodingName, mimeType) {
    const encodingApi = internal.load('55_encoding.js');
    let encoding = null;
    if (encodingName !== undefined) encoding = encodingApi.getEncoding(encodingName);
    if (encoding === null && mimeType !== '') {
      const charset = charsetOf(mimeType);
      if (charset !== undefined) encoding = encodingApi.getEncoding(charset);
    }
    if (encoding === null) encoding = 'utf-8';
    // Encoding Standard "decode": BOM sniffing overrides the fallback encoding.
    const n = bytes.length;
    if (n >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) encoding = 'utf-8';
    else if (n >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF) encoding = 'utf-16be';
    else if (n >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) encoding = 'utf-16le';
    // The replacement decoder: one U+FFFD for any input (TextDecoder refuses that encoding).
    if (encoding === 'replacement') return n === 0 ? '' : '\uFFFD';
    // The decoder drops the BOM of its own encoding (ignoreBOM is false).
    return new encodingApi.TextDecoder(encoding).decode(bytes);
  }

  /** The `charset` parameter of a MIME type; undefined when the type does not parse or has none. */
  function charsetOf(input) {
    const mime = parseMimeType(input);
    return mime === null ? undefined : mimeParam(mime, 'charset');
  }

  class FileReader extends EventTarget {
    constructor() {
      super();
      this[k_state] = EMPTY;
      this[k_result] = null;
      this[k_error] = null;
      this[k_read] = null;
    }

    readAsArrayBuffer(blob) {
      startRead(this, 'readAsArrayBuffer', arguments, ARRAY_BUFFER);
    }

    readAsBinaryString(blob) {
      startRead(this, 'readAsBinaryString', arguments, BINARY_STRING);
    }

    readAsText(blob, encoding = undefined) {
      startRead(this, 'readAsText', arguments, TEXT);
    }

    readAsDataURL(blob) {
      startRead(this, 'readAsDataURL', arguments, DATA_URL);
    }

    abort() {
      checkReader(this);
      const state = this[k_state];
      if (state === EMPTY || state === DONE) {
        this[k_result] = null;
        return;
      }
      this[k_state] = DONE;
      this[k_result] = null;
      const read = this[k_read];
      this[k_read] = null;
      let loaded = 0, total = 0;
      if (read !== null) {
        if (read.immediate !== null) timers.clearImmediate(read.immediate);
        read.immediate = null;
        read.buffer = null;
        loaded = read.position;
        total = read.size;
      }
      fireProgressEvent(this, 'abort', loaded, total);
      if (this[k_state] !== LOADING) fireProgressEvent(this, 'loadend', loaded, total);
    }

    get readyState() {
      checkReader(this);
      return this[k_state];
    }

    get result() {
      checkReader(this);
      return this[k_result];
    }

    get error() {
      checkReader(this);
      return this[k_error];
    }

    [inspectSymbol](depth, options, inspect) {
      if (this?.[k_state] === undefined) return this;
      const name = this.constructor?.name ?? 'FileReader';
      if (depth < 0) return name;
      const shown = { error: this[k_error], readyState: this[k_state], result: this[k_result] };
      const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `${name} ${inspect(shown, inner)}`;
    }
  }
  {
    const proto = FileReader.prototype;
    for (const name of ['readAsArrayBuffer', 'readAsBinaryString', 'readAsText', 'readAsDataURL',
      'abort', 'readyState', 'result', 'error']) {
      ObjectDefineProperty(proto, name, { enumerable: true });
    }
    for (const name of ['onloadstart', 'onprogress', 'onload', 'onabort', 'onerror', 'onloadend']) {
      defineEventHandler(proto, name);
    }
    const constants = {
      EMPTY: { value: EMPTY, enumerable: true, writable: false, configurable: false },
      LOADING: { value: LOADING, enumerable: true, writable: false, configurable: false },
      DONE: { value: DONE, enumerable: true, writable: false, configurable: false },
    };
    ObjectDefineProperties(FileReader, constants);
    ObjectDefineProperties(proto, constants);
    ObjectDefineProperty(proto, inspectSymbol, { enumerable: false });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: 'FileReader', configurable: true });
  }

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [ProgressEvent, FileReader]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({ FileReader, ProgressEvent });
})
