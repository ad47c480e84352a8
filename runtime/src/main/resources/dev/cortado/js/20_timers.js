// 20_timers.js: Node-compatible timers on top of the loop's timers and check phases.
// It adds:
//   - a binary min-heap of Timeout objects ordered by (deadline, creation sequence), so equal
//     deadlines fire in creation order and clearing is O(log n) (DESIGN.md rule 5);
//   - `Timeout` objects with ref/unref/hasRef/refresh/close and a numeric id via Symbol.toPrimitive;
//   - Node's delay coercion (NaN, negative, missing or above 2^31-1 becomes 1 ms, the last one with a
//     TimeoutOverflowWarning);
//   - setImmediate, whose queue the loop's check phase drains (only the immediates that were queued
//     before the phase began);
//   - the hooks the Java loop calls: beginTimersPhase, runDueTimer, msUntilNextTimer,
//     beginCheckPhase, runImmediate, hasRefedWork, hasImmediates.
// Every callback runs as its own task through internal.runTask, one Java-to-JS entry each.
(function (host, internal) {
  'use strict';
  const {
    ReflectApply, MapPrototypeGet, MapPrototypeSet, MapPrototypeDelete, MapPrototypeSize, Map: MapCtor,
    SymbolToPrimitive, ArrayPrototypePush, ArrayPrototypePop,
  } = internal.primordials;
  const { validateFunction } = internal.errors;
  const runTask = internal.runTask;
  const now = internal.now;   // the engine's monotonic clock, in milliseconds

  const TIMEOUT_MAX = 2 ** 31 - 1;
  let nextId = 1;            // ids are shared by timeouts and immediates, as in Node
  let sequence = 0;          // creation order, the heap's tie-breaker
  let refedTimers = 0;       // scheduled timers that keep the process alive
  let heap = [];
  let heapHighWater = 0;    // the most timers the heap array has held since it was last replaced
  const knownTimersById = new MapCtor();   // filled by Symbol.toPrimitive, as in Node

  // --- the heap -------------------------------------------------------------------------------------
  function before(a, b) {
    return a._deadline < b._deadline || (a._deadline === b._deadline && a._seq < b._seq);
  }
  function siftUp(i) {
    const item = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!before(item, p)) break;
      heap[i] = p; p._heapIndex = i;
      i = parent;
    }
    heap[i] = item; item._heapIndex = i;
  }
  function siftDown(i) {
    const item = heap[i];
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right], heap[left]) ? right : left;
      if (!before(heap[child], item)) break;
      heap[i] = heap[child]; heap[i]._heapIndex = i;
      i = child;
    }
    heap[i] = item; item._heapIndex = i;
  }
  function heapInsert(timer) {
    ArrayPrototypePush(heap, timer);
    if (heap.length > heapHighWater) heapHighWater = heap.length;
    siftUp(heap.length - 1);
  }
  function heapRemove(timer) {
    const i = timer._heapIndex;
    timer._heapIndex = -1;
    const last = ArrayPrototypePop(heap);
    if (heap.length === 0 && heapHighWater > 4096) {
      heap = [];              // let a big, now empty heap give its storage back
      heapHighWater = 0;
      return;
    }
    if (i < heap.length) {
      heap[i] = last; last._heapIndex = i;
      if (i > 0 && before(last, heap[(i - 1) >> 1])) siftUp(i); else siftDown(i);
    }
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
      this._heapIndex = -1;
      this._refed = true;
      this._id = nextId++;
      schedule(this, now());
    }
    ref() {
      if (!this._refed) {
        this._refed = true;
        if (this._heapIndex >= 0) refedTimers++;
      }
      return this;
    }
    unref() {
      if (this._refed) {
        this._refed = false;
        if (this._heapIndex >= 0) refedTimers--;
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
      if (!this._destroyed) MapPrototypeSet(knownTimersById, id, this);
      return id;
    }
  }

  function schedule(timer, now) {
    timer._deadline = now + timer._idleTimeout;
    timer._seq = sequence++;
    heapInsert(timer);
    if (timer._refed) refedTimers++;
  }
  function unschedule(timer) {
    if (timer._heapIndex < 0) return;
    heapRemove(timer);
    if (timer._refed) refedTimers--;
  }
  function destroy(timer) {
    unschedule(timer);
    timer._destroyed = true;
    forgetId(timer);
  }
  function forgetId(timer) {
    if (MapPrototypeSize(knownTimersById) !== 0) MapPrototypeDelete(knownTimersById, timer._id);
  }

  function setTimeout(callback, after, ...args) {
    validateFunction(callback, 'callback');
    return new Timeout(callback, coerceDelay(after), args, false);
  }
  function setInterval(callback, repeat, ...args) {
    validateFunction(callback, 'callback');
    return new Timeout(callback, coerceDelay(repeat), args, true);
  }
  function clearTimeout(timer) {
    if (timer !== null && typeof timer === 'object' && timer instanceof Timeout) {
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
    return heap.length > 0 && heap[0]._deadline <= phaseNow;
  }
  /** Runs the earliest timer if it was due when the phase began; returns whether one ran. */
  function runDueTimer() {
    if (heap.length === 0) return false;
    const timer = heap[0];
    if (timer._deadline > phaseNow) return false;
    unschedule(timer);
    const repeat = timer._repeat !== null;
    const started = repeat ? now() : 0;
    try {
      ReflectApply(timer._onTimeout, timer, timer._timerArgs);
    } catch (error) {
      rearmAfterRun(timer, repeat, started);
      internal.reportUncaught(error);
      internal.drainTicks();
      return true;
    }
    rearmAfterRun(timer, repeat, started);
    internal.drainTicks();
    return true;
  }
  /** An interval's next run is due `repeat` after its callback started, as in Node. */
  function rearmAfterRun(timer, repeat, started) {
    if (repeat && !timer._destroyed && timer._heapIndex < 0) {
      schedule(timer, started);
    } else if (!repeat && timer._heapIndex < 0) {
      timer._destroyed = true;
      forgetId(timer);
    }
  }
  /** Milliseconds until the earliest timer (ref'd or not) is due, 0 if overdue, -1 if none. */
  function msUntilNextTimer() {
    if (heap.length === 0) return -1;
    const wait = heap[0]._deadline - now();
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
    return new Immediate(callback, args);
  }
  function clearImmediate(immediate) {
    if (immediate instanceof Immediate && !immediate._destroyed) {
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
    runTask(immediate._onImmediate, immediate, immediate._argv);
    return true;
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
    beginTimersPhase, runDueTimer, msUntilNextTimer, beginCheckPhase, runImmediate, hasRefedWork, hasImmediates,
  };
  internal.defineGlobal('setTimeout', setTimeout);
  internal.defineGlobal('setInterval', setInterval);
  internal.defineGlobal('clearTimeout', clearTimeout);
  internal.defineGlobal('clearInterval', clearInterval);
  internal.defineGlobal('setImmediate', setImmediate);
  internal.defineGlobal('clearImmediate', clearImmediate);
})
