// 52_events.js: `Event`, `CustomEvent`, `EventTarget` (DOM Standard), `ErrorEvent` and
// `PromiseRejectionEvent` (HTML), and globalThis as an EventTarget with `reportError` and the
// `onerror` / `onunhandledrejection` / `onrejectionhandled` handler attributes. Loaded on first use.
//
// Targets have no parent (there is no node tree), so an event's path is its target alone: the
// dispatch runs the capture listeners, then the others, both AT_TARGET, exactly as the DOM's
// dispatch algorithm does for a parentless target.
//
// Listeners live in a Map per target, type -> ListenerList. A list's `items` array is replaced,
// not mutated, while a dispatch walks it (copy on write), so a dispatch allocates nothing unless
// a listener changes the list. An exception in a listener goes to the runtime's uncaught-error
// path (`internal.reportUncaught`): an `error` event at globalThis, then process handlers, else
// the process ends.
//
// Exports, besides the globals, for the other runtime files:
// - `makeEventTarget(object)`: gives any object the EventTarget internals (the global uses it);
// - `isEventTarget(value)`, `isEvent(value)`;
// - `createEvent(Class, type, init)`: a trusted event (isTrusted true), `fireEvent(target, type)`;
// - `dispatch(target, event)`: the dispatch algorithm (no checks), returns !defaultPrevented;
// - `hasListeners(target, type)`, `defineEventHandler(prototype, name)` (an `on<type>` attribute);
// - `setCanceled(event)`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectDefineProperties, ObjectGetOwnPropertyNames,
    ObjectFreeze, ObjectAssign,
    ReflectApply, FunctionPrototypeCall, FunctionPrototypeCallMethod, TypeError, Map, SafeMap, MapPrototypeGet, MapPrototypeSet, MapPrototypeDelete,
    ArrayPrototypeSlice, ArrayPrototypeSplice, ArrayPrototypePush, ArrayPrototypeIndexOf,
    SymbolToStringTag, SymbolFor, StringPrototypeToWellFormed, NumberIsInteger,
    RegExpPrototypeExec, StringPrototypeReplace, Error: ErrorCtor, globalThis: globalObject,
    ReflectGetPrototypeOf, ReflectSetPrototypeOf,
  } = internal.primordials;
  const now = internal.now;
  const functionCall = FunctionPrototypeCallMethod; // the engine's own Function.prototype.call
  const proxyTarget = internal.engine.proxyTarget;
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');
  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_type = internal.sharedSymbol('events:type');
  const k_flags = internal.sharedSymbol('events:flags');
  const k_target = internal.sharedSymbol('events:target');
  const k_timeStamp = internal.sharedSymbol('events:timeStamp');
  const k_listeners = internal.sharedSymbol('events:listeners');
  const k_handlers = internal.sharedSymbol('events:handlers');
  const k_detail = internal.sharedSymbol('events:detail');
  const k_message = internal.sharedSymbol('events:message');
  const k_filename = internal.sharedSymbol('events:filename');
  const k_lineno = internal.sharedSymbol('events:lineno');
  const k_colno = internal.sharedSymbol('events:colno');
  const k_error = internal.sharedSymbol('events:error');
  const k_promise = internal.sharedSymbol('events:promise');
  const k_reason = internal.sharedSymbol('events:reason');

  // --- Web IDL helpers --------------------------------------------------------------------------
  const { illegalInvocation, notEnoughArguments } = internal.errors;
  /** A dictionary argument: undefined and null are empty; other non-objects are a TypeError. */
  function checkDictionary(value, what, dictionary) {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeError(`Failed to ${what}: The provided value is not of type '${dictionary}'.`);
    }
    return true;
  }
  function toUSVString(value) { return StringPrototypeToWellFormed(`${value}`); }
  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  /**
   * Web IDL's class shape: operations and attributes are enumerable, the class has a
   * Symbol.toStringTag; constants go on the constructor and the prototype.
   */
  function webIdlClass(Class, statics, constants) {
    const proto = Class.prototype;
    const names = ObjectGetOwnPropertyNames(proto);
    for (let i = 0; i < names.length; i++) {
      if (names[i] !== 'constructor') ObjectDefineProperty(proto, names[i], { enumerable: true });
    }
    if (statics !== undefined) {
      for (let i = 0; i < statics.length; i++) ObjectDefineProperty(Class, statics[i], { enumerable: true });
    }
    if (constants !== undefined) {
      const descriptors = {};
      const keys = ObjectGetOwnPropertyNames(constants);
      for (let i = 0; i < keys.length; i++) {
        descriptors[keys[i]] = { value: constants[keys[i]], enumerable: true, writable: false, configurable: false };
      }
      ObjectDefineProperties(Class, descriptors);
      ObjectDefineProperties(proto, descriptors);
    }
    ObjectDefineProperty(proto, SymbolToStringTag, { value: Class.name, configurable: true });
  }

  // --- Event --------------------------------------------------------------------------------------
  // The event's flags, one integer: cheaper to create and reset than a field each.
  const STOP = 1;              // stop propagation flag
  const STOP_IMMEDIATE = 2;    // stop immediate propagation flag
  const CANCELED = 4;          // canceled flag
  const IN_PASSIVE = 8;        // in passive listener flag
  const COMPOSED = 16;         // composed flag
  const INITIALIZED = 32;      // initialized flag
  const DISPATCH = 64;         // dispatch flag
  const BUBBLES = 128;
  const CANCELABLE = 256;
  const TRUSTED = 512;         // isTrusted

  const NONE = 0;
  const CAPTURING_PHASE = 1;
  const AT_TARGET = 2;
  const BUBBLING_PHASE = 3;

  // The module's access to the objects' internal state (set below).
  let stamp;
  let EventTarget;
  let isEvent;
  let dispatch;
  let setCanceled;
  let setTrusted;
  let isEventTarget;
  let listenersOf;          // target -> Map(type -> ListenerList) or null
  let createListeners;      // target -> that Map, created on first use
  let handlersOf;           // target -> Map(type -> EventHandler), created on first use
  let initializeEvent;
  let isErrorEvent;

  function isTrustedGetter() {
    if (!isEvent(this)) throw illegalInvocation();
    return isTrusted(this);
  }
  let isTrusted;
  // Defines the own accessor {get: isTrustedGetter, set: undefined, enumerable, not configurable}
  // on a new event at the cost of a property store; Object.defineProperty took the engine's generic
  // path and was more than half the cost of creating and dispatching an event.
  const defineIsTrusted = host.ownAccessorDefiner(isTrustedGetter, 'isTrusted', true, false);
  ObjectDefineProperty(isTrustedGetter, 'name', { value: 'get isTrusted' });

  /** Reads EventInit's members, in order: bubbles, cancelable, composed. */
  function eventInitFlags(init, Class) {
    if (init === undefined || init === null) return INITIALIZED;
    if (typeof init !== 'object' && typeof init !== 'function') {
      checkDictionary(init, `construct '${Class.name}'`, `${Class.name}Init`);
    }
    let flags = INITIALIZED;
    if (init.bubbles) flags |= BUBBLES;
    if (init.cancelable) flags |= CANCELABLE;
    if (init.composed) flags |= COMPOSED;
    return flags;
  }

  /** DOM "initialize": returns false (and changes nothing) while the event is dispatched. */
  function initialize(event, type, bubbles, cancelable) {
    let flags = event[k_flags];
    if ((flags & DISPATCH) !== 0) return false;
    flags = (flags & COMPOSED) | INITIALIZED;
    if (bubbles) flags |= BUBBLES;
    if (cancelable) flags |= CANCELABLE;
    event[k_flags] = flags;
    event[k_target] = null;
    event[k_type] = type;
    return true;
  }
  /** DOM "set the canceled flag". */
  function cancel(event) {
    const flags = event[k_flags];
    if ((flags & CANCELABLE) !== 0 && (flags & IN_PASSIVE) === 0) event[k_flags] = flags | CANCELED;
  }

  class Event {

    constructor(type, eventInitDict = undefined) {
      if (type === undefined && arguments.length === 0) throw notEnoughArguments("construct 'Event'", 1, 0);
      if (typeof type !== 'string') type = `${type}`;
      const flags = eventInitDict === undefined ? INITIALIZED : eventInitFlags(eventInitDict, new.target);
      // The internal slots, then the own isTrusted accessor. Symbol keys come after string keys
      // in [[OwnPropertyKeys]] whatever the order.
      this[k_type] = type;
      this[k_flags] = flags;
      this[k_target] = null;
      this[k_timeStamp] = now();
      defineIsTrusted(this, isTrustedGetter);
    }

    get type() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return this[k_type];
    }
    get target() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return this[k_target];
    }
    get srcElement() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return this[k_target];
    }
    // A parentless target is the whole path: while the event is dispatched, its current target
    // is its target and its phase AT_TARGET; before and after, null and NONE.
    get currentTarget() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & DISPATCH) !== 0 ? this[k_target] : null;
    }
    composedPath() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & DISPATCH) !== 0 ? [this[k_target]] : [];
    }
    get eventPhase() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & DISPATCH) !== 0 ? AT_TARGET : NONE;
    }
    stopPropagation() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      this[k_flags] |= STOP;
    }
    get cancelBubble() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & STOP) !== 0;
    }
    set cancelBubble(value) {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("set 'cancelBubble' on 'Event'", 1, 0);
      if (value) this[k_flags] |= STOP;
    }
    stopImmediatePropagation() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      this[k_flags] |= STOP | STOP_IMMEDIATE;
    }
    get bubbles() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & BUBBLES) !== 0;
    }
    get cancelable() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & CANCELABLE) !== 0;
    }
    get returnValue() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & CANCELED) === 0;
    }
    set returnValue(value) {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("set 'returnValue' on 'Event'", 1, 0);
      if (!value) cancel(this);
    }
    preventDefault() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      cancel(this);
    }
    get defaultPrevented() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & CANCELED) !== 0;
    }
    get composed() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return (this[k_flags] & COMPOSED) !== 0;
    }
    get timeStamp() {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      return this[k_timeStamp];
    }
    initEvent(type, bubbles = false, cancelable = false) {
      if (this?.[k_flags] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("execute 'initEvent' on 'Event'", 1, 0);
      type = `${type}`;
      initialize(this, type, bubbles, cancelable);
    }

    [inspectSymbol](depth, options, inspect) {
      const name = this.constructor?.name ?? 'Event';
      if (this?.[k_flags] === undefined) return name;
      if (depth < 0) return name;
      const shown = {
        type: this[k_type],
        defaultPrevented: (this[k_flags] & CANCELED) !== 0,
        cancelable: (this[k_flags] & CANCELABLE) !== 0,
        timeStamp: this[k_timeStamp],
      };
      const inner = ObjectAssign({}, options, {
        depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
      });
      return `${name} ${inspect(shown, inner)}`;
    }
  }
  isEvent = (value) => isObject(value) && value[k_flags] !== undefined;
  isTrusted = (event) => (event[k_flags] & TRUSTED) !== 0;
  setTrusted = (event) => { event[k_flags] |= TRUSTED; };
  setCanceled = cancel;
  initializeEvent = initialize;

  // --- EventTarget internals -----------------------------------------------------------------------
  // Any object becomes an EventTarget (the global object, host objects) once `stamp` gave it the
  // two keys; EventTarget's constructor stamps `this`.
  stamp = (object) => {
    if (object[k_listeners] === undefined) {
      object[k_listeners] = null; // Map(type -> ListenerList), created by the first addEventListener
      object[k_handlers] = null;  // Map(type -> event handler), created by the first on<type> set
    }
    return object;
  };
  isEventTarget = (value) => isObject(value) && value[k_listeners] !== undefined;
  listenersOf = (target) => target[k_listeners];
  createListeners = (target) => target[k_listeners] ?? (target[k_listeners] = new SafeMap());
  handlersOf = (target, create) => target[k_handlers] ?? (create ? (target[k_handlers] = new Map()) : null);

  /**
   * Inner invoke, for one phase of the (single) target's listeners: those in `list` when
   * the phase began (listeners added since are not in `items`; removed ones are marked).
   */
  const invoke = (event, target, list, capturePass) => {
    const items = list.items;
    const count = items.length;
    list.busy++;
    try {
      for (let i = 0; i < count; i++) {
        const listener = items[i];
        if (listener.removed || listener.capture !== capturePass) continue;
        if (listener.once) removeListener(target, listener);
        const passive = listener.passive;
        if (passive) event[k_flags] |= IN_PASSIVE;
        const callback = listener.callback;
        try {
          // A plain function (no proxy; see addListener) whose `call` is still the
          // engine's own is called through it: the engine optimises `f.call(...)` at this
          // call site, while a call through a primordial goes through one shared,
          // megamorphic call site and an argument array.
          if (listener.plain && callback.call === functionCall) callback.call(target, event);
          else if (typeof callback === 'function') FunctionPrototypeCall(callback, target, event);
          else callHandleEvent(callback, event);
        } catch (error) {
          if (passive) event[k_flags] &= ~IN_PASSIVE;
          reportListenerError(error);
        }
        if (passive) event[k_flags] &= ~IN_PASSIVE;
        if ((event[k_flags] & STOP_IMMEDIATE) !== 0) break;
      }
    } finally {
      if (list.items === items) list.busy--;
    }
  };

  dispatch = (target, event) => {
    event[k_flags] |= DISPATCH;
    event[k_target] = target;
    const lists = target[k_listeners];
    if (lists !== null) {
      const type = event[k_type];
      let list = lists.get(type); // a SafeMap: its own get, immune to patches
      // Most lists have no capture listeners: the capture pass has nothing to walk.
      if (list !== undefined && list.captures !== 0) {
        invoke(event, target, list, true);
        list = lists.get(type); // capture listeners may have changed the list
      }
      if (list !== undefined && list.captures !== list.items.length && (event[k_flags] & STOP) === 0) {
        invoke(event, target, list, false);
      }
    }
    const flags = event[k_flags] & ~(DISPATCH | STOP | STOP_IMMEDIATE);
    event[k_flags] = flags;
    return (flags & CANCELED) === 0;
  };

  /**
   * The EventTarget methods' `this`: undefined (a method called bare, as `addEventListener(...)`
   * at the top level) is the global object; anything but an EventTarget is an illegal invocation.
   */
  function thisTarget(self) {
    if (self === undefined || self === null) return globalObject;
    if (((typeof self === 'object' && self !== null) || typeof self === 'function') && self[k_listeners] !== undefined) {
      return self;
    }
    throw illegalInvocation();
  }

  EventTarget = class EventTarget {
    constructor() {
      stamp(this);
    }

    addEventListener(type, callback, options = undefined) {
      const self = thisTarget(this);
      if (arguments.length < 2) {
        throw notEnoughArguments("execute 'addEventListener' on 'EventTarget'", 2, arguments.length);
      }
      type = `${type}`;
      callback = checkCallback(callback, 'addEventListener');
      let capture = false;
      let passive = false;
      let once = false;
      let signal = null;
      if (isObject(options)) {
        // EventListenerOptions' member, then AddEventListenerOptions' in lexicographic order.
        capture = !!options.capture;
        once = !!options.once;
        const passiveValue = options.passive;
        if (passiveValue !== undefined) passive = !!passiveValue;
        const signalValue = options.signal;
        if (signalValue !== undefined) {
          if (!isAbortSignal(signalValue)) {
            throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': member " +
              "signal is not of type 'AbortSignal'.");
          }
          signal = signalValue;
        }
      } else if (options !== undefined && options !== null) {
        capture = !!options;
      }
      addListener(self, type, callback, capture, passive, once, signal);
    }

    removeEventListener(type, callback, options = undefined) {
      const self = thisTarget(this);
      if (arguments.length < 2) {
        throw notEnoughArguments("execute 'removeEventListener' on 'EventTarget'", 2, arguments.length);
      }
      type = `${type}`;
      callback = checkCallback(callback, 'removeEventListener');
      let capture = false;
      if (isObject(options)) capture = !!options.capture;
      else if (options !== undefined && options !== null) capture = !!options;
      if (callback === null) return;
      const listener = findListener(self, type, callback, capture);
      if (listener !== undefined) removeListener(self, listener);
    }

    dispatchEvent(event) {
      const self = thisTarget(this);
      if (typeof event !== 'object' || event === null || event[k_flags] === undefined) {
        if (event === undefined && arguments.length === 0) {
          throw notEnoughArguments("execute 'dispatchEvent' on 'EventTarget'", 1, 0);
        }
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is " +
          "not of type 'Event'.");
      }
      const flags = event[k_flags];
      if ((flags & (INITIALIZED | DISPATCH)) !== INITIALIZED) {
        throw internal.load('51_dom_exception.js').makeDOMException(
          "Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.",
          'InvalidStateError');
      }
      event[k_flags] = flags & ~TRUSTED;
      return dispatch(self, event);
    }
  };
  webIdlClass(Event, undefined, { NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE });
  ObjectDefineProperty(Event.prototype, inspectSymbol, { enumerable: false });

  // --- CustomEvent --------------------------------------------------------------------------------
  class CustomEvent extends Event {
    constructor(type, eventInitDict = undefined) {
      if (arguments.length === 0) throw notEnoughArguments("construct 'CustomEvent'", 1, 0);
      super(type, eventInitDict);
      this[k_detail] = null;
      if (eventInitDict !== undefined && eventInitDict !== null) {
        const detail = eventInitDict.detail;
        if (detail !== undefined) this[k_detail] = detail;
      }
    }
    get detail() {
      if (this?.[k_detail] === undefined) throw illegalInvocation();
      return this[k_detail];
    }
    initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
      if (this?.[k_detail] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("execute 'initCustomEvent' on 'CustomEvent'", 1, 0);
      type = `${type}`;
      if (initializeEvent(this, type, bubbles, cancelable)) this[k_detail] = detail;
    }
  }
  webIdlClass(CustomEvent);

  // --- ErrorEvent (HTML) --------------------------------------------------------------------------
  class ErrorEvent extends Event {
    constructor(type, eventInitDict = undefined) {
      if (arguments.length === 0) throw notEnoughArguments("construct 'ErrorEvent'", 1, 0);
      super(type, eventInitDict);
      this[k_message] = '';
      this[k_filename] = '';
      this[k_lineno] = 0;
      this[k_colno] = 0;
      this[k_error] = null;
      if (eventInitDict !== undefined && eventInitDict !== null) {
        // The derived dictionary's members, in lexicographic order.
        const colno = eventInitDict.colno;
        if (colno !== undefined) this[k_colno] = colno >>> 0;
        const error = eventInitDict.error;
        if (error !== undefined) this[k_error] = error;
        const filename = eventInitDict.filename;
        if (filename !== undefined) this[k_filename] = toUSVString(filename);
        const lineno = eventInitDict.lineno;
        if (lineno !== undefined) this[k_lineno] = lineno >>> 0;
        const message = eventInitDict.message;
        if (message !== undefined) this[k_message] = `${message}`;
      }
    }
    get message() {
      if (this?.[k_message] === undefined) throw illegalInvocation();
      return this[k_message];
    }
    get filename() {
      if (this?.[k_message] === undefined) throw illegalInvocation();
      return this[k_filename];
    }
    get lineno() {
      if (this?.[k_message] === undefined) throw illegalInvocation();
      return this[k_lineno];
    }
    get colno() {
      if (this?.[k_message] === undefined) throw illegalInvocation();
      return this[k_colno];
    }
    get error() {
      if (this?.[k_message] === undefined) throw illegalInvocation();
      return this[k_error];
    }
    static { isErrorEvent = (value) => value[k_message] !== undefined; }
  }
  webIdlClass(ErrorEvent);

  // --- PromiseRejectionEvent (HTML) ---------------------------------------------------------------
  class PromiseRejectionEvent extends Event {
    constructor(type, eventInitDict) {
      const what = "construct 'PromiseRejectionEvent'";
      if (arguments.length < 2) throw notEnoughArguments(what, 2, arguments.length);
      super(type, eventInitDict);
      // `promise` is required; `reason` defaults to undefined.
      const promise = eventInitDict === undefined || eventInitDict === null ? undefined : eventInitDict.promise;
      if (promise === undefined) {
        throw new TypeError(`Failed to ${what}: required member promise is undefined.`);
      }
      if (!isObject(promise)) {
        throw new TypeError(`Failed to ${what}: member promise is not an object.`);
      }
      this[k_promise] = promise;
      this[k_reason] = eventInitDict.reason;
    }
    get promise() {
      if (this?.[k_promise] === undefined) throw illegalInvocation();
      return this[k_promise];
    }
    get reason() {
      if (this?.[k_promise] === undefined) throw illegalInvocation();
      return this[k_reason];
    }
  }
  webIdlClass(PromiseRejectionEvent);

  // --- EventTarget --------------------------------------------------------------------------------
  /**
   * The listeners of one type on one target. `busy` counts dispatches walking `items`;
   * `captures` counts the capture listeners among them.
   */
  class ListenerList {
    constructor() {
      this.items = [];
      this.busy = 0;
      this.captures = 0;
    }
  }
  /** A listener that is an object: its handleEvent is looked up at every call (EventListener). */
  function callHandleEvent(object, event) {
    const handleEvent = object.handleEvent;
    if (typeof handleEvent !== 'function') {
      throw new TypeError("The 'handleEvent' property of the event listener is not callable");
    }
    ReflectApply(handleEvent, object, [event]);
  }
  /** DOM "report an exception" for a listener: the runtime's uncaught-error path. */
  function reportListenerError(error) {
    internal.reportUncaught(error);
  }
  /** An event listener: a callback (function or handleEvent object) and its flags. */
  class Listener {
    constructor(type, callback, capture, passive, once, signal) {
      this.type = type;
      this.callback = callback;
      this.capture = capture;
      this.passive = passive;
      this.once = once;
      this.signal = signal;
      this.abortAlgorithm = null;
      this.removed = false;
      // A function that is no proxy: dispatch may read its `call` unobserved (see invoke).
      this.plain = typeof callback === 'function' && proxyTarget(callback) === undefined;
    }
  }

  /** The items array of `list` that may be changed now: a copy when a dispatch walks it. */
  function writableItems(list) {
    if (list.busy > 0) {
      list.items = ArrayPrototypeSlice(list.items);
      list.busy = 0;
    }
    return list.items;
  }
  /** DOM "remove an event listener". */
  function removeListener(target, listener) {
    listener.removed = true;
    const list = MapPrototypeGet(listenersOf(target), listener.type);
    if (list === undefined) return;
    const items = writableItems(list);
    const index = ArrayPrototypeIndexOf(items, listener);
    if (index >= 0) {
      ArrayPrototypeSplice(items, index, 1);
      if (listener.capture) list.captures--;
    }
    if (items.length === 0 && list.busy === 0) {
      const lists = listenersOf(target);
      if (MapPrototypeGet(lists, listener.type) === list) MapPrototypeDelete(lists, listener.type);
    }
    if (listener.abortAlgorithm !== null) {
      internal.abortOps.removeAlgorithm(listener.signal, listener.abortAlgorithm);
      listener.abortAlgorithm = null;
    }
    // A dependent AbortSignal stays alive only while it has abort listeners.
    if (listener.type === 'abort' && internal.abortOps !== undefined) internal.abortOps.release(target);
  }
  /** DOM "add an event listener" (after the options are flattened). */
  function addListener(target, type, callback, capture, passive, once, signal) {
    if (signal !== null && internal.abortOps.aborted(signal)) return;
    if (callback === null) return;
    const lists = createListeners(target);
    let list = MapPrototypeGet(lists, type);
    if (list === undefined) {
      list = new ListenerList();
      MapPrototypeSet(lists, type, list);
    } else {
      const items = list.items;
      for (let i = 0; i < items.length; i++) {
        const each = items[i];
        if (each.callback === callback && each.capture === capture) return;
      }
    }
    const listener = new Listener(type, callback, capture, passive, once, signal);
    ArrayPrototypePush(writableItems(list), listener);
    if (capture) list.captures++;
    if (signal !== null) {
      listener.abortAlgorithm = () => {
        if (!listener.removed) removeListener(target, listener);
      };
      internal.abortOps.addAlgorithm(signal, listener.abortAlgorithm);
    }
    if (type === 'abort' && internal.abortOps !== undefined) internal.abortOps.retain(target);
    return listener;
  }
  function findListener(target, type, callback, capture) {
    const lists = listenersOf(target);
    if (lists === null) return undefined;
    const list = MapPrototypeGet(lists, type);
    if (list === undefined) return undefined;
    const items = list.items;
    for (let i = 0; i < items.length; i++) {
      const each = items[i];
      if (each.callback === callback && each.capture === capture) return each;
    }
    return undefined;
  }

  function checkCallback(callback, what) {
    if (callback !== null && callback !== undefined && !isObject(callback)) {
      throw new TypeError(`Failed to execute '${what}' on 'EventTarget': parameter 2 is not of type 'Object'.`);
    }
    return callback ?? null;
  }
  function isAbortSignal(value) {
    const ops = internal.abortOps;
    return ops !== undefined && ops.isAbortSignal(value);
  }


  webIdlClass(EventTarget);

  function hasListeners(target, type) {
    const lists = listenersOf(target);
    return lists !== null && MapPrototypeGet(lists, type) !== undefined;
  }

  // --- event handler attributes (HTML) -------------------------------------------------------------
  /**
   * Runs an `on<type>` handler for `event`: a non-callable value does nothing; a handler that
   * returns false cancels the event. The global `onerror` gets (message, filename, lineno, colno,
   * error) for an ErrorEvent and cancels it by returning true.
   */
  function runHandler(handler, event, thisArg) {
    const callback = handler.value;
    if (typeof callback !== 'function') return;
    if (handler.specialError && isErrorEvent(event) && thisArg === globalObject) {
      const result = ReflectApply(callback, thisArg,
        [event.message, event.filename, event.lineno, event.colno, event.error]);
      if (result === true) setCanceled(event);
      return;
    }
    const result = ReflectApply(callback, thisArg, [event]);
    if (result === false) setCanceled(event);
  }
  /** The getter and setter of an `on<type>` event handler attribute. */
  function eventHandlerAccessors(name, specialError) {
    const type = name.slice(2);
    return {
      get() {
        const self = this ?? globalObject;
        if (!isEventTarget(self)) throw illegalInvocation();
        const handlers = handlersOf(self, false);
        const handler = handlers === null ? undefined : MapPrototypeGet(handlers, type);
        return handler === undefined ? null : handler.value;
      },
      set(value) {
        const self = this ?? globalObject;
        if (!isEventTarget(self)) throw illegalInvocation();
        const handlers = handlersOf(self, true);
        let handler = MapPrototypeGet(handlers, type);
        if (!isObject(value)) {
          if (handler !== undefined) {
            MapPrototypeDelete(handlers, type);
            if (!handler.listener.removed) removeListener(self, handler.listener);
          }
          return;
        }
        if (handler !== undefined) {
          handler.value = value;
          return;
        }
        handler = { value, specialError, listener: null };
        const h = handler;
        handler.listener = addListener(self, type, function (event) { runHandler(h, event, this); },
          false, false, false, null);
        MapPrototypeSet(handlers, type, handler);
      },
    };
  }
  /** Defines the `on<type>` attribute `name` on `object` (an interface prototype). */
  function defineEventHandler(object, name, enumerable = true) {
    const { get, set } = eventHandlerAccessors(name, false);
    ObjectDefineProperty(get, 'name', { value: `get ${name}` });
    ObjectDefineProperty(set, 'name', { value: `set ${name}` });
    ObjectDefineProperty(object, name, { get, set, enumerable, configurable: true });
  }

  // --- trusted events for the runtime ---------------------------------------------------------------
  /** A trusted event (isTrusted true), as the runtime fires them. */
  function createEvent(Class, type, init) {
    const event = new Class(type, init);
    setTrusted(event);
    return event;
  }
  /** DOM "fire an event": a plain trusted Event named `type`; returns !defaultPrevented. */
  function fireEvent(target, type) {
    return dispatch(target, createEvent(Event, type, undefined));
  }

  // --- globalThis as an EventTarget -----------------------------------------------------------------
  stamp(globalObject);
  const GLOBAL_HANDLERS = ['onerror', 'onunhandledrejection', 'onrejectionhandled'];
  for (let i = 0; i < GLOBAL_HANDLERS.length; i++) {
    const name = GLOBAL_HANDLERS[i];
    const { get, set } = eventHandlerAccessors(name, name === 'onerror');
    ObjectDefineProperty(get, 'name', { value: `get ${name}` });
    ObjectDefineProperty(set, 'name', { value: `set ${name}` });
    ObjectDefineProperty(globalObject, name, { get, set, enumerable: false, configurable: true });
  }

  function reportError(e) {
    if (arguments.length === 0) throw notEnoughArguments("execute 'reportError'", 1, 0);
    internal.reportUncaught(e);
  }

  /** What an ErrorEvent says about an uncaught value: "Uncaught Error: boom" and where. */
  function describeUncaught(error) {
    let message;
    let filename = '';
    let lineno = 0;
    let colno = 0;
    try {
      if (error instanceof ErrorCtor) {
        const name = `${error.name}`;
        const text = `${error.message}`;
        message = text === '' ? name : `${name}: ${text}`;
        const stack = error.stack;
        if (typeof stack === 'string') {
          const m = RegExpPrototypeExec(/\n\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/, stack);
          if (m !== null) {
            filename = m[1][0] === '/' ? `file://${encodePath(m[1])}` : m[1];
            lineno = +m[2];
            colno = +m[3];
          }
        }
      } else {
        message = internal.inspect(error);
      }
    } catch {
      message = 'exception';
    }
    return { message: `Uncaught ${message}`, filename, lineno, colno };
  }
  const PATH_ESCAPES = { __proto__: null, '%': '%25', ' ': '%20', '#': '%23', '?': '%3F' };
  function encodePath(path) {
    return StringPrototypeReplace(path, /[% #?]/g, (c) => PATH_ESCAPES[c]);
  }

  internal.globalEvents = {
    describeUncaught,
    /** Fires `error` at globalThis for an uncaught exception; returns whether it was canceled. */
    dispatchError(error) {
      if (!hasListeners(globalObject, 'error')) return false;
      const where = describeUncaught(error);
      const event = createEvent(ErrorEvent, 'error', {
        cancelable: true, message: where.message, filename: where.filename, lineno: where.lineno,
        colno: where.colno, error,
      });
      return !dispatch(globalObject, event);
    },
    /** Fires `unhandledrejection`; returns whether it was canceled. */
    dispatchUnhandledRejection(promise, reason) {
      if (!hasListeners(globalObject, 'unhandledrejection')) return false;
      const event = createEvent(PromiseRejectionEvent, 'unhandledrejection', { cancelable: true, promise, reason });
      return !dispatch(globalObject, event);
    },
    /** Fires `rejectionhandled` for a promise whose rejection was reported and is now handled. */
    dispatchRejectionHandled(promise, reason) {
      if (!hasListeners(globalObject, 'rejectionhandled')) return;
      dispatch(globalObject, createEvent(PromiseRejectionEvent, 'rejectionhandled', { promise, reason }));
    },
  };

  // `performance` is an EventTarget (25_performance.js holds a stand-in until now).
  if (internal.Performance !== undefined) {
    Reflect.setPrototypeOf(internal.Performance.prototype, EventTarget.prototype);
    Reflect.setPrototypeOf(internal.Performance, EventTarget);
    stamp(internal.performance);
  }

  // globalThis's Window interface extends EventTarget (50_web_globals.js made it without one).
  if (internal.Window !== undefined && ReflectGetPrototypeOf(globalObject) === internal.Window.prototype) {
    ReflectSetPrototypeOf(internal.Window.prototype, EventTarget.prototype);
    ReflectSetPrototypeOf(internal.Window, EventTarget);
  }

  const proto = EventTarget.prototype;
  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [Event, CustomEvent, ErrorEvent, PromiseRejectionEvent, EventTarget]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({
    Event, EventTarget, CustomEvent, ErrorEvent, PromiseRejectionEvent,
    addEventListener: proto.addEventListener,
    removeEventListener: proto.removeEventListener,
    dispatchEvent: proto.dispatchEvent,
    reportError,
    makeEventTarget: stamp, isEventTarget, isEvent, createEvent, fireEvent, dispatch, hasListeners,
    defineEventHandler, setCanceled,
  });
})
