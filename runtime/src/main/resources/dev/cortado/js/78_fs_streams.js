// 78_fs_streams.js: fs.createReadStream / fs.createWriteStream (fs.ReadStream, fs.WriteStream),
// loaded on first use: node:stream's Readable and Writable (89_stream.js) over the callback forms
// of fs.open / read / write / close (82_fs.js), which run off the loop thread. They add Node's
// options (flags, mode, fd, start, end, encoding, highWaterMark, autoClose, emitClose, signal,
// flush), the 'open' and 'ready' events, `pending`, `bytesRead` and `bytesWritten`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const { ObjectSetPrototypeOf, ObjectDefineProperty, ReflectApply, NumberIsInteger, RangeError, Math: MathObject, Infinity } =
    internal.primordials; // Infinity: not the global (see 00_primordials.js)
  const { makeCodedError, invalidArgType } = internal.errors;
  const { Readable, Writable, finished } = internal.load('89_stream.js').Stream;
  const { Buffer } = internal.load('81_buffer.js');

  function options(value, defaults) {
    if (value === undefined || value === null) return { ...defaults };
    if (typeof value === 'string') return { ...defaults, encoding: value };
    if (typeof value !== 'object') throw invalidArgType('options', 'one of type string or an instance of Object', value);
    return { ...defaults, ...value };
  }
  function checkPosition(name, value, min) {
    if (value === undefined) return;
    if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
    if (!NumberIsInteger(value) || value < min) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "${name}" is out of range. It must be >= ${min} && <= 9007199254740991. Received ${value}`);
    }
  }
  function pathOf(path) {
    const url = internal.load('60_url.js');
    if (path instanceof url.URL) return url.fileURLToPath(path);
    if (Buffer.isBuffer(path)) return path.toString();
    if (typeof path !== 'string') {
      throw invalidArgType('path', 'of type string or an instance of Buffer or URL', path);
    }
    return path;
  }

  /** Opens the file (unless an fd was given), then lets reads or writes start. */
  function openThen(stream, fs, callback) {
    if (typeof stream.fd === 'number') {
      callback();
      return;
    }
    fs.open(stream.path, stream.flags, stream.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      stream.fd = fd;
      callback();
      stream.emit('open', fd);
      stream.emit('ready');
    });
  }
  function closeThen(stream, fs, err, callback) {
    if (typeof stream.fd !== 'number' || !stream._autoClose) {
      callback(err);
      return;
    }
    const fd = stream.fd;
    stream.fd = null;
    fs.close(fd, (closeError) => callback(err || closeError));
  }

  // --- ReadStream -----------------------------------------------------------------------------------
  function ReadStream(path, opts) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, opts);
    const fs = internal.load('82_fs.js').fs;
    opts = options(opts, { highWaterMark: 64 * 1024 });
    this.fd = opts.fd === undefined || opts.fd === null ? null : opts.fd;
    this.path = this.fd === null ? pathOf(path) : undefined;
    this.flags = opts.flags === undefined ? 'r' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    checkPosition('start', opts.start, 0);
    checkPosition('end', opts.end, 0);
    this.start = opts.start;
    this.end = opts.end === undefined ? Infinity : opts.end;
    if (this.start !== undefined && this.start > this.end) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "start" is out of range. It must be <= "end" (here: ${this.end}). Received ${this.start}`);
    }
    this.pos = this.start;
    this.bytesRead = 0;
    this._autoClose = opts.autoClose === undefined ? true : !!opts.autoClose;
    this._fs = fs;
    ReflectApply(Readable, this, [{
      highWaterMark: opts.highWaterMark, encoding: opts.encoding, emitClose: opts.emitClose !== false,
      autoDestroy: this._autoClose, signal: opts.signal,
    }]);
  }
  ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
  ObjectSetPrototypeOf(ReadStream, Readable);
  ReadStream.prototype._construct = function _construct(callback) {
    openThen(this, this._fs, callback);
  };
  ReadStream.prototype._read = function _read(n) {
    const toRead = this.end === Infinity ? n : MathObject.min(n, this.end - (this.pos ?? this.bytesRead) + 1);
    if (toRead <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(toRead);
    const position = this.pos === undefined ? null : this.pos;
    this._fs.read(this.fd, buffer, 0, toRead, position, (err, bytesRead) => {
      if (err) {
        this.destroy(err);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = function _destroy(err, callback) {
    closeThen(this, this._fs, err, callback);
  };
  ReadStream.prototype.close = function close(callback) {
    if (typeof callback === 'function') finished(this, callback);
    this.destroy();
  };
  ObjectDefineProperty(ReadStream.prototype, 'pending', {
    get() { return this.fd === null; }, configurable: true,
  });

  // --- WriteStream ----------------------------------------------------------------------------------
  function WriteStream(path, opts) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, opts);
    const fs = internal.load('82_fs.js').fs;
    opts = options(opts, {});
    this.fd = opts.fd === undefined || opts.fd === null ? null : opts.fd;
    this.path = this.fd === null ? pathOf(path) : undefined;
    this.flags = opts.flags === undefined ? 'w' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    checkPosition('start', opts.start, 0);
    this.start = opts.start;
    this.pos = this.start;
    this.bytesWritten = 0;
    this._autoClose = opts.autoClose === undefined ? true : !!opts.autoClose;
    this._flush = !!opts.flush;
    this._fs = fs;
    ReflectApply(Writable, this, [{
      highWaterMark: opts.highWaterMark, decodeStrings: true, defaultEncoding: opts.encoding || 'utf8',
      emitClose: opts.emitClose !== false, autoDestroy: this._autoClose, signal: opts.signal,
    }]);
    if (opts.encoding) this.setDefaultEncoding(opts.encoding);
  }
  ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
  ObjectSetPrototypeOf(WriteStream, Writable);
  WriteStream.prototype._construct = function _construct(callback) {
    openThen(this, this._fs, callback);
  };
  WriteStream.prototype._write = function _write(chunk, encoding, callback) {
    const position = this.pos === undefined ? null : this.pos;
    this._fs.write(this.fd, chunk, 0, chunk.length, position, (err, written) => {
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += written;
      if (this.pos !== undefined) this.pos += written;
      callback();
    });
  };
  WriteStream.prototype._final = function _final(callback) {
    if (this._flush && typeof this.fd === 'number' && typeof this._fs.fsync === 'function') {
      this._fs.fsync(this.fd, callback);
    } else {
      callback();
    }
  };
  WriteStream.prototype._destroy = function _destroy(err, callback) {
    closeThen(this, this._fs, err, callback);
  };
  WriteStream.prototype.close = function close(callback) {
    if (callback) {
      if (this.closed) {
        internal.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    if (!this._autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  ObjectDefineProperty(WriteStream.prototype, 'pending', {
    get() { return this.fd === null; }, configurable: true,
  });

  function createReadStream(path, opts) { return new ReadStream(path, opts); }
  function createWriteStream(path, opts) { return new WriteStream(path, opts); }
  return { ReadStream, WriteStream, createReadStream, createWriteStream };
})
