// 91_readline.js: Node's `readline` and `readline/promises`, loaded on first use. An Interface
// reads lines from a readable stream (the user's stdin, a file stream): 'line' per line (\n, \r\n
// or \r; a \n right after a \r that ended the last chunk within crlfDelay is not a second line),
// question() and prompt() on the output stream, pause/resume, async iteration, and 'close' when the
// input ends or close() is called. Lines are edited by the terminal itself (its cooked mode), not
// by the Interface: `terminal` is false, so there is no raw mode, history or completion.
// The cursor helpers (clearLine, cursorTo, moveCursor, clearScreenDown) write ANSI sequences.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayPrototypePush, ArrayPrototypeShift, DateNow, PromiseResolve, PromiseWithResolvers,
    StringPrototypeCharCodeAt, StringPrototypeSlice, SymbolAsyncIterator, SymbolFor,
    NumberIsNaN, TypeError, Error: ErrorCtor, ReflectApply, ObjectSetPrototypeOf, PromiseReject,
  } = internal.primordials;
  const { makeCodedError, invalidArgType, validateFunction } = internal.errors;
  const EventEmitter = internal.EventEmitter;
  const { StringDecoder } = internal.load('87_string_decoder.js');

  const DEFAULT_CRLF_DELAY = 100;
  const LINE_BUFFER_LIMIT = 1024; // lines an async iterator holds before it pauses the input
  const kState = internal.sharedSymbol('91_readline:state');

  function useAfterClose() {
    return makeCodedError(ErrorCtor, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }
  /** Node's AbortError of a question whose signal aborted. */
  function abortError(signal) {
    const error = new ErrorCtor('The operation was aborted', { cause: signal.reason });
    error.name = 'AbortError';
    error.code = 'ABORT_ERR';
    return error;
  }

  /** Node's Interface: the legacy signature (input, output, completer, terminal) or one options object. */
  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    ReflectApply(EventEmitter, this, []);
    let options = { input, output, completer, terminal };
    if (input && input.input !== undefined) options = input;
    input = options.input;
    if (input === undefined || input === null || typeof input.on !== 'function') {
      throw invalidArgType('input', 'an instance of Readable', input);
    }
    if (options.completer !== undefined) validateFunction(options.completer, 'completer');
    let crlfDelay = options.crlfDelay === undefined ? DEFAULT_CRLF_DELAY : +options.crlfDelay;
    if (!(crlfDelay >= DEFAULT_CRLF_DELAY)) crlfDelay = DEFAULT_CRLF_DELAY;
    const signal = options.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    this.input = input;
    this.output = options.output;
    this.terminal = false;
    this.line = '';
    this.cursor = 0;
    this.crlfDelay = crlfDelay;
    this.closed = false;
    this.paused = false;
    this[kState] = {
      prompt: options.prompt === undefined ? '> ' : `${options.prompt}`,
      decoder: new StringDecoder('utf8'),
      pending: '', // the start of a line whose end has not come yet
      sawReturnAt: 0, // when a chunk ended with \r: a \n first in the next one belongs to it
      question: null, // { callback, oldPrompt }
      lines: null, // the async iterator's queue, once asked for
      removeInputListeners: null,
      signal: signal ?? null,
      onAbort: null,
    };
    const state = this[kState];
    const onData = (chunk) => this._normalWrite(chunk);
    const onEnd = () => {
      if (state.pending.length > 0) {
        const last = state.pending;
        state.pending = '';
        this._onLine(last);
      }
      this.close();
    };
    const onError = (error) => this.emit('error', error);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    state.removeInputListeners = () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
    };
    if (state.signal !== null) {
      if (state.signal.aborted) {
        internal.nextTick(() => this.close());
      } else {
        state.onAbort = () => this.close();
        state.signal.addEventListener('abort', state.onAbort, { once: true });
      }
    }
    if (typeof input.resume === 'function') input.resume();
  }
  ObjectSetPrototypeOf(Interface.prototype, EventEmitter.prototype);
  ObjectSetPrototypeOf(Interface, EventEmitter);

  const proto = Interface.prototype;
  proto.setPrompt = function setPrompt(prompt) { this[kState].prompt = `${prompt}`; };
  proto.getPrompt = function getPrompt() { return this[kState].prompt; };
  proto._writeToOutput = function _writeToOutput(text) {
    if (typeof text !== 'string') throw invalidArgType('stringToWrite', 'of type string', text);
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  };
  proto.prompt = function prompt() {
    if (this.closed) throw useAfterClose();
    if (this.paused) this.resume();
    this._writeToOutput(this[kState].prompt);
  };
  proto.question = function question(query, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (this.closed) throw useAfterClose();
    validateFunction(callback, 'callback');
    const signal = options !== undefined && options !== null ? options.signal : undefined;
    if (signal !== undefined && signal !== null) {
      if (signal.aborted) return;
      const onAbort = () => this._withdraw(wrapped);
      signal.addEventListener('abort', onAbort, { once: true });
      const wrapped = (answer) => {
        signal.removeEventListener('abort', onAbort);
        callback(answer);
      };
      return this._ask(query, wrapped);
    }
    return this._ask(query, callback);
  };
  /** An aborted question: when it is still waiting for its answer, it stops, and the old prompt is back. */
  proto._withdraw = function _withdraw(callback) {
    const state = this[kState];
    if (state.question !== null && state.question.callback === callback) {
      this.setPrompt(state.question.oldPrompt);
      state.question = null;
    }
  };
  proto._ask = function _ask(query, callback) {
    const state = this[kState];
    if (state.question !== null) {
      this.prompt(); // a question is waiting already: ask it again
      return;
    }
    state.question = { callback, oldPrompt: state.prompt };
    this.setPrompt(`${query}`);
    this.prompt();
  };
  proto.pause = function pause() {
    if (this.paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  };
  proto.resume = function resume() {
    if (!this.paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  };
  /** Input typed by the program itself, as if it came from the input stream. */
  proto.write = function write(data) {
    if (this.closed) throw useAfterClose();
    if (this.paused) this.resume();
    this._normalWrite(data);
  };
  proto.close = function close() {
    if (this.closed) return;
    const state = this[kState];
    this.pause();
    state.removeInputListeners();
    if (state.onAbort !== null) state.signal.removeEventListener('abort', state.onAbort);
    this.closed = true;
    this.emit('close');
  };
  proto[SymbolFor('nodejs.dispose')] = function dispose() { this.close(); };

  proto._normalWrite = function _normalWrite(chunk) {
    const state = this[kState];
    let text = typeof chunk === 'string' ? chunk : state.decoder.write(chunk);
    if (state.sawReturnAt !== 0) {
      if (DateNow() - state.sawReturnAt <= this.crlfDelay && StringPrototypeCharCodeAt(text, 0) === 10) {
        text = StringPrototypeSlice(text, 1);
      }
      state.sawReturnAt = 0;
    }
    if (text.length === 0) return;
    text = state.pending + text;
    state.pending = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = StringPrototypeCharCodeAt(text, i);
      if (c !== 10 && c !== 13) continue;
      const line = StringPrototypeSlice(text, start, i);
      if (c === 13) {
        if (i + 1 < text.length) {
          if (StringPrototypeCharCodeAt(text, i + 1) === 10) i++;
        } else {
          state.sawReturnAt = DateNow();
        }
      }
      start = i + 1;
      this._onLine(line);
      if (this.closed) return; // a 'line' listener closed the interface
    }
    state.pending = StringPrototypeSlice(text, start);
  };
  proto._onLine = function _onLine(line) {
    const state = this[kState];
    if (state.question !== null) {
      const { callback, oldPrompt } = state.question;
      state.question = null;
      this.setPrompt(oldPrompt);
      callback(line);
    } else {
      this.emit('line', line);
    }
  };

  /**
   * The lines from now on, as an async iterator that ends at 'close'. It pauses the input while
   * it holds LINE_BUFFER_LIMIT lines nobody took yet.
   */
  proto[SymbolAsyncIterator] = function asyncIterator() {
    const state = this[kState];
    if (state.lines !== null) return state.lines.iterator;
    const queue = [];
    const waiting = [];
    let ended = this.closed;
    let error = null;
    const onLine = (line) => {
      const next = ArrayPrototypeShift(waiting);
      if (next !== undefined) {
        next.resolve({ value: line, done: false });
        return;
      }
      ArrayPrototypePush(queue, line);
      if (queue.length >= LINE_BUFFER_LIMIT && !this.paused) {
        if (typeof this.input.pause === 'function') this.input.pause();
        state.lines.pausedInput = true;
      }
    };
    const finish = () => {
      ended = true;
      this.removeListener('line', onLine);
      this.removeListener('close', finish);
      this.removeListener('error', onError);
      let next;
      while ((next = ArrayPrototypeShift(waiting)) !== undefined) {
        if (error !== null) {
          next.reject(error);
          error = null;
        } else {
          next.resolve({ value: undefined, done: true });
        }
      }
    };
    const onError = (err) => {
      error = err;
      finish();
    };
    this.on('line', onLine);
    this.on('close', finish);
    this.on('error', onError);
    const rl = this;
    const iterator = {
      next() {
        if (queue.length > 0) {
          const line = ArrayPrototypeShift(queue);
          if (state.lines.pausedInput && queue.length === 0) {
            state.lines.pausedInput = false;
            if (!rl.paused && typeof rl.input.resume === 'function') rl.input.resume();
          }
          return PromiseResolve({ value: line, done: false });
        }
        if (error !== null) {
          const err = error;
          error = null;
          return PromiseReject(err);
        }
        if (ended) return PromiseResolve({ value: undefined, done: true });
        const deferred = PromiseWithResolvers();
        ArrayPrototypePush(waiting, deferred);
        return deferred.promise;
      },
      return() {
        rl.close();
        finish();
        return PromiseResolve({ value: undefined, done: true });
      },
      [SymbolAsyncIterator]() { return this; },
    };
    state.lines = { iterator, pausedInput: false };
    return iterator;
  };

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  // --- the cursor helpers: ANSI sequences on a writable --------------------------------------------
  const CSI = '\x1b[';
  function writeControl(stream, text, callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (stream === null || stream === undefined) {
      if (typeof callback === 'function') internal.nextTick(callback, null);
      return true;
    }
    return stream.write(text, callback);
  }
  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    if (NumberIsNaN(x)) throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'x' is invalid. Received ${x}`);
    if (NumberIsNaN(y)) throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'y' is invalid. Received ${y}`);
    if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
      if (typeof callback === 'function') internal.nextTick(callback, null);
      return true;
    }
    if (typeof x !== 'number') throw makeCodedError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
    const text = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
    return writeControl(stream, text, callback);
  }
  function moveCursor(stream, dx, dy, callback) {
    if (stream === null || stream === undefined || !(dx || dy)) {
      if (typeof callback === 'function') internal.nextTick(callback, null);
      return true;
    }
    let text = '';
    if (dx < 0) text += `${CSI}${-dx}D`; else if (dx > 0) text += `${CSI}${dx}C`;
    if (dy < 0) text += `${CSI}${-dy}A`; else if (dy > 0) text += `${CSI}${dy}B`;
    return writeControl(stream, text, callback);
  }
  function clearLine(stream, dir, callback) {
    if (typeof dir === 'function') {
      callback = dir;
      dir = 0;
    }
    const text = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
    return writeControl(stream, text, callback);
  }
  function clearScreenDown(stream, callback) {
    return writeControl(stream, `${CSI}0J`, callback);
  }

  // --- readline/promises ----------------------------------------------------------------------------
  /** The promise flavour: question() returns a promise of the answer. */
  function PromisesInterface(input, output, completer, terminal) {
    if (!(this instanceof PromisesInterface)) return new PromisesInterface(input, output, completer, terminal);
    ReflectApply(Interface, this, [input, output, completer, terminal]);
  }
  ObjectSetPrototypeOf(PromisesInterface.prototype, Interface.prototype);
  ObjectSetPrototypeOf(PromisesInterface, Interface);
  PromisesInterface.prototype.question = function question(query, options) {
    if (this.closed) return PromiseReject(useAfterClose());
    const signal = options !== undefined && options !== null ? options.signal : undefined;
    if (signal !== undefined && signal !== null && signal.aborted) {
      return PromiseReject(abortError(signal));
    }
    const { promise, resolve, reject } = PromiseWithResolvers();
    let onAbort = null;
    const answered = (answer) => {
      if (onAbort !== null) signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    if (signal !== undefined && signal !== null) {
      onAbort = () => {
        this._withdraw(answered);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    this._ask(query, answered);
    return promise;
  };

  const readline = {
    Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor,
    promises: null,
  };
  readline.promises = {
    Interface: PromisesInterface,
    createInterface: (input, output, completer, terminal) => new PromisesInterface(input, output, completer, terminal),
  };
  return readline;
})
