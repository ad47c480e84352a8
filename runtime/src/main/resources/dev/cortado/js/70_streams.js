// 70_streams.js: the WHATWG Streams Standard: ReadableStream (default and byte streams, readers,
// tee, pipes, async iteration, ReadableStream.from), WritableStream, TransformStream and the two
// queuing strategies. Loaded on first use.
//
// Layout: every public object (a stream, reader, writer, controller) holds, under a shared-symbol
// key, a plain internal record that carries the spec's internal slots; the abstract operations
// below work on those records only, so user code can neither see nor patch them.
// The records are named after the spec's classes (RS = ReadableStream, WS = WritableStream...),
// and the operations keep the spec's names, so each can be checked against the standard step by
// step (the WPT tests check the exact order of promise reactions).
//
// Speed (a chunk through a pipe runs some hundred calls): the per-chunk paths have the spec's
// small operations written out in place, with the spec's name in a comment; promises nobody can
// observe are not made (Deferred makes its promise on demand, a pipe's writes have no promise);
// pipeTo moves queued chunks synchronously, waiting only on backpressure or an empty source
// (see readableStreamPipeTo). The promise reactions that the spec orders (pull, write, transform
// results) are kept, tick for tick.
//
// Exports the public classes and, for other runtime files (fetch bodies, Blob.stream()):
// isReadableStream, isReadableStreamLocked, isReadableStreamDisturbed, createReadableStream,
// createReadableByteStream, readableStreamFromPullSource, readableStreamEnqueue/Close/Error,
// readableStreamCancel, readAllBytes, readableStreamTee, readableStreamPipeTo,
// isWritableStream, createWritableStream.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototypeByteLength: ArrayBufferPrototypeGetByteLength,
    ArrayBufferPrototypeTransfer, ArrayBufferPrototypeDetached: ArrayBufferPrototypeGetDetached, DataView,
    DataViewPrototypeBuffer: DataViewPrototypeGetBuffer, DataViewPrototypeByteLength: DataViewPrototypeGetByteLength,
    DataViewPrototypeByteOffset: DataViewPrototypeGetByteOffset, Error, Math, MathMin, MathFloor, NumberIsNaN, NumberIsInteger,
    ObjectCreate, ObjectDefineProperty, ObjectDefineProperties, ObjectFreeze, ObjectGetOwnPropertyDescriptor,
    ObjectGetPrototypeOf, ObjectSetPrototypeOf, Promise, PromisePrototypeThen: thenUncurried, PromisePrototypeMethods,
    PromiseResolve, PromiseReject,
    RangeError, ReflectOwnKeys, Symbol, SymbolAsyncIterator, SymbolIterator, SymbolToStringTag, SymbolFor,
    TypeError, TypedArrayConstructors, TypedArrayPrototypeBuffer, TypedArrayPrototypeByteLength,
    TypedArrayPrototypeByteOffset, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeLength,
    TypedArrayPrototypeSet, Uint8Array, FunctionPrototypeCall: call, FunctionPrototypeCallMethod,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  const noop = () => {};
  const functionCall = FunctionPrototypeCallMethod; // the engine's own Function.prototype.call
  // Every user callback (a source's pull, a transformer's transform, a sink's write, a strategy's
  // size...) is called through opaqueCall (see 00_primordials.js): the per-chunk code around it
  // is shared by every script the warm daemon runs.
  const opaqueCall = internal.primordials.opaqueCall;
  // Promise.prototype.then(p, ...), called directly while Function.prototype.call is the engine's
  // (see promiseCall1 below), through the uncurried primordial otherwise.
  const thenMethod = PromisePrototypeMethods.then;
  function promiseThen(p, onFulfilled, onRejected) {
    return thenMethod.call === functionCall ? thenMethod.call(p, onFulfilled, onRejected)
      : thenUncurried(p, onFulfilled, onRejected);
  }
  const customInspect = SymbolFor('nodejs.util.inspect.custom');
  const illegal = internal.errors.illegalInvocation;

  // A FIFO list: push/shift/peek in O(1), no Array.prototype methods (user code may patch them).
  // It also serves as the spec's queue-with-sizes (8.1): `pushWithSize` keeps each value's size in
  // `sizes`, at the same index (the hot paths read and write `items` and `sizes` in place).
  class Queue {
    constructor() { this.items = []; this.sizes = []; this.head = 0; this.length = 0; }
    push(x) { this.items[this.head + this.length] = x; this.length++; }
    pushWithSize(x, size) {
      const i = this.head + this.length;
      this.items[i] = x;
      this.sizes[i] = size;
      this.length++;
    }
    peek() { return this.items[this.head]; }
    last() { return this.items[this.head + this.length - 1]; }
    at(i) { return this.items[this.head + i]; }
    // Every chunk goes through shift(): it is kept small (the JIT compiles it early and fast),
    // with the rare work (dropping a grown array, compacting a long-lived queue) in compact().
    shift() {
      const items = this.items;
      const head = this.head;
      const x = items[head];
      items[head] = undefined;
      const length = this.length - 1;
      this.length = length;
      if (length === 0) {
        this.head = 0;
        if (items.length > 64) this.compact();
      } else if (head < 1023 || head + 1 <= length) {
        this.head = head + 1;
      } else {
        this.head = head + 1;
        this.compact();
      }
      return x;
    }
    // Empty: fresh arrays instead of long ones; else the live part moved to the front.
    compact() {
      const length = this.length;
      const fresh = [];
      const freshSizes = [];
      if (length > 0) {
        const items = this.items;
        const sizes = this.sizes;
        const head = this.head;
        for (let i = 0; i < length; i++) {
          fresh[i] = items[head + i];
          freshSizes[i] = sizes[head + i];
        }
      }
      this.items = fresh;
      this.sizes = freshSizes;
      this.head = 0;
    }
    clear() { this.items = []; this.sizes = []; this.head = 0; this.length = 0; }
  }

  // `new Promise(capture)` hands its resolving functions over without a closure per promise.
  let capturedResolve, capturedReject;
  const capture = (res, rej) => { capturedResolve = res; capturedReject = rej; };

  // A promise with its resolving functions; `settled` tells the spec's "[[PromiseState]] is pending".
  // The promise itself is made only when someone asks for it (`promise`): most of the streams'
  // internal promises (a pipe's writer's ready and write promises, a transform stream's
  // backpressure promises) are settled without anybody ever looking at them. A deferred settled
  // before its promise exists remembers the outcome and hands out an already settled promise; a
  // value that may be a thenable makes the promise at once, so its adoption starts when the spec
  // says.
  class Deferred {
    constructor() {
      this.p = undefined;
      this.res = undefined;
      this.rej = undefined;
      this.settled = false;
      this.isRejected = false;
      this.value = undefined;
      this.handled = false;
      this.onFulfilled = undefined; // a reaction kept without a promise (see react)
      this.onRejected = undefined;
    }
    get promise() {
      const p = this.p;
      return p === undefined ? this.makePromise() : p;
    }
    makePromise() {
      let p;
      if (!this.settled) {
        p = new Promise(capture);
        this.res = capturedResolve;
        this.rej = capturedReject;
        capturedResolve = capturedReject = undefined;
        const onFulfilled = this.onFulfilled;
        if (onFulfilled !== undefined) { // registered first, so it runs first, as on a promise
          const onRejected = this.onRejected;
          this.onFulfilled = this.onRejected = undefined;
          promiseThen(p, onFulfilled, onRejected);
        }
      } else if (this.isRejected) {
        p = PromiseReject(this.value);
        if (this.handled) promiseThen(p, undefined, noop);
      } else {
        p = PromiseResolve(this.value);
      }
      this.value = undefined;
      this.p = p;
      return p;
    }
    doResolve(v) {
      if (this.settled) return;
      if (this.p === undefined && ((typeof v === 'object' && v !== null) || typeof v === 'function')) this.makePromise();
      this.settled = true;
      if (this.p !== undefined) {
        const res = this.res;
        this.res = this.rej = undefined;
        res(v);
      } else {
        this.value = v;
        const onFulfilled = this.onFulfilled;
        if (onFulfilled !== undefined) {
          this.onFulfilled = this.onRejected = undefined;
          // the reaction job, queued now, as fulfilling a promise would queue it
          promiseThen(v === undefined ? resolvedUndefined : PromiseResolve(v), onFulfilled);
        }
      }
    }
    doReject(e) {
      if (this.settled) return;
      this.settled = true;
      this.isRejected = true;
      if (this.p !== undefined) {
        const rej = this.rej;
        this.res = this.rej = undefined;
        rej(e);
      } else {
        this.value = e;
        const onRejected = this.onRejected;
        if (this.onFulfilled !== undefined) {
          this.onFulfilled = this.onRejected = undefined;
          promiseThen(PromiseReject(e), undefined, onRejected);
        }
      }
    }
    // A deferred nobody can see (no promise handed out, no reaction kept, not rejected) serves
    // again as a fresh pending one instead of a new object: returns whether it was renewed.
    renew() {
      if (this.p !== undefined || this.onFulfilled !== undefined || this.isRejected) return false;
      this.settled = false;
      this.value = undefined;
      this.handled = false;
      return true;
    }
    // The spec's "upon fulfillment/rejection of the promise" when the derived promise is not
    // needed: while nobody asked for the promise, one such reaction is kept here and queued
    // as a job when the deferred settles (when fulfilling the promise would queue it), so a
    // transform stream's pulls make no promise per chunk. Otherwise a reaction to the promise.
    react(onFulfilled, onRejected) {
      if (this.p === undefined && !this.settled && this.onFulfilled === undefined) {
        this.onFulfilled = onFulfilled;
        this.onRejected = onRejected;
      } else {
        promiseThen(this.promise, onFulfilled, onRejected);
      }
    }
    // The spec's "set promise.[[PromiseIsHandled]] to true".
    markHandled() {
      this.handled = true;
      if (this.p !== undefined) promiseThen(this.p, undefined, noop);
    }
  }
  function resolvedDeferred(v) {
    const d = new Deferred();
    d.doResolve(v);
    return d;
  }
  function rejectedDeferred(e) {
    const d = new Deferred();
    d.doReject(e);
    d.markHandled();
    return d;
  }

  // Web IDL's "a promise resolved with v": always a new promise, which adopts v's state when v is
  // a promise (two more microtask ticks than Promise.resolve(v), as the spec's ordering expects).
  const resolveWith = (v) => (res) => res(v);
  function resolved(v) {
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') return new Promise(resolveWith(v));
    return PromiseResolve(v);
  }
  const rejected = (e) => PromiseReject(e);
  function setPromiseIsHandledToTrue(p) { promiseThen(p, undefined, noop); }
  // The spec's "upon fulfillment / upon rejection": reactions whose derived promise never rejects.
  function uponPromise(p, onFulfilled, onRejected) {
    promiseThen(p, onFulfilled, onRejected);
  }
  function uponFulfillment(p, onFulfilled) { promiseThen(p, onFulfilled, noop); }
  function uponRejection(p, onRejected) { promiseThen(p, undefined, onRejected); }
  function transformPromiseWith(p, onFulfilled, onRejected) {
    return promiseThen(p, onFulfilled, onRejected);
  }
  // Runs `fn` in a microtask of its own (the spec's "queue a microtask").
  const resolvedUndefined = PromiseResolve(undefined);
  function queueMicrotaskInternal(fn) { promiseThen(resolvedUndefined, fn); }

  // Web IDL: invoke a promise-returning callback (exceptions become a rejected promise).
  // The promises they return are only reacted to, never handed out: a callback that returns
  // undefined (the usual pull(), write() and transform()) gets the one shared fulfilled promise.
  // The callback is called through opaqueCall (see above).
  function promiseCall0(fn, thisArg) {
    let r;
    try {
      r = opaqueCall(fn, thisArg);
    } catch (e) {
      return PromiseReject(e);
    }
    return r === undefined ? resolvedUndefined : resolved(r);
  }
  function promiseCall1(fn, thisArg, a) {
    let r;
    try {
      r = opaqueCall(fn, thisArg, a);
    } catch (e) {
      return PromiseReject(e);
    }
    return r === undefined ? resolvedUndefined : resolved(r);
  }
  function promiseCall2(fn, thisArg, a, b) {
    let r;
    try {
      r = opaqueCall(fn, thisArg, a, b);
    } catch (e) {
      return PromiseReject(e);
    }
    return r === undefined ? resolvedUndefined : resolved(r);
  }

  // Web IDL conversions.
  function isObject(v) { return (typeof v === 'object' && v !== null) || typeof v === 'function'; }
  function toDictionary(v, what) {
    if (v === undefined || v === null) return undefined;
    if (!isObject(v)) throw new TypeError(`${what} must be an object`);
    return v;
  }
  function toCallback(v, what) {
    if (typeof v !== 'function') throw new TypeError(`${what} must be a function`);
    return v;
  }
  function toUnrestrictedDouble(v) { return +v; }
  function toEnforceRangeULL(v, what) {
    let x = +v;
    if (NumberIsNaN(x) || x === Infinity || x === -Infinity) {
      throw new TypeError(`${what} must be a finite number`);
    }
    x = x < 0 ? -MathFloor(-x) : MathFloor(x);
    if (x < 0 || x > 9007199254740991) throw new TypeError(`${what} is outside the accepted range`);
    return x === 0 ? 0 : x;
  }
  function requireArgs(n, count, what) {
    if (n < count) {
      throw new TypeError(`${what} requires at least ${count} argument${count > 1 ? 's' : ''}, but only ${n} present`);
    }
  }

  // ArrayBuffer and view helpers (the spec's IsDetachedBuffer, TransferArrayBuffer...).
  function isDetachedBuffer(buffer) {
    try { return ArrayBufferPrototypeGetDetached(buffer); } catch { return false; }
  }
  function canTransferArrayBuffer(buffer) {
    try { return !ArrayBufferPrototypeGetDetached(buffer); } catch { return false; }
  }
  function transferArrayBuffer(buffer) {
    try {
      return ArrayBufferPrototypeTransfer(buffer);
    } catch {
      throw new TypeError('The ArrayBuffer cannot be transferred');
    }
  }
  function isTypedArray(v) { return TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined; }
  function viewBuffer(view) {
    return isTypedArray(view) ? TypedArrayPrototypeBuffer(view) : DataViewPrototypeGetBuffer(view);
  }
  // byteOffset/byteLength of a view, read from its slots even when its buffer is detached (0 then).
  function viewByteOffset(view) {
    if (isTypedArray(view)) return TypedArrayPrototypeByteOffset(view);
    try { return DataViewPrototypeGetByteOffset(view); } catch { return 0; }
  }
  function viewByteLength(view) {
    if (isTypedArray(view)) return TypedArrayPrototypeByteLength(view);
    try { return DataViewPrototypeGetByteLength(view); } catch { return 0; }
  }
  function bufferByteLength(buffer) {
    try { return ArrayBufferPrototypeGetByteLength(buffer); } catch { return buffer.byteLength; }
  }
  const ELEMENT_SIZES = {
    __proto__: null, Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1, Int16Array: 2,
    Uint16Array: 2, Float16Array: 2, Int32Array: 4, Uint32Array: 4, Float32Array: 4,
    Float64Array: 8, BigInt64Array: 8, BigUint64Array: 8,
  };
  function copyDataBlockBytes(dest, destStart, src, srcStart, n) {
    TypedArrayPrototypeSet(new Uint8Array(dest, destStart, n), new Uint8Array(src, srcStart, n));
  }
  function cloneArrayBuffer(src, srcOffset, n) {
    const out = new ArrayBuffer(n);
    copyDataBlockBytes(out, 0, src, srcOffset, n);
    return out;
  }
  function toArrayBufferView(v, what) {
    if (!ArrayBufferIsView(v)) throw new TypeError(`${what} must be an ArrayBufferView`);
    return v;
  }

  // Queue-with-sizes (spec 8.1), on a container with `queue` (values and sizes) and `queueTotalSize`.
  // A valid size: a number, not NaN (which fails `>= 0`), not negative, not Infinity.
  function isValidChunkSize(size) { return typeof size === 'number' && size >= 0 && size !== Infinity; }
  const invalidChunkSize = () => new RangeError('The chunk size must be a finite, non-negative number');
  function dequeueValue(container) {
    const queue = container.queue;
    const size = queue.sizes[queue.head];
    const value = queue.shift();
    const total = container.queueTotalSize - size;
    container.queueTotalSize = total < 0 ? 0 : total;
    return value;
  }
  function enqueueValueWithSize(container, value, size) {
    if (!isValidChunkSize(size)) throw invalidChunkSize();
    container.queue.pushWithSize(value, size);
    container.queueTotalSize += size;
  }
  function resetQueue(container) {
    container.queue.clear();
    container.queueTotalSize = 0;
  }

  // Queuing strategies (spec 7.4).
  function extractHighWaterMark(strategy, defaultHWM) {
    if (strategy.highWaterMark === undefined) return defaultHWM;
    const hwm = strategy.highWaterMark;
    if (NumberIsNaN(hwm) || hwm < 0) throw new RangeError('The highWaterMark must be a non-negative number');
    return hwm;
  }
  // The size of every chunk when the strategy has none, or is a CountQueuingStrategy (whose size
  // function is the runtime's own and returns 1): the queues then skip calling it.
  const sizeOne = () => 1;
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined || size === countSize) return sizeOne;
    return (chunk) => opaqueCall(size, undefined, chunk);
  }
  // Converts a QueuingStrategy dictionary: { highWaterMark, size } in that order.
  function toQueuingStrategy(v, what) {
    const dict = toDictionary(v, what);
    if (dict === undefined) return { highWaterMark: undefined, size: undefined };
    let highWaterMark = dict.highWaterMark;
    if (highWaterMark !== undefined) highWaterMark = toUnrestrictedDouble(highWaterMark);
    let size = dict.size;
    if (size !== undefined) size = toCallback(size, `${what}.size`);
    return { highWaterMark, size };
  }

  // Makes a class look like a Web IDL interface: enumerable operations and attributes, the
  // @@toStringTag, and a prototype `constructor` that stays non-enumerable.
  function webidlInterface(Class, name, statics = []) {
    const proto = Class.prototype;
    for (const key of ReflectOwnKeys(proto)) {
      if (key === 'constructor' || typeof key !== 'string') continue;
      ObjectDefineProperty(proto, key, { enumerable: true });
    }
    for (const key of statics) ObjectDefineProperty(Class, key, { enumerable: true });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, configurable: true });
  }
  // Defines the inspector output: `Name { key: value, ... }`, as Node prints these objects.
  function defineInspect(Class, name, fields) {
    ObjectDefineProperty(Class.prototype, customInspect, {
      value: function (depth, options, inspect) {
        const obj = fields(this);
        if (obj === undefined) return this;
        if (depth < 0) return `${name} {}`;
        return `${name} ${inspect(obj, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
      },
      writable: true, configurable: true,
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Internal records

  class RS {
    constructor() {
      this.state = 'readable';
      this.reader = undefined;
      this.storedError = undefined;
      this.disturbed = false;
      this.controller = undefined;
      this.pub = undefined;
    }
  }
  class DefaultReaderRec {
    constructor() {
      this.stream = undefined;
      this.closed = undefined; // Deferred
      this.readRequests = new Queue();
      this.pub = undefined;
    }
  }
  class BYOBReaderRec {
    constructor() {
      this.stream = undefined;
      this.closed = undefined;
      this.readIntoRequests = new Queue();
      this.pub = undefined;
    }
  }
  class DefaultControllerRec {
    constructor() {
      this.stream = undefined;
      this.queue = new Queue();
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.strategySizeAlgorithm = undefined;
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.pub = undefined;
      this.onPullFulfilled = undefined;
      this.onPullRejected = undefined;
    }
  }
  class ByteControllerRec {
    constructor() {
      this.stream = undefined;
      this.queue = new Queue(); // of { buffer, byteOffset, byteLength }
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.autoAllocateChunkSize = undefined;
      this.byobRequest = null; // BYOBRequestRec
      this.pendingPullIntos = new Queue();
      this.pub = undefined;
      this.onPullFulfilled = undefined;
      this.onPullRejected = undefined;
    }
  }
  class BYOBRequestRec {
    constructor(controller, view) { this.controller = controller; this.view = view; this.pub = undefined; }
  }

  // Read requests: the spec's structs of chunk/close/error steps.
  class PromiseReadRequest {
    constructor() {
      this.promise = new Promise(capture);
      this.resolve = capturedResolve;
      this.reject = capturedReject;
      capturedResolve = capturedReject = undefined;
    }
    chunkSteps(chunk) { this.resolve({ value: chunk, done: false }); }
    closeSteps(chunk) { this.resolve({ value: chunk, done: true }); }
    errorSteps(e) { this.reject(e); }
  }
  // A read request defined by three functions (tee, async iteration, internal helpers).
  class FnReadRequest {
    constructor(chunkSteps, closeSteps, errorSteps) {
      this.chunkSteps = chunkSteps;
      this.closeSteps = closeSteps;
      this.errorSteps = errorSteps;
    }
  }

  // Public objects are created for records by the internal constructors below; this carries the
  // record into the class constructor, which then skips its user-facing steps.
  let pendingRecord = null;
  function withPending(rec, construct) {
    pendingRecord = rec;
    try { rec.pub = construct(); } finally { pendingRecord = null; }
    return rec;
  }
  function takePending() {
    const rec = pendingRecord;
    pendingRecord = null;
    return rec;
  }

  // ---------------------------------------------------------------------------------------------
  // Readable streams: abstract operations (spec 4.9)

  function acquireReadableStreamBYOBReader(stream) {
    const reader = new BYOBReaderRec();
    setUpReadableStreamBYOBReader(reader, stream);
    withPending(reader, () => new ReadableStreamBYOBReader(undefined));
    return reader;
  }
  function acquireReadableStreamDefaultReader(stream) {
    const reader = new DefaultReaderRec();
    setUpReadableStreamDefaultReader(reader, stream);
    withPending(reader, () => new ReadableStreamDefaultReader(undefined));
    return reader;
  }
  function newRS() {
    return withPending(new RS(), () => new ReadableStream());
  }
  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
    sizeAlgorithm = sizeOne) {
    const stream = newRS();
    const controller = newDefaultController();
    setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
      cancelAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
    const stream = newRS();
    const controller = newByteController();
    setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
      cancelAlgorithm, 0, undefined);
    return stream;
  }
  function isReadableStreamLocked(stream) { return stream.reader !== undefined; }

  function readableStreamFromIterable(asyncIterable) {
    let stream;
    const iteratorRecord = getAsyncIterator(asyncIterable);
    const startAlgorithm = noop;
    const pullAlgorithm = () => {
      let nextResult;
      try {
        nextResult = opaqueCall(iteratorRecord.nextMethod, iteratorRecord.iterator);
      } catch (e) {
        return rejected(e);
      }
      const nextPromise = resolved(nextResult);
      return transformPromiseWith(nextPromise, (iterResult) => {
        if (!isObject(iterResult)) throw new TypeError('The iterator result must be an object');
        const done = iterResult.done;
        if (done) {
          readableStreamDefaultControllerClose(stream.controller);
        } else {
          const value = iterResult.value;
          readableStreamDefaultControllerEnqueue(stream.controller, value);
        }
      });
    };
    const cancelAlgorithm = (reason) => {
      const iterator = iteratorRecord.iterator;
      let returnMethod;
      try {
        returnMethod = iterator.return;
        if (returnMethod !== undefined && returnMethod !== null && typeof returnMethod !== 'function') {
          throw new TypeError('The iterator\'s return is not a function');
        }
      } catch (e) {
        return rejected(e);
      }
      if (returnMethod === undefined || returnMethod === null) return resolved(undefined);
      let returnResult;
      try {
        returnResult = call(returnMethod, iterator, reason);
      } catch (e) {
        return rejected(e);
      }
      return transformPromiseWith(resolved(returnResult), (iterResult) => {
        if (!isObject(iterResult)) throw new TypeError('The iterator\'s return() result must be an object');
        return undefined;
      });
    };
    stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
    return stream;
  }
  // GetIterator(obj, async): an async iterator, or a sync one wrapped as async
  // (CreateAsyncFromSyncIterator).
  function getAsyncIterator(obj) {
    if (obj === undefined || obj === null) throw new TypeError('ReadableStream.from() requires an iterable or async iterable');
    let method = obj[SymbolAsyncIterator];
    if (method === undefined || method === null) {
      const syncMethod = obj[SymbolIterator];
      if (syncMethod === undefined || syncMethod === null) {
        throw new TypeError('ReadableStream.from() requires an iterable or async iterable');
      }
      if (typeof syncMethod !== 'function') throw new TypeError('Symbol.iterator is not a function');
      const syncIterator = call(syncMethod, obj);
      if (!isObject(syncIterator)) throw new TypeError('The iterator must be an object');
      const syncNext = syncIterator.next;
      return createAsyncFromSyncIterator(syncIterator, syncNext);
    }
    if (typeof method !== 'function') throw new TypeError('Symbol.asyncIterator is not a function');
    const iterator = call(method, obj);
    if (!isObject(iterator)) throw new TypeError('The async iterator must be an object');
    return { iterator, nextMethod: iterator.next };
  }
  function createAsyncFromSyncIterator(syncIterator, syncNext) {
    // %AsyncFromSyncIteratorPrototype%: each result's value is awaited; an iterator whose value
    // rejects is closed (ES2025 semantics).
    const continuation = (result, closeOnRejection) => {
      const done = !!result.done;
      const value = result.value;
      let valueWrapper;
      try {
        valueWrapper = PromiseResolve(value);
      } catch (e) {
        if (!done && closeOnRejection) closeSync(syncIterator);
        throw e;
      }
      return promiseThen(valueWrapper, (v) => ({ value: v, done }), (e) => {
        if (!done && closeOnRejection) closeSync(syncIterator);
        throw e;
      });
    };
    const iterator = {
      next() {
        try {
          const result = opaqueCall(syncNext, syncIterator);
          if (!isObject(result)) throw new TypeError('The iterator result must be an object');
          return continuation(result, true);
        } catch (e) {
          return rejected(e);
        }
      },
      return(value) {
        try {
          const ret = syncIterator.return;
          if (ret === undefined || ret === null) return resolved({ value, done: true });
          const result = call(ret, syncIterator, value);
          if (!isObject(result)) throw new TypeError('The iterator\'s return() result must be an object');
          return continuation(result, false);
        } catch (e) {
          return rejected(e);
        }
      },
    };
    return { iterator, nextMethod: iterator.next };
  }
  function closeSync(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) call(ret, iterator);
    } catch { /* the original error wins */ }
  }

  // The write request of every write a pipe makes, one object per pipe and no promise (nobody
  // but the pipe sees them): the stream settles each of its write requests once, in order, so
  // counting the settlements tells when the last write has settled. Shutting down asks for a
  // promise of that only when it has to wait (`waitPromise`, fulfilled a tick after the last write
  // settles either way, like the spec's "currentWrite upon settlement").
  class PipeWrites {
    constructor() {
      this.started = 0;
      this.pending = 0;
      this.waiter = undefined; // Deferred
      this.waitPromise = undefined;
    }
    doResolve() {
      if (--this.pending === 0 && this.waiter !== undefined) {
        const waiter = this.waiter;
        this.waiter = this.waitPromise = undefined;
        waiter.doResolve(undefined);
      }
    }
    doReject() { this.doResolve(); }
    write(writer, chunk) {
      this.started++;
      this.pending++;
      writableStreamDefaultWriterWriteWith(writer, chunk, this);
    }
  }

  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    const reader = acquireReadableStreamDefaultReader(source);
    const writer = acquireWritableStreamDefaultWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    const writes = new PipeWrites();
    const done = new Deferred();
    let abortAlgorithm;

    // The read/write loop (`pump`), as Node's and Deno's: while the destination wants chunks
    // (desired size > 0) it reads, and a chunk the source has queued arrives at once and is written
    // at once; so chunks flow with no promise and no microtask of the pipe's own. It stops when a
    // read has to wait (one read request, reused: at most one read is outstanding) or the
    // destination has backpressure; the writer calls `onWritable` (pump) when a write completes,
    // which is when the backpressure can end. Nothing is read once shutting down. Its end is
    // observed through the reader's and writer's closed promises below.
    // A chunk that arrives later, inside the source's enqueue() (which fulfils the pending read
    // request), is written in a microtask of its own: the sink's write() must not run within the
    // underlying source's call.
    let reading = false;
    let inSyncRead = false;
    let hasSyncChunk = false;
    let syncChunk;
    let asyncChunk;
    const pump = () => {
      while (!shuttingDown && !reading) {
        // WritableStreamDefaultWriterGetDesiredSize(writer) > 0: a writable destination that
        // wants chunks (no close is queued: closing it means shutting down first)
        const destController = dest.controller;
        if (dest.state !== 'writable' || destController.strategyHWM - destController.queueTotalSize <= 0) return;
        reading = true;
        inSyncRead = true;
        readableStreamDefaultReaderRead(reader, readRequest);
        inSyncRead = false;
        if (!hasSyncChunk) return; // the read waits for a chunk, or the source is closed or errored
        hasSyncChunk = false;
        reading = false;
        const chunk = syncChunk;
        syncChunk = undefined;
        writes.write(writer, chunk);
      }
    };
    const writeAsyncChunk = () => {
      const chunk = asyncChunk;
      asyncChunk = undefined;
      reading = false;
      if (writer.stream === undefined) return; // finalized meanwhile (the destination errored)
      writes.write(writer, chunk);
      pump();
    };
    const readRequest = new FnReadRequest(
      (chunk) => {
        if (inSyncRead) {
          syncChunk = chunk;
          hasSyncChunk = true;
        } else {
          asyncChunk = chunk;
          // queueMicrotaskInternal(writeAsyncChunk), at the site: once per chunk
          if (thenMethod.call === functionCall) thenMethod.call(resolvedUndefined, writeAsyncChunk);
          else thenUncurried(resolvedUndefined, writeAsyncChunk);
        }
      },
      noop,
      noop);
    writer.onWritable = pump;
    function currentWrite() {
      if (writes.pending === 0) return resolved(undefined);
      if (writes.waiter === undefined) {
        writes.waiter = new Deferred();
        writes.waitPromise = transformPromiseWith(writes.waiter.promise, undefined, noop);
      }
      return writes.waitPromise;
    }
    function waitForWritesToFinish() {
      const oldStarted = writes.started;
      return transformPromiseWith(currentWrite(),
        () => (oldStarted !== writes.started ? waitForWritesToFinish() : undefined));
    }
    function isOrBecomesErrored(stream, promise, action) {
      if (stream.state === 'errored') action(stream.storedError);
      else uponRejection(promise, action);
    }
    function isOrBecomesClosed(stream, promise, action) {
      if (stream.state === 'closed') action();
      else uponFulfillment(promise, action);
    }
    function shutdownWithAction(action, originalIsError, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      const doTheRest = () => {
        uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
      };
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponFulfillment(waitForWritesToFinish(), doTheRest);
      } else {
        doTheRest();
      }
    }
    function shutdown(isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponFulfillment(waitForWritesToFinish(), () => finalize(isError, error));
      } else {
        finalize(isError, error);
      }
    }
    function finalize(isError, error) {
      writer.onWritable = undefined;
      writableStreamDefaultWriterRelease(writer);
      readableStreamDefaultReaderRelease(reader);
      if (signal !== undefined) {
        try { signal.removeEventListener('abort', abortAlgorithm); } catch { /* a foreign signal */ }
      }
      if (isError) done.doReject(error);
      else done.doResolve(undefined);
    }

    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions[actions.length] = () => (dest.state === 'writable' ? writableStreamAbort(dest, error) : resolved(undefined));
        }
        if (!preventCancel) {
          actions[actions.length] = () => (source.state === 'readable' ? readableStreamCancel(source, error) : resolved(undefined));
        }
        shutdownWithAction(() => {
          const promises = [];
          for (let i = 0; i < actions.length; i++) promises[i] = actions[i]();
          return waitForAllPromise(promises);
        }, true, error);
      };
      if (signal.aborted) {
        abortAlgorithm();
        return done.promise;
      }
      signal.addEventListener('abort', abortAlgorithm);
    }

    isOrBecomesErrored(source, reader.closed.promise, (storedError) => {
      if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    isOrBecomesErrored(dest, writer.closed.promise, (storedError) => {
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    isOrBecomesClosed(source, reader.closed.promise, () => {
      if (!preventClose) shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
      else shutdown();
    });
    if (writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
      const destClosed = new TypeError('The destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }
    queueMicrotaskInternal(pump);
    return done.promise;
  }
  // Web IDL's "waiting for all" promises, resolved with undefined or rejected with the first reason.
  function waitForAllPromise(promises) {
    const d = new Deferred();
    let remaining = promises.length;
    if (remaining === 0) {
      d.doResolve(undefined);
      return d.promise;
    }
    const onFulfilled = () => { if (--remaining === 0) d.doResolve(undefined); };
    const onRejected = (e) => d.doReject(e);
    for (let i = 0; i < promises.length; i++) uponPromise(promises[i], onFulfilled, onRejected);
    return d.promise;
  }

  function readableStreamTee(stream, cloneForBranch2) {
    if (stream.controller instanceof ByteControllerRec) return readableByteStreamTee(stream);
    return readableStreamDefaultTee(stream, cloneForBranch2);
  }
  function readableStreamDefaultTee(stream, cloneForBranch2) {
    const reader = acquireReadableStreamDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = new Deferred();
    const readRequest = new FnReadRequest(
      (chunk) => {
        queueMicrotaskInternal(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = internal.load('65_structured_clone.js').structuredClone(chunk2);
            } catch (e) {
              readableStreamDefaultControllerError(branch1.controller, e);
              readableStreamDefaultControllerError(branch2.controller, e);
              cancelPromise.doResolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      () => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1.controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.doResolve(undefined);
      },
      () => { reading = false; });
    function pullAlgorithm() {
      if (reading) {
        readAgain = true;
        return resolved(undefined);
      }
      reading = true;
      readableStreamDefaultReaderRead(reader, readRequest);
      return resolved(undefined);
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) {
        const cancelResult = readableStreamCancel(stream, [reason1, reason2]);
        cancelPromise.doResolve(cancelResult);
      }
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) {
        const cancelResult = readableStreamCancel(stream, [reason1, reason2]);
        cancelPromise.doResolve(cancelResult);
      }
      return cancelPromise.promise;
    }
    branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);
    uponRejection(reader.closed.promise, (r) => {
      readableStreamDefaultControllerError(branch1.controller, r);
      readableStreamDefaultControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.doResolve(undefined);
    });
    return [branch1, branch2];
  }
  function cloneAsUint8Array(view) {
    const buffer = viewBuffer(view);
    const byteOffset = viewByteOffset(view);
    const byteLength = viewByteLength(view);
    return new Uint8Array(cloneArrayBuffer(buffer, byteOffset, byteLength));
  }
  function readableByteStreamTee(stream) {
    let reader = acquireReadableStreamDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = new Deferred();
    function forwardReaderError(thisReader) {
      uponRejection(thisReader.closed.promise, (r) => {
        if (thisReader !== reader) return;
        readableByteStreamControllerError(branch1.controller, r);
        readableByteStreamControllerError(branch2.controller, r);
        if (!canceled1 || !canceled2) cancelPromise.doResolve(undefined);
      });
    }
    const readRequest = new FnReadRequest(
      (chunk) => {
        queueMicrotaskInternal(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              readableByteStreamControllerError(branch1.controller, e);
              readableByteStreamControllerError(branch2.controller, e);
              cancelPromise.doResolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      () => {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1.controller);
        if (!canceled2) readableByteStreamControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(branch1.controller, 0);
        if (branch2.controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(branch2.controller, 0);
        if (!canceled1 || !canceled2) cancelPromise.doResolve(undefined);
      },
      () => { reading = false; });
    function pullWithDefaultReader() {
      if (reader instanceof BYOBReaderRec) {
        readableStreamBYOBReaderRelease(reader);
        reader = acquireReadableStreamDefaultReader(stream);
        forwardReaderError(reader);
      }
      readableStreamDefaultReaderRead(reader, readRequest);
    }
    function pullWithBYOBReader(view, forBranch2) {
      if (reader instanceof DefaultReaderRec) {
        readableStreamDefaultReaderRelease(reader);
        reader = acquireReadableStreamBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      const readIntoRequest = new FnReadRequest(
        (chunk) => {
          queueMicrotaskInternal(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (e) {
                readableByteStreamControllerError(byobBranch.controller, e);
                readableByteStreamControllerError(otherBranch.controller, e);
                cancelPromise.doResolve(readableStreamCancel(stream, e));
                return;
              }
              if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
              readableByteStreamControllerEnqueue(otherBranch.controller, clonedChunk);
            } else if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
            }
            reading = false;
            if (readAgainForBranch1) pull1Algorithm();
            else if (readAgainForBranch2) pull2Algorithm();
          });
        },
        (chunk) => {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) readableByteStreamControllerClose(byobBranch.controller);
          if (!otherCanceled) readableByteStreamControllerClose(otherBranch.controller);
          if (chunk !== undefined) {
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
            if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
              readableByteStreamControllerRespond(otherBranch.controller, 0);
            }
          }
          if (!byobCanceled || !otherCanceled) cancelPromise.doResolve(undefined);
        },
        () => { reading = false; });
      readableStreamBYOBReaderRead(reader, view, 1, readIntoRequest);
    }
    function pull1Algorithm() {
      if (reading) {
        readAgainForBranch1 = true;
        return resolved(undefined);
      }
      reading = true;
      const byobRequest = readableByteStreamControllerGetBYOBRequest(branch1.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, false);
      return resolved(undefined);
    }
    function pull2Algorithm() {
      if (reading) {
        readAgainForBranch2 = true;
        return resolved(undefined);
      }
      reading = true;
      const byobRequest = readableByteStreamControllerGetBYOBRequest(branch2.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, true);
      return resolved(undefined);
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.doResolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.doResolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
    branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }

  // Interfacing with controllers (spec 4.9.2)
  function readableStreamAddReadIntoRequest(stream, readRequest) {
    stream.reader.readIntoRequests.push(readRequest);
  }
  function readableStreamAddReadRequest(stream, readRequest) {
    stream.reader.readRequests.push(readRequest);
  }
  function readableStreamCancel(stream, reason) {
    stream.disturbed = true;
    if (stream.state === 'closed') return resolved(undefined);
    if (stream.state === 'errored') return rejected(stream.storedError);
    readableStreamClose(stream);
    const reader = stream.reader;
    if (reader !== undefined && reader instanceof BYOBReaderRec) {
      const readIntoRequests = reader.readIntoRequests;
      reader.readIntoRequests = new Queue();
      while (readIntoRequests.length > 0) readIntoRequests.shift().closeSteps(undefined);
    }
    const sourceCancelPromise = stream.controller.cancelSteps(reason);
    return transformPromiseWith(sourceCancelPromise, noop);
  }
  function readableStreamClose(stream) {
    stream.state = 'closed';
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.doResolve(undefined);
    if (reader instanceof DefaultReaderRec) {
      const readRequests = reader.readRequests;
      if (readRequests.length === 0) return;
      reader.readRequests = new Queue();
      while (readRequests.length > 0) readRequests.shift().closeSteps(undefined);
    }
  }
  function readableStreamError(stream, e) {
    stream.state = 'errored';
    stream.storedError = e;
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.doReject(e);
    reader.closed.markHandled();
    if (reader instanceof DefaultReaderRec) readableStreamDefaultReaderErrorReadRequests(reader, e);
    else readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
  function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
    const readIntoRequest = stream.reader.readIntoRequests.shift();
    if (done) readIntoRequest.closeSteps(chunk);
    else readIntoRequest.chunkSteps(chunk);
  }
  function readableStreamFulfillReadRequest(stream, chunk, done) {
    const readRequest = stream.reader.readRequests.shift();
    if (done) readRequest.closeSteps(undefined);
    else readRequest.chunkSteps(chunk);
  }
  function readableStreamGetNumReadIntoRequests(stream) { return stream.reader.readIntoRequests.length; }
  function readableStreamGetNumReadRequests(stream) { return stream.reader.readRequests.length; }
  function readableStreamHasBYOBReader(stream) {
    return stream.reader !== undefined && stream.reader instanceof BYOBReaderRec;
  }
  function readableStreamHasDefaultReader(stream) {
    return stream.reader !== undefined && stream.reader instanceof DefaultReaderRec;
  }

  // Readers (spec 4.9.3)
  function readableStreamReaderGenericCancel(reader, reason) {
    return readableStreamCancel(reader.stream, reason);
  }
  function readableStreamReaderGenericInitialize(reader, stream) {
    reader.stream = stream;
    stream.reader = reader;
    if (stream.state === 'readable') {
      reader.closed = new Deferred();
    } else if (stream.state === 'closed') {
      reader.closed = resolvedDeferred(undefined);
    } else {
      reader.closed = rejectedDeferred(stream.storedError);
    }
  }
  function readableStreamReaderGenericRelease(reader) {
    const stream = reader.stream;
    const error = new TypeError('The reader\'s lock was released');
    if (stream.state === 'readable') {
      reader.closed.doReject(error);
    } else {
      reader.closed = new Deferred();
      reader.closed.doReject(error);
    }
    reader.closed.markHandled();
    stream.controller.releaseSteps();
    stream.reader = undefined;
    reader.stream = undefined;
  }
  function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
    const readIntoRequests = reader.readIntoRequests;
    reader.readIntoRequests = new Queue();
    while (readIntoRequests.length > 0) readIntoRequests.shift().errorSteps(e);
  }
  function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'errored') readIntoRequest.errorSteps(stream.storedError);
    else readableByteStreamControllerPullInto(stream.controller, view, min, readIntoRequest);
  }
  function readableStreamBYOBReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamBYOBReaderErrorReadIntoRequests(reader, new TypeError('The reader\'s lock was released'));
  }
  function readableStreamDefaultReaderErrorReadRequests(reader, e) {
    const readRequests = reader.readRequests;
    if (readRequests.length === 0) return;
    reader.readRequests = new Queue();
    while (readRequests.length > 0) readRequests.shift().errorSteps(e);
  }
  function readableStreamDefaultReaderRead(reader, readRequest) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'closed') readRequest.closeSteps(undefined);
    else if (stream.state === 'errored') readRequest.errorSteps(stream.storedError);
    else stream.controller.pullSteps(readRequest);
  }
  function readableStreamDefaultReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamDefaultReaderErrorReadRequests(reader, new TypeError('The reader\'s lock was released'));
  }
  function setUpReadableStreamBYOBReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw new TypeError('The stream is locked to a reader');
    if (!(stream.controller instanceof ByteControllerRec)) {
      throw new TypeError('A BYOB reader needs a readable byte stream (type: \'bytes\')');
    }
    readableStreamReaderGenericInitialize(reader, stream);
    reader.readIntoRequests = new Queue();
  }
  function setUpReadableStreamDefaultReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw new TypeError('The stream is locked to a reader');
    readableStreamReaderGenericInitialize(reader, stream);
    reader.readRequests = new Queue();
  }

  // Default controllers (spec 4.9.4)
  function newDefaultController() {
    const controller = withPending(new DefaultControllerRec(), () => new ReadableStreamDefaultController());
    controller.onPullFulfilled = () => {
      controller.pulling = false;
      if (controller.pullAgain) {
        controller.pullAgain = false;
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    };
    controller.onPullRejected = (e) => { readableStreamDefaultControllerError(controller, e); };
    return controller;
  }
  DefaultControllerRec.prototype.cancelSteps = function (reason) {
    resetQueue(this);
    const result = this.cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  };
  DefaultControllerRec.prototype.pullSteps = function (readRequest) {
    const stream = this.stream;
    if (this.queue.length > 0) {
      const chunk = dequeueValue(this);
      if (this.closeRequested && this.queue.length === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  };
  DefaultControllerRec.prototype.releaseSteps = noop;

  function readableStreamDefaultControllerCallPullIfNeeded(controller) {
    // ReadableStreamDefaultControllerShouldCallPull, written out (see below)
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable' || !controller.started) return;
    const reader = stream.reader;
    if ((reader === undefined || reader.readRequests.length === 0)
      && controller.strategyHWM - controller.queueTotalSize <= 0) return;
    if (controller.pulling) {
      controller.pullAgain = true;
      return;
    }
    controller.pulling = true;
    const pullPromise = controller.pullAlgorithm();
    if (pullPromise instanceof Deferred) pullPromise.react(controller.onPullFulfilled, controller.onPullRejected);
    else if (thenMethod.call === functionCall) thenMethod.call(pullPromise, controller.onPullFulfilled, controller.onPullRejected);
    else thenUncurried(pullPromise, controller.onPullFulfilled, controller.onPullRejected);
  }
  // The hot paths below have the spec's small abstract operations written out in place (here:
  // CanCloseOrEnqueue, IsReadableStreamLocked, GetNumReadRequests and GetDesiredSize): until the
  // JIT has compiled them, every call costs.
  function readableStreamDefaultControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return false;
    if (!controller.started) return false;
    const reader = stream.reader; // a default reader: a default controller's stream has no other
    if (reader !== undefined && reader.readRequests.length > 0) return true;
    return controller.strategyHWM - controller.queueTotalSize > 0;
  }
  function readableStreamDefaultControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }
  function readableStreamDefaultControllerClose(controller) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
    const stream = controller.stream;
    controller.closeRequested = true;
    if (controller.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    }
  }
  function readableStreamDefaultControllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return;
    const reader = stream.reader;
    if (reader !== undefined && reader.readRequests.length > 0) {
      readableStreamFulfillReadRequest(stream, chunk, false);
    } else {
      const sizeAlgorithm = controller.strategySizeAlgorithm;
      let chunkSize = 1;
      if (sizeAlgorithm !== sizeOne) {
        try {
          chunkSize = sizeAlgorithm(chunk);
        } catch (e) {
          readableStreamDefaultControllerError(controller, e);
          throw e;
        }
      }
      // EnqueueValueWithSize (a valid size: a number, not NaN, not negative, not Infinity)
      if (typeof chunkSize !== 'number' || !(chunkSize >= 0) || chunkSize === Infinity) {
        const e = invalidChunkSize();
        readableStreamDefaultControllerError(controller, e);
        throw e;
      }
      const queue = controller.queue;
      const i = queue.head + queue.length;
      queue.items[i] = chunk;
      queue.sizes[i] = chunkSize;
      queue.length++;
      controller.queueTotalSize += chunkSize;
    }
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
  function readableStreamDefaultControllerError(controller, e) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return;
    resetQueue(controller);
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamError(stream, e);
  }
  function readableStreamDefaultControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }
  function readableStreamDefaultControllerHasBackpressure(controller) {
    return !readableStreamDefaultControllerShouldCallPull(controller);
  }
  function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
    return !controller.closeRequested && controller.stream.state === 'readable';
  }
  function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, highWaterMark, sizeAlgorithm) {
    controller.stream = stream;
    resetQueue(controller);
    controller.started = false;
    controller.closeRequested = false;
    controller.pullAgain = false;
    controller.pulling = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    stream.controller = controller;
    const startResult = startAlgorithm();
    const startPromise = resolved(startResult);
    uponPromise(startPromise, () => {
      controller.started = true;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }, (r) => {
      readableStreamDefaultControllerError(controller, r);
    });
  }
  function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, underlyingSource, dict,
    highWaterMark, sizeAlgorithm) {
    const controller = newDefaultController();
    const pub = controller.pub;
    const { start, pull, cancel } = dict;
    const startAlgorithm = start === undefined ? noop : () => opaqueCall(start, underlyingSource, pub);
    const pullAlgorithm = pull === undefined ? () => resolved(undefined)
      : () => { // promiseCall1(pull, underlyingSource, pub), written out: it runs for every chunk
        let r;
        try {
          r = opaqueCall(pull, underlyingSource, pub);
        } catch (e) {
          return PromiseReject(e);
        }
        return r === undefined ? resolvedUndefined : resolved(r);
      };
    const cancelAlgorithm = cancel === undefined ? () => resolved(undefined)
      : (reason) => promiseCall1(cancel, underlyingSource, reason);
    setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
      cancelAlgorithm, highWaterMark, sizeAlgorithm);
  }

  // Byte stream controllers (spec 4.9.5)
  function newByteController() {
    const controller = withPending(new ByteControllerRec(), () => new ReadableByteStreamController());
    controller.onPullFulfilled = () => {
      controller.pulling = false;
      if (controller.pullAgain) {
        controller.pullAgain = false;
        readableByteStreamControllerCallPullIfNeeded(controller);
      }
    };
    controller.onPullRejected = (e) => { readableByteStreamControllerError(controller, e); };
    return controller;
  }
  ByteControllerRec.prototype.cancelSteps = function (reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this);
    const result = this.cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  };
  ByteControllerRec.prototype.pullSteps = function (readRequest) {
    const stream = this.stream;
    if (this.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = this.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (e) {
        readRequest.errorSteps(e);
        return;
      }
      this.pendingPullIntos.push({
        buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0,
        byteLength: autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
        viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  };
  ByteControllerRec.prototype.releaseSteps = function () {
    if (this.pendingPullIntos.length > 0) {
      const firstPendingPullInto = this.pendingPullIntos.peek();
      firstPendingPullInto.readerType = 'none';
      this.pendingPullIntos = new Queue();
      this.pendingPullIntos.push(firstPendingPullInto);
    }
  };

  function readableByteStreamControllerCallPullIfNeeded(controller) {
    if (!readableByteStreamControllerShouldCallPull(controller)) return;
    if (controller.pulling) {
      controller.pullAgain = true;
      return;
    }
    controller.pulling = true;
    const pullPromise = controller.pullAlgorithm();
    uponPromise(pullPromise, controller.onPullFulfilled, controller.onPullRejected);
  }
  function readableByteStreamControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }
  function readableByteStreamControllerClearPendingPullIntos(controller) {
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    controller.pendingPullIntos = new Queue();
  }
  function readableByteStreamControllerClose(controller) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return;
    if (controller.queueTotalSize > 0) {
      controller.closeRequested = true;
      return;
    }
    if (controller.pendingPullIntos.length > 0) {
      const firstPendingPullInto = controller.pendingPullIntos.peek();
      if (firstPendingPullInto.bytesFilled % firstPendingPullInto.elementSize !== 0) {
        const e = new TypeError('Insufficient bytes to fill elements in the given buffer');
        readableByteStreamControllerError(controller, e);
        throw e;
      }
    }
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(stream);
  }
  function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
    let done = false;
    if (stream.state === 'closed') done = true;
    const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
    if (pullIntoDescriptor.readerType === 'default') {
      readableStreamFulfillReadRequest(stream, filledView, done);
    } else {
      readableStreamFulfillReadIntoRequest(stream, filledView, done);
    }
  }
  function readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
    const bytesFilled = pullIntoDescriptor.bytesFilled;
    const elementSize = pullIntoDescriptor.elementSize;
    const buffer = transferArrayBuffer(pullIntoDescriptor.buffer);
    return new pullIntoDescriptor.viewConstructor(buffer, pullIntoDescriptor.byteOffset, bytesFilled / elementSize);
  }
  function readableByteStreamControllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return;
    const buffer = viewBuffer(chunk);
    const byteOffset = viewByteOffset(chunk);
    const byteLength = viewByteLength(chunk);
    if (isDetachedBuffer(buffer)) throw new TypeError('The chunk\'s buffer is detached');
    const transferredBuffer = transferArrayBuffer(buffer);
    if (controller.pendingPullIntos.length > 0) {
      const firstPendingPullInto = controller.pendingPullIntos.peek();
      if (isDetachedBuffer(firstPendingPullInto.buffer)) {
        throw new TypeError('The BYOB request\'s buffer has been detached');
      }
      readableByteStreamControllerInvalidateBYOBRequest(controller);
      firstPendingPullInto.buffer = transferArrayBuffer(firstPendingPullInto.buffer);
      if (firstPendingPullInto.readerType === 'none') {
        readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
      }
    }
    if (readableStreamHasDefaultReader(stream)) {
      readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
      if (readableStreamGetNumReadRequests(stream) === 0) {
        readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      } else {
        if (controller.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
        const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
        readableStreamFulfillReadRequest(stream, transferredView, false);
      }
    } else if (readableStreamHasBYOBReader(stream)) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filledPullIntos.length; i++) {
        readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
      }
    } else {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    }
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
  function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
    controller.queue.push({ buffer, byteOffset, byteLength });
    controller.queueTotalSize += byteLength;
  }
  function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
    let cloneResult;
    try {
      cloneResult = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (e) {
      readableByteStreamControllerError(controller, e);
      throw e;
    }
    readableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, byteLength);
  }
  function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
    if (pullIntoDescriptor.bytesFilled > 0) {
      readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
        pullIntoDescriptor.byteOffset, pullIntoDescriptor.bytesFilled);
    }
    readableByteStreamControllerShiftPendingPullInto(controller);
  }
  function readableByteStreamControllerError(controller, e) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return;
    readableByteStreamControllerClearPendingPullIntos(controller);
    resetQueue(controller);
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamError(stream, e);
  }
  function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullIntoDescriptor) {
    pullIntoDescriptor.bytesFilled += size;
  }
  function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
    const maxBytesToCopy = MathMin(controller.queueTotalSize,
      pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
    const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
    const maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
      ready = true;
    }
    const queue = controller.queue;
    while (totalBytesToCopyRemaining > 0) {
      const headOfQueue = queue.peek();
      const bytesToCopy = MathMin(totalBytesToCopyRemaining, headOfQueue.byteLength);
      const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
      copyDataBlockBytes(pullIntoDescriptor.buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy);
      if (headOfQueue.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        headOfQueue.byteOffset += bytesToCopy;
        headOfQueue.byteLength -= bytesToCopy;
      }
      controller.queueTotalSize -= bytesToCopy;
      readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullIntoDescriptor);
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }
  function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
    const entry = controller.queue.shift();
    controller.queueTotalSize -= entry.byteLength;
    readableByteStreamControllerHandleQueueDrain(controller);
    const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
    readRequest.chunkSteps(view);
  }
  function readableByteStreamControllerGetBYOBRequest(controller) {
    if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
      const firstDescriptor = controller.pendingPullIntos.peek();
      const view = new Uint8Array(firstDescriptor.buffer,
        firstDescriptor.byteOffset + firstDescriptor.bytesFilled,
        firstDescriptor.byteLength - firstDescriptor.bytesFilled);
      const byobRequest = new BYOBRequestRec(controller, view);
      withPending(byobRequest, () => new ReadableStreamBYOBRequest());
      controller.byobRequest = byobRequest;
    }
    return controller.byobRequest;
  }
  function readableByteStreamControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }
  function readableByteStreamControllerHandleQueueDrain(controller) {
    if (controller.queueTotalSize === 0 && controller.closeRequested) {
      readableByteStreamControllerClearAlgorithms(controller);
      readableStreamClose(controller.stream);
    } else {
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }
  function readableByteStreamControllerInvalidateBYOBRequest(controller) {
    if (controller.byobRequest === null) return;
    controller.byobRequest.controller = undefined;
    controller.byobRequest.view = null;
    controller.byobRequest = null;
  }
  function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
    const filledPullIntos = [];
    while (controller.pendingPullIntos.length > 0) {
      if (controller.queueTotalSize === 0) break;
      const pullIntoDescriptor = controller.pendingPullIntos.peek();
      if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
        readableByteStreamControllerShiftPendingPullInto(controller);
        filledPullIntos[filledPullIntos.length] = pullIntoDescriptor;
      }
    }
    return filledPullIntos;
  }
  function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
    const reader = controller.stream.reader;
    while (reader.readRequests.length > 0) {
      if (controller.queueTotalSize === 0) return;
      const readRequest = reader.readRequests.shift();
      readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    }
  }
  function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
    const stream = controller.stream;
    let elementSize = 1;
    let ctor = DataView;
    if (isTypedArray(view)) {
      const name = TypedArrayPrototypeGetSymbolToStringTag(view);
      elementSize = ELEMENT_SIZES[name];
      ctor = TypedArrayConstructors[name];
    }
    const minimumFill = min * elementSize;
    const byteOffset = viewByteOffset(view);
    const byteLength = viewByteLength(view);
    let buffer;
    try {
      buffer = transferArrayBuffer(viewBuffer(view));
    } catch (e) {
      readIntoRequest.errorSteps(e);
      return;
    }
    const pullIntoDescriptor = {
      buffer, bufferByteLength: ArrayBufferPrototypeGetByteLength(buffer), byteOffset, byteLength,
      bytesFilled: 0, minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob',
    };
    if (controller.pendingPullIntos.length > 0) {
      controller.pendingPullIntos.push(pullIntoDescriptor);
      readableStreamAddReadIntoRequest(stream, readIntoRequest);
      return;
    }
    if (stream.state === 'closed') {
      const emptyView = new ctor(pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0);
      readIntoRequest.closeSteps(emptyView);
      return;
    }
    if (controller.queueTotalSize > 0) {
      if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
        const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
        readableByteStreamControllerHandleQueueDrain(controller);
        readIntoRequest.chunkSteps(filledView);
        return;
      }
      if (controller.closeRequested) {
        const e = new TypeError('Insufficient bytes to fill elements in the given buffer');
        readableByteStreamControllerError(controller, e);
        readIntoRequest.errorSteps(e);
        return;
      }
    }
    controller.pendingPullIntos.push(pullIntoDescriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
  function readableByteStreamControllerRespond(controller, bytesWritten) {
    const firstDescriptor = controller.pendingPullIntos.peek();
    const state = controller.stream.state;
    if (state === 'closed') {
      if (bytesWritten !== 0) throw new TypeError('bytesWritten must be 0 when calling respond() on a closed stream');
    } else {
      if (bytesWritten === 0) throw new TypeError('bytesWritten must be greater than 0 when calling respond() on a readable stream');
      if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
        throw new RangeError('bytesWritten out of range');
      }
    }
    firstDescriptor.buffer = transferArrayBuffer(firstDescriptor.buffer);
    readableByteStreamControllerRespondInternal(controller, bytesWritten);
  }
  function readableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
    if (firstDescriptor.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
    const stream = controller.stream;
    if (readableStreamHasBYOBReader(stream)) {
      const filledPullIntos = [];
      while (filledPullIntos.length < readableStreamGetNumReadIntoRequests(stream)) {
        filledPullIntos[filledPullIntos.length] = readableByteStreamControllerShiftPendingPullInto(controller);
      }
      for (let i = 0; i < filledPullIntos.length; i++) {
        readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
      }
    }
  }
  function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullIntoDescriptor);
    if (pullIntoDescriptor.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
      const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filledPullIntos.length; i++) {
        readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, filledPullIntos[i]);
      }
      return;
    }
    if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
    readableByteStreamControllerShiftPendingPullInto(controller);
    const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
    if (remainderSize > 0) {
      const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
      readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
        end - remainderSize, remainderSize);
    }
    pullIntoDescriptor.bytesFilled -= remainderSize;
    const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, pullIntoDescriptor);
    for (let i = 0; i < filledPullIntos.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, filledPullIntos[i]);
    }
  }
  function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
    const firstDescriptor = controller.pendingPullIntos.peek();
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    const state = controller.stream.state;
    if (state === 'closed') {
      readableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
    } else {
      readableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
    }
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
  function readableByteStreamControllerRespondWithNewView(controller, view) {
    const firstDescriptor = controller.pendingPullIntos.peek();
    const state = controller.stream.state;
    const byteLength = viewByteLength(view);
    const byteOffset = viewByteOffset(view);
    const buffer = viewBuffer(view);
    if (state === 'closed') {
      if (byteLength !== 0) throw new TypeError('The view\'s length must be 0 when calling respondWithNewView() on a closed stream');
    } else if (byteLength === 0) {
      throw new TypeError('The view\'s length must be greater than 0 when calling respondWithNewView() on a readable stream');
    }
    if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== byteOffset) {
      throw new RangeError('The region specified by view does not match byobRequest');
    }
    if (firstDescriptor.bufferByteLength !== ArrayBufferPrototypeGetByteLength(buffer)) {
      throw new RangeError('The buffer of view has different capacity than byobRequest');
    }
    if (firstDescriptor.bytesFilled + byteLength > firstDescriptor.byteLength) {
      throw new RangeError('The region specified by view is larger than byobRequest');
    }
    const viewByteLen = byteLength;
    firstDescriptor.buffer = transferArrayBuffer(buffer);
    readableByteStreamControllerRespondInternal(controller, viewByteLen);
  }
  function readableByteStreamControllerShiftPendingPullInto(controller) {
    return controller.pendingPullIntos.shift();
  }
  function readableByteStreamControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return false;
    if (controller.closeRequested) return false;
    if (!controller.started) return false;
    if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
    if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
    return readableByteStreamControllerGetDesiredSize(controller) > 0;
  }
  function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
    controller.stream = stream;
    controller.pullAgain = false;
    controller.pulling = false;
    controller.byobRequest = null;
    resetQueue(controller);
    controller.closeRequested = false;
    controller.started = false;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    controller.autoAllocateChunkSize = autoAllocateChunkSize;
    controller.pendingPullIntos = new Queue();
    stream.controller = controller;
    const startResult = startAlgorithm();
    const startPromise = resolved(startResult);
    uponPromise(startPromise, () => {
      controller.started = true;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }, (r) => {
      readableByteStreamControllerError(controller, r);
    });
  }
  function setUpReadableByteStreamControllerFromUnderlyingSource(stream, underlyingSource, dict, highWaterMark) {
    const controller = newByteController();
    const pub = controller.pub;
    const { start, pull, cancel } = dict;
    const startAlgorithm = start === undefined ? noop : () => opaqueCall(start, underlyingSource, pub);
    const pullAlgorithm = pull === undefined ? () => resolved(undefined)
      : () => promiseCall1(pull, underlyingSource, pub);
    const cancelAlgorithm = cancel === undefined ? () => resolved(undefined)
      : (reason) => promiseCall1(cancel, underlyingSource, reason);
    const autoAllocateChunkSize = dict.autoAllocateChunkSize;
    if (autoAllocateChunkSize === 0) throw new TypeError('autoAllocateChunkSize must be greater than 0');
    setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
      highWaterMark, autoAllocateChunkSize);
  }

  // ---------------------------------------------------------------------------------------------
  // Readable streams: the public interfaces (spec 4.2 - 4.8)

  let rsOf; // (value) => RS record or undefined
  let toReadableStream; // Web IDL conversion to a ReadableStream's record (TypeError otherwise)

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_hwm_ByteLengthQueuingStrategy = internal.sharedSymbol('streams:hwm_ByteLengthQueuingStrategy');
  const k_hwm_CountQueuingStrategy = internal.sharedSymbol('streams:hwm_CountQueuingStrategy');
  const k_rec_ReadableByteStreamController = internal.sharedSymbol('streams:rec_ReadableByteStreamController');
  const k_rec_ReadableStream = internal.sharedSymbol('streams:rec_ReadableStream');
  const k_rec_ReadableStreamAsyncIterator = internal.sharedSymbol('streams:rec_ReadableStreamAsyncIterator');
  const k_rec_ReadableStreamBYOBReader = internal.sharedSymbol('streams:rec_ReadableStreamBYOBReader');
  const k_rec_ReadableStreamBYOBRequest = internal.sharedSymbol('streams:rec_ReadableStreamBYOBRequest');
  const k_rec_ReadableStreamDefaultController = internal.sharedSymbol('streams:rec_ReadableStreamDefaultController');
  const k_rec_ReadableStreamDefaultReader = internal.sharedSymbol('streams:rec_ReadableStreamDefaultReader');
  const k_rec_TransformStream = internal.sharedSymbol('streams:rec_TransformStream');
  const k_rec_TransformStreamDefaultController = internal.sharedSymbol('streams:rec_TransformStreamDefaultController');
  const k_rec_WritableStream = internal.sharedSymbol('streams:rec_WritableStream');
  const k_rec_WritableStreamDefaultController = internal.sharedSymbol('streams:rec_WritableStreamDefaultController');
  const k_rec_WritableStreamDefaultWriter = internal.sharedSymbol('streams:rec_WritableStreamDefaultWriter');

  class ReadableStream {
    constructor(underlyingSource = undefined, strategy = undefined) {
      const pending = takePending();
      if (pending !== null) {
        this[k_rec_ReadableStream] = pending;
        return;
      }
      if (underlyingSource === null) throw new TypeError('The underlying source must be an object');
      if (underlyingSource !== undefined && !isObject(underlyingSource)) {
        throw new TypeError('The underlying source must be an object');
      }
      const strategyDict = toQueuingStrategy(strategy, 'The strategy');
      const source = toDictionary(underlyingSource, 'The underlying source');
      const dict = { autoAllocateChunkSize: undefined, cancel: undefined, pull: undefined, start: undefined, type: undefined };
      if (source !== undefined) {
        const autoAllocateChunkSize = source.autoAllocateChunkSize;
        if (autoAllocateChunkSize !== undefined) {
          dict.autoAllocateChunkSize = toEnforceRangeULL(autoAllocateChunkSize, 'autoAllocateChunkSize');
        }
        const cancel = source.cancel;
        if (cancel !== undefined) dict.cancel = toCallback(cancel, 'The underlying source\'s cancel');
        const pull = source.pull;
        if (pull !== undefined) dict.pull = toCallback(pull, 'The underlying source\'s pull');
        const start = source.start;
        if (start !== undefined) dict.start = toCallback(start, 'The underlying source\'s start');
        const type = source.type;
        if (type !== undefined) {
          const typeString = `${type}`;
          if (typeString !== 'bytes') {
            throw new TypeError(`'${typeString}' is not a valid value for the underlying source's type`);
          }
          dict.type = typeString;
        }
      }
      const rec = new RS();
      rec.pub = this;
      this[k_rec_ReadableStream] = rec;
      if (dict.type === 'bytes') {
        if (strategyDict.size !== undefined) {
          throw new RangeError('The strategy for a byte stream cannot have a size function');
        }
        const highWaterMark = extractHighWaterMark(strategyDict, 0);
        setUpReadableByteStreamControllerFromUnderlyingSource(rec, underlyingSource, dict, highWaterMark);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
        const highWaterMark = extractHighWaterMark(strategyDict, 1);
        setUpReadableStreamDefaultControllerFromUnderlyingSource(rec, underlyingSource, dict,
          highWaterMark, sizeAlgorithm);
      }
    }
    static from(asyncIterable) {
      requireArgs(arguments.length, 1, 'ReadableStream.from');
      return readableStreamFromIterable(asyncIterable).pub;
    }
    get locked() {
      const stream = rsOf(this);
      if (stream === undefined) throw illegal();
      return isReadableStreamLocked(stream);
    }
    cancel(reason = undefined) {
      const stream = rsOf(this);
      if (stream === undefined) return rejected(illegal());
      if (isReadableStreamLocked(stream)) return rejected(new TypeError('Cannot cancel a stream that is locked to a reader'));
      return readableStreamCancel(stream, reason);
    }
    getReader(options = undefined) {
      const stream = rsOf(this);
      if (stream === undefined) throw illegal();
      const dict = toDictionary(options, 'The options');
      let mode;
      if (dict !== undefined) {
        mode = dict.mode;
        if (mode !== undefined) {
          mode = `${mode}`;
          if (mode !== 'byob') throw new TypeError(`'${mode}' is not a valid value for the reader mode`);
        }
      }
      if (mode === undefined) return acquireReadableStreamDefaultReader(stream).pub;
      return acquireReadableStreamBYOBReader(stream).pub;
    }
    pipeThrough(transform, options = undefined) {
      const stream = rsOf(this);
      if (stream === undefined) throw illegal();
      requireArgs(arguments.length, 1, 'ReadableStream.prototype.pipeThrough');
      const pair = toDictionary(transform, 'The transform pair');
      if (pair === undefined) throw new TypeError('The transform pair must have readable and writable members');
      const readablePub = pair.readable;
      if (readablePub === undefined) throw new TypeError('The transform pair is missing its readable member');
      const readable = toReadableStream(readablePub, 'The transform pair\'s readable');
      const writablePub = pair.writable;
      if (writablePub === undefined) throw new TypeError('The transform pair is missing its writable member');
      const writable = toWritableStream(writablePub, 'The transform pair\'s writable');
      const opts = toPipeOptions(options);
      if (isReadableStreamLocked(stream)) throw new TypeError('Cannot pipe a stream that is locked to a reader');
      if (isWritableStreamLocked(writable)) throw new TypeError('Cannot pipe to a stream that is locked to a writer');
      const promise = readableStreamPipeTo(stream, writable, opts.preventClose, opts.preventAbort,
        opts.preventCancel, opts.signal);
      setPromiseIsHandledToTrue(promise);
      return readable.pub;
    }
    pipeTo(destination, options = undefined) {
      const stream = rsOf(this);
      if (stream === undefined) return rejected(illegal());
      let dest, opts;
      try {
        requireArgs(arguments.length, 1, 'ReadableStream.prototype.pipeTo');
        dest = toWritableStream(destination, 'The destination');
        opts = toPipeOptions(options);
      } catch (e) {
        return rejected(e);
      }
      if (isReadableStreamLocked(stream)) return rejected(new TypeError('Cannot pipe a stream that is locked to a reader'));
      if (isWritableStreamLocked(dest)) return rejected(new TypeError('Cannot pipe to a stream that is locked to a writer'));
      return readableStreamPipeTo(stream, dest, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
    }
    tee() {
      const stream = rsOf(this);
      if (stream === undefined) throw illegal();
      const branches = readableStreamTee(stream, false);
      return [branches[0].pub, branches[1].pub];
    }
    values(options = undefined) {
      const stream = rsOf(this);
      if (stream === undefined) throw illegal();
      const dict = toDictionary(options, 'The options');
      const preventCancel = dict === undefined ? false : !!dict.preventCancel;
      const reader = acquireReadableStreamDefaultReader(stream);
      return createAsyncIterator(reader, preventCancel);
    }
    static {
      rsOf = (o) => (isObject(o) ? o[k_rec_ReadableStream] : undefined);
      toReadableStream = (v, what) => {
        const rec = rsOf(v);
        if (rec === undefined) throw new TypeError(`${what} must be a ReadableStream`);
        return rec;
      };
    }
  }
  ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  });

  // StreamPipeOptions: preventAbort, preventCancel, preventClose, signal (in that order).
  function toPipeOptions(options) {
    const dict = toDictionary(options, 'The options');
    if (dict === undefined) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    const preventAbort = !!dict.preventAbort;
    const preventCancel = !!dict.preventCancel;
    const preventClose = !!dict.preventClose;
    let signal = dict.signal;
    if (signal !== undefined) signal = toAbortSignal(signal);
    return { preventAbort, preventCancel, preventClose, signal };
  }
  // An AbortSignal, checked by brand when 53_abort.js can tell, else by its public surface.
  function toAbortSignal(signal) {
    let isSignal;
    try {
      const abort = internal.load('53_abort.js');
      if (typeof abort.isAbortSignal === 'function') isSignal = abort.isAbortSignal(signal);
      else if (typeof abort.AbortSignal === 'function') isSignal = signal instanceof abort.AbortSignal;
    } catch { /* not available: duck-type below */ }
    if (isSignal === undefined) {
      isSignal = isObject(signal) && 'aborted' in signal && typeof signal.addEventListener === 'function';
    }
    if (!isSignal) throw new TypeError('The signal must be an AbortSignal');
    return signal;
  }

  // The async iterator (Web IDL async iterable declaration + spec 4.2.5).
  let iteratorOf;
  const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);
  class IteratorRec {
    constructor(reader, preventCancel) {
      this.reader = reader;
      this.preventCancel = preventCancel;
      this.ongoing = undefined;
      this.isFinished = false;
    }
  }
  class ReadableStreamAsyncIterator {
    constructor(rec) { this[k_rec_ReadableStreamAsyncIterator] = rec; }
    static { iteratorOf = (o) => (isObject(o) ? o[k_rec_ReadableStreamAsyncIterator] : undefined); }
  }
  const asyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype, {
    next: {
      value: function next() {
        const it = iteratorOf(this);
        if (it === undefined) return rejected(new TypeError('next() called on an object that is not a ReadableStream async iterator'));
        const nextSteps = () => {
          if (it.isFinished) return resolved({ value: undefined, done: true });
          const reader = it.reader;
          const req = new Deferred();
          const readRequest = new FnReadRequest(
            (chunk) => req.doResolve({ value: chunk, done: false }),
            () => {
              readableStreamDefaultReaderRelease(reader);
              req.doResolve(undefined);
            },
            (e) => {
              readableStreamDefaultReaderRelease(reader);
              req.doReject(e);
            });
          if (reader.stream === undefined) {
            req.doReject(new TypeError('The iterator\'s reader was released'));
          } else {
            readableStreamDefaultReaderRead(reader, readRequest);
          }
          return transformPromiseWith(req.promise, (result) => {
            it.ongoing = undefined;
            if (result === undefined) {
              it.isFinished = true;
              return { value: undefined, done: true };
            }
            return result;
          }, (reason) => {
            it.ongoing = undefined;
            it.isFinished = true;
            throw reason;
          });
        };
        it.ongoing = it.ongoing !== undefined ? transformPromiseWith(it.ongoing, nextSteps, nextSteps) : nextSteps();
        return it.ongoing;
      },
      writable: true, enumerable: true, configurable: true,
    },
    return: {
      value: { return(value) {
        const it = iteratorOf(this);
        if (it === undefined) return rejected(new TypeError('return() called on an object that is not a ReadableStream async iterator'));
        const returnSteps = () => {
          if (it.isFinished) return resolved({ value, done: true });
          it.isFinished = true;
          const reader = it.reader;
          if (reader.stream === undefined) return resolved(undefined);
          if (!it.preventCancel) {
            const result = readableStreamReaderGenericCancel(reader, value);
            readableStreamDefaultReaderRelease(reader);
            return result;
          }
          readableStreamDefaultReaderRelease(reader);
          return resolved(undefined);
        };
        it.ongoing = it.ongoing !== undefined ? transformPromiseWith(it.ongoing, returnSteps, returnSteps) : returnSteps();
        return transformPromiseWith(it.ongoing, () => ({ value, done: true }));
      } }.return,
      writable: true, enumerable: true, configurable: true,
    },
  });
  ObjectDefineProperty(asyncIteratorPrototype, SymbolToStringTag, {
    value: 'ReadableStream AsyncIterator', configurable: true,
  });
  function createAsyncIterator(reader, preventCancel) {
    const iterator = new ReadableStreamAsyncIterator(new IteratorRec(reader, preventCancel));
    ObjectSetPrototypeOf(iterator, asyncIteratorPrototype);
    return iterator;
  }

  let readerOf; // (value) => DefaultReaderRec | BYOBReaderRec | undefined
  class ReadableStreamDefaultReader {
    constructor(stream) {
      const pending = takePending();
      if (pending !== null) {
        this[k_rec_ReadableStreamDefaultReader] = pending;
        return;
      }
      requireArgs(arguments.length, 1, 'ReadableStreamDefaultReader');
      const streamRec = toReadableStream(stream, 'The stream');
      const rec = new DefaultReaderRec();
      setUpReadableStreamDefaultReader(rec, streamRec);
      rec.pub = this;
      this[k_rec_ReadableStreamDefaultReader] = rec;
    }
    get closed() {
      const reader = readerOf(this);
      if (reader === undefined || !(reader instanceof DefaultReaderRec)) return rejected(illegal());
      return reader.closed.promise;
    }
    cancel(reason = undefined) {
      const reader = readerOf(this);
      if (reader === undefined || !(reader instanceof DefaultReaderRec)) return rejected(illegal());
      if (reader.stream === undefined) return rejected(new TypeError('The reader has no stream (its lock was released)'));
      return readableStreamReaderGenericCancel(reader, reason);
    }
    read() {
      const reader = readerOf(this);
      if (reader === undefined || !(reader instanceof DefaultReaderRec)) return rejected(illegal());
      if (reader.stream === undefined) return rejected(new TypeError('The reader has no stream (its lock was released)'));
      const readRequest = new PromiseReadRequest();
      readableStreamDefaultReaderRead(reader, readRequest);
      return readRequest.promise;
    }
    releaseLock() {
      const reader = readerOf(this);
      if (reader === undefined || !(reader instanceof DefaultReaderRec)) throw illegal();
      if (reader.stream === undefined) return;
      readableStreamDefaultReaderRelease(reader);
    }
    static { readerOf = (o) => (isObject(o) ? o[k_rec_ReadableStreamDefaultReader] : undefined); }
  }

  let byobReaderOf;
  class ReadableStreamBYOBReader {
    constructor(stream) {
      const pending = takePending();
      if (pending !== null) {
        this[k_rec_ReadableStreamBYOBReader] = pending;
        return;
      }
      requireArgs(arguments.length, 1, 'ReadableStreamBYOBReader');
      const streamRec = toReadableStream(stream, 'The stream');
      const rec = new BYOBReaderRec();
      setUpReadableStreamBYOBReader(rec, streamRec);
      rec.pub = this;
      this[k_rec_ReadableStreamBYOBReader] = rec;
    }
    get closed() {
      const reader = byobReaderOf(this);
      if (reader === undefined) return rejected(illegal());
      return reader.closed.promise;
    }
    cancel(reason = undefined) {
      const reader = byobReaderOf(this);
      if (reader === undefined) return rejected(illegal());
      if (reader.stream === undefined) return rejected(new TypeError('The reader has no stream (its lock was released)'));
      return readableStreamReaderGenericCancel(reader, reason);
    }
    read(view, options = undefined) {
      const reader = byobReaderOf(this);
      if (reader === undefined) return rejected(illegal());
      let min = 1;
      try {
        requireArgs(arguments.length, 1, 'ReadableStreamBYOBReader.prototype.read');
        toArrayBufferView(view, 'The view');
        const dict = toDictionary(options, 'The options');
        if (dict !== undefined && dict.min !== undefined) min = toEnforceRangeULL(dict.min, 'min');
      } catch (e) {
        return rejected(e);
      }
      if (viewByteLength(view) === 0) return rejected(new TypeError('The view must have a non-zero byteLength'));
      const buffer = viewBuffer(view);
      if (bufferByteLength(buffer) === 0) {
        return rejected(new TypeError('The view\'s buffer must have a non-zero byteLength'));
      }
      if (isDetachedBuffer(buffer)) return rejected(new TypeError('The view\'s buffer has been detached'));
      if (min === 0) return rejected(new TypeError('min must be greater than 0'));
      if (isTypedArray(view)) {
        if (min > TypedArrayPrototypeLength(view)) return rejected(new RangeError('min must not exceed the view\'s length'));
      } else if (min > viewByteLength(view)) {
        return rejected(new RangeError('min must not exceed the view\'s byteLength'));
      }
      if (reader.stream === undefined) return rejected(new TypeError('The reader has no stream (its lock was released)'));
      const readIntoRequest = new PromiseReadRequest();
      readableStreamBYOBReaderRead(reader, view, min, readIntoRequest);
      return readIntoRequest.promise;
    }
    releaseLock() {
      const reader = byobReaderOf(this);
      if (reader === undefined) throw illegal();
      if (reader.stream === undefined) return;
      readableStreamBYOBReaderRelease(reader);
    }
    static { byobReaderOf = (o) => (isObject(o) ? o[k_rec_ReadableStreamBYOBReader] : undefined); }
  }

  let defaultControllerOf;
  class ReadableStreamDefaultController {
    constructor() {
      const pending = takePending();
      if (pending === null) throw new TypeError('Illegal constructor');
      this[k_rec_ReadableStreamDefaultController] = pending;
    }
    get desiredSize() {
      const controller = typeof this === 'object' && this !== null ? this[k_rec_ReadableStreamDefaultController] : undefined;
      if (controller === undefined) throw illegal();
      return readableStreamDefaultControllerGetDesiredSize(controller);
    }
    close() {
      const controller = defaultControllerOf(this);
      if (controller === undefined) throw illegal();
      if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
        throw new TypeError('The stream is not in a state that permits close');
      }
      readableStreamDefaultControllerClose(controller);
    }
    enqueue(chunk = undefined) {
      const controller = typeof this === 'object' && this !== null ? this[k_rec_ReadableStreamDefaultController] : undefined;
      if (controller === undefined) throw illegal();
      if (controller.closeRequested || controller.stream.state !== 'readable') {
        throw new TypeError('The stream is not in a state that permits enqueue');
      }
      readableStreamDefaultControllerEnqueue(controller, chunk);
    }
    error(e = undefined) {
      const controller = defaultControllerOf(this);
      if (controller === undefined) throw illegal();
      readableStreamDefaultControllerError(controller, e);
    }
    static { defaultControllerOf = (o) => (isObject(o) ? o[k_rec_ReadableStreamDefaultController] : undefined); }
  }

  let byteControllerOf;
  class ReadableByteStreamController {
    constructor() {
      const pending = takePending();
      if (pending === null) throw new TypeError('Illegal constructor');
      this[k_rec_ReadableByteStreamController] = pending;
    }
    get byobRequest() {
      const controller = byteControllerOf(this);
      if (controller === undefined) throw illegal();
      const request = readableByteStreamControllerGetBYOBRequest(controller);
      return request === null ? null : request.pub;
    }
    get desiredSize() {
      const controller = byteControllerOf(this);
      if (controller === undefined) throw illegal();
      return readableByteStreamControllerGetDesiredSize(controller);
    }
    close() {
      const controller = byteControllerOf(this);
      if (controller === undefined) throw illegal();
      if (controller.closeRequested) throw new TypeError('The stream has already been closed');
      if (controller.stream.state !== 'readable') {
        throw new TypeError('The stream is not in the readable state and cannot be closed');
      }
      readableByteStreamControllerClose(controller);
    }
    enqueue(chunk) {
      const controller = byteControllerOf(this);
      if (controller === undefined) throw illegal();
      requireArgs(arguments.length, 1, 'ReadableByteStreamController.prototype.enqueue');
      toArrayBufferView(chunk, 'The chunk');
      if (viewByteLength(chunk) === 0) throw new TypeError('The chunk must have a non-zero byteLength');
      if (bufferByteLength(viewBuffer(chunk)) === 0) throw new TypeError('The chunk\'s buffer must have a non-zero byteLength');
      if (controller.closeRequested) throw new TypeError('The stream has already been closed');
      if (controller.stream.state !== 'readable') {
        throw new TypeError('The stream is not in the readable state and cannot be enqueued to');
      }
      readableByteStreamControllerEnqueue(controller, chunk);
    }
    error(e = undefined) {
      const controller = byteControllerOf(this);
      if (controller === undefined) throw illegal();
      readableByteStreamControllerError(controller, e);
    }
    static { byteControllerOf = (o) => (isObject(o) ? o[k_rec_ReadableByteStreamController] : undefined); }
  }

  let byobRequestOf;
  class ReadableStreamBYOBRequest {
    constructor() {
      const pending = takePending();
      if (pending === null) throw new TypeError('Illegal constructor');
      this[k_rec_ReadableStreamBYOBRequest] = pending;
    }
    get view() {
      const request = byobRequestOf(this);
      if (request === undefined) throw illegal();
      return request.view;
    }
    respond(bytesWritten) {
      const request = byobRequestOf(this);
      if (request === undefined) throw illegal();
      requireArgs(arguments.length, 1, 'ReadableStreamBYOBRequest.prototype.respond');
      bytesWritten = toEnforceRangeULL(bytesWritten, 'bytesWritten');
      if (request.controller === undefined) throw new TypeError('This BYOB request has been invalidated');
      if (isDetachedBuffer(viewBuffer(request.view))) throw new TypeError('The BYOB request\'s buffer has been detached');
      readableByteStreamControllerRespond(request.controller, bytesWritten);
    }
    respondWithNewView(view) {
      const request = byobRequestOf(this);
      if (request === undefined) throw illegal();
      requireArgs(arguments.length, 1, 'ReadableStreamBYOBRequest.prototype.respondWithNewView');
      toArrayBufferView(view, 'The view');
      if (request.controller === undefined) throw new TypeError('This BYOB request has been invalidated');
      if (isDetachedBuffer(viewBuffer(view))) throw new TypeError('The view\'s buffer has been detached');
      readableByteStreamControllerRespondWithNewView(request.controller, view);
    }
    static { byobRequestOf = (o) => (isObject(o) ? o[k_rec_ReadableStreamBYOBRequest] : undefined); }
  }

  // ---------------------------------------------------------------------------------------------
  // Writable streams: abstract operations (spec 5.5)

  class WS {
    constructor() {
      this.state = 'writable';
      this.storedError = undefined;
      this.writer = undefined;
      this.controller = undefined;
      this.inFlightWriteRequest = undefined; // Deferred
      this.closeRequest = undefined;
      this.inFlightCloseRequest = undefined;
      this.pendingAbortRequest = undefined; // { promise: Deferred, reason, wasAlreadyErroring }
      this.writeRequests = new Queue();
      this.backpressure = false;
      this.pub = undefined;
    }
  }
  class WriterRec {
    constructor() {
      this.stream = undefined;
      this.ready = undefined; // Deferred
      this.closed = undefined; // Deferred
      this.pub = undefined;
      this.onWritable = undefined; // a pipe's: called when a write completes

    }
  }
  const closeSentinel = { __proto__: null, close: true };
  class WSControllerRec {
    constructor() {
      this.stream = undefined;
      this.queue = new Queue();
      this.queueTotalSize = 0;
      this.abortController = undefined;
      this.abortRequested = false;
      this.abortReason = undefined;
      this.started = false;
      this.strategySizeAlgorithm = undefined;
      this.strategyHWM = 0;
      this.writeAlgorithm = undefined;
      this.closeAlgorithm = undefined;
      this.abortAlgorithm = undefined;
      this.pub = undefined;
      this.onWriteFulfilled = undefined;
      this.onWriteRejected = undefined;
    }
  }

  function acquireWritableStreamDefaultWriter(stream) {
    const writer = new WriterRec();
    setUpWritableStreamDefaultWriter(writer, stream);
    withPending(writer, () => new WritableStreamDefaultWriter(undefined));
    return writer;
  }
  function newWS() { return withPending(new WS(), () => new WritableStream()); }
  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    highWaterMark = 1, sizeAlgorithm = sizeOne) {
    const stream = newWS();
    const controller = newWSController();
    setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
      closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function isWritableStreamLocked(stream) { return stream.writer !== undefined; }
  function setUpWritableStreamDefaultWriter(writer, stream) {
    if (isWritableStreamLocked(stream)) throw new TypeError('The stream is locked to a writer');
    writer.stream = stream;
    stream.writer = writer;
    const state = stream.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure) writer.ready = new Deferred();
      else writer.ready = resolvedDeferred(undefined);
      writer.closed = new Deferred();
    } else if (state === 'erroring') {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = new Deferred();
    } else if (state === 'closed') {
      writer.ready = resolvedDeferred(undefined);
      writer.closed = resolvedDeferred(undefined);
    } else {
      const storedError = stream.storedError;
      writer.ready = rejectedDeferred(storedError);
      writer.closed = rejectedDeferred(storedError);
    }
  }
  function writableStreamAbort(stream, reason) {
    if (stream.state === 'closed' || stream.state === 'errored') return resolved(undefined);
    signalAbort(stream.controller, reason);
    const state = stream.state;
    if (state === 'closed' || state === 'errored') return resolved(undefined);
    if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
    let wasAlreadyErroring = false;
    if (state === 'erroring') {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const promise = new Deferred();
    stream.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
    if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
    return promise.promise;
  }
  function writableStreamClose(stream) {
    const state = stream.state;
    if (state === 'closed' || state === 'errored') {
      return rejected(new TypeError(`Cannot close a stream that is ${state === 'closed' ? 'already closed' : 'errored'}`));
    }
    const promise = new Deferred();
    stream.closeRequest = promise;
    const writer = stream.writer;
    if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.doResolve(undefined);
    writableStreamDefaultControllerClose(stream.controller);
    return promise.promise;
  }
  function writableStreamDealWithRejection(stream, error) {
    if (stream.state === 'writable') {
      writableStreamStartErroring(stream, error);
      return;
    }
    writableStreamFinishErroring(stream);
  }
  function writableStreamStartErroring(stream, reason) {
    const controller = stream.controller;
    stream.state = 'erroring';
    stream.storedError = reason;
    const writer = stream.writer;
    if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
    if (!writableStreamHasOperationMarkedInFlight(stream) && controller.started) {
      writableStreamFinishErroring(stream);
    }
  }
  function writableStreamFinishErroring(stream) {
    stream.state = 'errored';
    stream.controller.errorSteps();
    const storedError = stream.storedError;
    const writeRequests = stream.writeRequests;
    stream.writeRequests = new Queue();
    while (writeRequests.length > 0) writeRequests.shift().doReject(storedError);
    if (stream.pendingAbortRequest === undefined) {
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const abortRequest = stream.pendingAbortRequest;
    stream.pendingAbortRequest = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.promise.doReject(storedError);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const promise = stream.controller.abortSteps(abortRequest.reason);
    uponPromise(promise, () => {
      abortRequest.promise.doResolve(undefined);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    }, (reason) => {
      abortRequest.promise.doReject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
  }
  function writableStreamFinishInFlightWriteWithError(stream, error) {
    stream.inFlightWriteRequest.doReject(error);
    stream.inFlightWriteRequest = undefined;
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamFinishInFlightClose(stream) {
    stream.inFlightCloseRequest.doResolve(undefined);
    stream.inFlightCloseRequest = undefined;
    const state = stream.state;
    if (state === 'erroring') {
      stream.storedError = undefined;
      if (stream.pendingAbortRequest !== undefined) {
        stream.pendingAbortRequest.promise.doResolve(undefined);
        stream.pendingAbortRequest = undefined;
      }
    }
    stream.state = 'closed';
    const writer = stream.writer;
    if (writer !== undefined) writer.closed.doResolve(undefined);
  }
  function writableStreamFinishInFlightCloseWithError(stream, error) {
    stream.inFlightCloseRequest.doReject(error);
    stream.inFlightCloseRequest = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.doReject(error);
      stream.pendingAbortRequest = undefined;
    }
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamCloseQueuedOrInFlight(stream) {
    return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function writableStreamHasOperationMarkedInFlight(stream) {
    return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function writableStreamMarkCloseRequestInFlight(stream) {
    stream.inFlightCloseRequest = stream.closeRequest;
    stream.closeRequest = undefined;
  }
  function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
    if (stream.closeRequest !== undefined) {
      stream.closeRequest.doReject(stream.storedError);
      stream.closeRequest = undefined;
    }
    const writer = stream.writer;
    if (writer !== undefined) {
      writer.closed.doReject(stream.storedError);
      writer.closed.markHandled();
    }
  }
  function writableStreamUpdateBackpressure(stream, backpressure) {
    const writer = stream.writer;
    if (writer !== undefined && backpressure !== stream.backpressure) {
      if (backpressure) {
        if (!writer.ready.renew()) writer.ready = new Deferred();
      } else {
        writer.ready.doResolve(undefined);
      }
    }
    stream.backpressure = backpressure;
  }

  // Writers (spec 5.5.3)
  function writableStreamDefaultWriterAbort(writer, reason) { return writableStreamAbort(writer.stream, reason); }
  function writableStreamDefaultWriterClose(writer) { return writableStreamClose(writer.stream); }
  function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return resolved(undefined);
    if (state === 'errored') return rejected(stream.storedError);
    return writableStreamDefaultWriterClose(writer);
  }
  function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
    if (!writer.closed.settled) writer.closed.doReject(error);
    else writer.closed = rejectedDeferred(error);
    writer.closed.markHandled();
  }
  function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
    if (!writer.ready.settled) writer.ready.doReject(error);
    else writer.ready = rejectedDeferred(error);
    writer.ready.markHandled();
  }
  function writableStreamDefaultWriterGetDesiredSize(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return writableStreamDefaultControllerGetDesiredSize(stream.controller);
  }
  function writableStreamDefaultWriterRelease(writer) {
    const stream = writer.stream;
    const releasedError = new TypeError('The writer\'s lock was released');
    writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
    writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
    stream.writer = undefined;
    writer.stream = undefined;
  }
  function writableStreamDefaultWriterWrite(writer, chunk) {
    const request = new Deferred();
    writableStreamDefaultWriterWriteWith(writer, chunk, request);
    return request.promise;
  }
  // The spec's steps, with the write request given (a Deferred, or a pipe's PipeWrites),
  // which is rejected when the write cannot be made.
  function writableStreamDefaultWriterWriteWith(writer, chunk, request) {
    const stream = writer.stream;
    const controller = stream.controller;
    const sizeAlgorithm = controller.strategySizeAlgorithm;
    const chunkSize = sizeAlgorithm === sizeOne ? 1 : writableStreamDefaultControllerGetChunkSize(controller, chunk);
    if (stream !== writer.stream) {
      request.doReject(new TypeError('The writer\'s lock was released'));
      return;
    }
    const state = stream.state;
    if (state === 'errored') {
      request.doReject(stream.storedError);
      return;
    }
    if (stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined || state === 'closed') {
      request.doReject(new TypeError('The stream is closing or closed and cannot be written to'));
      return;
    }
    if (state === 'erroring') {
      request.doReject(stream.storedError);
      return;
    }
    stream.writeRequests.push(request); // WritableStreamAddWriteRequest
    writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  }

  // Default controllers (spec 5.5.4)
  function newWSController() {
    const controller = withPending(new WSControllerRec(), () => new WritableStreamDefaultController());
    controller.onWriteFulfilled = () => {
      const stream = controller.stream;
      // WritableStreamFinishInFlightWrite
      stream.inFlightWriteRequest.doResolve(undefined);
      stream.inFlightWriteRequest = undefined;
      const state = stream.state;
      dequeueValue(controller);
      if (stream.closeRequest === undefined && stream.inFlightCloseRequest === undefined && state === 'writable') {
        const backpressure = controller.strategyHWM - controller.queueTotalSize <= 0;
        if (backpressure !== stream.backpressure) writableStreamUpdateBackpressure(stream, backpressure);
      }
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
      const writer = stream.writer;
      if (writer !== undefined && writer.onWritable !== undefined) writer.onWritable();
    };
    controller.onWriteRejected = (reason) => {
      const stream = controller.stream;
      if (stream.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
      writableStreamFinishInFlightWriteWithError(stream, reason);
    };
    return controller;
  }
  WSControllerRec.prototype.abortSteps = function (reason) {
    const result = this.abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  };
  WSControllerRec.prototype.errorSteps = function () { resetQueue(this); };

  // The controller's AbortSignal, from an AbortController of 53_abort.js. It is created on first
  // read of `controller.signal`: until then nobody can listen to it, so an abort that comes first
  // is only remembered, and applied when the signal is created (same `aborted` and `reason`).
  let AbortControllerCtor = null;
  function newAbortController() {
    if (AbortControllerCtor === null) {
      AbortControllerCtor = undefined;
      try { AbortControllerCtor = internal.load('53_abort.js').AbortController; } catch { /* absent */ }
    }
    if (typeof AbortControllerCtor === 'function') return new AbortControllerCtor();
    return undefined;
  }
  function controllerSignal(controller) {
    if (controller.abortController === undefined) {
      controller.abortController = newAbortController();
      if (controller.abortController === undefined) return undefined;
      if (controller.abortRequested) controller.abortController.abort(controller.abortReason);
    }
    return controller.abortController.signal;
  }
  function signalAbort(controller, reason) {
    const abortController = controller.abortController;
    if (abortController !== undefined) {
      abortController.abort(reason);
    } else if (!controller.abortRequested) {
      controller.abortRequested = true;
      controller.abortReason = reason;
    }
  }

  function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    resetQueue(controller);
    controller.abortController = undefined; // created on first use, see controllerSignal()
    controller.started = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.writeAlgorithm = writeAlgorithm;
    controller.closeAlgorithm = closeAlgorithm;
    controller.abortAlgorithm = abortAlgorithm;
    const backpressure = writableStreamDefaultControllerGetBackpressure(controller);
    writableStreamUpdateBackpressure(stream, backpressure);
    const startResult = startAlgorithm();
    const startPromise = resolved(startResult);
    uponPromise(startPromise, () => {
      controller.started = true;
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    }, (r) => {
      controller.started = true;
      writableStreamDealWithRejection(stream, r);
    });
  }
  function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, underlyingSink, dict,
    highWaterMark, sizeAlgorithm) {
    const controller = newWSController();
    const pub = controller.pub;
    const { start, write, close, abort } = dict;
    const startAlgorithm = start === undefined ? noop : () => opaqueCall(start, underlyingSink, pub);
    const writeAlgorithm = write === undefined ? () => resolved(undefined)
      : (chunk) => { // promiseCall2(write, underlyingSink, chunk, pub), written out
        let r;
        try {
          r = opaqueCall(write, underlyingSink, chunk, pub);
        } catch (e) {
          return PromiseReject(e);
        }
        return r === undefined ? resolvedUndefined : resolved(r);
      };
    const closeAlgorithm = close === undefined ? () => resolved(undefined)
      : () => promiseCall0(close, underlyingSink);
    const abortAlgorithm = abort === undefined ? () => resolved(undefined)
      : (reason) => promiseCall1(abort, underlyingSink, reason);
    setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
      closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  }
  function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
    const stream = controller.stream;
    if (!controller.started) return;
    if (stream.inFlightWriteRequest !== undefined) return;
    const state = stream.state;
    if (state === 'erroring') {
      writableStreamFinishErroring(stream);
      return;
    }
    const queue = controller.queue;
    if (queue.length === 0) return;
    const value = queue.items[queue.head];
    if (value === closeSentinel) {
      writableStreamDefaultControllerProcessClose(controller);
    } else {
      // WritableStreamDefaultControllerProcessWrite
      stream.inFlightWriteRequest = stream.writeRequests.shift(); // MarkFirstWriteRequestInFlight
      const sinkWritePromise = controller.writeAlgorithm(value);
      if (thenMethod.call === functionCall) thenMethod.call(sinkWritePromise, controller.onWriteFulfilled, controller.onWriteRejected);
      else thenUncurried(sinkWritePromise, controller.onWriteFulfilled, controller.onWriteRejected);
    }
  }
  function writableStreamDefaultControllerClearAlgorithms(controller) {
    controller.writeAlgorithm = undefined;
    controller.closeAlgorithm = undefined;
    controller.abortAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }
  function writableStreamDefaultControllerClose(controller) {
    enqueueValueWithSize(controller, closeSentinel, 0);
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }
  function writableStreamDefaultControllerError(controller, error) {
    const stream = controller.stream;
    writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamStartErroring(stream, error);
  }
  function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
    if (controller.stream.state === 'writable') writableStreamDefaultControllerError(controller, error);
  }
  function writableStreamDefaultControllerGetBackpressure(controller) {
    return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
  }
  function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
    if (controller.strategySizeAlgorithm === undefined) return 1;
    try {
      return controller.strategySizeAlgorithm(chunk);
    } catch (e) {
      writableStreamDefaultControllerErrorIfNeeded(controller, e);
      return 1;
    }
  }
  function writableStreamDefaultControllerGetDesiredSize(controller) {
    return controller.strategyHWM - controller.queueTotalSize;
  }
  function writableStreamDefaultControllerProcessClose(controller) {
    const stream = controller.stream;
    writableStreamMarkCloseRequestInFlight(stream);
    dequeueValue(controller);
    const sinkClosePromise = controller.closeAlgorithm();
    writableStreamDefaultControllerClearAlgorithms(controller);
    uponPromise(sinkClosePromise, () => {
      writableStreamFinishInFlightClose(stream);
    }, (reason) => {
      writableStreamFinishInFlightCloseWithError(stream, reason);
    });
  }
  function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
    // EnqueueValueWithSize
    if (typeof chunkSize !== 'number' || !(chunkSize >= 0) || chunkSize === Infinity) {
      writableStreamDefaultControllerErrorIfNeeded(controller, invalidChunkSize());
      return;
    }
    const queue = controller.queue;
    const i = queue.head + queue.length;
    queue.items[i] = chunk;
    queue.sizes[i] = chunkSize;
    queue.length++;
    controller.queueTotalSize += chunkSize;
    const stream = controller.stream;
    if (stream.closeRequest === undefined && stream.inFlightCloseRequest === undefined && stream.state === 'writable') {
      const backpressure = controller.strategyHWM - controller.queueTotalSize <= 0;
      if (backpressure !== stream.backpressure) writableStreamUpdateBackpressure(stream, backpressure);
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }

  // ---------------------------------------------------------------------------------------------
  // Writable streams: the public interfaces (spec 5.2 - 5.4)

  let wsOf;
  let toWritableStream;
  class WritableStream {
    constructor(underlyingSink = undefined, strategy = undefined) {
      const pending = takePending();
      if (pending !== null) {
        this[k_rec_WritableStream] = pending;
        return;
      }
      if (underlyingSink === null || (underlyingSink !== undefined && !isObject(underlyingSink))) {
        throw new TypeError('The underlying sink must be an object');
      }
      const strategyDict = toQueuingStrategy(strategy, 'The strategy');
      const sink = toDictionary(underlyingSink, 'The underlying sink');
      const dict = { abort: undefined, close: undefined, start: undefined, type: undefined, write: undefined };
      if (sink !== undefined) {
        const abort = sink.abort;
        if (abort !== undefined) dict.abort = toCallback(abort, 'The underlying sink\'s abort');
        const close = sink.close;
        if (close !== undefined) dict.close = toCallback(close, 'The underlying sink\'s close');
        const start = sink.start;
        if (start !== undefined) dict.start = toCallback(start, 'The underlying sink\'s start');
        dict.type = sink.type;
        const write = sink.write;
        if (write !== undefined) dict.write = toCallback(write, 'The underlying sink\'s write');
      }
      if (dict.type !== undefined) throw new RangeError('Invalid type is specified');
      const rec = new WS();
      rec.pub = this;
      this[k_rec_WritableStream] = rec;
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      setUpWritableStreamDefaultControllerFromUnderlyingSink(rec, underlyingSink, dict, highWaterMark, sizeAlgorithm);
    }
    get locked() {
      const stream = wsOf(this);
      if (stream === undefined) throw illegal();
      return isWritableStreamLocked(stream);
    }
    abort(reason = undefined) {
      const stream = wsOf(this);
      if (stream === undefined) return rejected(illegal());
      if (isWritableStreamLocked(stream)) return rejected(new TypeError('Cannot abort a stream that is locked to a writer'));
      return writableStreamAbort(stream, reason);
    }
    close() {
      const stream = wsOf(this);
      if (stream === undefined) return rejected(illegal());
      if (isWritableStreamLocked(stream)) return rejected(new TypeError('Cannot close a stream that is locked to a writer'));
      if (writableStreamCloseQueuedOrInFlight(stream)) return rejected(new TypeError('The stream is already closing'));
      return writableStreamClose(stream);
    }
    getWriter() {
      const stream = wsOf(this);
      if (stream === undefined) throw illegal();
      return acquireWritableStreamDefaultWriter(stream).pub;
    }
    static {
      wsOf = (o) => (isObject(o) ? o[k_rec_WritableStream] : undefined);
      toWritableStream = (v, what) => {
        const rec = wsOf(v);
        if (rec === undefined) throw new TypeError(`${what} must be a WritableStream`);
        return rec;
      };
    }
  }

  let writerOf;
  class WritableStreamDefaultWriter {
    constructor(stream) {
      const pending = takePending();
      if (pending !== null) {
        this[k_rec_WritableStreamDefaultWriter] = pending;
        return;
      }
      requireArgs(arguments.length, 1, 'WritableStreamDefaultWriter');
      const streamRec = toWritableStream(stream, 'The stream');
      const rec = new WriterRec();
      setUpWritableStreamDefaultWriter(rec, streamRec);
      rec.pub = this;
      this[k_rec_WritableStreamDefaultWriter] = rec;
    }
    get closed() {
      const writer = writerOf(this);
      if (writer === undefined) return rejected(illegal());
      return writer.closed.promise;
    }
    get desiredSize() {
      const writer = writerOf(this);
      if (writer === undefined) throw illegal();
      if (writer.stream === undefined) throw new TypeError('The writer has no stream (its lock was released)');
      return writableStreamDefaultWriterGetDesiredSize(writer);
    }
    get ready() {
      const writer = writerOf(this);
      if (writer === undefined) return rejected(illegal());
      return writer.ready.promise;
    }
    abort(reason = undefined) {
      const writer = writerOf(this);
      if (writer === undefined) return rejected(illegal());
      if (writer.stream === undefined) return rejected(new TypeError('The writer has no stream (its lock was released)'));
      return writableStreamDefaultWriterAbort(writer, reason);
    }
    close() {
      const writer = writerOf(this);
      if (writer === undefined) return rejected(illegal());
      const stream = writer.stream;
      if (stream === undefined) return rejected(new TypeError('The writer has no stream (its lock was released)'));
      if (writableStreamCloseQueuedOrInFlight(stream)) return rejected(new TypeError('The stream is already closing'));
      return writableStreamDefaultWriterClose(writer);
    }
    releaseLock() {
      const writer = writerOf(this);
      if (writer === undefined) throw illegal();
      if (writer.stream === undefined) return;
      writableStreamDefaultWriterRelease(writer);
    }
    write(chunk = undefined) {
      const writer = writerOf(this);
      if (writer === undefined) return rejected(illegal());
      if (writer.stream === undefined) return rejected(new TypeError('The writer has no stream (its lock was released)'));
      return writableStreamDefaultWriterWrite(writer, chunk);
    }
    static { writerOf = (o) => (isObject(o) ? o[k_rec_WritableStreamDefaultWriter] : undefined); }
  }

  let wsControllerOf;
  class WritableStreamDefaultController {
    constructor() {
      const pending = takePending();
      if (pending === null) throw new TypeError('Illegal constructor');
      this[k_rec_WritableStreamDefaultController] = pending;
    }
    get signal() {
      const controller = wsControllerOf(this);
      if (controller === undefined) throw illegal();
      return controllerSignal(controller);
    }
    error(e = undefined) {
      const controller = wsControllerOf(this);
      if (controller === undefined) throw illegal();
      if (controller.stream.state !== 'writable') return;
      writableStreamDefaultControllerError(controller, e);
    }
    static { wsControllerOf = (o) => (isObject(o) ? o[k_rec_WritableStreamDefaultController] : undefined); }
  }

  // ---------------------------------------------------------------------------------------------
  // Transform streams (spec 6)

  class TS {
    constructor() {
      this.backpressure = undefined;
      this.backpressureChangePromise = undefined; // Deferred
      this.controller = undefined;
      this.detached = false;
      this.readable = undefined; // RS
      this.writable = undefined; // WS
      this.pub = undefined;
    }
  }
  class TSControllerRec {
    constructor() {
      this.stream = undefined;
      this.transformAlgorithm = undefined;
      this.flushAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.finishPromise = undefined; // Deferred
      this.pub = undefined;
      this.onTransformRejected = undefined;
    }
  }

  function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
    readableHighWaterMark, readableSizeAlgorithm) {
    const startAlgorithm = () => startPromise;
    const writeAlgorithm = (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk);
    const abortAlgorithm = (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason);
    const closeAlgorithm = () => transformStreamDefaultSinkCloseAlgorithm(stream);
    stream.writable = createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
      writableHighWaterMark, writableSizeAlgorithm);
    const pullAlgorithm = () => transformStreamDefaultSourcePullAlgorithm(stream);
    const cancelAlgorithm = (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason);
    stream.readable = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
    stream.backpressure = undefined;
    stream.backpressureChangePromise = undefined;
    transformStreamSetBackpressure(stream, true);
    stream.controller = undefined;
  }
  function transformStreamError(stream, e) {
    readableStreamDefaultControllerError(stream.readable.controller, e);
    transformStreamErrorWritableAndUnblockWrite(stream, e);
  }
  function transformStreamErrorWritableAndUnblockWrite(stream, e) {
    transformStreamDefaultControllerClearAlgorithms(stream.controller);
    writableStreamDefaultControllerErrorIfNeeded(stream.writable.controller, e);
    transformStreamUnblockWrite(stream);
  }
  function transformStreamSetBackpressure(stream, backpressure) {
    const old = stream.backpressureChangePromise;
    if (old === undefined) {
      stream.backpressureChangePromise = new Deferred();
    } else {
      old.doResolve(undefined);
      if (!old.renew()) stream.backpressureChangePromise = new Deferred();
    }
    stream.backpressure = backpressure;
  }
  function transformStreamUnblockWrite(stream) {
    if (stream.backpressure) transformStreamSetBackpressure(stream, false);
  }
  function newTSController() {
    const controller = withPending(new TSControllerRec(), () => new TransformStreamDefaultController());
    controller.onTransformRejected = (r) => {
      transformStreamError(controller.stream, r);
      throw r;
    };
    return controller;
  }
  function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    controller.transformAlgorithm = transformAlgorithm;
    controller.flushAlgorithm = flushAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
  }
  function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer, dict) {
    const controller = newTSController();
    const pub = controller.pub;
    const { transform, flush, cancel } = dict;
    const transformAlgorithm = transform === undefined
      ? (chunk) => {
        try {
          transformStreamDefaultControllerEnqueue(controller, chunk);
        } catch (e) {
          return rejected(e);
        }
        return resolvedUndefined;
      }
      : (chunk) => { // promiseCall2(transform, transformer, chunk, pub), written out
        let r;
        try {
          r = opaqueCall(transform, transformer, chunk, pub);
        } catch (e) {
          return PromiseReject(e);
        }
        return r === undefined ? resolvedUndefined : resolved(r);
      };
    const flushAlgorithm = flush === undefined ? () => resolved(undefined) : () => promiseCall1(flush, transformer, pub);
    const cancelAlgorithm = cancel === undefined ? () => resolved(undefined)
      : (reason) => promiseCall1(cancel, transformer, reason);
    setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
  }
  function transformStreamDefaultControllerClearAlgorithms(controller) {
    controller.transformAlgorithm = undefined;
    controller.flushAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }
  function transformStreamDefaultControllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    const readableController = stream.readable.controller;
    if (readableController.closeRequested || stream.readable.state !== 'readable') {
      throw new TypeError('The readable side is not in a state that permits enqueue');
    }
    try {
      readableStreamDefaultControllerEnqueue(readableController, chunk);
    } catch (e) {
      transformStreamErrorWritableAndUnblockWrite(stream, e);
      throw stream.readable.storedError;
    }
    const backpressure = !readableStreamDefaultControllerShouldCallPull(readableController); // HasBackpressure
    if (backpressure !== stream.backpressure) transformStreamSetBackpressure(stream, true);
  }
  function transformStreamDefaultControllerError(controller, e) {
    transformStreamError(controller.stream, e);
  }
  function transformStreamDefaultControllerPerformTransform(controller, chunk) {
    const transformPromise = controller.transformAlgorithm(chunk);
    return transformPromiseWith(transformPromise, undefined, controller.onTransformRejected);
  }
  function transformStreamDefaultControllerTerminate(controller) {
    const stream = controller.stream;
    readableStreamDefaultControllerClose(stream.readable.controller);
    const error = new TypeError('The transform stream has been terminated');
    transformStreamErrorWritableAndUnblockWrite(stream, error);
  }
  function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
    const controller = stream.controller;
    if (stream.backpressure) {
      const backpressureChangePromise = stream.backpressureChangePromise.promise;
      return transformPromiseWith(backpressureChangePromise, () => {
        const writable = stream.writable;
        const state = writable.state;
        if (state === 'erroring') throw writable.storedError;
        return transformStreamDefaultControllerPerformTransform(controller, chunk);
      });
    }
    // TransformStreamDefaultControllerPerformTransform
    const transformPromise = controller.transformAlgorithm(chunk);
    return thenMethod.call === functionCall ? thenMethod.call(transformPromise, undefined, controller.onTransformRejected)
      : thenUncurried(transformPromise, undefined, controller.onTransformRejected);
  }
  function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const readable = stream.readable;
    controller.finishPromise = new Deferred();
    const cancelPromise = controller.cancelAlgorithm(reason);
    transformStreamDefaultControllerClearAlgorithms(controller);
    uponPromise(cancelPromise, () => {
      if (readable.state === 'errored') {
        controller.finishPromise.doReject(readable.storedError);
      } else {
        readableStreamDefaultControllerError(readable.controller, reason);
        controller.finishPromise.doResolve(undefined);
      }
    }, (r) => {
      readableStreamDefaultControllerError(readable.controller, r);
      controller.finishPromise.doReject(r);
    });
    return controller.finishPromise.promise;
  }
  function transformStreamDefaultSinkCloseAlgorithm(stream) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const readable = stream.readable;
    controller.finishPromise = new Deferred();
    const flushPromise = controller.flushAlgorithm();
    transformStreamDefaultControllerClearAlgorithms(controller);
    uponPromise(flushPromise, () => {
      if (readable.state === 'errored') {
        controller.finishPromise.doReject(readable.storedError);
      } else {
        readableStreamDefaultControllerClose(readable.controller);
        controller.finishPromise.doResolve(undefined);
      }
    }, (r) => {
      readableStreamDefaultControllerError(readable.controller, r);
      controller.finishPromise.doReject(r);
    });
    return controller.finishPromise.promise;
  }
  function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const writable = stream.writable;
    controller.finishPromise = new Deferred();
    const cancelPromise = controller.cancelAlgorithm(reason);
    transformStreamDefaultControllerClearAlgorithms(controller);
    uponPromise(cancelPromise, () => {
      if (writable.state === 'errored') {
        controller.finishPromise.doReject(writable.storedError);
      } else {
        writableStreamDefaultControllerErrorIfNeeded(writable.controller, reason);
        transformStreamUnblockWrite(stream);
        controller.finishPromise.doResolve(undefined);
      }
    }, (r) => {
      writableStreamDefaultControllerErrorIfNeeded(writable.controller, r);
      transformStreamUnblockWrite(stream);
      controller.finishPromise.doReject(r);
    });
    return controller.finishPromise.promise;
  }
  // Returns the backpressure change Deferred, not its promise: the readable controller reacts to
  // it (Deferred.react) without a promise per pull.
  function transformStreamDefaultSourcePullAlgorithm(stream) {
    transformStreamSetBackpressure(stream, false);
    return stream.backpressureChangePromise;
  }

  let tsOf;
  class TransformStream {
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      const pending = takePending();
      if (pending !== null) { // a transferred TransformStream (see transferable streams)
        this[k_rec_TransformStream] = pending;
        return;
      }
      if (transformer === null || (transformer !== undefined && !isObject(transformer))) {
        throw new TypeError('The transformer must be an object');
      }
      const writableStrategyDict = toQueuingStrategy(writableStrategy, 'The writable strategy');
      const readableStrategyDict = toQueuingStrategy(readableStrategy, 'The readable strategy');
      const t = toDictionary(transformer, 'The transformer');
      const dict = { cancel: undefined, flush: undefined, readableType: undefined, start: undefined, transform: undefined, writableType: undefined };
      if (t !== undefined) {
        const cancel = t.cancel;
        if (cancel !== undefined) dict.cancel = toCallback(cancel, 'The transformer\'s cancel');
        const flush = t.flush;
        if (flush !== undefined) dict.flush = toCallback(flush, 'The transformer\'s flush');
        dict.readableType = t.readableType;
        const start = t.start;
        if (start !== undefined) dict.start = toCallback(start, 'The transformer\'s start');
        const transform = t.transform;
        if (transform !== undefined) dict.transform = toCallback(transform, 'The transformer\'s transform');
        dict.writableType = t.writableType;
      }
      if (dict.readableType !== undefined) throw new RangeError('Invalid readableType specified');
      if (dict.writableType !== undefined) throw new RangeError('Invalid writableType specified');
      const readableHighWaterMark = extractHighWaterMark(readableStrategyDict, 0);
      const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategyDict);
      const writableHighWaterMark = extractHighWaterMark(writableStrategyDict, 1);
      const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategyDict);
      const rec = new TS();
      rec.pub = this;
      this[k_rec_TransformStream] = rec;
      const startPromise = new Deferred();
      initializeTransformStream(rec, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
        readableHighWaterMark, readableSizeAlgorithm);
      setUpTransformStreamDefaultControllerFromTransformer(rec, transformer, dict);
      if (dict.start !== undefined) {
        startPromise.doResolve(opaqueCall(dict.start, transformer, rec.controller.pub));
      } else {
        startPromise.doResolve(undefined);
      }
    }
    get readable() {
      const stream = tsOf(this);
      if (stream === undefined) throw illegal();
      return stream.readable.pub;
    }
    get writable() {
      const stream = tsOf(this);
      if (stream === undefined) throw illegal();
      return stream.writable.pub;
    }
    static { tsOf = (o) => (isObject(o) ? o[k_rec_TransformStream] : undefined); }
  }

  let tsControllerOf;
  class TransformStreamDefaultController {
    constructor() {
      const pending = takePending();
      if (pending === null) throw new TypeError('Illegal constructor');
      this[k_rec_TransformStreamDefaultController] = pending;
    }
    get desiredSize() {
      const controller = tsControllerOf(this);
      if (controller === undefined) throw illegal();
      return readableStreamDefaultControllerGetDesiredSize(controller.stream.readable.controller);
    }
    enqueue(chunk = undefined) {
      const controller = typeof this === 'object' && this !== null ? this[k_rec_TransformStreamDefaultController] : undefined;
      if (controller === undefined) throw illegal();
      transformStreamDefaultControllerEnqueue(controller, chunk);
    }
    error(reason = undefined) {
      const controller = tsControllerOf(this);
      if (controller === undefined) throw illegal();
      transformStreamDefaultControllerError(controller, reason);
    }
    terminate() {
      const controller = tsControllerOf(this);
      if (controller === undefined) throw illegal();
      transformStreamDefaultControllerTerminate(controller);
    }
    static { tsControllerOf = (o) => (isObject(o) ? o[k_rec_TransformStreamDefaultController] : undefined); }
  }

  // A transform stream whose chunks pass through unchanged (or through `transform(chunk, enqueue)`),
  // for other runtime files (TextEncoderStream, CompressionStream...).
  function createTransformStream(transformer, writableStrategy, readableStrategy) {
    return new TransformStream(transformer, writableStrategy, readableStrategy);
  }

  // ---------------------------------------------------------------------------------------------
  // Queuing strategies (spec 7)

  // The size functions are shared by every instance (one per global).
  const byteLengthSize = {
    size(chunk) { return chunk.byteLength; },
  }.size;
  const countSize = {
    size() { return 1; },
  }.size;
  // Built-in functions: not constructors, `length` 1 and 0... as the spec's CreateBuiltinFunction.
  ObjectDefineProperty(byteLengthSize, 'length', { value: 1 });
  ObjectDefineProperty(countSize, 'length', { value: 0 });

  function toQueuingStrategyInit(init, what) {
    const dict = toDictionary(init, what);
    if (dict === undefined) throw new TypeError(`${what} must be an object with a highWaterMark`);
    const hwm = dict.highWaterMark;
    if (hwm === undefined) throw new TypeError(`${what} is missing its required highWaterMark`);
    return toUnrestrictedDouble(hwm);
  }

  let blqsOf;
  class ByteLengthQueuingStrategy {
    constructor(init) {
      requireArgs(arguments.length, 1, 'ByteLengthQueuingStrategy');
      this[k_hwm_ByteLengthQueuingStrategy] = toQueuingStrategyInit(init, 'The ByteLengthQueuingStrategy init');
    }
    get highWaterMark() {
      const hwm = blqsOf(this);
      if (hwm === undefined) throw illegal();
      return hwm;
    }
    get size() {
      if (blqsOf(this) === undefined) throw illegal();
      return byteLengthSize;
    }
    static { blqsOf = (o) => (isObject(o) ? o[k_hwm_ByteLengthQueuingStrategy] : undefined); }
  }
  let cqsOf;
  class CountQueuingStrategy {
    constructor(init) {
      requireArgs(arguments.length, 1, 'CountQueuingStrategy');
      this[k_hwm_CountQueuingStrategy] = toQueuingStrategyInit(init, 'The CountQueuingStrategy init');
    }
    get highWaterMark() {
      const hwm = cqsOf(this);
      if (hwm === undefined) throw illegal();
      return hwm;
    }
    get size() {
      if (cqsOf(this) === undefined) throw illegal();
      return countSize;
    }
    static { cqsOf = (o) => (isObject(o) ? o[k_hwm_CountQueuingStrategy] : undefined); }
  }

  // ---------------------------------------------------------------------------------------------
  // Interface objects: Web IDL property shapes and the inspector's view

  webidlInterface(ReadableStream, 'ReadableStream', ['from']);
  ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, { enumerable: false });
  webidlInterface(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
  webidlInterface(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
  webidlInterface(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
  webidlInterface(ReadableByteStreamController, 'ReadableByteStreamController');
  webidlInterface(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
  webidlInterface(WritableStream, 'WritableStream');
  webidlInterface(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
  webidlInterface(WritableStreamDefaultController, 'WritableStreamDefaultController');
  webidlInterface(TransformStream, 'TransformStream');
  webidlInterface(TransformStreamDefaultController, 'TransformStreamDefaultController');
  webidlInterface(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');
  webidlInterface(CountQueuingStrategy, 'CountQueuingStrategy');

  defineInspect(ReadableStream, 'ReadableStream', (o) => {
    const s = rsOf(o);
    if (s === undefined) return undefined;
    return { locked: isReadableStreamLocked(s), state: s.state, supportsBYOB: s.controller instanceof ByteControllerRec };
  });
  defineInspect(WritableStream, 'WritableStream', (o) => {
    const s = wsOf(o);
    if (s === undefined) return undefined;
    return { locked: isWritableStreamLocked(s), state: s.state };
  });
  defineInspect(TransformStream, 'TransformStream', (o) => {
    const s = tsOf(o);
    if (s === undefined) return undefined;
    return { readable: s.readable.pub, writable: s.writable.pub, backpressure: s.backpressure };
  });
  defineInspect(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', (o) => {
    const r = readerOf(o);
    if (r === undefined) return undefined;
    return { stream: r.stream?.pub, readRequests: r.readRequests.length, close: r.closed.promise };
  });
  defineInspect(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', (o) => {
    const r = byobReaderOf(o);
    if (r === undefined) return undefined;
    return { stream: r.stream?.pub, requestIntoRequests: r.readIntoRequests.length, close: r.closed.promise };
  });
  defineInspect(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter', (o) => {
    const w = writerOf(o);
    if (w === undefined) return undefined;
    return { stream: w.stream?.pub, close: w.closed.promise, ready: w.ready.promise, desiredSize: w.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(w) };
  });
  defineInspect(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy', (o) => {
    const hwm = blqsOf(o);
    return hwm === undefined ? undefined : { highWaterMark: hwm };
  });
  defineInspect(CountQueuingStrategy, 'CountQueuingStrategy', (o) => {
    const hwm = cqsOf(o);
    return hwm === undefined ? undefined : { highWaterMark: hwm };
  });

  // ---------------------------------------------------------------------------------------------
  // Helpers for other runtime files (the spec's "other specifications" hooks, section 9)

  const recOfReadable = (pub) => {
    const rec = rsOf(pub);
    if (rec === undefined) throw new TypeError('Not a ReadableStream');
    return rec;
  };
  // Reads every chunk (Uint8Arrays) of `stream` and resolves with one Uint8Array of them all.
  function readAllBytes(pub) {
    const stream = recOfReadable(pub);
    const reader = acquireReadableStreamDefaultReader(stream);
    const done = new Deferred();
    const chunks = [];
    let total = 0;
    const readRequest = new FnReadRequest(
      (chunk) => {
        if (!(chunk instanceof Uint8Array)) {
          const e = new TypeError('The stream produced a chunk that is not a Uint8Array');
          done.doReject(e);
          readableStreamReaderGenericCancel(reader, e);
          return;
        }
        chunks[chunks.length] = chunk;
        total += TypedArrayPrototypeByteLength(chunk);
        readableStreamDefaultReaderRead(reader, readRequest);
      },
      () => {
        const out = new Uint8Array(total);
        let offset = 0;
        for (let i = 0; i < chunks.length; i++) {
          TypedArrayPrototypeSet(out, chunks[i], offset);
          offset += TypedArrayPrototypeByteLength(chunks[i]);
        }
        readableStreamDefaultReaderRelease(reader);
        done.doResolve(out);
      },
      (e) => {
        readableStreamDefaultReaderRelease(reader);
        done.doReject(e);
      });
    readableStreamDefaultReaderRead(reader, readRequest);
    return done.promise;
  }
  // A byte stream fed by `pull()`, a function returning the next Uint8Array, or null at the end,
  // or a promise of either (a Java-backed source: a file, a socket, a Blob). `cancel(reason)` is
  // called when the consumer cancels. `highWaterMark` defaults to 0 (pull only on demand).
  // Each chunk's ArrayBuffer is transferred into the stream (detached for the caller), so `pull`
  // must return a fresh Uint8Array over an ordinary JavaScript ArrayBuffer every time.
  function readableStreamFromPullSource(pull, cancel = undefined, highWaterMark = 0) {
    let stream;
    const onChunk = (chunk) => {
      const controller = stream.controller;
      if (chunk === null || chunk === undefined) {
        readableByteStreamControllerClose(controller);
        if (controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller, 0);
      } else if (TypedArrayPrototypeByteLength(chunk) > 0) {
        readableByteStreamControllerEnqueue(controller, chunk);
      }
    };
    const pullAlgorithm = () => {
      let result;
      try {
        result = pull();
      } catch (e) {
        return rejected(e);
      }
      // A chunk is never a promise, even when user code has put a `then` on Object.prototype.
      if (result !== null && typeof result === 'object' && !ArrayBufferIsView(result) && typeof result.then === 'function') {
        return transformPromiseWith(resolved(result), onChunk);
      }
      try {
        onChunk(result);
      } catch (e) {
        return rejected(e);
      }
      return resolvedUndefined;
    };
    const cancelAlgorithm = cancel === undefined ? () => resolved(undefined)
      : (reason) => {
        try { return resolved(cancel(reason)); } catch (e) { return rejected(e); }
      };
    stream = newRS();
    const controller = newByteController();
    setUpReadableByteStreamController(stream, controller, noop, pullAlgorithm, cancelAlgorithm, highWaterMark, undefined);
    return stream.pub;
  }

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, WritableStream, WritableStreamDefaultWriter, TransformStream, ByteLengthQueuingStrategy, CountQueuingStrategy]) internal.markPlatformInterface(Interface);

  // ---------------------------------------------------------------------------------------------
  // Transferable streams (spec 8.2): a transferred stream is a cross-realm identity transform. The
  // sending side pipes into (or from) a stream whose algorithms post messages through one end of a
  // new channel; the end that leaves travels in the transfer (a PortEndpoint marked with the
  // stream's kind), and the receiving Context builds the stream's other half around it.
  //
  // Liveness, which the spec leaves to the host: an end keeps its loop alive only while it waits
  // for the other side: a readable half while a read waits for a chunk, a writable half while a
  // chunk waits for the reader's pull (so a worker that posts a stream lives until its chunks are
  // taken). The readable half that a transferred WritableStream's pipe reads from never holds: the
  // writer on the other side is the one waiting. So an empty transferred stream nobody uses does
  // not hold the process, while one with chunks nobody reads does.

  let messagingFile;
  const messaging = () => (messagingFile ??= internal.load('67_messaging.js'));

  /** One end of a cross-realm transform's channel, on the loop thread of the Context holding it. */
  class CrossRealmEnd {
    constructor(endpoint, mayHold = true) {
      this.endpoint = endpoint;
      this.mayHold = mayHold;
      this.op = null;
      this.closed = false;
    }
    /**
     * Starts delivering messages: onMessage(data), onMessageError(error); onGone(error) when the
     * other end closes without a 'close' or 'error' message (its thread ended, for one).
     */
    listen(onMessage, onMessageError, onGone) {
      this.op = messaging().receiveWith(this.endpoint, onMessage, onMessageError, () => {
        if (this.closed) return;
        this.disentangle();
        onGone(new TypeError('The other side of the transferred stream is gone.'));
      });
      this.op.setReferenced(false);
    }
    /** Whether the loop waits for this end (see the liveness note above). */
    hold(referenced) {
      if (this.op !== null && !this.closed && this.mayHold) this.op.setReferenced(referenced);
    }
    /** PackAndPostMessage: throws what serializing `value` throws. */
    post(type, value) {
      const message = ObjectCreate(null);
      message.type = type;
      message.value = value;
      const serialized = clone().serializeToJava(message, []);
      if (!this.closed) this.endpoint.post(serialized);
    }
    /** PackAndPostMessageHandlingError: the error is also sent, and returned (undefined if none). */
    postHandlingError(type, value) {
      try {
        this.post(type, value);
        return undefined;
      } catch (error) {
        this.sendError(error);
        return { error };
      }
    }
    /** CrossRealmTransformSendError. */
    sendError(error) {
      try { this.post('error', error); } catch { /* discarded, as the spec says */ }
    }
    /** The cancel and abort algorithms: sends `reason` as the error, then disentangles. */
    errorOtherSide(reason) {
      const result = this.postHandlingError('error', reason);
      this.disentangle();
      return result === undefined ? resolved(undefined) : rejected(result.error);
    }
    /** A message that cannot be deserialized here: both sides error (`errorHere(error)`). */
    failToDeserialize(errorHere) {
      const error = dataCloneError();
      this.sendError(error);
      errorHere(error);
      this.disentangle();
    }
    disentangle() {
      if (this.closed) return;
      this.closed = true;
      if (this.op !== null) this.op.cancel();
      this.endpoint.close();
    }
  }
  let cloneFile;
  const clone = () => (cloneFile ??= internal.load('65_structured_clone.js'));
  const dataCloneError = () => internal.load('51_dom_exception.js')
    .makeDOMException('The message could not be deserialized.', 'DataCloneError');

  /** SetUpCrossRealmTransformReadable: `stream` (a new RS record) reads what the other end sends. */
  function setUpCrossRealmTransformReadable(stream, end) {
    const controller = newDefaultController();
    const errorHere = (error) => readableStreamDefaultControllerError(controller, error);
    end.listen((data) => {
      const type = data.type, value = data.value;
      if (type === 'chunk') {
        end.hold(false); // before the enqueue, whose next pull (for a read still waiting) holds again
        readableStreamDefaultControllerEnqueue(controller, value);
      } else if (type === 'close') {
        readableStreamDefaultControllerClose(controller);
        end.disentangle();
      } else if (type === 'error') {
        readableStreamDefaultControllerError(controller, value);
        end.disentangle();
      }
    }, () => end.failToDeserialize(errorHere), errorHere);
    setUpReadableStreamDefaultController(stream, controller, noop, () => {
      end.hold(true); // a read waits for the chunk this pull asks for
      end.post('pull', undefined);
      return resolved(undefined);
    }, (reason) => end.errorOtherSide(reason), 0, sizeOne);
    return stream;
  }

  /** SetUpCrossRealmTransformWritable: what is written to `stream` (a new WS record) is sent. */
  function setUpCrossRealmTransformWritable(stream, end) {
    const controller = newWSController();
    let backpressurePromise = new Deferred();
    const releaseBackpressure = () => {
      end.hold(false);
      if (backpressurePromise !== undefined) {
        backpressurePromise.doResolve(undefined);
        backpressurePromise = undefined;
      }
    };
    const errorHere = (error) => writableStreamDefaultControllerErrorIfNeeded(controller, error);
    end.listen((data) => {
      const type = data.type, value = data.value;
      if (type === 'pull') {
        releaseBackpressure();
      } else if (type === 'error') {
        errorHere(value);
        releaseBackpressure();
      }
    }, () => end.failToDeserialize(errorHere), (error) => {
      errorHere(error);
      releaseBackpressure();
    });
    setUpWritableStreamDefaultController(stream, controller, noop, (chunk) => {
      if (backpressurePromise === undefined) backpressurePromise = resolvedDeferred(undefined);
      else if (!backpressurePromise.settled) end.hold(true); // the chunk waits for the reader's pull
      return promiseThen(backpressurePromise.promise, () => {
        backpressurePromise = new Deferred();
        const result = end.postHandlingError('chunk', chunk);
        if (result !== undefined) {
          end.disentangle();
          return rejected(result.error);
        }
        return resolved(undefined);
      });
    }, () => {
      end.post('close', undefined);
      end.disentangle();
      return resolved(undefined);
    }, (reason) => end.errorOtherSide(reason), 1, sizeOne);
    return stream;
  }

  /** The kind of a transferable stream ('ReadableStream', ...), or undefined for anything else. */
  function transferableStreamKind(value) {
    if (rsOf(value) !== undefined) return 'ReadableStream';
    if (wsOf(value) !== undefined) return 'WritableStream';
    if (tsOf(value) !== undefined) return 'TransformStream';
    return undefined;
  }
  /** Whether the ReadableStream or WritableStream `value` is locked. */
  function isStreamLocked(value) {
    const rs = rsOf(value);
    return rs !== undefined ? isReadableStreamLocked(rs) : isWritableStreamLocked(wsOf(value));
  }
  /**
   * The streams that transferring `value` locks: itself, or a TransformStream's two sides. The
   * transfer steps refuse `value` when one of them is locked (isStreamLocked).
   */
  function streamsLockedBy(value) {
    const ts = tsOf(value);
    return ts !== undefined ? [ts.readable.pub, ts.writable.pub] : [value];
  }
  /** The transfer steps of ReadableStream: the end that travels. */
  function transferReadable(rs) {
    const [here, there] = host.workers.newChannel();
    const writable = setUpCrossRealmTransformWritable(newWS(), new CrossRealmEnd(here));
    setPromiseIsHandledToTrue(readableStreamPipeTo(rs, writable, false, false, false, undefined));
    return there;
  }
  /** The transfer steps of WritableStream. */
  function transferWritable(ws) {
    const [here, there] = host.workers.newChannel();
    const readable = setUpCrossRealmTransformReadable(newRS(), new CrossRealmEnd(here, false));
    setPromiseIsHandledToTrue(readableStreamPipeTo(readable, ws, false, false, false, undefined));
    return there;
  }
  /**
   * Transfers a stream (none of streamsLockedBy locked) and returns the end it travels
   * as, marked with its kind for receiveTransferredStream.
   */
  function transferStream(value) {
    const ts = tsOf(value);
    if (ts !== undefined) {
      const readableEnd = transferReadable(ts.readable);
      readableEnd.carryStream('TransformStream', transferWritable(ts.writable));
      return readableEnd;
    }
    const rs = rsOf(value);
    const end = rs !== undefined ? transferReadable(rs) : transferWritable(wsOf(value));
    end.carryStream(rs !== undefined ? 'ReadableStream' : 'WritableStream', null);
    return end;
  }
  /** The transfer-receiving steps: a new stream of this Context around a transferred end. */
  function receiveTransferredStream(endpoint) {
    const kind = endpoint.carriedStream();
    if (kind === 'ReadableStream') return setUpCrossRealmTransformReadable(newRS(), new CrossRealmEnd(endpoint)).pub;
    if (kind === 'WritableStream') return setUpCrossRealmTransformWritable(newWS(), new CrossRealmEnd(endpoint)).pub;
    const ts = new TS();
    ts.readable = setUpCrossRealmTransformReadable(newRS(), new CrossRealmEnd(endpoint));
    ts.writable = setUpCrossRealmTransformWritable(newWS(), new CrossRealmEnd(endpoint.carriedWritable()));
    return withPending(ts, () => new TransformStream()).pub;
  }
  internal.transferableStreams = {
    kindOf: transferableStreamKind, isLocked: isStreamLocked, streamsLockedBy,
    transfer: transferStream, receive: receiveTransferredStream,
  };

  return ObjectFreeze({
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
    ReadableStreamDefaultController, ReadableByteStreamController,
    WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
    TransformStream, TransformStreamDefaultController,
    ByteLengthQueuingStrategy, CountQueuingStrategy,
    // For other runtime files.
    isReadableStream: (v) => rsOf(v) !== undefined,
    isReadableStreamLocked: (pub) => isReadableStreamLocked(recOfReadable(pub)),
    isReadableStreamDisturbed: (pub) => recOfReadable(pub).disturbed,
    isReadableByteStream: (pub) => recOfReadable(pub).controller instanceof ByteControllerRec,
    readableStreamState: (pub) => recOfReadable(pub).state,
    isWritableStream: (v) => wsOf(v) !== undefined,
    isTransformStream: (v) => tsOf(v) !== undefined,
    // createReadableStream({ start, pull, cancel }, highWaterMark, size): the spec's "set up"
    // with algorithms; `start`/`pull` get { enqueue, close, error, desiredSize } helpers.
    createReadableStream(algorithms = {}, highWaterMark = 1, sizeAlgorithm = sizeOne) {
      const stream = newRS();
      const controller = newDefaultController();
      const ops = {
        enqueue: (chunk) => readableStreamDefaultControllerEnqueue(controller, chunk),
        close: () => readableStreamDefaultControllerClose(controller),
        error: (e) => readableStreamDefaultControllerError(controller, e),
        desiredSize: () => readableStreamDefaultControllerGetDesiredSize(controller),
      };
      const { start, pull, cancel } = algorithms;
      setUpReadableStreamDefaultController(stream, controller,
        start === undefined ? noop : () => start(ops),
        pull === undefined ? () => resolved(undefined) : () => {
          try { return resolved(pull(ops)); } catch (e) { return rejected(e); }
        },
        cancel === undefined ? () => resolved(undefined) : (reason) => {
          try { return resolved(cancel(reason)); } catch (e) { return rejected(e); }
        },
        highWaterMark, sizeAlgorithm);
      return stream.pub;
    },
    readableStreamFromPullSource,
    // A readable stream of the given chunks, then closed.
    readableStreamFromChunks(chunks) {
      return readableStreamFromIterable(chunks).pub;
    },
    readableStreamEnqueue(pub, chunk) {
      const controller = recOfReadable(pub).controller;
      if (controller instanceof ByteControllerRec) readableByteStreamControllerEnqueue(controller, chunk);
      else readableStreamDefaultControllerEnqueue(controller, chunk);
    },
    readableStreamClose(pub) {
      const controller = recOfReadable(pub).controller;
      if (controller instanceof ByteControllerRec) {
        readableByteStreamControllerClose(controller);
        if (controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller, 0);
      } else {
        readableStreamDefaultControllerClose(controller);
      }
    },
    readableStreamError(pub, e) {
      const controller = recOfReadable(pub).controller;
      if (controller instanceof ByteControllerRec) readableByteStreamControllerError(controller, e);
      else readableStreamDefaultControllerError(controller, e);
    },
    readableStreamCancel: (pub, reason) => readableStreamCancel(recOfReadable(pub), reason),
    readableStreamTee(pub, cloneForBranch2 = false) {
      const branches = readableStreamTee(recOfReadable(pub), cloneForBranch2);
      return [branches[0].pub, branches[1].pub];
    },
    readableStreamPipeTo(pub, destPub, { preventClose = false, preventAbort = false, preventCancel = false, signal } = {}) {
      return readableStreamPipeTo(recOfReadable(pub), toWritableStream(destPub, 'The destination'),
        preventClose, preventAbort, preventCancel, signal);
    },
    readAllBytes,
    // A default reader on `pub` (locks it) and one-chunk reads from it, for the runtime's own
    // consumers (fetch uploads): `readChunk(reader)` resolves with { value, done }.
    acquireReader: (pub) => acquireReadableStreamDefaultReader(recOfReadable(pub)),
    readChunk(reader) {
      const done = new Deferred();
      readableStreamDefaultReaderRead(reader, new FnReadRequest(
        (chunk) => done.doResolve({ value: chunk, done: false }),
        () => done.doResolve({ value: undefined, done: true }),
        (e) => done.doReject(e)));
      return done.promise;
    },
    // The same with callbacks, so no promise is resolved with a chunk (no `then` lookup).
    readChunkWith(reader, onChunk, onClose, onError) {
      readableStreamDefaultReaderRead(reader, new FnReadRequest(onChunk, onClose, onError));
    },
    releaseReader: (reader) => readableStreamDefaultReaderRelease(reader),
    cancelReader: (reader, reason) => readableStreamReaderGenericCancel(reader, reason),
    // createWritableStream({ start, write, close, abort }, highWaterMark, size).
    createWritableStream(algorithms = {}, highWaterMark = 1, sizeAlgorithm = sizeOne) {
      const { start, write, close, abort } = algorithms;
      const wrap = (fn) => (fn === undefined ? () => resolved(undefined) : (a) => {
        try { return resolved(fn(a)); } catch (e) { return rejected(e); }
      });
      return createWritableStream(start === undefined ? noop : start, wrap(write), wrap(close), wrap(abort),
        highWaterMark, sizeAlgorithm).pub;
    },
    createTransformStream,
  });
})
