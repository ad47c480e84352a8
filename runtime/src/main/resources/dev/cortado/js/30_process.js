// 30_process.js: the `process` global (an EventEmitter), on top of the task runner and the host
// ops. It adds argv/env/exit/exitCode/nextTick/hrtime/memoryUsage/stdout/stderr/emitWarning, the
// 'exit' and 'beforeExit' events, and the hooks the loop calls for them (emitBeforeExit,
// emitExit), plus printing of fatal errors the way Node prints them.
(function (host, internal) {
  'use strict';
  const {
    ObjectSetPrototypeOf, ObjectDefineProperty, NumberIsInteger, StringPrototypeSplit,
    RegExpPrototypeExec, ArrayPrototypePush, BigInt: BigIntCtor, Error: ErrorCtor,
    ReflectApply, StringPrototypeRepeat,
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
  process.env = new Proxy(envTarget, {
    set(target, key, value) {
      target[key] = typeof value === 'symbol' ? value : `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('value' in desc) target[key] = `${desc.value}`;
      return true;
    },
  });

  process.cwd = function cwd() { return host.cwd(); };
  process.chdir = function chdir(directory) {
    internal.errors.validateString(directory, 'directory');
    host.chdir(directory);
  };
  process.umask = function umask() { return 0o22; };
  process.uptime = function uptime() { return host.now() / 1000; };
  process.hrtime = function hrtime(previous) {
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
  process.cpuUsage = function cpuUsage() {
    const micros = host.cpuTimeMicros();
    return { user: micros, system: 0 };
  };
  process.nextTick = internal.nextTick;
  process.emitWarning = function emitWarning(warning, type, code) {
    if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
    internal.emitWarning(warning, type, code);
  };
  process.kill = function kill(pid, signal) {
    throw makeCodedError(ErrorCtor, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'process.kill is not available yet in Cortado');
  };

  // --- stdout / stderr: minimal synchronous writers (full streams come with node:stream) --------------
  function makeWriter(fd) {
    const stream = new EventEmitter();
    stream.fd = fd;
    stream.isTTY = host.isTerminal(fd);
    stream.writable = true;
    stream.columns = stream.isTTY ? 80 : undefined;
    stream.write = function write(chunk, encoding, callback) {
      if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
      if (typeof chunk === 'string') host.write(fd, chunk);
      else if (chunk instanceof Uint8Array) host.writeBytes(fd, chunk);
      else throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
      if (typeof callback === 'function') internal.nextTick(callback, null);
      return true;
    };
    stream.end = function end(chunk, encoding, callback) {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') stream.write(chunk, encoding);
      if (typeof chunk === 'function') callback = chunk;
      if (typeof callback === 'function') internal.nextTick(callback);
      return stream;
    };
    return stream;
  }
  process.stdout = makeWriter(1);
  process.stderr = makeWriter(2);

  // --- exit ---------------------------------------------------------------------------------------------
  let exitCode;
  ObjectDefineProperty(process, 'exitCode', {
    enumerable: true, configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== undefined && code !== null) {
        if (typeof code === 'string' && code !== '' && NumberIsInteger(+code)) code = +code;
        if (typeof code !== 'number') throw invalidArgType('code', 'of type number', code);
        if (!NumberIsInteger(code)) {
          throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
            `The value of "code" is out of range. It must be an integer. Received ${code}`);
        }
      }
      exitCode = code;
    },
  });
  internal.exiting = false;
  process._exiting = false;

  function emitExitOnce(code) {
    if (process._exiting) return;
    process._exiting = true;
    internal.exiting = true;
    try {
      process.emit('exit', code);
    } catch (error) {
      internal.printFatal(error);
      exitCode = 7;
    }
  }
  /** Ends the process now: 'exit' listeners run, then the engine unwinds every frame. */
  function exitNow(code) {
    emitExitOnce(code);
    host.flush();
    quit((code | 0) & 0xff);
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
  function emitExit() {
    const code = process.exitCode ?? 0;
    emitExitOnce(code);
    return (process.exitCode ?? code) | 0;
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

  // --- warnings and fatal errors --------------------------------------------------------------------
  internal.emitWarning = function emitWarning(message, type = 'Warning', code) {
    const warning = message instanceof ErrorCtor ? message : new ErrorCtor(`${message}`);
    if (!(message instanceof ErrorCtor)) {
      warning.name = `${type}`;
      if (code !== undefined) warning.code = code;
    }
    internal.nextTick(() => {
      process.emit('warning', warning);
      const codePart = warning.code ? `[${warning.code}] ` : '';
      host.write(2, `(cortado:${process.pid}) ${codePart}${warning.name}: ${warning.message}\n`);
    });
  };

  /** Prints an uncaught error as Node does: where it was thrown, then the error and its stack. */
  internal.printFatal = function printFatal(error) {
    host.write(2, fatalText(error));
  };
  function fatalText(error) {
    const syntax = syntaxErrorText(error);
    if (syntax !== undefined) return syntax;
    let header = '';
    const stack = error instanceof ErrorCtor ? error.stack : undefined;
    if (typeof stack === 'string') {
      const m = RegExpPrototypeExec(/\n\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/, stack);
      if (m) header = sourceContext(m[1], +m[2], +m[3]);
    }
    let body;
    try {
      body = internal.inspect(error);
    } catch {
      body = String(error);
    }
    if (!(error instanceof ErrorCtor)) body = `Uncaught ${body}`;
    return `${header}${body}\n`;
  }
  /** "file:line", the line, and a caret under the column, as Node prints above a fatal error. */
  function sourceContext(file, line, column) {
    const text = host.sourceLine(file, line);
    if (text === null) return '';
    return `${file}:${line}\n${text}\n${StringPrototypeRepeat(' ', Math.max(0, column - 1))}^\n\n`;
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
})
