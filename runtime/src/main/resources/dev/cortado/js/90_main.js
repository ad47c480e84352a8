// 90_main.js: the built-in modules that only re-export what earlier files built (timers,
// timers/promises, process, module, util, events), and the loop's `runMain` hook that starts the
// program: a CommonJS or ES module file, or source text from -e / -p / stdin.
(function (host, internal) {
  'use strict';
  const {
    PromiseWithResolvers, PromisePrototypeThen, ReflectApply, ObjectAssign, ArrayPrototypePush,
    ArrayPrototypeShift, SymbolAsyncIterator, Error: ErrorCtor,
  } = internal.primordials;
  const timers = internal.timers;
  const process = internal.process;
  const { validateObject, validateBoolean, makeCodedError } = internal.errors;

  // --- node:timers/promises -----------------------------------------------------------------------
  function abortError(signal) {
    const error = new ErrorCtor('The operation was aborted', { cause: signal?.reason });
    error.name = 'AbortError';
    error.code = 'ABORT_ERR';
    return error;
  }
  function readOptions(options) {
    if (options === undefined) return { signal: undefined, ref: true };
    validateObject(options, 'options');
    const { signal, ref = true } = options;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw internal.errors.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    validateBoolean(ref, 'options.ref');
    return { signal, ref };
  }
  /** A promise settled by a one-shot timer or immediate, cancelled by an AbortSignal. */
  function promiseOf(schedule, cancel, value, options) {
    const { signal, ref } = readOptions(options);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const { promise, resolve, reject } = PromiseWithResolvers();
    let onAbort;
    const handle = schedule(() => {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => { cancel(handle); reject(abortError(signal)); };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    return promise;
  }
  const timersPromises = {
    setTimeout(delay, value, options) {
      return promiseOf((fn) => timers.setTimeout(fn, delay), timers.clearTimeout, value, options);
    },
    setImmediate(value, options) {
      return promiseOf((fn) => timers.setImmediate(fn), timers.clearImmediate, value, options);
    },
    setInterval(delay, value, options) {
      const { signal, ref } = readOptions(options);
      let pendingTicks = 0;
      const waiters = [];
      let done = false;
      let interval;
      function finish() {
        if (done) return;
        done = true;
        timers.clearInterval(interval);
        if (onAbort) signal.removeEventListener('abort', onAbort);
      }
      let onAbort;
      if (!signal?.aborted) {
        interval = timers.setInterval(() => {
          const waiter = ArrayPrototypeShift(waiters);
          if (waiter) waiter.resolve({ value, done: false }); else pendingTicks++;
        }, delay);
        if (!ref) interval.unref();
        if (signal) {
          onAbort = () => {
            finish();
            let waiter;
            while ((waiter = ArrayPrototypeShift(waiters)) !== undefined) waiter.reject(abortError(signal));
          };
          signal.addEventListener('abort', onAbort, { once: true });
        }
      }
      return {
        [SymbolAsyncIterator]() { return this; },
        next() {
          if (signal?.aborted) { finish(); return Promise.reject(abortError(signal)); }
          if (done) return Promise.resolve({ value: undefined, done: true });
          if (pendingTicks > 0) { pendingTicks--; return Promise.resolve({ value, done: false }); }
          const waiter = PromiseWithResolvers();
          ArrayPrototypePush(waiters, waiter);
          return waiter.promise;
        },
        return() {
          finish();
          let waiter;
          while ((waiter = ArrayPrototypeShift(waiters)) !== undefined) waiter.resolve({ value: undefined, done: true });
          return Promise.resolve({ value: undefined, done: true });
        },
      };
    },
    scheduler: {
      wait(delay, options) { return timersPromises.setTimeout(delay, undefined, options); },
      yield() { return timersPromises.setImmediate(); },
    },
  };

  internal.defineBuiltin('timers', () => ObjectAssign({}, timers.public, { promises: timersPromises }));
  internal.defineBuiltin('timers/promises', () => timersPromises);
  internal.defineBuiltin('process', () => process);
  internal.defineBuiltin('events', () => internal.EventEmitter);
  internal.defineBuiltin('util', () => ({
    inspect: internal.inspect,
    format: internal.format,
    formatWithOptions: internal.formatWithOptions,
    inherits(ctor, superCtor) {
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
      Object.setPrototypeOf(ctor, superCtor);
      ctor.super_ = superCtor;
    },
    promisify(fn) {
      internal.errors.validateFunction(fn, 'original');
      return function promisified(...args) {
        return new Promise((resolve, reject) => {
          ReflectApply(fn, this, [...args, (err, value) => (err ? reject(err) : resolve(value))]);
        });
      };
    },
  }));
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
    if (kind === 'file') {
      process.argv = [process.execPath, target, ...scriptArgs];
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
      PromisePrototypeThen(import(filename), undefined, (error) => internal.reportUncaught(error));
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
