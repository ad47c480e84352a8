// 90_main.js: the built-in modules that only re-export what earlier files built (timers,
// timers/promises, process, module, util, events), and the loop's `runMain` hook that starts the
// program: a CommonJS or ES module file, or source text from -e / -p / stdin.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    PromiseWithResolvers, PromisePrototypeThen, PromiseReject, PromiseResolve, ReflectApply,
    ObjectAssign, ObjectDefineProperty, StringPrototypeIndexOf, StringPrototypeSlice, Error: ErrorCtor, ObjectFreeze,
  } = internal.primordials;
  const timers = internal.timers;
  const process = internal.process;
  const { validateObject, validateBoolean, makeCodedError } = internal.errors;

  // --- node:timers/promises -----------------------------------------------------------------------
  /** Node's AbortError: what a cancelled Node API rejects with (`code` ABORT_ERR, `cause` = reason). */
  class AbortError extends ErrorCtor {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
      // The engine leaves out the caller's frames for a subclass defined in runtime code: take
      // them from a plain Error made here.
      const stack = new ErrorCtor(message).stack;
      if (typeof stack === 'string') {
        const newline = StringPrototypeIndexOf(stack, '\n');
        ObjectDefineProperty(this, 'stack', {
          value: `AbortError: ${message}${newline < 0 ? '' : StringPrototypeSlice(stack, newline)}`,
          writable: true, configurable: true, enumerable: false,
        });
      }
    }
  }
  internal.errors.AbortError = AbortError;
  function abortedBy(signal) {
    return new AbortError(undefined, { cause: signal.reason });
  }
  /** Node's validateAbortSignal: any object with an `aborted` property passes. */
  function checkSignal(signal, name) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw internal.errors.invalidArgType(name, 'an instance of AbortSignal', signal);
    }
  }
  /**
   * Calls `onAbort` when `signal` aborts; returns the function that stops that. A real
   * AbortSignal gets an abort algorithm (O(1) to add and remove); any other object with an
   * `aborted` property is listened to as Node does, through its addEventListener.
   */
  function whenAborted(signal, onAbort) {
    const abortOps = internal.abortOps;
    if (abortOps !== undefined && abortOps.isAbortSignal(signal)) {
      abortOps.addAlgorithm(signal, onAbort);
      return () => abortOps.removeAlgorithm(signal, onAbort);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    return () => signal.removeEventListener('abort', onAbort);
  }
  /**
   * A promise settled by a one-shot timer or immediate, cancelled by an AbortSignal. Bad options
   * reject the promise rather than throw, as in Node.
   */
  function promiseOf(schedule, cancel, value, options) {
    if (options === null || typeof options !== 'object') {
      return PromiseReject(internal.errors.invalidArgType('options', 'of type object', options));
    }
    const { signal, ref = true } = options;
    try {
      checkSignal(signal, 'options.signal');
    } catch (error) {
      return PromiseReject(error);
    }
    if (typeof ref !== 'boolean') {
      return PromiseReject(internal.errors.invalidArgType('options.ref', 'of type boolean', ref));
    }
    if (signal?.aborted) return PromiseReject(abortedBy(signal));
    const { promise, resolve, reject } = PromiseWithResolvers();
    let stopWatching;
    const handle = schedule(() => {
      if (stopWatching !== undefined) stopWatching();
      resolve(value);
    });
    if (!ref) handle.unref();
    if (!signal) return promise;
    stopWatching = whenAborted(signal, () => {
      cancel(handle);
      reject(abortedBy(signal));
    });
    // Settles as late as Node's `promise.finally(stop watching)` does.
    const stop = () => PromiseResolve(stopWatching());
    return PromisePrototypeThen(promise,
      (result) => PromisePrototypeThen(stop(), () => result),
      (error) => PromisePrototypeThen(stop(), () => { throw error; }));
  }
  /** An async iterator of `value`, once per interval; ticks the consumer missed are kept. */
  async function* intervalIterator(delay, value, options) {
    validateObject(options, 'options');
    const { signal, ref = true } = options;
    checkSignal(signal, 'options.signal');
    validateBoolean(ref, 'options.ref');
    if (signal?.aborted) throw abortedBy(signal);
    let ticks = 0;
    let wake = null;
    let interval;
    let stopWatching;
    const wakeUp = () => {
      if (wake !== null) {
        const resolve = wake;
        wake = null;
        resolve();
      }
    };
    try {
      interval = timers.setInterval(() => {
        ticks++;
        wakeUp();
      }, delay);
      if (!ref) interval.unref();
      if (signal) {
        stopWatching = whenAborted(signal, () => {
          timers.clearInterval(interval);
          wakeUp();
        });
      }
      while (!signal?.aborted) {
        if (ticks === 0) {
          const { promise, resolve } = PromiseWithResolvers();
          wake = resolve;
          await promise;
        }
        while (ticks > 0) {
          ticks--;
          yield value;
        }
      }
      throw abortedBy(signal);
    } finally {
      timers.clearInterval(interval);
      if (stopWatching !== undefined) stopWatching();
    }
  }
  const timersPromises = {
    setTimeout(delay, value, options = {}) {
      return promiseOf((fn) => timers.setTimeout(fn, delay), timers.clearTimeout, value, options);
    },
    setImmediate(value, options = {}) {
      return promiseOf((fn) => timers.setImmediate(fn), timers.clearImmediate, value, options);
    },
    setInterval(delay, value, options = {}) {
      return intervalIterator(delay, value, options);
    },
    scheduler: {
      wait(delay, options) { return timersPromises.setTimeout(delay, undefined, options); },
      yield() { return timersPromises.setImmediate(); },
    },
  };

  // util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises forms.
  for (const name of ['setTimeout', 'setImmediate']) {
    ObjectDefineProperty(timers.public[name], internal.primordials.SymbolFor('nodejs.util.promisify.custom'), {
      value: timersPromises[name], writable: false, enumerable: false, configurable: true,
    });
  }
  internal.defineBuiltin('timers', () => ObjectAssign({}, timers.public, { promises: timersPromises }));
  internal.defineBuiltin('timers/promises', () => timersPromises);
  internal.defineBuiltin('process', () => process);
  internal.defineBuiltin('events', () => internal.load('72_events_helpers.js'));
  internal.defineBuiltin('util', () => internal.load('84_util.js'));
  internal.defineBuiltin('util/types', () => internal.load('84_util.js').types);
  internal.defineBuiltin('url', () => {
    const url = internal.load('60_url.js');
    return {
      URL: url.URL,
      URLSearchParams: url.URLSearchParams,
      domainToASCII: url.domainToASCII,
      domainToUnicode: url.domainToUnicode,
      pathToFileURL: url.pathToFileURL,
      fileURLToPath: url.fileURLToPath,
      urlToHttpOptions: url.urlToHttpOptions,
    };
  });
  internal.defineBuiltin('path', () => internal.load('80_path.js').posix);
  internal.defineBuiltin('path/posix', () => internal.load('80_path.js').posix);
  internal.defineBuiltin('path/win32', () => internal.load('80_path.js').win32);
  internal.defineBuiltin('buffer', () => internal.load('81_buffer.js'));
  internal.defineBuiltin('fs', () => {
    const { fs } = internal.load('82_fs.js');
    // the stream classes load node:stream on first use only
    for (const name of ['createReadStream', 'createWriteStream', 'ReadStream', 'WriteStream']) {
      ObjectDefineProperty(fs, name, {
        get() { return internal.load('78_fs_streams.js')[name]; },
        set(value) { ObjectDefineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true }); },
        enumerable: true, configurable: true,
      });
    }
    return fs;
  });
  internal.defineBuiltin('fs/promises', () => internal.load('82_fs.js').promises);
  internal.defineBuiltin('os', () => internal.load('83_os.js'));
  internal.defineBuiltin('tty', () => ({
    /** Whether `fd` is a terminal; Cortado knows this for the standard streams 0, 1 and 2. */
    isatty(fd) { return typeof fd === 'number' && fd >= 0 && fd <= 2 && host.isTerminal(fd); },
    ReadStream: function ReadStream() {
      throw makeTtyError();
    },
    WriteStream: function WriteStream() {
      throw makeTtyError();
    },
  }));
  function makeTtyError() {
    return internal.errors.makeCodedError(ErrorCtor, 'ERR_NOT_SUPPORTED',
      'tty.ReadStream and tty.WriteStream are not supported by Cortado yet; use process.stdin / process.stdout');
  }
  internal.defineBuiltin('diagnostics_channel', () => internal.load('76_diagnostics_channel.js'));
  // the deprecated `constants` module: os.constants' errno, signals and priority, and fs.constants
  internal.defineBuiltin('constants', () => {
    const os = internal.load('83_os.js').constants;
    return ObjectAssign({}, os.errno, os.signals, os.priority, internal.load('82_fs.js').fs.constants);
  });
  internal.defineBuiltin('assert', () => internal.load('85_assert.js'));
  internal.defineBuiltin('assert/strict', () => internal.load('85_assert.js').strict);
  internal.defineBuiltin('string_decoder', () => internal.load('87_string_decoder.js'));
  internal.defineBuiltin('querystring', () => internal.load('88_querystring.js'));
  internal.defineBuiltin('zlib', () => internal.load('77_zlib.js'));
  internal.defineBuiltin('crypto', () => internal.load('79_crypto.js'));
  internal.defineBuiltin('stream', () => internal.load('89_stream.js').Stream);
  internal.defineBuiltin('stream/promises', () => internal.load('89_stream.js').promises);
  // The WHATWG stream classes, the same objects as the globals (Node's node:stream/web).
  internal.defineBuiltin('stream/web', () => {
    const web = internal.load('70_streams.js');
    const { TextEncoderStream, TextDecoderStream } = internal.load('71_encoding_streams.js');
    const { CompressionStream, DecompressionStream } = internal.load('73_compression_streams.js');
    return {
      ReadableStream: web.ReadableStream, ReadableStreamDefaultReader: web.ReadableStreamDefaultReader,
      ReadableStreamBYOBReader: web.ReadableStreamBYOBReader, ReadableStreamBYOBRequest: web.ReadableStreamBYOBRequest,
      ReadableByteStreamController: web.ReadableByteStreamController,
      ReadableStreamDefaultController: web.ReadableStreamDefaultController,
      TransformStream: web.TransformStream, TransformStreamDefaultController: web.TransformStreamDefaultController,
      WritableStream: web.WritableStream, WritableStreamDefaultWriter: web.WritableStreamDefaultWriter,
      WritableStreamDefaultController: web.WritableStreamDefaultController,
      ByteLengthQueuingStrategy: web.ByteLengthQueuingStrategy, CountQueuingStrategy: web.CountQueuingStrategy,
      TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
    };
  });
  // Node's perf_hooks: the global performance and the Performance Timeline classes (the same
  // objects as the globals). GC entries are never made here; the constants are Node's values.
  internal.defineBuiltin('perf_hooks', () => {
    const timeline = internal.load('59_performance_timeline.js');
    return {
      Performance: internal.Performance, performance: internal.performance,
      PerformanceEntry: timeline.PerformanceEntry, PerformanceMark: timeline.PerformanceMark,
      PerformanceMeasure: timeline.PerformanceMeasure, PerformanceObserver: timeline.PerformanceObserver,
      PerformanceObserverEntryList: timeline.PerformanceObserverEntryList,
      constants: ObjectFreeze({
        NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
        NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0,
        NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
        NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
        NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
        NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
      }),
    };
  });
  internal.defineBuiltin('readline', () => internal.load('91_readline.js'));
  internal.defineBuiltin('readline/promises', () => internal.load('91_readline.js').promises);
  internal.defineBuiltin('child_process', () => internal.load('86_child_process.js'));
  internal.defineBuiltin('worker_threads', () => internal.load('68_workers.js').workerThreads());
  internal.defineBuiltin('module', () => ({
    createRequire(filename) {
      const path = typeof filename === 'object' && filename !== null || `${filename}`.startsWith('file:')
        ? internal.load('60_url.js').fileURLToPath(typeof filename === 'object' ? filename : `${filename}`)
        : `${filename}`;
      return internal.makeRequire(new internal.Module(path, null));
    },
    builtinModules: internal.Module.builtinModules,
    Module: internal.Module,
  }));

  // --- starting the program -------------------------------------------------------------------------
  let scriptArgs = [];
  internal.setArgv = function setArgv(...args) { scriptArgs = args; };

  function runMain(kind, target, name) {
    if (kind === 'worker') {
      internal.load('68_workers.js').runWorker(target);
      return;
    }
    if (kind === 'file') {
      process.argv = [process.execPath, target, ...scriptArgs];
      internal.setProgramMain(target);
      if (internal.isEsmFile(target) && internal.moduleOps.stat(target) === 1) {
        runEsmMain(target);
      } else {
        internal.runTask(internal.runCommonJsMain, undefined, [target]);
      }
      return;
    }
    process.argv = [process.execPath, ...scriptArgs];
    internal.runTask(evalMain, undefined, [target, name, kind === 'print']);
  }
  function runEsmMain(filename) {
    internal.runTask(() => {
      internal.setMainUnsettled(true);
      PromisePrototypeThen(import(filename), () => internal.setMainUnsettled(false), (error) => {
        internal.setMainUnsettled(false);
        internal.reportUncaught(error);
      });
    }, undefined, []);
  }
  function evalMain(source, name, print) {
    const module = new internal.Module(`${host.cwd()}/${name}`, null);
    module.filename = name;
    module.id = name;
    internal.defineGlobal('require', internal.makeRequire(module));
    internal.defineGlobal('module', module);
    internal.defineGlobal('exports', module.exports);
    internal.defineGlobal('__filename', name);
    internal.defineGlobal('__dirname', '.');
    const result = internal.moduleOps.evalScript(name, source);
    if (print) {
      host.write(1, `${typeof result === 'string' ? result : internal.inspect(result)}\n`);
    }
  }
  internal.loopHooks.runMain = runMain;
})
