// 30_process.js: the `process` global (an EventEmitter), on top of the task runner and the host
// ops. It adds argv/env/exit/exitCode/nextTick/hrtime/memoryUsage/stdout/stderr/emitWarning, the
// 'exit' and 'beforeExit' events, and the hooks the loop calls for them (emitBeforeExit,
// emitExit), signal events (node/SignalOps.java), a forked child's channel to its parent
// (process.send, 69_ipc.js), plus printing of fatal errors the way Node prints them.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectSetPrototypeOf, ObjectDefineProperty, NumberIsInteger, StringPrototypeSplit,
    RegExpPrototypeExec, ArrayPrototypePush, BigInt: BigIntCtor, Error: ErrorCtor,
    ReflectApply, StringPrototypeRepeat, ArrayIsArray, WeakMap: WeakMapCtor, WeakMapPrototypeHas,
    WeakMapPrototypeGet, WeakMapPrototypeSet, ObjectIs, ObjectKeys,
  } = internal.primordials;
  const { makeCodedError, invalidArgType } = internal.errors;
  const EventEmitter = internal.EventEmitter;
  const quit = internal.quit;

  function Process() { EventEmitter.call(this); }
  ObjectSetPrototypeOf(Process.prototype, EventEmitter.prototype);
  ObjectDefineProperty(Process, 'name', { value: 'process' });
  const process = new Process();

  // --- identity ---------------------------------------------------------------------------------------
  const info = host.processInfo();
  process.title = 'cortado';
  process.version = info.nodeVersion;
  process.versions = { node: info.nodeVersion.slice(1), cortado: info.version, graaljs: info.engineVersion };
  process.arch = info.arch;
  process.platform = info.platform;
  process.release = { name: 'node' };
  process.pid = info.pid;
  process.ppid = info.ppid;
  process.execPath = info.execPath;
  process.execArgv = [];
  process.argv = [];
  process.argv0 = 'cortado';
  process.features = {};
  process.config = { variables: {} };

  // process.env: a plain-looking object whose values are always strings, as in Node.
  const envTarget = {};
  const pairs = host.environmentPairs();
  for (let i = 0; i < pairs.length; i += 2) envTarget[pairs[i]] = pairs[i + 1];
  // Reading a variable needs env permission (--allow-env[=NAME]); listing them needs all of it.
  // A child gets process.env as it is now (Node's default): the runtime's environment, handed
  // over by the host as it is (null here), until a script changes process.env.
  let envChanged = false;
  internal.childEnvironment = () => {
    if (!envChanged) return null;
    const keys = ObjectKeys(envTarget);
    const env = [];
    for (let i = 0; i < keys.length; i++) ArrayPrototypePush(env, keys[i], envTarget[keys[i]]);
    return env;
  };
  const checkEnv = (key) => {
    if (typeof key === 'string') internal.checkPermission('env', key);
  };
  process.env = new Proxy(envTarget, {
    get(target, key) {
      checkEnv(key);
      return target[key];
    },
    has(target, key) {
      checkEnv(key);
      return key in target;
    },
    getOwnPropertyDescriptor(target, key) {
      checkEnv(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      internal.checkPermission('env', null);
      return Reflect.ownKeys(target);
    },
    set(target, key, value) {
      target[key] = `${value}`;   // a Symbol throws, as in Node
      envChanged = true;
      return true;
    },
    deleteProperty(target, key) {
      delete target[key];
      envChanged = true;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw makeCodedError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw makeCodedError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      target[key] = `${desc.value}`;
      envChanged = true;
      return true;
    },
  });

  process.cwd = function cwd() { return host.cwd(); };
  process.chdir = function chdir(directory) {
    internal.errors.validateString(directory, 'directory');
    const from = host.cwd();
    const failure = host.chdir(directory); // null, or why not: ENOENT, ENOTDIR
    if (failure !== null) {
      internal.load('82_fs.js'); // Node's error for a failed system call
      throw internal.systemCallError(failure, 'chdir', from, directory);
    }
  };
  process.umask = function umask() { return 0o22; };
  process.uptime = function uptime() { return host.now() / 1000; };
  process.hrtime = function hrtime(previous) {
    if (previous !== undefined) {
      if (!ArrayIsArray(previous)) throw invalidArgType('time', 'an instance of Array', previous);
      if (previous.length !== 2) {
        throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
          `The value of "time" is out of range. It must be 2. Received ${previous.length}`);
      }
    }
    const ns = host.hrtimeNs();
    let seconds = Math.floor(ns / 1e9);
    let nanos = ns - seconds * 1e9;
    if (previous !== undefined) {
      seconds -= previous[0];
      nanos -= previous[1];
      if (nanos < 0) { seconds--; nanos += 1e9; }
    }
    return [seconds, nanos];
  };
  process.hrtime.bigint = function bigint() { return BigIntCtor(host.hrtimeNs()); };
  process.memoryUsage = function memoryUsage() {
    const m = host.memoryUsage();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: 0, arrayBuffers: 0 };
  };
  process.memoryUsage.rss = function rss() { return host.memoryUsage()[0]; };
  // The loop thread's CPU time, all of it as `user`; with a previous result, the time since then.
  function checkPreviousUsage(previous, key) {
    const value = previous[key];
    if (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER) return;
    if (typeof value !== 'number') throw invalidArgType(`prevValue.${key}`, 'of type number', value);
    throw makeCodedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${key}' is invalid. Received ${value}`);
  }
  process.cpuUsage = function cpuUsage(prevValue = undefined) {
    const micros = host.cpuTimeMicros();
    if (!prevValue) return { user: micros, system: 0 };
    if (typeof prevValue !== 'object') throw invalidArgType('prevValue', 'of type object', prevValue);
    checkPreviousUsage(prevValue, 'user');
    checkPreviousUsage(prevValue, 'system');
    return { user: micros - prevValue.user, system: 0 - prevValue.system };
  };
  process.nextTick = internal.nextTick;
  process.emitWarning = function emitWarning(warning, type, code) {
    let detail;
    if (typeof type === 'object' && type !== null) {
      ({ code, detail } = type);
      type = type.type;
    }
    internal.emitWarning(warning, type, code, detail);
  };
  /** Sends a signal to a process, as Node does; needs --allow-run (Deno's rule for kill). */
  process.kill = function kill(pid, signal = 'SIGTERM') {
    if (typeof pid !== 'number' || pid !== (pid | 0)) throw invalidArgType('pid', 'of type number', pid);
    let number = signal;
    if (typeof signal !== 'number') {
      number = internal.load('83_os.js').constants.signals[signal];
      if (number === undefined) {
        throw makeCodedError(internal.primordials.TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
      }
    }
    internal.checkPermission('run', null);
    const failure = host.childProcess.killPid(pid, number);
    if (failure !== null) {
      const error = new ErrorCtor(`kill ${failure}`);
      error.errno = failure === 'ESRCH' ? -3 : failure === 'EPERM' ? -1 : -4;
      error.code = failure;
      error.syscall = 'kill';
      throw error;
    }
    return true;
  };

  // --- signal events: process.on('SIGTERM', handler) -------------------------------------------------
  // As in Node: the first listener of a signal starts catching it (the handler runs as a task, with
  // the signal's name and number, instead of the default action); removing the last one restores
  // the default. A listener does not keep the process alive. Where the signals come from is the
  // host's choice (the JVM's own in a direct run, the client's through the daemon; none embedded).
  const SIGNALS = {
    __proto__: null, SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
    SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGBREAK: 21, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
    SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  };
  const signalOps = { __proto__: null };
  process.on('newListener', function startListeningIfSignal(type) {
    if (typeof type !== 'string' || SIGNALS[type] === undefined || signalOps[type] !== undefined) return;
    if (type === 'SIGKILL' || type === 'SIGSTOP') { // no process can catch them: Node's error
      const error = new ErrorCtor('uv_signal_start EINVAL');
      error.errno = -22;
      error.code = 'EINVAL';
      error.syscall = 'uv_signal_start';
      throw error;
    }
    const op = host.signals.watch(SIGNALS[type], type);
    signalOps[type] = op ?? false;
    if (op !== null) {
      internal.listenOp(op, () => {}, (number) => ReflectApply(emit, process, [type, type, number]));
    }
  });
  process.on('removeListener', function stopListeningIfSignal(type) {
    if (typeof type !== 'string' || signalOps[type] === undefined || process.listenerCount(type) > 0) return;
    const op = signalOps[type];
    signalOps[type] = undefined;
    if (op) op.cancel();
  });

  // --- a forked child's channel to its parent (child_process.fork; 69_ipc.js) ---------------------------
  // process.send, process.on('message'), disconnect(), connected and channel exist only in a forked
  // child, as in Node. The open channel keeps the child alive only while it has 'message' or
  // 'disconnect' listeners (or after process.channel.ref()).
  const parentChannel = host.ipc.parentChannel();
  if (typeof parentChannel === 'string') {
    host.write(2, `cortado: ${parentChannel}\n`);
  } else if (parentChannel !== null) {
    const control = internal.load('69_ipc.js').setupChannel(process, parentChannel, false);
    process.on('newListener', function refChannel(type) {
      if ((type === 'message' || type === 'disconnect') && process.channel) control.refCounted();
    });
    process.on('removeListener', function unrefChannel(type) {
      if ((type === 'message' || type === 'disconnect') && process.channel) control.unrefCounted();
    });
  }

  // --- stdin / stdout / stderr: node:stream streams, made on first use --------------------------------
  // stdout and stderr write synchronously, as Node does for files and pipes on Linux. stdin reads on
  // a host thread while something listens, and keeps the process alive only while it flows.
  function makeWriter(fd) {
    const { Writable } = internal.load('89_stream.js').Stream;
    const stream = new Writable({
      decodeStrings: false,
      write(chunk, encoding, callback) {
        if (typeof chunk === 'string') host.write(fd, chunk);
        else host.writeBytes(fd, chunk);
        callback();
      },
    });
    stream.fd = fd;
    stream._type = host.isTerminal(fd) ? 'tty' : 'pipe';
    stream._isStdio = true;
    if (host.isTerminal(fd)) { // as in Node, a pipe or file has no isTTY at all
      stream.isTTY = true;
      stream.columns = 80;
    }
    stream.destroySoon = stream.destroy;
    stream._destroy = function (err, cb) { cb(err); };   // closing stdio does not close the fd
    return stream;
  }
  function makeStdin() {
    const { Readable } = internal.load('89_stream.js').Stream;
    internal.load('81_buffer.js');
    let op = null;
    const stream = new Readable({
      highWaterMark: 65536,
      read() {
        if (op === null) {
          op = host.readStdin();
          internal.listenOp(op, (ok, reason) => {
            if (ok) stream.push(null);
            else stream.destroy(makeCodedError(ErrorCtor, 'EIO', `stdin: ${reason}`));
          }, (bytes) => stream.push(internal.bufferFromHostBytes(bytes)));
        }
        op.setReferenced(true);
      },
      destroy(err, cb) {
        if (op !== null) op.cancel();
        cb(err);
      },
    });
    // a paused stdin does not keep the process alive, as in Node
    stream.on('pause', () => { if (op !== null) op.setReferenced(false); });
    stream.fd = 0;
    if (host.isTerminal(0)) stream.isTTY = true;
    return stream;
  }
  let stdout, stderr, stdin;
  ObjectDefineProperty(process, 'stdout', {
    get: function getStdout() { return stdout ??= makeWriter(1); }, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(process, 'stderr', {
    get: function getStderr() { return stderr ??= makeWriter(2); }, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(process, 'stdin', {
    get: function getStdin() { return stdin ??= makeStdin(); }, enumerable: true, configurable: true,
  });

  // --- exit ---------------------------------------------------------------------------------------------
  let exitCode;
  ObjectDefineProperty(process, 'exitCode', {
    enumerable: true, configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== undefined && code !== null) {
        // An integer string is accepted and kept as given (Node 20); exit() converts it.
        const value = typeof code === 'string' && code !== '' && NumberIsInteger(+code) ? +code : code;
        if (typeof value !== 'number') throw invalidArgType('code', 'of type number', value);
        if (!NumberIsInteger(value)) {
          throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
            `The value of "code" is out of range. It must be an integer. Received ${value}`);
        }
      }
      exitCode = code;
    },
  });
  internal.exiting = false;
  process._exiting = false;

  /**
   * Emits 'exit' unless it was already emitted. An error thrown by a listener is printed; the
   * exit code then becomes `codeOnError`, when given and process.exitCode is not set (Node: 1
   * when the loop ended by itself; the code process.exit() was called with stays).
   */
  function emitExitOnce(code, codeOnError) {
    if (process._exiting) return;
    process._exiting = true;
    internal.exiting = true;
    try {
      process.emit('exit', code);
    } catch (error) {
      internal.printFatal(error);
      if (codeOnError !== undefined && (exitCode === undefined || exitCode === null)) exitCode = codeOnError;
    }
  }
  /**
   * Ends the process now: 'exit' listeners run (they may still change process.exitCode), then the
   * engine unwinds every frame.
   */
  function exitNow(code) {
    emitExitOnce(code);
    host.flush();
    quit(((exitCode ?? code) | 0) & 0xff);
  }
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    exitNow(process.exitCode ?? 0);
  };
  process.reallyExit = function reallyExit(code) { quit((code | 0) & 0xff); };
  process.abort = function abort() { quit(134); };

  // --- hooks for the loop -----------------------------------------------------------------------------
  function emitBeforeExit() {
    internal.runTask(emit, process, ['beforeExit', process.exitCode ?? 0]);
  }
  // Whether the main ES module's evaluation (its top-level await) has not settled yet.
  let mainUnsettled = false;
  internal.setMainUnsettled = (unsettled) => { mainUnsettled = unsettled; };
  function emitExit() {
    const code = +(process.exitCode ?? 0);
    // As Node: a program that ran out of work while its top-level await still waits exits with 13
    // (unless it set process.exitCode); 'exit' listeners get 0 and see process.exitCode 13.
    if (mainUnsettled && (exitCode === undefined || exitCode === null)) exitCode = 13;
    emitExitOnce(code, 1);
    return ((process.exitCode ?? code) | 0) & 0xff;
  }
  const emit = process.emit;
  internal.loopHooks.emitBeforeExit = emitBeforeExit;
  internal.loopHooks.emitExit = emitExit;

  internal.emitProcessEvent = function emitProcessEvent(name, ...args) {
    if (process.listenerCount(name) === 0) return false;
    ReflectApply(emit, process, [name, ...args]);
    return true;
  };
  internal.hasProcessListeners = (name) => process.listenerCount(name) > 0;
  internal.exitNow = (code) => { exitCode = code; exitNow(code); };
  /** Ends the process without 'exit' listeners, as Node does when an error handler itself throws. */
  internal.exitWithoutEvents = (code) => {
    exitCode = code;
    process._exiting = true;
    internal.exiting = true;
    host.flush();
    quit(code & 0xff);
  };

  // --- warnings and fatal errors --------------------------------------------------------------------
  internal.emitWarning = function emitWarning(message, type = 'Warning', code, detail) {
    const warning = message instanceof ErrorCtor ? message : new ErrorCtor(`${message}`);
    if (!(message instanceof ErrorCtor)) {
      warning.name = `${type}`;
      if (code !== undefined) warning.code = code;
      if (typeof detail === 'string') warning.detail = detail;
    }
    // As Node, whose printer is the first 'warning' listener: printed, then the program's listeners.
    internal.nextTick(() => {
      const codePart = warning.code ? `[${warning.code}] ` : '';
      const detail = typeof warning.detail === 'string' ? `\n${warning.detail}` : '';
      host.write(2, `(cortado:${process.pid}) ${codePart}${warning.name}: ${warning.message}${detail}\n`);
      process.emit('warning', warning);
    });
  };

  // Where a non-error value was thrown, when the engine told us (a CommonJS body's throw; see
  // ModuleOps.runCommonJs): Node shows it above the value when it is fatal. Objects are looked up
  // exactly; a thrown primitive is remembered until the next one.
  const throwSites = new WeakMapCtor();
  let primitiveThrowSite;
  internal.recordThrowSite = function recordThrowSite(value, file, line, column) {
    const site = { file, line, column };
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
      if (!WeakMapPrototypeHas(throwSites, value)) WeakMapPrototypeSet(throwSites, value, site);
    } else {
      primitiveThrowSite = { value, site };
    }
  };
  function throwSiteOf(value) {
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
      return WeakMapPrototypeGet(throwSites, value);
    }
    return primitiveThrowSite !== undefined && ObjectIs(primitiveThrowSite.value, value)
      ? primitiveThrowSite.site : undefined;
  }

  /** Prints an uncaught error as Node does: where it was thrown, then the error and its stack. */
  internal.printFatal = function printFatal(error) {
    host.write(2, fatalText(error));
  };
  function fatalText(error) {
    const syntax = syntaxErrorText(error);
    if (syntax !== undefined) return syntax;
    const site = throwSiteOf(error);
    if (!(error instanceof ErrorCtor)) {
      // Node prints a thrown non-error bare (a string as is), below where it was thrown.
      const header = site === undefined ? '' : sourceContext(site.file, site.line, site.column, false);
      let shown;
      try {
        shown = typeof error === 'string' ? error : internal.inspect(error);
      } catch {
        shown = '[value that cannot be shown]';
      }
      return `${header === '' ? '' : `\n${header}`}${shown}\n`;
    }
    let header = '';
    if (site !== undefined) {
      header = sourceContext(site.file, site.line, site.column, true);
    } else {
      const stack = error.stack;
      if (typeof stack === 'string') {
        const m = RegExpPrototypeExec(/\n\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/, stack);
        if (m) header = sourceContext(m[1], +m[2], +m[3], true);
      }
    }
    let body;
    try {
      body = internal.inspect(error);
    } catch {
      body = String(error);
    }
    return `${header}${body}\n`;
  }
  /** "file:line", the line, and a caret under the column, as Node prints above a fatal error. */
  function sourceContext(file, line, column, blankLineAfter = true) {
    const text = host.sourceLine(file, line);
    if (text === null) return '';
    const caret = `${StringPrototypeRepeat(' ', Math.max(0, column - 1))}^\n`;
    return `${file}:${line}\n${text}\n${caret}${blankLineAfter ? '\n' : ''}`;
  }
  /**
   * The engine reports a syntax error as "file:line:col message" followed by the line and a
   * caret; print it the way Node does: location, line, caret, then "SyntaxError: message".
   */
  function syntaxErrorText(error) {
    if (!(error instanceof SyntaxError) || typeof error.message !== 'string') return undefined;
    const m = RegExpPrototypeExec(/^(.+?):(\d+):(\d+) ([^\n]*)/, error.message);
    if (m === null) return undefined;
    const header = sourceContext(m[1], +m[2], +m[3] + 1);
    return `${header || `${m[1]}:${m[2]}\n\n`}SyntaxError: ${m[4]}\n`;
  }
  internal.fatalText = fatalText;

  // Node's --expose-gc, for memory measurements: CORTADO_EXPOSE_GC=1 adds a global gc().
  if (envTarget.CORTADO_EXPOSE_GC === '1') {
    internal.defineGlobal('gc', function gc() { host.collectGarbage(); });
  }

  internal.process = process;
  internal.defineGlobal('process', process);
  // Node's name for the global object
  internal.primordials.ReflectDefineProperty(internal.primordials.globalThis, 'global', {
    value: internal.primordials.globalThis, writable: true, enumerable: true, configurable: true,
  });
})
