// 89_stream.js: Node's `stream` and `stream/promises`, loaded on first use, on top of the
// EventEmitter of 12_events.js, Buffer (81_buffer.js), StringDecoder (87_string_decoder.js) and
// process.nextTick. It adds:
//   - Readable: paused and flowing modes, 'data' / 'readable' / 'end', highWaterMark backpressure
//     through push()'s return value, setEncoding, pipe / unpipe, async iteration, Readable.from;
//   - Writable: write()'s backpressure answer and 'drain', cork / uncork, _writev, _final, 'finish';
//   - Duplex (allowHalfOpen), Transform (_transform / _flush), PassThrough;
//   - destroy() with _destroy, 'error' then 'close', autoDestroy, as Node orders them;
//   - finished() and pipeline() (callbacks and promises; async generator functions as stages);
//   - Readable.toWeb / fromWeb and Writable.toWeb / fromWeb over 70_streams.js.
// Object mode counts chunks; byte mode counts bytes and turns strings into Buffers.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeIndexOf, ArrayPrototypeSplice,
    ArrayPrototypeSlice, ObjectSetPrototypeOf, ObjectDefineProperty, ObjectKeys, Promise: PromiseCtor,
    PromisePrototypeThen, PromiseResolve, ReflectApply, SymbolAsyncIterator, SymbolIterator,
    TypeError, Error: ErrorCtor, Uint8Array, ArrayBufferIsView, FunctionPrototypeCall,
    Symbol: SymbolCtor, Function: FunctionCtor, Math: MathObject, Number: NumberCtor, Array: ArrayCtor,
  } = internal.primordials;
  // The per-chunk calls of a stream's _read, _write, _writev and _transform (the user's, most often)
  // go through opaqueCall (see 00_primordials.js): this code is shared by every script the warm
  // daemon runs, and each script's new methods made the JIT recompile it during the run.
  const { opaqueCall } = internal.primordials;
  const { NaN } = internal.primordials; // not the global (see 00_primordials.js)
  const promisifyCustom = SymbolCtor.for('nodejs.util.promisify.custom');
  const { makeCodedError, invalidArgType, validateFunction } = internal.errors;
  const EventEmitter = internal.EventEmitter;
  const nextTick = internal.nextTick;
  const { Buffer } = internal.load('81_buffer.js');
  let StringDecoder;   // loaded with setEncoding

    const DEFAULT_HWM = 16384;
  const DEFAULT_OBJECT_HWM = 16;

  function prematureClose() {
    return makeCodedError(ErrorCtor, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  }
  function highWaterMark(options, key, objectMode) {
    const value = options && options[key] !== undefined ? options[key]
      : options && options.highWaterMark !== undefined ? options.highWaterMark : undefined;
    if (value === undefined || value === null) return objectMode ? DEFAULT_OBJECT_HWM : DEFAULT_HWM;
    if (typeof value !== 'number' || !(value >= 0) || value !== MathObject.floor(value)) {
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.${key}' is invalid. Received ${internal.inspect(value)}`);
    }
    return value;
  }
  function isUint8(chunk) {
    return ArrayBufferIsView(chunk) && chunk instanceof Uint8Array;
  }

  // --- Stream: the legacy base ----------------------------------------------------------------------
  function Stream(options) {
    ReflectApply(EventEmitter, this, [options]);
  }
  ObjectSetPrototypeOf(Stream.prototype, EventEmitter.prototype);
  ObjectSetPrototypeOf(Stream, EventEmitter);

  // --- destroy, shared by every kind --------------------------------------------------------------
  function destroy(err, cb) {
    const r = this._readableState;
    const w = this._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    if (err) {
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
    }
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    const self = this;
    let called = false;
    function onDestroy(error) {
      if (called) return;
      called = true;
      if (error) {
        if (w && !w.errored) w.errored = error;
        if (r && !r.errored) r.errored = error;
      }
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(error);
      if (error) nextTick(emitErrorCloseNT, self, error);
      else nextTick(emitCloseNT, self);
    }
    try {
      self._destroy(err || null, onDestroy);
    } catch (error) {
      onDestroy(error);
    }
    return this;
  }
  function emitErrorCloseNT(self, err) {
    emitErrorNT(self, err);
    emitCloseNT(self);
  }
  function emitCloseNT(self) {
    const r = self._readableState;
    const w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }
  function emitErrorNT(self, err) {
    const r = self._readableState;
    const w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', err);
  }
  /** An error inside the machinery: destroy when autoDestroy, else just emit it. */
  function errorOrDestroy(stream, err, sync) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(err);
    } else if (err) {
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
      if (sync) nextTick(emitErrorNT, stream, err);
      else emitErrorNT(stream, err);
    }
  }

  // --- Readable ---------------------------------------------------------------------------------------
  function ReadableState(options, isDuplex) {
    this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));
    this.highWaterMark = highWaterMark(options, isDuplex ? 'readableHighWaterMark' : 'highWaterMark',
      this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = !(options && options.emitClose === false);
    this.autoDestroy = !(options && options.autoDestroy === false);
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.awaitDrainWriters = null;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    if (options && options.encoding) {
      StringDecoder ??= internal.load('87_string_decoder.js').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof Duplex;
    this._readableState = new ReadableState(options, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignal(options.signal, this);
    }
    ReflectApply(Stream, this, [options]);
    if (typeof this._construct === 'function') construct(this);
  }
  ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
  ObjectSetPrototypeOf(Readable, Stream);

  /** _construct(cb): reads and writes wait until it calls back. */
  function construct(stream) {
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    nextTick(() => {
      let called = false;
      try {
        stream._construct((err) => {
          if (called) return;
          called = true;
          if (r) r.constructed = true;
          if (w) w.constructed = true;
          if (err) { stream.destroy(err); return; }
          if (r && (r.needReadable || r.flowing)) maybeReadMore(stream, r);
          if (w) { clearBuffer(stream, w); finishMaybe(stream, w); }
        });
      } catch (err) {
        stream.destroy(err);
      }
    });
  }

  Readable.prototype.destroy = destroy;
  Readable.prototype._destroy = function _destroy(err, cb) { cb(err); };
  Readable.prototype._undestroy = function _undestroy() {};
  Readable.prototype._read = function _read() {
    throw makeCodedError(ErrorCtor, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented');
  };

  Readable.prototype.push = function push(chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, false);
  };
  Readable.prototype.unshift = function unshift(chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, true);
  };

  function readableAddChunk(stream, chunk, encoding, addToFront) {
    const state = stream._readableState;
    if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
      return false;
    }
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          chunk = addToFront && state.encoding ? Buffer.from(chunk, encoding).toString(state.encoding)
            : Buffer.from(chunk, encoding);
        }
      } else if (isUint8(chunk)) {
        if (!(chunk instanceof Buffer)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else if (chunk !== undefined) {
        errorOrDestroy(stream, invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk));
        return false;
      }
    }
    if (chunk === undefined) {
      state.reading = false;
      return canPushMore(state);
    }
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, makeCodedError(ErrorCtor, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
          'stream.unshift() after end event'));
        return false;
      }
      addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, makeCodedError(ErrorCtor, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
      return false;
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (!state.objectMode && chunk.length === 0) {
          maybeReadMore(stream, state);
          return canPushMore(state);
        }
      }
      addChunk(stream, state, chunk, false);
    }
    return canPushMore(state);
  }
  function canPushMore(state) {
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }
  function chunkLength(state, chunk) {
    return state.objectMode ? 1 : chunk.length;
  }
  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += chunkLength(state, chunk);
      if (addToFront) state.buffer.unshift(chunk);
      else ArrayPrototypePush(state.buffer, chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }
  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder) {
      const rest = state.decoder.end();
      if (rest && rest.length) {
        ArrayPrototypePush(state.buffer, rest);
        state.length += state.objectMode ? 1 : rest.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadable_(stream);
    }
  }
  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }
  function emitReadable_(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }
  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMore_, stream, state);
    }
  }
  function maybeReadMore_(stream, state) {
    while (!state.reading && !state.ended &&
        (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const len = state.length;
      stream.read(0);
      if (len === state.length) break;
    }
    state.readingMore = false;
  }

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (n !== n) {   // NaN: everything buffered, or the first chunk when flowing
      return state.flowing && state.length ? state.buffer[0].length : state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function read(n) {
    if (n === undefined) n = NaN;
    else if (typeof n !== 'number') n = NumberCtor.parseInt(n, 10);
    const state = this._readableState;
    const nOrig = n;
    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
    if (n !== 0) state.emittedReadable = false;
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }
    let doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) doRead = false;
    else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        opaqueCall(this._read, this, state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }
    let ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      state.awaitDrainWriters = null;
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }
    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };
  function computeNewHighWaterMark(n) {
    let hwm = 1;
    while (hwm < n) hwm *= 2;
    return hwm;
  }
  /** Takes n bytes (or one object) from the buffer. */
  function fromList(n, state) {
    if (state.length === 0) return null;
    const buffer = state.buffer;
    if (state.objectMode) return ArrayPrototypeShift(buffer);
    if (n >= state.length) {
      let ret;
      if (state.decoder) {
        ret = '';
        for (let i = 0; i < buffer.length; i++) ret += buffer[i];
      } else if (buffer.length === 1) {
        ret = buffer[0];
      } else {
        ret = Buffer.concat(buffer, state.length);
      }
      buffer.length = 0;
      return ret;
    }
    // part of the buffered data
    const first = buffer[0];
    if (n < first.length) {
      buffer[0] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return ArrayPrototypeShift(buffer);
    if (state.decoder) {
      let ret = '';
      while (ret.length < n) {
        const str = buffer[0];
        const need = n - ret.length;
        if (str.length <= need) { ret += str; ArrayPrototypeShift(buffer); }
        else { ret += str.slice(0, need); buffer[0] = str.slice(need); }
      }
      return ret;
    }
    const ret = Buffer.allocUnsafe(n);
    let copied = 0;
    while (copied < n) {
      const buf = buffer[0];
      const need = n - copied;
      if (buf.length <= need) {
        ret.set(buf, copied);
        copied += buf.length;
        ArrayPrototypeShift(buffer);
      } else {
        ret.set(buf.subarray(0, need), copied);
        buffer[0] = buf.subarray(need);
        copied += need;
      }
    }
    return ret;
  }
  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }
  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      const w = stream._writableState;
      if (w && w.autoDestroy === false) return;
      if (state.autoDestroy && (!w || (w.finished || w.writable === false))) {
        stream.destroy();
      } else if (w && !w.ending && stream.allowHalfOpen === false) {
        stream.end();
      }
    }
  }

  Readable.prototype.on = function on(ev, fn) {
    const res = ReflectApply(Stream.prototype.on, this, [ev, fn]);
    const state = this._readableState;
    if (ev === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick((self) => self.read(0), this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;
  Readable.prototype.removeListener = function removeListener(ev, fn) {
    const res = ReflectApply(Stream.prototype.removeListener, this, [ev, fn]);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;
  Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
    const res = ReflectApply(Stream.prototype.removeAllListeners, this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };
  function updateReadableListening(self) {
    const state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state.paused === false) state.flowing = true;
    else if (self.listenerCount('data') > 0) self.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  Readable.prototype.resume = function resume() {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resume_, this, state);
      }
    }
    state.paused = false;
    return this;
  };
  function resume_(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }
  Readable.prototype.pause = function pause() {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state.paused = true;
    return this;
  };
  Readable.prototype.isPaused = function isPaused() {
    const state = this._readableState;
    return state.paused === true || state.flowing === false;
  };
  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }
  Readable.prototype.setEncoding = function setEncoding(enc) {
    StringDecoder ??= internal.load('87_string_decoder.js').StringDecoder;
    const decoder = new StringDecoder(enc);
    const state = this._readableState;
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    let content = '';
    for (const data of state.buffer) content += decoder.write(data);
    state.buffer.length = 0;
    if (content !== '') ArrayPrototypePush(state.buffer, content);
    state.length = content.length;
    return this;
  };

  Readable.prototype.pipe = function pipe(dest, pipeOpts) {
    const src = this;
    const state = this._readableState;
    ArrayPrototypePush(state.pipes, dest);
    const doEnd = !pipeOpts || pipeOpts.end !== false;
    const endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) nextTick(endFn);
    else src.once('end', endFn);
    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() { dest.end(); }
    let ondrain;
    let cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
        src.pause();
      }
      if (!ondrain) {
        ondrain = () => {
          if (state.awaitDrainWriters === dest) {
            state.awaitDrainWriters = null;
            if (src.listenerCount('data')) src.resume();
          }
        };
        dest.on('drain', ondrain);
      }
    }
    src.on('data', ondata);
    function ondata(chunk) {
      if (dest.write(chunk) === false) pause();
    }
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    prependListener(dest, 'error', onerror);
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);
    function unpipe() { src.unpipe(dest); }
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) pause();
    else if (!state.flowing) src.resume();
    return dest;
  };
  function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
    return emitter.on(event, fn);
  }
  Readable.prototype.unpipe = function unpipe(dest) {
    const state = this._readableState;
    const unpipeInfo = { hasUnpiped: false };
    if (state.pipes.length === 0) return this;
    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const index = ArrayPrototypeIndexOf(state.pipes, dest);
    if (index === -1) return this;
    ArrayPrototypeSplice(state.pipes, index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, unpipeInfo);
    return this;
  };

  Readable.prototype[SymbolAsyncIterator] = function asyncIterator() {
    return createAsyncIterator(this);
  };
  Readable.prototype.iterator = function iterator(options) {
    return createAsyncIterator(this, options);
  };
  async function* createAsyncIterator(stream, options) {
    let callback = nop;
    function next(resolve) {
      if (this === stream) { callback(); callback = nop; } else callback = resolve;
    }
    stream.on('readable', next);
    let error;
    const cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwo(error, err) : null;
      callback();
      callback = nop;
    });
    try {
      while (true) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) {
          yield chunk;
        } else if (error) {
          throw error;
        } else if (error === null) {
          return;
        } else {
          await new PromiseCtor(next);
        }
      }
    } catch (err) {
      error = aggregateTwo(error, err);
      throw error;
    } finally {
      if ((error || (options && options.destroyOnReturn) !== false) &&
          (error === undefined || stream._readableState.autoDestroy)) {
        destroyImpl(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }
  }
  function aggregateTwo(a, b) { return a || b; }
  function nop() {}
  function destroyImpl(stream, err) {
    if (typeof stream.destroy === 'function') stream.destroy(err);
  }

  // readable getters
  const readableGetters = {
    readable() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    readableDidRead() { return this._readableState.dataEmitted; },
    readableAborted() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
    readableHighWaterMark() { return this._readableState.highWaterMark; },
    readableBuffer() { return this._readableState && this._readableState.buffer; },
    readableFlowing() { return this._readableState.flowing; },
    readableLength() { return this._readableState.length; },
    readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; },
    readableEncoding() { return this._readableState ? this._readableState.encoding : null; },
    readableEnded() { return this._readableState ? this._readableState.endEmitted : false; },
    errored() { return this._readableState ? this._readableState.errored : null; },
    closed() { return this._readableState ? this._readableState.closed : false; },
  };
  for (const name of ObjectKeys(readableGetters)) {
    ObjectDefineProperty(Readable.prototype, name, { get: readableGetters[name], enumerable: false, configurable: true });
  }
  ObjectDefineProperty(Readable.prototype, 'destroyed', {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) { if (this._readableState) this._readableState.destroyed = value; },
    enumerable: false, configurable: true,
  });
  ObjectDefineProperty(Readable.prototype, 'readable', {
    get: readableGetters.readable,
    set(value) { if (this._readableState) this._readableState.readable = !!value; },
    enumerable: false, configurable: true,
  });

  /** Readable.from(iterable): each value of a sync or async iterable is one chunk. */
  Readable.from = function from(iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof Buffer) {
      return new Readable({
        objectMode: true, ...opts,
        read() { this.push(iterable); this.push(null); },
      });
    }
    let iterator;
    let isAsync;
    if (iterable && typeof iterable[SymbolAsyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[SymbolAsyncIterator]();
    } else if (iterable && typeof iterable[SymbolIterator] === 'function') {
      isAsync = false;
      iterator = iterable[SymbolIterator]();
    } else {
      throw invalidArgType('iterable', 'an instance of Iterable', iterable);
    }
    const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
    let reading = false;
    readable._read = function () {
      if (!reading) { reading = true; next(); }
    };
    readable._destroy = function (error, cb) {
      PromisePrototypeThen(close(error), () => nextTick(cb, error), (e) => nextTick(cb, e || error));
    };
    async function close(error) {
      const hadError = error !== undefined && error !== null;
      const hasThrow = typeof iterator.throw === 'function';
      if (hadError && hasThrow) {
        const { value, done: finished } = await iterator.throw(error);
        await value;
        if (finished) return;
      }
      if (typeof iterator.return === 'function') {
        const { value } = await iterator.return();
        await value;
      }
    }
    async function next() {
      for (;;) {
        try {
          const { value, done: finished } = isAsync ? await iterator.next() : iterator.next();
          if (finished) {
            readable.push(null);
          } else {
            const res = (value && typeof value.then === 'function') ? await value : value;
            if (res === null) {
              reading = false;
              throw makeCodedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
            } else if (readable.push(res)) {
              continue;
            } else {
              reading = false;
            }
          }
        } catch (err) {
          readable.destroy(err);
        }
        break;
      }
    }
    return readable;
  };

  // --- Writable -------------------------------------------------------------------------------------
  function WritableState(options, stream, isDuplex) {
    this.objectMode = !!(options && (options.objectMode || (isDuplex && options.writableObjectMode)));
    this.highWaterMark = highWaterMark(options, isDuplex ? 'writableHighWaterMark' : 'highWaterMark',
      this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = !(options && options.decodeStrings === false);
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = !(options && options.emitClose === false);
    this.autoDestroy = !(options && options.autoDestroy === false);
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.onwrite = (er) => onwrite(stream, er);
    this.onFinished = [];   // end()'s callbacks: called just before 'finish', or with the error
  }
  WritableState.prototype.getBuffer = function getBuffer() {
    return ArrayPrototypeSlice(this.buffered, this.bufferedIndex);
  };
  ObjectDefineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get() { return this.buffered.length - this.bufferedIndex; },
  });

  function Writable(options) {
    const isDuplex = this instanceof Duplex;
    if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignal(options.signal, this);
    }
    ReflectApply(Stream, this, [options]);
    if (!isDuplex && typeof this._construct === 'function') construct(this);
  }
  ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
  ObjectSetPrototypeOf(Writable, Stream);
  ObjectDefineProperty(Writable, SymbolCtor.hasInstance, {
    value(object) {
      if (FunctionPrototypeCall(FunctionCtor.prototype[SymbolCtor.hasInstance], this, object)) return true;
      if (this !== Writable) return false;
      return !!(object && object._writableState instanceof WritableState);
    },
  });

  Writable.prototype.pipe = function pipe() {
    errorOrDestroy(this, makeCodedError(ErrorCtor, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  };
  Writable.prototype.destroy = function destroyWritable(err, cb) {
    const state = this._writableState;
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.finalCalled === false)) {
      nextTick(errorBuffer, state);
    }
    return ReflectApply(destroy, this, [err, cb]);
  };
  Writable.prototype._destroy = function _destroy(err, cb) { cb(err); };
  Writable.prototype._undestroy = function _undestroy() {};

  function _write(stream, chunk, encoding, cb) {
    const state = stream._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = state.defaultEncoding;
    } else {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
        throw makeCodedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
      }
      if (typeof cb !== 'function') cb = nop;
    }
    if (chunk === null) {
      throw makeCodedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    } else if (!state.objectMode) {
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (isUint8(chunk)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
    }
    let err;
    if (state.ending) {
      err = makeCodedError(ErrorCtor, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    } else if (state.destroyed) {
      err = makeCodedError(ErrorCtor, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    }
    if (err) {
      nextTick(cb, err);
      errorOrDestroy(stream, err, true);
      return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
  }
  Writable.prototype.write = function write(chunk, encoding, cb) {
    return _write(this, chunk, encoding, cb) === true;
  };
  Writable.prototype.cork = function cork() {
    this._writableState.corked++;
  };
  Writable.prototype.uncork = function uncork() {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };
  Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) {
      throw makeCodedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    }
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      ArrayPrototypePush(state.buffered, { chunk, encoding, callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      opaqueCall(stream._write, stream, chunk, encoding, state.onwrite);
      state.sync = false;
    }
    // As Node 20 does: after _write, so a write that completed synchronously (its length already
    // taken off again) asks for no 'drain', however big the chunk.
    const ret = state.length < state.highWaterMark || state.length === 0;
    if (!ret) state.needDrain = true;
    return ret && !state.errored && !state.destroyed;
  }
  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(makeCodedError(ErrorCtor, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    else if (writev) opaqueCall(stream._writev, stream, chunk, state.onwrite);
    else opaqueCall(stream._write, stream, chunk, encoding, state.onwrite);
    state.sync = false;
  }
  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }
  function onwrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, makeCodedError(ErrorCtor, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
    } else {
      if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
      if (sync) {
        // Node's timing: a write without a callback that needs no 'drain' completes at once in
        // byte mode; anything else completes on the next tick (several writes in one tick share
        // it), and 'finish' follows a tick later.
        const needTick = (state.needDrain && state.length === 0) || state.destroyed || cb !== nop ||
          state.objectMode;
        if (!needTick) {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
          state.afterWriteTickInfo.count++;
        } else {
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          nextTick(afterWriteTick, state.afterWriteTickInfo);
        }
      } else {
        afterWrite(stream, state, 1, cb);
      }
    }
  }
  function afterWriteTick({ stream, state, count, cb }) {
    state.afterWriteTickInfo = null;
    return afterWrite(stream, state, count, cb);
  }
  function afterWrite(stream, state, count, cb) {
    const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    if (state.ending) finishMaybe(stream, state, true);
  }
  function errorBuffer(state) {
    if (state.writing) return;
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state.buffered[n];
      const len = state.objectMode ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored ?? makeCodedError(ErrorCtor, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    }
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
    const callbacks = ArrayPrototypeSplice(state.onFinished, 0);
    for (let i = 0; i < callbacks.length; i++) {
      callbacks[i](state.errored ?? makeCodedError(ErrorCtor, 'ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed'));
    }
  }
  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    const { buffered, bufferedIndex, objectMode } = state;
    const bufferedLength = buffered.length - bufferedIndex;
    if (!bufferedLength) return;
    let i = bufferedIndex;
    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
      state.pendingcb -= bufferedLength - 1;
      const callback = state.allNoop ? nop : (err) => {
        for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
      };
      const chunks = state.allNoop && i === 0 ? buffered : ArrayPrototypeSlice(buffered, i);
      chunks.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      state.buffered = [];
      state.bufferedIndex = 0;
      state.allBuffers = true;
      state.allNoop = true;
    } else {
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        const len = objectMode ? 1 : chunk.length;
        doWrite(stream, state, false, len, chunk, encoding, callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) {
        state.buffered = [];
        state.bufferedIndex = 0;
        state.allBuffers = true;
        state.allNoop = true;
      } else if (i > 256) {
        ArrayPrototypeSplice(buffered, 0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }
  Writable.prototype._write = function _write(chunk, encoding, cb) {
    if (this._writev) {
      this._writev([{ chunk, encoding }], cb);
    } else {
      throw makeCodedError(ErrorCtor, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented');
    }
  };
  Writable.prototype._writev = null;

  Writable.prototype.end = function end(chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let err;
    if (chunk !== null && chunk !== undefined) {
      const ret = _write(this, chunk, encoding);
      if (ret instanceof ErrorCtor) err = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (err) {
      // nothing more
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = makeCodedError(ErrorCtor, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished');
    } else if (state.destroyed) {
      err = makeCodedError(ErrorCtor, 'ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed');
    }
    if (typeof cb === 'function') {
      if (err || state.finished) nextTick(cb, err);
      else ArrayPrototypePush(state.onFinished, cb);
    }
    return this;
  };
  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
      !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
      !state.errorEmitted && !state.closeEmitted;
  }
  function callFinal(stream, state) {
    let called = false;
    function onFinish(err) {
      if (called) {
        errorOrDestroy(stream, makeCodedError(ErrorCtor, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
        return;
      }
      called = true;
      state.pendingcb--;
      if (err) {
        errorOrDestroy(stream, err, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (err) {
      onFinish(err);
    }
    state.sync = false;
  }
  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }
  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick((s, st) => {
            if (needFinish(st)) finish(s, st);
            else st.pendingcb--;
          }, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }
  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    const callbacks = ArrayPrototypeSplice(state.onFinished, 0);
    for (let i = 0; i < callbacks.length; i++) callbacks[i]();
    stream.emit('finish');
    if (state.autoDestroy) {
      const r = stream._readableState;
      if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
    }
  }

  const writableGetters = {
    closed() { return this._writableState ? this._writableState.closed : false; },
    writable() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    writableFinished() { return this._writableState ? this._writableState.finished : false; },
    writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
    writableBuffer() { return this._writableState && this._writableState.getBuffer(); },
    writableEnded() { return this._writableState ? this._writableState.ending : false; },
    writableNeedDrain() {
      const w = this._writableState;
      return !!w && !w.destroyed && !w.ending && w.needDrain;
    },
    writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
    writableCorked() { return this._writableState ? this._writableState.corked : 0; },
    writableLength() { return this._writableState && this._writableState.length; },
    errored() { return this._writableState ? this._writableState.errored : null; },
    writableAborted() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  };
  for (const name of ObjectKeys(writableGetters)) {
    ObjectDefineProperty(Writable.prototype, name, { get: writableGetters[name], enumerable: false, configurable: true });
  }
  ObjectDefineProperty(Writable.prototype, 'destroyed', {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) { if (this._writableState) this._writableState.destroyed = value; },
    enumerable: false, configurable: true,
  });
  ObjectDefineProperty(Writable.prototype, 'writable', {
    get: writableGetters.writable,
    set(value) { if (this._writableState) this._writableState.writable = !!value; },
    enumerable: false, configurable: true,
  });

  // --- Duplex, Transform, PassThrough -------------------------------------------------------------
  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    ReflectApply(Readable, this, [options]);
    ReflectApply(Writable, this, [options]);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
    } else {
      this.allowHalfOpen = true;
    }
    if (typeof this._construct === 'function') construct(this);
  }
  ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
  ObjectSetPrototypeOf(Duplex, Readable);
  for (const name of ObjectKeys(Writable.prototype)) {
    if (!Duplex.prototype[name]) Duplex.prototype[name] = Writable.prototype[name];
  }
  for (const name of ['write', 'end', 'cork', 'uncork', 'setDefaultEncoding', '_write']) {
    Duplex.prototype[name] = Writable.prototype[name];
  }
  Duplex.prototype._writev = null;
  for (const name of ObjectKeys(writableGetters)) {
    if (name === 'closed' || name === 'errored') continue;
    ObjectDefineProperty(Duplex.prototype, name, { get: writableGetters[name], enumerable: false, configurable: true });
  }
  ObjectDefineProperty(Duplex.prototype, 'writable', {
    get: writableGetters.writable,
    set(value) { if (this._writableState) this._writableState.writable = !!value; },
    enumerable: false, configurable: true,
  });
  ObjectDefineProperty(Duplex.prototype, 'destroyed', {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    enumerable: false, configurable: true,
  });
  Duplex.prototype.destroy = Writable.prototype.destroy;

  const kCallback = internal.sharedSymbol('kCallback', true); // one key for every Context (see 00_primordials.js)
  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    const readableHighWaterMark = options ? highWaterMark(options, 'readableHighWaterMark', !!(options.objectMode || options.readableObjectMode)) : null;
    if (readableHighWaterMark === 0) {
      options = { ...options, highWaterMark: null, readableHighWaterMark, writableHighWaterMark: options.writableHighWaterMark || 0 };
    }
    ReflectApply(Duplex, this, [options]);
    this._readableState.sync = false;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', prefinishTransform);
  }
  ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
  ObjectSetPrototypeOf(Transform, Duplex);
  function finalTransform(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er); else this.destroy(er);
          return;
        }
        if (data != null) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }
  function prefinishTransform() {
    if (this._final !== finalTransform) ReflectApply(finalTransform, this, []);
  }
  Transform.prototype._final = finalTransform;
  Transform.prototype._transform = function _transform() {
    throw makeCodedError(ErrorCtor, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _transform() method is not implemented');
  };
  Transform.prototype._write = function _write(chunk, encoding, callback) {
    const rState = this._readableState;
    const wState = this._writableState;
    const length = rState.length;
    opaqueCall(this._transform, this, chunk, encoding, (err, val) => {
      if (err) { callback(err); return; }
      if (val != null) this.push(val);
      if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
        callback();
      } else {
        this[kCallback] = callback;
      }
    });
  };
  Transform.prototype._read = function _read() {
    if (this[kCallback]) {
      const callback = this[kCallback];
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    ReflectApply(Transform, this, [options]);
  }
  ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
  ObjectSetPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function _transform(chunk, encoding, cb) { cb(null, chunk); };

  // --- finished / eos -------------------------------------------------------------------------------
  function isReadableNodeStream(obj) {
    return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
      (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)));
  }
  function isWritableNodeStream(obj) {
    return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
      (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
  }
  function eos(stream, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    }
    validateFunction(callback, 'callback');
    let called = false;
    const done = (...args) => {
      if (called) return;
      called = true;
      ReflectApply(callback, stream, args);
    };
    const rState = stream._readableState;
    const wState = stream._writableState;
    const readable = options.readable ?? isReadableNodeStream(stream);
    const writable = options.writable ?? isWritableNodeStream(stream);
    let writableFinished = !!(wState && wState.finished);
    let readableFinished = !!(rState && rState.endEmitted);
    const onfinish = () => {
      writableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (!readable || readableFinished) done();
    };
    const onend = () => {
      readableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (!writable || writableFinished) done();
    };
    const onerror = (err) => done(err);
    let willEmitClose = !!((wState && wState.autoDestroy && wState.emitClose && wState.closed === false) ||
      (rState && rState.autoDestroy && rState.emitClose && rState.closed === false));
    const onclose = () => {
      const errored = (wState && wState.errored) || (rState && rState.errored);
      if (errored && typeof errored !== 'boolean') return done(errored);
      if (readable && !readableFinished && rState && !rState.endEmitted) return done(prematureClose());
      if (writable && !writableFinished && wState && !wState.finished) return done(prematureClose());
      done();
    };
    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);
    const closed = (wState && wState.closed) || (rState && rState.closed);
    if (typeof closed === 'boolean' && closed) {
      nextTick(onclose);
    } else if (!readable && (!willEmitClose || stream.readable) && writableFinished) {
      nextTick(onclose);
    } else if (!writable && (!willEmitClose || stream.writable) && readableFinished) {
      nextTick(onclose);
    }
    const cleanup = () => {
      callback = nop;
      stream.removeListener('end', onend);
      stream.removeListener('finish', onfinish);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };
    if (options.signal && !closed) {
      const abort = () => {
        const endCallback = callback;
        cleanup();
        ReflectApply(endCallback, stream, [abortError(options.signal.reason)]);
      };
      if (options.signal.aborted) nextTick(abort);
      else {
        options.signal.addEventListener('abort', abort, { once: true });
        const original = callback;
        callback = (...args) => {
          options.signal.removeEventListener('abort', abort);
          ReflectApply(original, stream, args);
        };
      }
    }
    return cleanup;
  }
  function abortError(reason) {
    const error = makeCodedError(ErrorCtor, 'ABORT_ERR', 'The operation was aborted');
    error.name = 'AbortError';
    if (reason !== undefined) error.cause = reason;
    return error;
  }
  function finishedPromise(stream, opts) {
    return new PromiseCtor((resolve, reject) => {
      eos(stream, opts, (err) => (err ? reject(err) : resolve()));
    });
  }

  /** Destroys the stream when the signal aborts, with an AbortError. */
  function addAbortSignal(signal, stream) {
    if (!signal || typeof signal.aborted !== 'boolean') {
      throw invalidArgType('signal', 'an instance of AbortSignal', signal);
    }
    const onAbort = () => stream.destroy(abortError(signal.reason));
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      eos(stream, () => signal.removeEventListener('abort', onAbort));
    }
    return stream;
  }

  // --- pipeline -------------------------------------------------------------------------------------
  function isIterable(obj) {
    return obj != null && (typeof obj[SymbolAsyncIterator] === 'function' || typeof obj[SymbolIterator] === 'function');
  }
  function pipeline(...streams) {
    const callback = streams.length && typeof streams[streams.length - 1] === 'function' ? streams.pop() : undefined;
    validateFunction(callback, 'streams[stream.length - 1]');
    return pipelineImpl(streams, callback);
  }
  function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && ArrayCtor.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) {
      throw makeCodedError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
    }
    let error;
    let value;
    const destroys = [];
    let finishCount = 0;
    let finished = false;
    function finish(err) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !err) { /* fine */ }
      if (--finishCount > 0 && !err) return;
      if (finished) return;
      if (err || finishCount <= 0) {
        finished = true;
        while (destroys.length) destroys.shift()(error);
        nextTick(callback, error, value);
      }
    }
    let ret;
    for (let i = 0; i < streams.length; i++) {
      const stream = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const end = reading || !opts || opts.end !== false;
      const isLast = i === streams.length - 1;
      if (isNodeStream(stream)) {
        if (end) {
          finishCount++;
          const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
            if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && reading && stream._readableState &&
                stream._readableState.ended && !stream._readableState.errored) {
              err = undefined;   // a readable that ended and was then closed is fine
            }
            finish(err);
          });
          destroys.push((err) => {
            cleanup();
            if (err && !stream.destroyed) stream.destroy(err);
          });
          // errors that come after the pipeline has settled (a destroyed stage's own 'error') are
          // the pipeline's, not uncaught
          stream.on('error', (err) => {
            if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
          });
        }
        if (i === 0) {
          ret = stream;
        } else if (typeof ret === 'function' || isIterable(ret) && !isNodeStream(ret)) {
          ret = pipeIterableToWritable(ret, stream, finish, end, finishCountInc);
        } else {
          ret.pipe(stream, { end });
          ret = stream;
        }
      } else if (typeof stream === 'function') {
        if (i === 0) {
          ret = stream({ signal: undefined });
          if (!isIterable(ret)) {
            throw makeCodedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
              'Expected Iterable, AsyncIterable or Stream to be returned from the "source" function.');
          }
        } else {
          const source = isNodeStream(ret) ? ret : Readable.from(ret);
          ret = stream(source, { signal: undefined });
          if (isLast) {
            ret = lastStageOutput(ret, end);
          } else if (!isIterable(ret) && !isNodeStream(ret)) {
            throw makeCodedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
              'Expected AsyncIterable or Promise to be returned from the "transform" function.');
          }
        }
      } else if (isIterable(stream) && i === 0) {
        ret = stream;
      } else {
        throw invalidArgType(`streams[${i}]`, 'of type Stream, Iterable, AsyncIterable or Function', stream);
      }
    }
    function finishCountInc() { finishCount++; }
    // A function as the last stage, as in Node: its promise (the pipeline's value) or its async
    // iterable (an `async function*` sink, run to its end) goes into an object-mode PassThrough,
    // which pipeline returns, so it can be piped on.
    function lastStageOutput(result, end) {
      const out = new PassThrough({ objectMode: true });
      const then = result != null ? result.then : undefined;
      if (typeof then === 'function') {
        finishCount++;
        FunctionPrototypeCall(then, result, (val) => {
          value = val;
          if (val != null) out.write(val);
          if (end) out.end();
          nextTick(finish);
        }, (err) => {
          out.destroy(err);
          nextTick(finish, err);
        });
      } else if (isIterable(result)) {
        pipeIterableToWritable(result, out, finish, end, finishCountInc);
      } else {
        throw makeCodedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
          'Expected AsyncIterable or Promise to be returned from the "destination" function.');
      }
      destroys.push((err) => { if (err && !out.destroyed) out.destroy(err); });
      out.on('error', (err) => finish(err)); // the pipeline's error, not an uncaught one
      return out;
    }
    return ret;
  }
  function isNodeStream(obj) {
    return !!(obj && typeof obj.on === 'function' && (typeof obj.pipe === 'function' || typeof obj.write === 'function'));
  }
  function pipeIterableToWritable(iterable, writable, finish, end, countOne) {
    countOne();
    (async () => {
      try {
        const source = typeof iterable === 'function' ? iterable() : iterable;
        for await (const chunk of source) {
          if (!writable.write(chunk)) {
            if (writable.destroyed) return;
            await new PromiseCtor((resolve, reject) => {
              const onDrain = () => { writable.off('error', onError); resolve(); };
              const onError = (e) => { writable.off('drain', onDrain); reject(e); };
              writable.once('drain', onDrain);
              writable.once('error', onError);
            });
          }
        }
        if (end) {
          writable.end();
          // As Node: done once the writable has finished (a PassThrough: once its reader took
          // what was written), not when the last write was queued.
          const err = await new PromiseCtor((resolve) => eos(writable, { readable: false }, resolve));
          if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
        }
        finish();
      } catch (err) {
        finish(err);
      }
    })();
    return writable;
  }
  function pipelinePromise(...streams) {
    return new PromiseCtor((resolve, reject) => {
      let opts;
      const last = streams[streams.length - 1];
      if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last)) {
        opts = streams.pop();
      }
      pipelineImpl(streams, (err, value) => (err ? reject(err) : resolve(value)), opts);
    });
  }

  // --- web streams ----------------------------------------------------------------------------------
  function webStreams() { return internal.load('70_streams.js'); }
  Readable.toWeb = function toWeb(readable) {
    const { ReadableStream } = webStreams();
    let closed = false;
    return new ReadableStream({
      start(controller) {
        const objectMode = readable.readableObjectMode;
        readable.on('data', (chunk) => {
          controller.enqueue(objectMode ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) :
            new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if (controller.desiredSize <= 0) readable.pause();
        });
        eos(readable, (err) => {
          if (closed) return;
          closed = true;
          if (err) controller.error(err); else controller.close();
        });
        readable.pause();
      },
      pull() { readable.resume(); },
      cancel(reason) { closed = true; readable.destroy(reason); },
    }, { highWaterMark: readable.readableHighWaterMark, size: readable.readableObjectMode ? () => 1 : (chunk) => chunk.byteLength });
  };
  Readable.fromWeb = function fromWeb(readableStream, options) {
    const reader = readableStream.getReader();
    let closed = false;
    const readable = new Readable({
      objectMode: options && options.objectMode,
      highWaterMark: options && options.highWaterMark,
      encoding: options && options.encoding,
      read() {
        PromisePrototypeThen(reader.read(), (chunk) => {
          if (chunk.done) readable.push(null);
          else readable.push(chunk.value);
        }, (error) => readable.destroy(error));
      },
      destroy(error, callback) {
        if (!closed) {
          PromisePrototypeThen(reader.cancel(error), () => callback(error), (e) => callback(e || error));
          return;
        }
        callback(error);
      },
    });
    PromisePrototypeThen(reader.closed, () => { closed = true; }, (error) => { closed = true; readable.destroy(error); });
    return readable;
  };
  Writable.toWeb = function toWeb(writable) {
    const { WritableStream } = webStreams();
    return new WritableStream({
      write(chunk) {
        if (writable.write(chunk)) return undefined;
        return new PromiseCtor((resolve) => writable.once('drain', resolve));
      },
      close() { return new PromiseCtor((resolve, reject) => writable.end((err) => (err ? reject(err) : resolve()))); },
      abort(reason) { writable.destroy(reason); },
    });
  };
  Writable.fromWeb = function fromWeb(writableStream, options) {
    const writer = writableStream.getWriter();
    return new Writable({
      objectMode: options && options.objectMode,
      decodeStrings: options && options.decodeStrings,
      highWaterMark: options && options.highWaterMark,
      write(chunk, encoding, callback) {
        PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk), () => callback(), callback), callback);
      },
      final(callback) { PromisePrototypeThen(writer.close(), () => callback(), callback); },
      destroy(error, callback) { PromisePrototypeThen(writer.abort(error), () => callback(error), () => callback(error)); },
    });
  };

  // --- the module -----------------------------------------------------------------------------------
  const promises = { pipeline: pipelinePromise, finished: finishedPromise };
  Stream.Stream = Stream;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.pipeline = pipeline;
  Stream.finished = eos;
  Stream.addAbortSignal = addAbortSignal;
  Stream.promises = promises;
  Stream.isReadable = (s) => !!(s && s.readable && !s.destroyed);
  Stream.isErrored = (s) => !!(s && (s.errored || (s._readableState && s._readableState.errored) ||
    (s._writableState && s._writableState.errored)));
  Stream.getDefaultHighWaterMark = (objectMode) => (objectMode ? DEFAULT_OBJECT_HWM : DEFAULT_HWM);
  ObjectDefineProperty(pipeline, promisifyCustom, { value: pipelinePromise, enumerable: false });
  ObjectDefineProperty(eos, promisifyCustom, { value: finishedPromise, enumerable: false });
  return { Stream, promises };
})
