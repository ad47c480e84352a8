// 68_workers.js: HTML's dedicated `Worker` and the worker's global scope, and Node's
// `worker_threads`, on top of the messaging file (67) and structured clone (65). Loaded on first
// use.
//
// A worker is a loop of its own (its thread, its Context, on the shared engine) started by
// `host.workers.spawn` (workers/WorkerOps.java). Creator and worker talk through a pair of port
// endpoints: messages cross threads as plain Java data only (a SerializedValue). The creator
// also listens to the worker's lifecycle op: `online`, uncaught errors (what an ErrorEvent says,
// plus the error serialized for worker_threads), and completion with the exit code when the
// worker's loop ends. That op is referenced while the worker runs: a running worker keeps its
// creator alive unless unref()'d (worker_threads). A web worker's loop never runs out of work
// by itself (it always listens to its creator, as in Deno and browsers): it ends with
// `close()`, `terminate()` or an uncaught error. A worker_threads worker ends when its loop is
// empty, as in Node.
//
// Exports: `Worker`, `runWorker(setup)` (the worker loop's main), `workerThreads()` (the module).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyNames, SymbolToStringTag, SymbolFor,
    ReflectApply, TypeError, Error: ErrorCtor, RegExpPrototypeExec, StringPrototypeSplit,
    StringPrototypeStartsWith, PromisePrototypeThen, PromiseWithResolvers, ArrayIsArray,
    ReflectSetPrototypeOf, ReflectDeleteProperty, PromiseResolve, globalThis: globalObject,
  } = internal.primordials;
  const events = internal.load('52_events.js');
  const { Event, EventTarget, ErrorEvent, createEvent, dispatch, defineEventHandler } = events;
  const messaging = internal.load('67_messaging.js');
  const { MessageEvent, receive, parseTransfer, postTo, portFromEndpoint } = messaging;
  const clone = internal.load('65_structured_clone.js');
  const url = internal.load('60_url.js');
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const workers = host.workers;
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');

  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  const { notEnoughArguments, illegalInvocation: illegal } = internal.errors;

  /** The file URL of the code that called into the runtime (for relative worker URLs). */
  function callerUrl() {
    const stack = new ErrorCtor().stack;
    if (typeof stack === 'string') {
      const lines = StringPrototypeSplit(stack, '\n');
      for (let i = 1; i < lines.length; i++) {
        const m = RegExpPrototypeExec(/at (?:.*? \()?(.+?):\d+:\d+\)?$/, lines[i]);
        if (m === null) continue;
        const file = m[1];
        if (StringPrototypeStartsWith(file, 'file:')) return file;
        if (file[0] === '/') return url.pathToFileURL(file).href;
      }
    }
    return url.pathToFileURL(`${host.cwd()}/`).href;
  }

  /** What the creator does with an uncaught error of the worker that nobody canceled. */
  function workerErrorForParent(name, message, filename, lineno, colno) {
    const text = StringPrototypeStartsWith(message, 'Uncaught ') ? message.slice(9) : message;
    const error = new ErrorCtor(`Uncaught (in worker "${name}") ${text}`);
    const where = filename === '' ? '' : `\n    at ${filename}:${lineno}:${colno}`;
    ObjectDefineProperty(error, 'stack', {
      value: `Error: Uncaught (in worker "${name}") ${text}${where}`, writable: true, configurable: true,
    });
    return error;
  }

  // --- the creator's side: Worker -------------------------------------------------------------------
  /**
   * Starts a worker's thread in a microtask, once the code that created it has returned: a worker
   * terminated in the task that created it never costs a thread or a Context.
   */
  const resolvedPromise = PromiseResolve(undefined);
  function startSoon(thread) {
    PromisePrototypeThen(resolvedPromise, () => thread.start());
  }

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  // Worker: k_thread (the WorkerThread, never undefined once constructed: Worker's brand),
  // k_endpoint, k_portOp, k_name, k_ended. NodeWorker (worker_threads): k_nodeThread (its brand),
  // k_endpoint, k_portOp, k_exitCode, k_exited, k_target.
  const k_ended = internal.sharedSymbol('workers:ended');
  const k_endpoint = internal.sharedSymbol('workers:endpoint');
  const k_exitCode = internal.sharedSymbol('workers:exitCode');
  const k_exited = internal.sharedSymbol('workers:exited');
  const k_name = internal.sharedSymbol('workers:name');
  const k_nodeThread = internal.sharedSymbol('workers:NodeWorker.thread');
  const k_portOp = internal.sharedSymbol('workers:portOp');
  const k_target = internal.sharedSymbol('workers:target');
  const k_thread = internal.sharedSymbol('workers:Worker.thread');


  /** Listens to a Worker's messages and lifecycle (its errors, its end). */
  function listenToWorker(worker) {
    // Messages do not keep the creator alive; the lifecycle op does, while the worker runs.
    worker[k_portOp] = receive(worker[k_endpoint], worker, undefined);
    worker[k_portOp].setReferenced(false);
    internal.listenOp(worker[k_thread].lifecycle(), () => workerExited(worker), (report) => {
      if (worker[k_ended] || !ArrayIsArray(report)) return;   // 'online'
      const [message, filename, lineno, colno] = report;
      const event = createEvent(ErrorEvent, 'error', { cancelable: true, message, filename, lineno, colno });
      if (dispatch(worker, event)) {
        internal.reportUncaught(workerErrorForParent(worker[k_name], message, filename, lineno, colno));
      }
    });
  }

  function workerExited(worker) {
    worker[k_ended] = true;
    worker[k_portOp].cancel();
  }

  class Worker extends EventTarget {
    constructor(scriptURL, options = undefined) {
      if (arguments.length === 0) throw notEnoughArguments("construct 'Worker'", 1, 0);
      super();
      this[k_thread] = undefined;
      this[k_endpoint] = null;
      this[k_portOp] = null;
      this[k_name] = '';
      this[k_ended] = false;
      const specifier = `${scriptURL}`;
      let name = '';
      let type = 'classic';
      if (options !== undefined && options !== null) {
        if (!isObject(options)) {
          throw new TypeError("Failed to construct 'Worker': The provided value is not of type 'WorkerOptions'.");
        }
        // WorkerOptions' members in lexicographic order: credentials, name, type.
        const credentials = options.credentials;
        if (credentials !== undefined) {
          const c = `${credentials}`;
          if (c !== 'omit' && c !== 'same-origin' && c !== 'include') {
            throw new TypeError(`Failed to construct 'Worker': Failed to read the 'credentials' property from 'WorkerOptions': The provided value '${c}' is not a valid enum value of type RequestCredentials.`);
          }
        }
        if (options.name !== undefined) name = `${options.name}`;
        const typeValue = options.type;
        if (typeValue !== undefined) {
          type = `${typeValue}`;
          if (type !== 'classic' && type !== 'module') {
            throw new TypeError(`Failed to construct 'Worker': Failed to read the 'type' property from 'WorkerOptions': The provided value '${type}' is not a valid enum value of type WorkerType.`);
          }
        }
      }
      let resolved;
      try {
        resolved = new url.URL(specifier, callerUrl());
      } catch {
        throw makeDOMException(`Failed to construct 'Worker': The URL '${specifier}' is invalid.`, 'SyntaxError');
      }
      if (resolved.protocol !== 'file:') {
        throw makeDOMException(`Failed to construct 'Worker': Script at '${resolved.href}' cannot be loaded: only file: URLs are supported.`, 'NotSupportedError');
      }
      this[k_name] = name;
      const [mine, theirs] = workers.newChannel();
      this[k_endpoint] = mine;
      this[k_thread] = workers.spawn(type, resolved.href, name, theirs, null, host.cwd());
      listenToWorker(this);
      startSoon(this[k_thread]);
    }

    postMessage(message, transfer = undefined) {
      if (this?.[k_thread] === undefined) throw illegal();
      if (arguments.length === 0) throw notEnoughArguments("execute 'postMessage' on 'Worker'", 1, 0);
      const list = parseTransfer(transfer, "execute 'postMessage' on 'Worker'");
      postTo(this[k_ended] ? null : this[k_endpoint], message, list);
    }

    terminate() {
      if (this?.[k_thread] === undefined) throw illegal();
      if (this[k_ended]) return;
      this[k_ended] = true;
      this[k_portOp].cancel();
      this[k_thread].terminate();
    }

    [inspectSymbol]() {
      return 'Worker {}';
    }
  }
  {
    const proto = Worker.prototype;
    for (const name of ObjectGetOwnPropertyNames(proto)) {
      if (name !== 'constructor') ObjectDefineProperty(proto, name, { enumerable: true });
    }
    ObjectDefineProperty(proto, inspectSymbol, { enumerable: false });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: 'Worker', configurable: true });
    defineEventHandler(proto, 'onmessage');
    defineEventHandler(proto, 'onmessageerror');
    defineEventHandler(proto, 'onerror');
    internal.markPlatformInterface(Worker);
  }

  // --- node:worker_threads' Worker ------------------------------------------------------------------
  const EventEmitter = internal.EventEmitter;
  const { makeCodedError, invalidArgType } = internal.errors;

  function nodeWorkerExited(worker, code) {
    if (worker[k_exitCode] !== undefined) return;
    worker[k_exitCode] = code;
    worker[k_portOp].cancel();
    worker[k_exited].resolve(code);
    worker.emit('exit', code);
  }
  /** A NodeWorker's WorkerThread; a TypeError for any other `this`. */
  function nodeThreadOf(worker) {
    const thread = worker?.[k_nodeThread];
    if (thread === undefined) throw illegal();
    return thread;
  }

  class NodeWorker extends EventEmitter {
    constructor(filename, options = {}) {
      super();
      this[k_nodeThread] = undefined;
      this[k_endpoint] = null;
      this[k_portOp] = null;
      this[k_exitCode] = undefined;
      this[k_exited] = PromiseWithResolvers();
      this[k_target] = null;
      if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
      let kind = 'node';
      let script;
      if (options.eval) {
        if (typeof filename !== 'string') throw invalidArgType('filename', 'of type string', filename);
        kind = 'node-eval';
        script = filename;
      } else if (typeof filename === 'string') {
        if (StringPrototypeStartsWith(filename, 'file:')) {
          script = url.fileURLToPath(filename);
        } else if (filename[0] === '/' || StringPrototypeStartsWith(filename, './') ||
          StringPrototypeStartsWith(filename, '../')) {
          script = filename[0] === '/' ? filename : `${host.cwd()}/${filename}`;
        } else {
          throw makeCodedError(TypeError, 'ERR_WORKER_PATH',
            'The worker script or module filename must be an absolute path or a relative path ' +
            `starting with './' or '../'. Received "${filename}"`);
        }
      } else if (isObject(filename) && typeof filename.href === 'string') {
        if (filename.protocol !== 'file:') {
          throw makeCodedError(TypeError, 'ERR_WORKER_UNSUPPORTED_OPERATION', 'Only file: URLs are supported as worker scripts');
        }
        script = url.fileURLToPath(filename.href);
      } else {
        throw invalidArgType('filename', 'of type string or an instance of URL', filename);
      }
      const data = options.workerData === undefined ? null
        : clone.serializeToJava(options.workerData, parseTransfer(options.transferList, "construct 'Worker'"));
      const [mine, theirs] = workers.newChannel();
      this[k_endpoint] = mine;
      const thread = workers.spawn(kind, script, `${options.name ?? ''}`, theirs, data, host.cwd());
      this[k_nodeThread] = thread;
      startSoon(thread);
      // Messages arrive as 'message' events on an internal target, re-emitted with their data.
      const target = new EventTarget();
      this[k_target] = target;
      target.addEventListener('message', (event) => this.emit('message', event.data));
      target.addEventListener('messageerror', (event) => this.emit('messageerror', event.data));
      this[k_portOp] = receive(mine, target, undefined);
      this[k_portOp].setReferenced(false);
      internal.listenOp(thread.lifecycle(), (ok, code) => nodeWorkerExited(this, ok ? code : 1), (report) => {
        if (!ArrayIsArray(report)) {
          this.emit('online');
          return;
        }
        let error;
        const serialized = report[4];
        if (serialized !== null) {
          try { error = clone.deserializeFromJava(serialized); } catch { error = undefined; }
        }
        if (error === undefined) error = new ErrorCtor(report[0]);
        this.emit('error', error);   // no listener: EventEmitter throws it, uncaught here
      });
    }

    get threadId() {
      const thread = nodeThreadOf(this);
      return this[k_exitCode] === undefined ? thread.threadId() : -1;
    }
    get resourceLimits() { return {}; }
    get stdin() { return null; }

    postMessage(value, transferList = undefined) {
      nodeThreadOf(this);
      const list = parseTransfer(transferList, "execute 'postMessage' on 'Worker'");
      postTo(this[k_exitCode] === undefined ? this[k_endpoint] : null, value, list);
    }

    terminate(callback) {
      const thread = nodeThreadOf(this);
      if (this[k_exitCode] === undefined) thread.terminate();
      const promise = this[k_exited].promise;
      if (typeof callback === 'function') PromisePrototypeThen(promise, (code) => callback(null, code));
      return promise;
    }

    ref() { nodeThreadOf(this).lifecycle().setReferenced(true); }
    unref() { nodeThreadOf(this).lifecycle().setReferenced(false); }
  }

  // --- the worker's side ----------------------------------------------------------------------------
  let parentPort = null;
  let workerData;
  let setupOf = null;

  /** Reports an uncaught error to the creator, then ends this worker (as Deno and Node do). */
  function reportToParent(error) {
    const described = internal.globalEvents.describeUncaught(error);
    let serialized = null;
    try { serialized = clone.serializeToJava(error, []); } catch { serialized = null; }
    setupOf.reportError(described.message, described.filename, described.lineno, described.colno, serialized);
    internal.exitWithoutEvents(1);
  }

  /** The worker loop's main: the global scope, then the script. */
  function runWorker(setup) {
    setupOf = setup;
    workers.adopt(setup);
    const kind = setup.kind();
    internal.dispatchErrorEvent = (error) => {
      reportToParent(error);
      return true;
    };
    internal.isWorker = true;
    if (kind === 'node' || kind === 'node-eval') {
      runNodeWorker(setup);
    } else {
      runWebWorker(setup);
    }
  }

  /** The worker global's interfaces: globalThis is a DedicatedWorkerGlobalScope, an EventTarget. */
  function defineGlobalScopeInterfaces(define) {
    const illegal = () => new TypeError('Illegal constructor');
    class WorkerGlobalScope extends EventTarget {
      constructor() { throw illegal(); }
    }
    class DedicatedWorkerGlobalScope extends WorkerGlobalScope {
      constructor() { throw illegal(); }
    }
    for (const Interface of [WorkerGlobalScope, DedicatedWorkerGlobalScope]) {
      ObjectDefineProperty(Interface.prototype, SymbolToStringTag, { value: Interface.name, configurable: true });
      define(Interface.name, Interface);
    }
    ReflectSetPrototypeOf(globalObject, DedicatedWorkerGlobalScope.prototype);
    ReflectDeleteProperty(globalObject, 'Window'); // a worker's global is not a Window
    // The engine's own "global" tag would hide the interface's.
    ObjectDefineProperty(globalObject, SymbolToStringTag, {
      value: 'DedicatedWorkerGlobalScope', writable: false, enumerable: false, configurable: true,
    });
  }

  function runWebWorker(setup) {
    const endpoint = setup.port();
    let closing = false;
    const define = (name, value) => internal.defineGlobal(name, value);
    defineGlobalScopeInterfaces(define);
    define('self', globalObject);
    ObjectDefineProperty(globalObject, 'name', {
      value: setup.name(), writable: true, enumerable: true, configurable: true,
    });
    define('postMessage', function postMessage(message, transfer = undefined) {
      if (arguments.length === 0) throw notEnoughArguments("execute 'postMessage' on 'DedicatedWorkerGlobalScope'", 1, 0);
      const list = parseTransfer(transfer, "execute 'postMessage' on 'DedicatedWorkerGlobalScope'");
      postTo(closing ? null : endpoint, message, list);
    });
    let op = null;
    define('close', function close() {
      if (closing) return;
      closing = true;
      if (op !== null) op.cancel();
      internal.nextTick(() => internal.exitWithoutEvents(0));
    });
    defineEventHandler(globalObject, 'onmessage', false);
    defineEventHandler(globalObject, 'onmessageerror', false);
    // The worker always listens to its creator: its loop does not end by itself.
    op = receive(endpoint, globalObject, () => { if (op !== null) op.cancel(); });
    const href = setup.script();
    const path = url.fileURLToPath(href);
    if (setup.kind() === 'classic') {
      define('importScripts', function importScripts(...urls) {
        const base = href;
        for (let i = 0; i < urls.length; i++) {
          let target;
          try {
            target = new url.URL(`${urls[i]}`, base);
          } catch {
            throw makeDOMException(`Failed to execute 'importScripts' on 'WorkerGlobalScope': The URL '${urls[i]}' is invalid.`, 'SyntaxError');
          }
          const text = internal.moduleOps.readFile(url.fileURLToPath(target.href));
          if (text === null) {
            throw makeDOMException(`Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at '${target.href}' failed to load.`, 'NetworkError');
          }
          internal.moduleOps.evalScript(target.href, text);
        }
      });
      setup.online();
      internal.runTask(() => {
        const text = internal.moduleOps.readFile(path);
        if (text === null) {
          throw new ErrorCtor(`Cannot load worker script: no such file '${href}'`);
        }
        internal.moduleOps.evalScript(href, text);
      }, undefined, []);
    } else {
      setup.online();
      internal.runTask(() => {
        PromisePrototypeThen(import(path), undefined, (error) => internal.reportUncaught(error));
      }, undefined, []);
    }
  }

  function runNodeWorker(setup) {
    parentPort = portFromEndpoint(setup.port());
    // Node: the worker's port keeps the worker alive only while it has 'message' listeners.
    workerData = setup.workerData() === null ? undefined : clone.deserializeFromJava(setup.workerData());
    setup.online();
    if (setup.kind() === 'node-eval') {
      internal.runTask(() => {
        const module = new internal.Module(`${host.cwd()}/[worker eval]`, null);
        internal.defineGlobal('require', internal.makeRequire(module));
        internal.moduleOps.evalScript('[worker eval]', setup.script());
      }, undefined, []);
      return;
    }
    const filename = setup.script();
    internal.process.argv = [internal.process.execPath, filename];
    if (internal.isEsmFile(filename) && internal.moduleOps.stat(filename) === 1) {
      internal.runTask(() => {
        PromisePrototypeThen(import(filename), undefined, (error) => internal.reportUncaught(error));
      }, undefined, []);
    } else {
      internal.runTask(internal.runCommonJsMain, undefined, [filename]);
    }
  }

  // --- node:worker_threads --------------------------------------------------------------------------
  let workerThreadsModule;
  const environmentData = new internal.primordials.SafeMap();
  function workerThreads() {
    if (workerThreadsModule !== undefined) return workerThreadsModule;
    const threadId = workers.threadId();
    workerThreadsModule = {
      isMainThread: setupOf === null,
      parentPort,
      workerData: setupOf === null ? null : workerData,
      threadId,
      Worker: NodeWorker,
      MessageChannel: messaging.MessageChannel,
      MessagePort: messaging.MessagePort,
      BroadcastChannel: messaging.BroadcastChannel,
      receiveMessageOnPort(port) {
        if (!messaging.isMessagePort(port)) {
          throw invalidArgType('port', 'an instance of MessagePort', port);
        }
        return internal.messagePorts.takeMessage(port);
      },
      markAsUntransferable() {},
      isMarkedAsUntransferable() { return false; },
      moveMessagePortToContext() {
        throw makeCodedError(ErrorCtor, 'ERR_METHOD_NOT_IMPLEMENTED', 'moveMessagePortToContext is not supported');
      },
      getEnvironmentData(key) { return environmentData.get(key); },
      setEnvironmentData(key, value) {
        if (value === undefined) environmentData.delete(key);
        else environmentData.set(key, value);
      },
      resourceLimits: {},
      SHARE_ENV: SymbolFor('nodejs.worker_threads.SHARE_ENV'),
    };
    return workerThreadsModule;
  }

  return ObjectFreeze({ Worker, runWorker, workerThreads });
})
