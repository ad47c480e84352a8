// 15_tasks.js: how a task runs. The Java loop enters JavaScript once per task, or once per phase
// for the tasks JavaScript keeps itself (timers, immediates); this file is the JavaScript end of
// that entry. It adds, on top of the engine's own promise job queue:
//   - `runTask`: call the callback, report what it throws, then take the microtask checkpoint
//     (`settleTask`) the way Node's processTicksAndRejections does: ticks before promise jobs
//     (DESIGN.md rules 2 and 3), then unhandled rejections, whose handlers' ticks again come first;
//   - `afterTask`: the same checkpoint for the rare top-level calls that do not settle
//     themselves, which the loop makes after the engine's own drain;
//   - `process.nextTick` and `queueMicrotask`;
//   - fatal-error reporting: `uncaughtException` / `unhandledRejection` handlers, or print and exit 1;
//   - the global `error` / `unhandledrejection` / `rejectionhandled` events, through
//     `internal.globalEvents`, which 52_events.js sets only once it is loaded (a program that never
//     touches events pays one property read per uncaught error). As in Deno, the event comes first;
//     process handlers still run after it; a canceled event (preventDefault) keeps the process alive.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ReflectApply, PromisePrototypeThen, PromiseResolve, ArrayPrototypePush, Error: ErrorCtor,
    SymbolPrototypeToString, FunctionPrototypeToString, ObjectPrototypeToString, SymbolToStringTag,
    ObjectGetPrototypeOf, ReflectGetOwnPropertyDescriptor, ArrayIsArray, WeakRef: WeakRefCtor,
    WeakRefPrototypeDeref,
  } = internal.primordials;
  const objectToString = internal.primordials.Object.prototype.toString;
  const { validateFunction, makeCodedError } = internal.errors;
  const trace = host.trace;   // the recorder of `cortado trace`, else null
  // Runs every pending promise job (an engine function: PromiseJobDrainer).
  const drainJobs = host.promiseJobDrainer(objectToString);

  // --- process.nextTick: a FIFO of callbacks and their argument lists -----------------------------
  const tickCallbacks = [];
  const tickArgs = [];
  const tickTraceIds = [];   // tracing only: the job id of each queued tick
  let tickHead = 0;

  // The loop calls afterTask after a top-level call only when JavaScript asked for it
  // (host.requestAfterTask): when a tick is queued or a rejection is reported outside of a task
  // that settles itself. `afterTaskAsked` mirrors that request, so settleTask can withdraw it.
  let afterTaskAsked = false;
  function askForAfterTask() {
    if (afterTaskAsked) return;   // asked already (a host call per tick cost more than the tick)
    afterTaskAsked = true;
    host.requestAfterTask();
  }

  function nextTick(callback, ...args) {
    validateFunction(callback, 'callback');
    if (internal.exiting) return;
    if (tickHead === tickCallbacks.length) askForAfterTask();
    ArrayPrototypePush(tickCallbacks, callback);
    ArrayPrototypePush(tickArgs, args);
    if (trace !== null) ArrayPrototypePush(tickTraceIds, trace.tickQueued(callback));
  }
  function drainTicks() {
    // Reported rejections are checked for late handlers after every task (see pollHandled).
    if (watchedRejections.length !== 0) askForAfterTask();
    if (tickCallbacks.length === 0) return;   // the common case: no tick was queued
    while (tickHead < tickCallbacks.length) {
      const callback = tickCallbacks[tickHead];
      const args = tickArgs[tickHead];
      tickCallbacks[tickHead] = undefined;
      tickArgs[tickHead] = undefined;
      if (trace !== null) trace.jobStarted(tickTraceIds[tickHead]);
      tickHead++;
      try {
        ReflectApply(callback, undefined, args);
      } catch (error) {
        reportUncaught(error);
      }
    }
    tickCallbacks.length = 0;
    tickArgs.length = 0;
    tickTraceIds.length = 0;
    tickHead = 0;
  }
  function hasTicks() { return tickHead < tickCallbacks.length; }

  // --- tasks --------------------------------------------------------------------------------------
  /** Runs one task: its callback, then the microtask checkpoint (settleTask). */
  function runTask(callback, thisArg, args) {
    try {
      ReflectApply(callback, thisArg, args);
    } catch (error) {
      reportUncaught(error);
    }
    settleTask();
  }
  /** runTask with one argument (an op's report): Java passes no argument array to read through. */
  function runTaskWith(callback, arg) {
    try {
      ReflectApply(callback, null, [arg]);
    } catch (error) {
      reportUncaught(error);
    }
    settleTask();
  }

  /**
   * The microtask checkpoint after a task, as Node's processTicksAndRejections takes it: the
   * ticks (and the ticks they queue), then the engine's promise jobs (drainJobs); again
   * while ticks are pending or unhandled rejections were just reported (their handlers may queue
   * more); then 'rejectionhandled' for reported rejections that got a handler since, and again if
   * any did. Every task ends with it, inside the loop's one call into JavaScript for that task or
   * phase, so the loop can run a phase's tasks (due timers, immediates) in one entry.
   */
  function settleTask() {
    for (;;) {
      drainTicks();
      drainJobs();
      if (hasTicks() || processRejections()) continue;
      if (watchedRejections.length === 0 || !pollHandled()) break;
    }
    if (afterTaskAsked) {   // settled here: the loop need not call afterTask
      afterTaskAsked = false;
      host.takeAfterTaskRequest();
    }
  }

  /**
   * Called by the loop after the engine drained promise jobs, when a tick was queued or a
   * rejection went unhandled since the last call (host.requestAfterTask). Returns true when it
   * did something: the loop then calls it again, after the next drain.
   */
  function afterTask() {
    afterTaskAsked = false;   // the loop took the request
    if (hasTicks()) {
      drainTicks();
      return true;
    }
    return processRejections() || pollHandled();
  }

  // --- queueMicrotask -----------------------------------------------------------------------------
  const resolved = PromiseResolve(undefined);
  function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "callback" argument must be of type function. ${internal.errors.describeReceived(callback)}`);
    }
    if (trace !== null) trace.labelNextJob('queueMicrotask', callback);
    PromisePrototypeThen(resolved, function runMicrotask() {
      try {
        ReflectApply(callback, undefined, []);
      } catch (error) {
        reportUncaught(error);
      }
    });
  }

  // --- unhandled rejections -----------------------------------------------------------------------
  // The engine calls `onUnhandledRejection` after its job drain for every rejected promise that
  // still has no handler; settleTask (or, after a top-level call that does not settle itself,
  // afterTask) then reports them in order.
  let pendingRejections = [];
  function onUnhandledRejection(reason, promise) {
    if (pendingRejections.length === 0) askForAfterTask();
    ArrayPrototypePush(pendingRejections, promise, reason);
  }
  function processRejections() {
    if (pendingRejections.length === 0) return false;
    const list = pendingRejections;
    pendingRejections = [];
    for (let i = 0; i < list.length; i += 2) {
      const promise = list[i];
      const reason = list[i + 1];
      const globalEvents = internal.globalEvents;
      const canceled = globalEvents !== undefined && globalEvents.dispatchUnhandledRejection(promise, reason);
      if (internal.emitProcessEvent('unhandledRejection', reason, promise) || canceled ||
          (internal.dispatchUnhandledRejection && internal.dispatchUnhandledRejection(reason, promise))) {
        watchHandled(promise);
        continue;
      }
      reportUncaught(asRejectionError(reason), 'unhandledRejection');
      watchHandled(promise);   // an 'uncaughtException' handler took it: the process goes on
    }
    return true;
  }

  // Rejections reported as unhandled that the process survived: when one gets a handler later,
  // 'rejectionhandled' is fired at globalThis and 'rejectionHandled' emitted on process. The
  // engine tells no one when a handler is added, so after every task (drainTicks asks the loop
  // for an afterTask call while this list is not empty) the list is checked. WeakRefs: a promise
  // nobody can handle any more is forgotten.
  const watchedRejections = [];
  function watchHandled(promise) {
    if (internal.exiting) return;
    if (watchedRejections.length === 0) askForAfterTask();
    ArrayPrototypePush(watchedRejections, new WeakRefCtor(promise));
  }
  function pollHandled() {
    const count = watchedRejections.length;
    if (count === 0) return false;
    let kept = 0;
    let handled;
    for (let i = 0; i < count; i++) {
      const ref = watchedRejections[i];
      const promise = WeakRefPrototypeDeref(ref);
      if (promise === undefined) continue;
      if (!internal.engine.promiseIsHandled(promise)) {
        watchedRejections[kept++] = ref;
        continue;
      }
      if (handled === undefined) handled = [];
      ArrayPrototypePush(handled, promise);
    }
    watchedRejections.length = kept;
    if (handled === undefined) return false;
    for (let i = 0; i < handled.length; i++) {
      const promise = handled[i];
      try {
        const globalEvents = internal.globalEvents;
        if (globalEvents !== undefined) {
          globalEvents.dispatchRejectionHandled(promise, internal.engine.promiseResult(promise));
        }
        internal.emitProcessEvent('rejectionHandled', promise);
      } catch (error) {
        reportUncaught(error);
      }
    }
    return true;
  }
  function asRejectionError(reason) {
    if (reason instanceof ErrorCtor) return reason;
    const shown = describeWithoutSideEffects(reason);
    const error = new ErrorCtor(
      'This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${shown}".`);
    error.name = 'UnhandledPromiseRejection';
    error.code = 'ERR_UNHANDLED_REJECTION';
    error.stack = `${error.name}: ${error.message}`;
    return error;
  }

  /**
   * A rejection reason as Node's message shows it (V8's side-effect-free toString): primitives
   * as strings, `#<Foo>` for objects whose toString is Object.prototype.toString, else
   * `[object Tag]`. Only data properties are read and proxies are not looked into, so no user
   * code runs (a Symbol.toStringTag getter on a plain object aside).
   */
  function describeWithoutSideEffects(value) {
    if (typeof value === 'symbol') return SymbolPrototypeToString(value);
    if (typeof value === 'function') return FunctionPrototypeToString(value);
    if (value === null || typeof value !== 'object') return `${value}`;
    if (dataProperty(value, 'toString') === objectToString) {
      const ctor = dataProperty(value, 'constructor');
      const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
    const tag = dataProperty(value, SymbolToStringTag);
    if (typeof tag === 'string') return `[object ${tag}]`;
    if (internal.engine.proxyTarget(value) !== undefined) return '[object Object]';
    return ArrayIsArray(value) ? '[object Array]' : ObjectPrototypeToString(value);
  }
  function dataProperty(object, key) {
    for (let o = object; o !== null; o = ObjectGetPrototypeOf(o)) {
      if (internal.engine.proxyTarget(o) !== undefined) return undefined;
      const desc = ReflectGetOwnPropertyDescriptor(o, key);
      if (desc !== undefined) return desc.value;
    }
    return undefined;
  }

  // --- uncaught exceptions ------------------------------------------------------------------------
  let inUncaughtHandler = false;
  let inErrorEvent = false;
  /**
   * An `error` event at globalThis first (when the events file is loaded; not for an error thrown
   * by one of its listeners), then Node's semantics: 'uncaughtException' listeners take over;
   * otherwise a canceled event keeps the process alive; otherwise print and exit 1.
   */
  function reportUncaught(error, origin = 'uncaughtException') {
    if (internal.exiting) return;
    let canceled = false;
    const globalEvents = internal.globalEvents;
    if (globalEvents !== undefined && origin === 'uncaughtException' && !inErrorEvent && !inUncaughtHandler) {
      inErrorEvent = true;
      try {
        canceled = globalEvents.dispatchError(error);
      } finally {
        inErrorEvent = false;
      }
    }
    if (!inUncaughtHandler && internal.hasProcessListeners('uncaughtException')) {
      inUncaughtHandler = true;
      try {
        internal.emitProcessEvent('uncaughtException', error, origin);
      } catch (handlerError) {
        internal.printFatal(handlerError);
        internal.exitWithoutEvents(7);
      } finally {
        inUncaughtHandler = false;
      }
      return;
    }
    if (canceled) return;
    if (internal.dispatchErrorEvent && internal.dispatchErrorEvent(error)) return;   // the REPL reports instead
    internal.printFatal(error);
    internal.exitNow(1);
  }

  // --- host work in flight (Java's PendingOps) ----------------------------------------------------
  // A host op class returns a PendingOp; its reports come back as tasks (run through runTask).
  /** onSettle(ok, valueOrReason) once when the op ends; onProgress(value) for each report before. */
  function listenOp(op, onSettle, onProgress) {
    host.ops.listen(op, onSettle, onProgress === undefined ? null : onProgress);
  }
  /**
   * A promise of the op's result. A failure rejects with `toError(reason)`, or with an Error whose
   * message is the reason when `toError` is omitted.
   */
  function awaitOp(op, toError) {
    const { promise, resolve, reject } = internal.primordials.PromiseWithResolvers();
    listenOp(op, (ok, value) => {
      if (ok) resolve(value);
      else reject(toError === undefined ? new ErrorCtor(`${value}`) : toError(value));
    });
    return promise;
  }
  internal.listenOp = listenOp;
  internal.awaitOp = awaitOp;

  internal.runTask = runTask;
  internal.runTaskWith = runTaskWith;
  internal.afterTask = afterTask;
  internal.settleTask = settleTask;
  internal.nextTick = nextTick;
  internal.reportUncaught = reportUncaught;
  internal.onUnhandledRejection = onUnhandledRejection;
  internal.defineGlobal('queueMicrotask', queueMicrotask);
})
