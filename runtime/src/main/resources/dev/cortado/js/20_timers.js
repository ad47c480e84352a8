// 20_timers.js: Node-compatible timers on top of the loop's timers and check phases.
// It adds:
//   - timers ordered by (deadline, creation sequence), so equal deadlines fire in creation order
//     (DESIGN.md rule 5): one FIFO list per duration, as Node keeps them, plus a small heap of
//     lists; adding and clearing are O(1) (O(log d) for d distinct durations);
//   - `Timeout` objects with ref/unref/hasRef/refresh/close and a numeric id via Symbol.toPrimitive;
//   - Node's delay coercion (NaN, negative, missing or above 2^31-1 becomes 1 ms, the last one with a
//     TimeoutOverflowWarning);
//   - setImmediate, whose queue the loop's check phase drains (only the immediates that were queued
//     before the phase began);
//   - the hooks the Java loop calls: beginTimersPhase, runDueTimers, msUntilNextTimer,
//     beginCheckPhase, runImmediates, hasRefedWork, hasImmediates.
// Every callback runs as its own task: the ticks it queued, then the microtask checkpoint
// (internal.settleTask) follow it before the next one runs; the loop enters once per phase.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ReflectApply, MapPrototypeGet, MapPrototypeSet, MapPrototypeDelete, Map: MapCtor,
    SymbolToPrimitive, ArrayPrototypePush, ArrayPrototypePop, ArrayPrototypeSort, RangeError: RangeErrorCtor,
  } = internal.primordials;
  const { validateFunction } = internal.errors;
  const runTask = internal.runTask;
  const settleTask = internal.settleTask;
  const now = internal.now;   // the engine's monotonic clock, in milliseconds
  const trace = host.trace;   // the recorder of `cortado trace`, else null
  const maxPendingTimers = host.maxPendingTimers;   // an embedder's limit (0: none)
  let pendingTimers = 0;      // timers scheduled and immediates queued, for that limit

  const TIMEOUT_MAX = 2 ** 31 - 1;
  let nextId = 1;            // ids are shared by timeouts and immediates, as in Node
  let sequence = 0;          // creation order, the tie-breaker for equal deadlines
  let refedTimers = 0;       // scheduled timers that keep the process alive
  const listsByDuration = new MapCtor();   // duration -> TimerList with pending timers
  const listHeap = [];                       // those lists, a min-heap by their first timer
  const knownTimersById = new MapCtor();     // filled by Symbol.toPrimitive, as in Node
  let timersByIdUsed = false;                // whether that ever happened (most programs: never)

  // --- the timer lists --------------------------------------------------------------------------------
  // Timers with the same duration are created in deadline order, so each duration gets a doubly
  // linked FIFO list: adding and clearing a timer is O(1). A small binary heap orders the lists by
  // their first timer's (deadline, sequence); it holds one entry per distinct duration, so it stays
  // small and the earliest timer is always the first timer of listHeap[0].
  class TimerList {
    constructor(duration) {
      this.duration = duration;
      this.head = null;
      this.tail = null;
      this.heapIndex = -1;
    }
  }
  function before(a, b) {
    const d = a._deadline - b._deadline;
    // Both tests of a tie always run (`&`, not `&&`): ties are rare, and a first one deoptimized
    // the compiled timer code in a user's first run in the daemon, a branch its warm-up had not taken.
    return d < 0 || ((d === 0) & (a._seq < b._seq)) === 1;
  }
  function listBefore(a, b) {
    return before(a.head, b.head);
  }
  function siftUp(i) {
    const item = listHeap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = listHeap[parent];
      if (!listBefore(item, p)) break;
      listHeap[i] = p; p.heapIndex = i;
      i = parent;
    }
    listHeap[i] = item; item.heapIndex = i;
  }
  function siftDown(i) {
    const item = listHeap[i];
    const n = listHeap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && listBefore(listHeap[right], listHeap[left]) ? right : left;
      if (!listBefore(listHeap[child], item)) break;
      listHeap[i] = listHeap[child]; listHeap[i].heapIndex = i;
      i = child;
    }
    listHeap[i] = item; item.heapIndex = i;
  }
  function removeList(list) {
    const i = list.heapIndex;
    list.heapIndex = -1;
    MapPrototypeDelete(listsByDuration, list.duration);
    const last = ArrayPrototypePop(listHeap);
    if (i < listHeap.length) {
      listHeap[i] = last; last.heapIndex = i;
      if (i > 0 && listBefore(last, listHeap[(i - 1) >> 1])) siftUp(i); else siftDown(i);
    }
  }
  /** Adds a timer to its duration's list, keeping the list in deadline order. */
  function listInsert(timer) {
    const duration = timer._idleTimeout;
    let list = MapPrototypeGet(listsByDuration, duration);
    if (list === undefined) {
      list = new TimerList(duration);
      MapPrototypeSet(listsByDuration, duration, list);
    }
    timer._list = list;
    let after = list.tail;
    // An interval re-armed from when its callback started can be due before timers added during
    // that callback: walk back to its place (rare, and short).
    while (after !== null && before(timer, after)) after = after._prev;
    timer._prev = after;
    timer._next = after === null ? list.head : after._next;
    if (timer._next !== null) timer._next._prev = timer; else list.tail = timer;
    if (after !== null) {
      after._next = timer;
    } else {
      list.head = timer;
      if (list.heapIndex < 0) {
        ArrayPrototypePush(listHeap, list);
        siftUp(listHeap.length - 1);
      } else {
        siftUp(list.heapIndex);   // the list's first deadline moved earlier
      }
    }
  }
  /** Takes a timer out of its list; O(1), plus re-ordering the list heap if it was first. */
  function listRemove(timer) {
    const list = timer._list;
    timer._list = null;
    const wasHead = list.head === timer;
    if (timer._prev !== null) timer._prev._next = timer._next; else list.head = timer._next;
    if (timer._next !== null) timer._next._prev = timer._prev; else list.tail = timer._prev;
    timer._prev = timer._next = null;
    if (list.head === null) removeList(list);
    else if (wasHead && listHeap.length > 1) siftDown(list.heapIndex);
  }
  function firstTimer() {
    return listHeap.length === 0 ? null : listHeap[0].head;
  }

  // --- Timeout --------------------------------------------------------------------------------------
  function coerceDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        internal.emitWarning(`${after} does not fit into a 32-bit signed integer.\n` +
          'Timeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }

  class Timeout {
    constructor(callback, after, args, isRepeat) {
      this._idleTimeout = after;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      this._cleared = false;
      this._deadline = 0;
      this._seq = 0;
      this._list = null;        // the TimerList holding it while it is scheduled
      this._prev = null;
      this._next = null;
      this._refed = true;
      this._id = nextId++;
      schedule(this, now());
    }
    ref() {
      if (!this._refed) {
        this._refed = true;
        if (this._list !== null) refedTimers++;
      }
      return this;
    }
    unref() {
      if (this._refed) {
        this._refed = false;
        if (this._list !== null) refedTimers--;
      }
      return this;
    }
    hasRef() { return this._refed; }
    refresh() {
      if (!this._cleared) {
        unschedule(this);
        this._destroyed = false;
        schedule(this, now());
      }
      return this;
    }
    close() {
      clearTimeout(this);
      return this;
    }
    [SymbolToPrimitive]() {
      const id = this._id;
      if (!this._destroyed) {
        MapPrototypeSet(knownTimersById, id, this);
        timersByIdUsed = true;
      }
      return id;
    }
  }

  function schedule(timer, now) {
    timer._deadline = now + timer._idleTimeout;
    timer._seq = sequence++;
    listInsert(timer);
    pendingTimers++;
    if (timer._refed) refedTimers++;
    if (trace !== null) {
      trace.timerScheduled(timer._id, timer._repeat !== null, timer._idleTimeout, timer._deadline, timer._onTimeout);
    }
  }
  function unschedule(timer) {
    if (timer._list === null) return;
    listRemove(timer);
    pendingTimers--;
    if (timer._refed) refedTimers--;
  }
  function destroy(timer) {
    unschedule(timer);
    timer._destroyed = true;
    forgetId(timer);
  }
  function forgetId(timer) {
    if (timersByIdUsed) MapPrototypeDelete(knownTimersById, timer._id);
  }

  /** An embedder's limit on waiting timers (JsRuntime.Builder.maxPendingTimers). */
  function checkTimerLimit() {
    if (maxPendingTimers > 0 && pendingTimers >= maxPendingTimers) {
      throw new RangeErrorCtor(`Too many pending timers: this runtime allows ${maxPendingTimers} at once ` +
        '(JsRuntime.Builder.maxPendingTimers)');
    }
  }
  function setTimeout(callback, after, ...args) {
    validateFunction(callback, 'callback');
    checkTimerLimit();
    return new Timeout(callback, coerceDelay(after), args, false);
  }
  function setInterval(callback, repeat, ...args) {
    validateFunction(callback, 'callback');
    checkTimerLimit();
    return new Timeout(callback, coerceDelay(repeat), args, true);
  }
  function clearTimeout(timer) {
    if (timer !== null && typeof timer === 'object' && timer instanceof Timeout) {
      if (trace !== null && !timer._destroyed) trace.timerCleared(timer._id, timer._traceTask || 0);
      timer._cleared = true;
      destroy(timer);
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const found = MapPrototypeGet(knownTimersById, +timer);
      if (found !== undefined) clearTimeout(found);
      else if (typeof timer === 'number') clearImmediateById(timer);
    } else if (timer instanceof Immediate) {
      clearImmediate(timer);
    }
  }

  function clearInterval(timer) {
    clearTimeout(timer);
  }

  // --- hooks for the loop's timers phase -------------------------------------------------------------
  let phaseNow = 0;
  /** Starts a timers phase at the current time; returns whether any timer is due. */
  function beginTimersPhase() {
    phaseNow = now();
    const first = firstTimer();
    const due = first !== null && first._deadline <= phaseNow;
    if (due && trace !== null) traceDueTimers();
    return due;
  }
  /** Tracing: every timer due now moves from the Web APIs box to the task queue, in run order. */
  function traceDueTimers() {
    if (trace.full()) return;
    const due = [];
    for (let i = 0; i < listHeap.length; i++) {
      for (let t = listHeap[i].head; t !== null && t._deadline <= phaseNow; t = t._next) {
        ArrayPrototypePush(due, t);
      }
    }
    ArrayPrototypeSort(due, (a, b) => (before(a, b) ? -1 : 1));
    for (let i = 0; i < due.length; i++) {
      if (!due[i]._traceTask) due[i]._traceTask = trace.timerDue(due[i]._id, due[i]._onTimeout);
    }
  }
  /** Runs the earliest timer's callback if it was due when the phase began; whether one ran. */
  function runDueTimer() {
    const timer = firstTimer();
    if (timer === null || timer._deadline > phaseNow) return false;
    unschedule(timer);
    const repeat = timer._repeat !== null;
    const started = repeat ? now() : 0;
    if (trace !== null) {
      trace.taskStarted(timer._traceTask || 0);
      timer._traceTask = 0;
    }
    try {
      ReflectApply(timer._onTimeout, timer, timer._timerArgs);
    } catch (error) {
      rearmAfterRun(timer, repeat, started);
      internal.reportUncaught(error);
      return true;
    }
    rearmAfterRun(timer, repeat, started);
    return true;
  }
  /** Runs every timer due when the phase began, each as its own task with its checkpoint. */
  function runDueTimers() {
    while (runDueTimer()) settleTask();
  }
  /** An interval's next run is due `repeat` after its callback started, as in Node. */
  function rearmAfterRun(timer, repeat, started) {
    if (repeat && !timer._destroyed && timer._list === null) {
      schedule(timer, started);
    } else if (!repeat && timer._list === null) {
      timer._destroyed = true;
      forgetId(timer);
    }
  }
  /** Milliseconds until the earliest timer (ref'd or not) is due, 0 if overdue, -1 if none. */
  function msUntilNextTimer() {
    const first = firstTimer();
    if (first === null) return -1;
    const wait = first._deadline - now();
    return wait > 0 ? wait : 0;
  }

  // --- setImmediate: a linked FIFO -------------------------------------------------------------------
  let immediateHead = null;
  let immediateTail = null;
  let refedImmediates = 0;
  let phaseEnd = null;       // the last immediate queued before the current check phase began

  class Immediate {
    constructor(callback, args) {
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this._refed = true;
      this._next = null;
      this._prev = null;
      this._id = nextId++;
      this._traceTask = trace === null ? 0 : trace.immediateQueued(callback);
      pendingTimers++;
      refedImmediates++;
      if (immediateTail === null) {
        immediateHead = immediateTail = this;
      } else {
        this._prev = immediateTail;
        immediateTail._next = this;
        immediateTail = this;
      }
    }
    ref() {
      if (!this._refed) { this._refed = true; if (!this._destroyed) refedImmediates++; }
      return this;
    }
    unref() {
      if (this._refed) { this._refed = false; if (!this._destroyed) refedImmediates--; }
      return this;
    }
    hasRef() { return this._refed; }
  }

  function unlinkImmediate(immediate) {
    if (immediate._destroyed) return;
    immediate._destroyed = true;
    pendingTimers--;
    if (immediate._refed) refedImmediates--;
    if (phaseEnd === immediate) phaseEnd = immediate._prev;
    if (immediate._prev !== null) immediate._prev._next = immediate._next;
    else immediateHead = immediate._next;
    if (immediate._next !== null) immediate._next._prev = immediate._prev;
    else immediateTail = immediate._prev;
    immediate._next = immediate._prev = null;
  }

  function setImmediate(callback, ...args) {
    validateFunction(callback, 'callback');
    checkTimerLimit();
    return new Immediate(callback, args);
  }
  function clearImmediate(immediate) {
    if (immediate instanceof Immediate && !immediate._destroyed) {
      if (trace !== null) trace.taskDropped(immediate._traceTask);
      unlinkImmediate(immediate);
    }
  }
  function clearImmediateById(id) {
    for (let i = immediateHead; i !== null; i = i._next) {
      if (i._id === id) { clearImmediate(i); return; }
    }
  }

  /** Marks the end of the immediates this check phase runs; returns whether there are any. */
  function beginCheckPhase() {
    phaseEnd = immediateTail;
    return phaseEnd !== null;
  }
  /** Runs the next immediate of the current check phase; returns false when the phase is done. */
  function runImmediate() {
    if (phaseEnd === null) return false;
    const immediate = immediateHead;
    const last = immediate === phaseEnd;
    unlinkImmediate(immediate);
    if (last) phaseEnd = null;
    if (trace !== null) trace.taskStarted(immediate._traceTask);
    runTask(immediate._onImmediate, immediate, immediate._argv);
    return true;
  }

  /** Runs the immediates of the current check phase, each a task (runTask) with its checkpoint. */
  function runImmediates() {
    while (runImmediate()) { /* the next one */ }
  }

  function hasRefedWork() {
    return refedTimers > 0 || refedImmediates > 0;
  }
  function hasImmediates() { return immediateHead !== null; }

  internal.timers = {
    Timeout, Immediate, setTimeout, setInterval, clearTimeout, setImmediate, clearImmediate,
    clearInterval,
    public: { setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate },
  };
  internal.loopHooks = {
    beginTimersPhase, runDueTimers, msUntilNextTimer, beginCheckPhase, runImmediates, hasRefedWork, hasImmediates,
  };
  internal.defineGlobal('setTimeout', setTimeout);
  internal.defineGlobal('setInterval', setInterval);
  internal.defineGlobal('clearTimeout', clearTimeout);
  internal.defineGlobal('clearInterval', clearInterval);
  internal.defineGlobal('setImmediate', setImmediate);
  internal.defineGlobal('clearImmediate', clearImmediate);
})
