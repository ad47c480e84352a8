// 86_child_process.js: Node's `child_process`, loaded on first use, over
// node/ChildProcessOps.java. spawn returns a ChildProcess (an EventEmitter: 'spawn', 'error',
// 'exit', 'close') whose output arrives through a PendingOp, so a running child keeps the loop
// alive (unless unref()). child.stdout and child.stderr are node:stream Readables and
// child.stdin a Writable (89_stream.js): backpressure, pipe, async iteration. exec, execFile and the
// sync forms (spawnSync, execSync, execFileSync) are built on these. fork (and spawn with 'ipc' in
// stdio) adds the IPC channel of 69_ipc.js; a forked child is process.execPath with its parent's
// permission flags. The `run` permission is checked with the program's name (the shell's for
// `shell: true`) before anything starts. The process itself starts on a host thread (the loop
// thread does not wait 1-2 ms for each): 'spawn' comes when it has started, and child.pid waits
// for the start only if read before then. A child's default environment is process.env as it is.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, Error: ErrorCtor, ObjectKeys,
    TypeError, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, ArrayBufferIsView,
    PromiseWithResolvers, ArrayPrototypeShift, ArrayPrototypeIndexOf, StringPrototypeStartsWith, ArrayPrototypeConcat,
    ObjectDefineProperty, StringPrototypeIncludes,
  } = internal.primordials;
  const { makeCodedError, invalidArgType, validateFunction } = internal.errors;
  const EventEmitter = internal.EventEmitter;
  const ops = host.childProcess;
  const { Buffer } = internal.load('81_buffer.js');
  const path = internal.load('80_path.js').posix;
  const signals = internal.load('83_os.js').constants.signals;
  internal.load('84_util.js');

  const bufferOf = internal.bufferFromHostBytes;
  function signalNumber(signal) {
    if (typeof signal === 'number') return signal;
    const number = signals[signal];
    if (number === undefined) throw makeCodedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
    return number;
  }
  const ERRNO = { ENOENT: -2, EACCES: -13, ENOTDIR: -20, ENOEXEC: -8, E2BIG: -7, ENOMEM: -12, EPERM: -1, ETIMEDOUT: -110, EINVAL: -22 };
  function spawnError(code, file, args, syscall = `spawn ${file}`) {
    const error = new ErrorCtor(`${syscall} ${code}`);
    error.errno = ERRNO[code] ?? -2;
    error.code = code;
    error.syscall = syscall;
    error.path = file;
    error.spawnargs = args;
    return error;
  }

  /** Node's check: a program or argument with a NUL character cannot be passed to the system. */
  function noNullBytes(text, name) {
    if (StringPrototypeIncludes(text, '\u0000')) {
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument '${name}' must be a string without null bytes. Received ${internal.inspect(text)}`);
    }
  }

  /**
   * The (args, options) of spawn, spawnSync and fork as Node reads them: args may be left out
   * (undefined, null, or options in its place); options default to {}.
   */
  function splitArguments(args, options) {
    if (args === undefined || args === null) {
      args = [];
    } else if (!ArrayIsArray(args)) {
      if (typeof args === 'object' && (options === undefined || options === null)) {
        options = args;
        args = [];
      } else {
        throw invalidArgType('args', 'an instance of Array', args);
      }
    }
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    return { args, options };
  }

  /**
   * spawn's arguments normalized: file, args, options (as given, or {}), program and its
   * arguments (the shell's for `shell`), cwd, env pairs (null: process.env, untouched), stdio,
   * spawnargs, killSignal, timeout; checked, and the run permission too.
   */
  function normalize(file, givenArgs, givenOptions) {
    if (typeof file !== 'string') throw invalidArgType('file', 'of type string', file);
    if (file.length === 0) {
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
    }
    const split = splitArguments(givenArgs, givenOptions);
    let args = split.args;
    const options = split.options;
    noNullBytes(file, 'file');
    args = ArrayPrototypeSlice(args);
    for (let i = 0; i < args.length; i++) {
      args[i] = `${args[i]}`;
      noNullBytes(args[i], `args[${i}]`);
    }
    let program = file;
    let programArgs = args;
    if (options.shell) {
      const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
      const command = args.length > 0 ? `${file} ${ArrayPrototypeJoin(args, ' ')}` : file;
      program = shell;
      programArgs = ['-c', command];
    }
    internal.checkPermission('run', program);
    const cwd = options.cwd === undefined || options.cwd === null ? host.cwd()
      : path.resolve(typeof options.cwd === 'string' ? options.cwd : internal.load('60_url.js').fileURLToPath(options.cwd));
    let env;
    if (options.env === undefined || options.env === null) {
      env = internal.childEnvironment(); // null: the runtime's, untouched (the host has it)
    } else {
      env = [];
      const keys = ObjectKeys(options.env);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (options.env[key] !== undefined) ArrayPrototypePush(env, key, `${options.env[key]}`);
      }
    }
    let stdio = options.stdio ?? 'pipe';
    if (typeof stdio === 'string') stdio = [stdio, stdio, stdio];
    return {
      file, args, options, program, programArgs, cwd, env, stdio, shell: !!options.shell,
      spawnargs: ArrayPrototypeConcat(options.shell ? [program] : [file], options.shell ? programArgs : args),
      killSignal: options.killSignal === undefined ? 15 : signalNumber(options.killSignal),
      timeout: options.timeout ?? 0,
    };
  }

  // --- the streams of a child: node:stream Readables and a Writable ---------------------------------
  const { Readable, Writable } = internal.load('89_stream.js').Stream;
  /** A child's stdout or stderr: its host reports are pushed as Buffers. */
  class ChildReadable extends Readable {
    constructor() {
      super({ read() {} });
    }
    deliver(bytes) {
      this.push(bufferOf(bytes));
    }
    finish() {
      if (this._readableState.ended) return;
      this.push(null);
      // as Node's flushStdio: output nobody reads is discarded, so the stream still ends
      if (!this._readableState.readableListening && this.readableFlowing !== true) this.resume();
    }
  }
  /** A child's stdin: writes go to the process; end() closes its input. */
  class ChildWritable extends Writable {
    constructor(handle) {
      super({ decodeStrings: true });
      this.handle = handle;
    }
    _write(chunk, encoding, callback) {
      const ok = this.handle.write(TypedArrayPrototypeGetBuffer(chunk), TypedArrayPrototypeGetByteOffset(chunk),
        chunk.byteLength);
      if (ok) {
        callback();
      } else {
        // a child that never started: its stdin is destroyed, the write told EPIPE (as in Node)
        if (this.handle.startError() !== null) this.destroy();
        const error = new ErrorCtor('write EPIPE');
        error.code = 'EPIPE';
        error.errno = -32;
        error.syscall = 'write';
        callback(error);
      }
    }
    _final(callback) {
      this.handle.closeStdin();
      callback();
    }
  }

  // --- ChildProcess -------------------------------------------------------------------------------
  class ChildProcess extends EventEmitter {
    constructor() {
      super();
      this.pid = undefined;
      this.exitCode = null;
      this.signalCode = null;
      this.killed = false;
      this.connected = false;
      this.stdin = null;
      this.stdout = null;
      this.stderr = null;
      this.stdio = [null, null, null];
      this.spawnfile = undefined;
      this.spawnargs = [];
    }
    kill(signal = 'SIGTERM') {
      const number = signalNumber(signal);
      if (this._handle === undefined || this.exitCode !== null || this.signalCode !== null) return false;
      const sent = this._handle.kill(number);
      if (sent) this.killed = true;
      return sent;
    }
    ref() {
      this._handle?.op().setReferenced(true);
    }
    unref() {
      // As in Node, open stdio pipes keep the loop alive on their own: only a child without
      // pipes (stdio 'ignore' or 'inherit') stops holding it.
      if (this.stdin === null && this.stdout === null && this.stderr === null) {
        this._handle?.op().setReferenced(false);
      }
    }
    get [internal.primordials.SymbolToStringTag]() { return 'ChildProcess'; }
  }

  function spawn(file, args, options) {
    const n = normalize(file, args, options);
    if (ArrayIsArray(n.stdio) && ArrayPrototypeIndexOf(n.stdio, 'ipc') !== -1) return startWithChannel(n);
    return start(n, null);
  }

  // child.pid: the process starts on a host thread, so the loop thread need not wait for it (1-2
  // ms, more on a loaded machine). Until the start has been reported, pid is an own accessor
  // that waits for it; then (or once read) a plain data property, as in Node: undefined when the
  // program could not start.
  function settlePid(child, pid) {
    ObjectDefineProperty(child, 'pid', { __proto__: null, value: pid, writable: true, enumerable: true, configurable: true });
  }

  /**
   * Starts the normalized command `n`; `ipc` (may be null) is the parent's end of a forked child's
   * channel (69_ipc.js), whose path is already in `n.env`.
   */
  function start(n, ipc) {
    const child = new ChildProcess();
    child.spawnfile = n.shell ? n.program : n.file;
    child.spawnargs = n.spawnargs;
    const handle = ops.spawn(n.program, n.programArgs, n.cwd, n.env, n.stdio[0] === 'inherit', n.stdio[0] !== 'pipe', ipc);
    child._handle = handle;
    // Node gives the streams even when the start fails (stdin destroyed, the others never ending)
    child.stdin = n.stdio[0] === 'pipe' ? new ChildWritable(handle) : null;
    const streams = [null, null, null];
    for (let fd = 1; fd <= 2; fd++) {
      if (n.stdio[fd] === 'pipe') streams[fd] = new ChildReadable();
    }
    child.stdout = streams[1];
    child.stderr = streams[2];
    child.stdio = [child.stdin, child.stdout, child.stderr];
    // A start that fails: pid undefined, stdin destroyed, 'error' on the next tick, then 'close'
    // with -errno, as in Node. Known when the failure is reported, or earlier when pid is read.
    let failed = false;
    let pidPending = ipc === null;
    const startFailed = (code) => {
      if (failed) return;
      failed = true;
      pidPending = false;
      settlePid(child, undefined);
      child.stdin?.destroy();
      if (ipc !== null) ipc.start().cancel(); // nobody will connect: the socket goes away
      const error = spawnError(code, n.program, ArrayPrototypeSlice(n.spawnargs, 1));
      internal.nextTick(() => child.emit('error', error));
      internal.timers.public.setImmediate(() => child.emit('close', error.errno, null));
    };
    const readPid = () => {
      pidPending = false;
      const pid = handle.pid();
      if (pid < 0) {
        startFailed(handle.startError());
        return undefined;
      }
      settlePid(child, pid);
      return pid;
    };
    if (ipc !== null) {
      // a forked child: its start is waited for (the channel is set up only for one that runs)
      if (readPid() === undefined) return child;
      internal.load('69_ipc.js').setupChannel(child, ipc, true);
      ArrayPrototypePush(child.stdio, null);
    } else {
      ObjectDefineProperty(child, 'pid', {
        __proto__: null, get: readPid, set: (value) => { pidPending = false; settlePid(child, value); }, enumerable: true, configurable: true,
      });
    }
    let timer;
    if (n.timeout > 0) {
      timer = internal.timers.public.setTimeout(() => child.kill(n.killSignal), n.timeout);
    }
    let started = false;
    internal.listenOp(handle.op(), (ok, value) => {
      if (timer !== undefined) internal.timers.public.clearTimeout(timer);
      if (!started) {
        startFailed(ok ? 'EINVAL' : value);
        return;
      }
      const code = ok ? value[0] : null;
      const signal = ok ? value[1] : null;
      child.exitCode = code;
      child.signalCode = signal;
      // a channel still open (a child that never connected) closes first: 'disconnect' before 'exit'
      if (child.connected) child.disconnect();
      child.emit('exit', code, signal);
      // 'close' follows once the output streams have closed, as in Node
      let open = 0;
      const closed = () => { if (--open === 0) child.emit('close', code, signal); };
      for (let fd = 1; fd <= 2; fd++) {
        const stream = streams[fd];
        if (stream && !stream.closed) {
          open++;
          stream.once('close', closed);
          stream.finish();
        }
      }
      if (open === 0) child.emit('close', code, signal);
    }, (report) => {
      const fd = report[0];
      const bytes = report[1];
      if (fd === 0) {
        // started: 'spawn' comes before any other event of the child, as in Node
        started = true;
        if (pidPending) {
          pidPending = false;
          settlePid(child, bytes);
        }
        child.emit('spawn');
      } else if (bytes === null) {
        if (streams[fd]) streams[fd].finish();
      } else if (streams[fd]) {
        streams[fd].deliver(bytes);
      } else if (n.stdio[fd] === 'inherit') {
        host.writeBytes(fd, bufferOf(bytes));
      }
    });
    return child;
  }


  // --- fork: another cortado running a module, with an IPC channel (69_ipc.js) ---------------------
  /**
   * fork(modulePath[, args][, options]) starts process.execPath (bin/cortado, directly or through
   * its daemon) on the module, with the parent's permission flags (no more: execArgv may not grant
   * any) and the channel's socket in CORTADO_IPC.
   */
  function fork(modulePath, args, options) {
    if (typeof modulePath !== 'string') {
      if (modulePath instanceof internal.load('60_url.js').URL) modulePath = internal.load('60_url.js').fileURLToPath(modulePath);
      else throw invalidArgType('modulePath', 'of type string or an instance of URL', modulePath);
    }
    ({ args, options } = splitArguments(args, options));
    const execArgv = options.execArgv ?? internal.process.execArgv;
    if (!ArrayIsArray(execArgv)) throw invalidArgType('options.execArgv', 'an instance of Array', execArgv);
    for (let i = 0; i < execArgv.length; i++) {
      const text = `${execArgv[i]}`;
      if (text === '-A' || StringPrototypeStartsWith(text, '--allow-')) {
        throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The property 'options.execArgv' may not grant permissions ('${text}'): a forked child has exactly its parent's`);
      }
    }
    const serialization = options.serialization ?? 'json';
    if (serialization !== 'json') {
      if (serialization === 'advanced') {
        throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The property 'options.serialization' 'advanced' is not supported by Cortado; use 'json' (the default)");
      }
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.serialization' must be one of: 'json', 'advanced'. Received ${internal.inspect(serialization)}`);
    }
    let stdio = options.stdio;
    if (stdio === undefined) {
      stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'];
    } else if (typeof stdio === 'string') {
      stdio = [stdio, stdio, stdio, 'ipc'];
    } else if (!ArrayIsArray(stdio) || ArrayPrototypeIndexOf(stdio, 'ipc') === -1) {
      throw makeCodedError(ErrorCtor, 'ERR_CHILD_PROCESS_IPC_REQUIRED',
        "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
    }
    const execPath = options.execPath ?? internal.process.execPath;
    const argv = [];
    const flags = host.permissionFlags();
    for (let i = 0; i < flags.length; i++) ArrayPrototypePush(argv, flags[i]);
    for (let i = 0; i < execArgv.length; i++) ArrayPrototypePush(argv, `${execArgv[i]}`);
    ArrayPrototypePush(argv, modulePath);
    for (let i = 0; i < args.length; i++) ArrayPrototypePush(argv, args[i]);
    return startWithChannel(normalize(execPath, argv, { ...options, shell: false, stdio }));
  }

  /**
   * spawn (normalized) with 'ipc' in stdio: a channel to the child (another cortado), whichever fd
   * it names.
   */
  function startWithChannel(n) {
    const plain = [];
    for (let i = 0; i < 3; i++) {
      const kind = n.stdio[i] ?? 'pipe';
      plain[i] = kind === 'ipc' ? 'ignore' : kind;
    }
    n.stdio = plain;
    const ipc = host.ipc.listen();
    if (typeof ipc === 'string') {
      throw makeCodedError(ErrorCtor, 'ERR_IPC_CHANNEL_CLOSED', `Cannot open an IPC channel: ${ipc}`);
    }
    const env = [];
    const given = n.env ?? host.environmentPairs();
    for (let i = 0; i < given.length; i++) ArrayPrototypePush(env, given[i]);
    ArrayPrototypePush(env, 'CORTADO_IPC', ipc.path());
    n.env = env;
    return start(n, ipc);
  }

  /** exec/execFile: collect the output, then callback(error, stdout, stderr). */
  function collect(child, command, options, callback) {
    const encoding = options.encoding ?? 'utf8';
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => ArrayPrototypePush(stdout, chunk));
    child.stderr?.on('data', (chunk) => ArrayPrototypePush(stderr, chunk));
    const text = (chunks) => {
      const all = Buffer.concat(chunks);
      return encoding === 'buffer' || !Buffer.isEncoding(encoding) ? all : all.toString(encoding);
    };
    let done = false;
    child.on('error', (error) => {
      if (done) return;
      done = true;
      error.cmd = command;
      if (callback) callback(error, text(stdout), text(stderr));
    });
    child.on('close', (code, signal) => {
      if (done) return;
      done = true;
      const out = text(stdout);
      const err = text(stderr);
      if (!callback) return;
      if (code === 0 && signal === null) {
        callback(null, out, err);
        return;
      }
      const error = new ErrorCtor(`Command failed: ${command}\n${err}`);
      error.code = code;
      error.killed = child.killed;
      error.signal = signal;
      error.cmd = command;
      callback(error, out, err);
    });
    return child;
  }

  function exec(command, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
    if (callback !== undefined) validateFunction(callback, 'callback');
    const opts = { ...options, shell: options?.shell ?? true };
    return collect(spawn(command, [], opts), command, opts, callback);
  }
  function execFile(file, args, options, callback) {
    if (typeof args === 'function') {
      callback = args;
      args = undefined;
    } else if (!ArrayIsArray(args) && args !== null && typeof args === 'object') {
      callback = options;
      options = args;
      args = undefined;
    }
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    const list = args ?? [];
    const opts = { ...options };
    const command = list.length > 0 ? `${file} ${ArrayPrototypeJoin(list, ' ')}` : file;
    return collect(spawn(file, list, opts), command, opts, callback);
  }
  const kCustomPromisifyArgs = internal.sharedSymbol('util:customPromisifyArgs'); // util.promisify's result names
  exec[kCustomPromisifyArgs] = ['stdout', 'stderr'];
  execFile[kCustomPromisifyArgs] = ['stdout', 'stderr'];

  function spawnSync(file, args, options) {
    const n = normalize(file, args, options);
    const opts = n.options;
    let input = opts.input;
    if (typeof input === 'string') input = Buffer.from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
    const r = ops.spawnSync(n.program, n.programArgs, n.cwd, n.env,
      input ? TypedArrayPrototypeGetBuffer(input) : null, input ? TypedArrayPrototypeGetByteOffset(input) : 0,
      input ? input.byteLength : 0, n.timeout, n.killSignal, n.stdio[0] === 'inherit');
    const encoding = opts.encoding;
    const decode = (bytes) => {
      const buffer = bufferOf(bytes);
      return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
    };
    const result = {};
    if (r[5] !== null) {
      result.error = r[5] === 'ETIMEDOUT' ? spawnError('ETIMEDOUT', n.program, ArrayPrototypeSlice(n.spawnargs, 1), `spawnSync ${n.program}`)
        : spawnError(r[5], n.program, ArrayPrototypeSlice(n.spawnargs, 1), `spawnSync ${n.program}`);
    }
    result.status = r[0];
    result.signal = r[1];
    const started = r[5] === null || r[5] === 'ETIMEDOUT';
    const stdout = started && n.stdio[1] === 'pipe' ? decode(r[2]) : null;
    const stderr = started && n.stdio[2] === 'pipe' ? decode(r[3]) : null;
    if (n.stdio[1] === 'inherit' && r[2].length > 0) host.writeBytes(1, bufferOf(r[2]));
    if (n.stdio[2] === 'inherit' && r[3].length > 0) host.writeBytes(2, bufferOf(r[3]));
    result.output = started ? [null, stdout, stderr] : null;
    result.pid = r[5] !== null && r[5] !== 'ETIMEDOUT' ? 0 : r[4];
    result.stdout = stdout;
    result.stderr = stderr;
    return result;
  }
  function checkSync(result, command) {
    if (result.error) {
      const error = result.error;
      error.error = error;
      for (const key of ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']) error[key] = result[key];
      throw error;
    }
    if (result.status !== 0) {
      const stderr = result.stderr ? `${result.stderr}` : '';
      const error = new ErrorCtor(`Command failed: ${command}${stderr ? `\n${stderr}` : ''}`);
      for (const key of ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']) error[key] = result[key];
      throw error;
    }
    return result.stdout;
  }
  function execSync(command, options) {
    if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
    const stdio = options?.stdio ?? ['pipe', 'pipe', 'inherit'];
    const result = spawnSync(command, [], { ...options, shell: options?.shell ?? true, stdio });
    return checkSync(result, command);
  }
  function execFileSync(file, args, options) {
    if (!ArrayIsArray(args) && args !== null && typeof args === 'object') {
      options = args;
      args = [];
    }
    const list = args ?? [];
    const stdio = options?.stdio ?? ['pipe', 'pipe', 'inherit'];
    const result = spawnSync(file, list, { ...options, stdio });
    return checkSync(result, list.length > 0 ? `${file} ${ArrayPrototypeJoin(list, ' ')}` : file);
  }

  return {
    ChildProcess,
    spawn,
    exec,
    execFile,
    spawnSync,
    execSync,
    execFileSync,
    fork,
  };
})
