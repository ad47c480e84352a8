// 67_messaging.js: HTML's `MessageEvent`, `MessageChannel`, `MessagePort` and `BroadcastChannel`,
// on top of the events file (52) and structured clone (65). Loaded on first use.
//
// A port's Java half is a PortEndpoint (workers/PortEndpoint.java): the other end posts
// serialized messages (plain Java data) into its queue, from any thread. A started port receives
// through a PendingOp: each report is one message, taken from the queue and dispatched as one
// task. A started, open port keeps the loop alive (as in Deno and Node) unless unref()'d.
// Transferring a port (postMessage's transfer list) detaches this object and sends the endpoint;
// the receiving Context wraps it in a new MessagePort. BroadcastChannel members of one name (in
// this runtime and all its workers) each have an endpoint that the cluster delivers to.
//
// Exports, for the worker files: `MessagePort`, `portFromEndpoint(endpoint)`, `endpointOf(port)`,
// `receive(endpoint, target, onClose)` (dispatch an endpoint's messages at any EventTarget),
// `receiveWith(endpoint, onMessage, onMessageError, onClose)` (the same with callbacks),
// `postTo(endpoint, message, transferArg, what)`, `parseTransfer(arg, what)`, `MessageEvent`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyNames, SymbolToStringTag, SymbolIterator,
    SymbolFor, ReflectApply, SafeMap, TypeError, ArrayPrototypePush, StringPrototypeToWellFormed,
  } = internal.primordials;
  const events = internal.load('52_events.js');
  const { Event, EventTarget, createEvent, dispatch, defineEventHandler } = events;
  const clone = internal.load('65_structured_clone.js');
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const workers = host.workers;
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');
  const CLOSED = 'closed';   // PortEndpoint.CLOSED: the other end closed (a message is never a bare string)

  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  const { notEnoughArguments } = internal.errors;
  /** Web IDL's class shape: enumerable operations and attributes, a Symbol.toStringTag. */
  function webIdlClass(Class) {
    const proto = Class.prototype;
    const names = ObjectGetOwnPropertyNames(proto);
    for (let i = 0; i < names.length; i++) {
      if (names[i] !== 'constructor') ObjectDefineProperty(proto, names[i], { enumerable: true });
    }
    ObjectDefineProperty(proto, SymbolToStringTag, { value: Class.name, configurable: true });
    internal.markPlatformInterface(Class);
  }
  const illegalConstructor = () => new TypeError('Illegal constructor');
  const { illegalInvocation } = internal.errors;

  // --- MessageEvent -----------------------------------------------------------------------------
  let messageEventPorts;
  let messageEvent;
  const NO_PORTS = ObjectFreeze([]);
  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_closed = internal.sharedSymbol('messaging:closed');
  const k_channelClosed = internal.sharedSymbol('messaging:BroadcastChannel.closed');
  const k_channelEndpoint = internal.sharedSymbol('messaging:BroadcastChannel.endpoint');
  const k_channelOp = internal.sharedSymbol('messaging:BroadcastChannel.op');
  const k_data = internal.sharedSymbol('messaging:data');
  const k_detached = internal.sharedSymbol('messaging:detached');
  const k_endpoint = internal.sharedSymbol('messaging:endpoint');
  const k_lastEventId = internal.sharedSymbol('messaging:lastEventId');
  const k_name = internal.sharedSymbol('messaging:name');
  const k_op = internal.sharedSymbol('messaging:op');
  const k_origin = internal.sharedSymbol('messaging:origin');
  const k_port1 = internal.sharedSymbol('messaging:port1');
  const k_port2 = internal.sharedSymbol('messaging:port2');
  const k_ports = internal.sharedSymbol('messaging:ports');
  const k_referenced = internal.sharedSymbol('messaging:referenced');
  const k_source = internal.sharedSymbol('messaging:source');
  const k_started = internal.sharedSymbol('messaging:started');

  class MessageEvent extends Event {
    constructor(type, eventInitDict = undefined) {
      if (arguments.length === 0) {
        throw notEnoughArguments("construct 'MessageEvent'", 1, 0);
      }
      super(type, eventInitDict);
      this[k_data] = null;
      this[k_origin] = '';
      this[k_lastEventId] = '';
      this[k_source] = null;
      let ports = [];
      if (eventInitDict !== undefined && eventInitDict !== null) {
        if (!isObject(eventInitDict)) {
          throw new TypeError("Failed to construct 'MessageEvent': The provided value is not of type 'MessageEventInit'.");
        }
        // MessageEventInit's members in lexicographic order: data, lastEventId, origin, ports, source.
        const data = eventInitDict.data;
        if (data !== undefined) this[k_data] = data;
        const lastEventId = eventInitDict.lastEventId;
        if (lastEventId !== undefined) this[k_lastEventId] = `${lastEventId}`;
        const origin = eventInitDict.origin;
        if (origin !== undefined) this[k_origin] = StringPrototypeToWellFormed(`${origin}`);
        const portsValue = eventInitDict.ports;
        if (portsValue !== undefined) ports = toPortSequence(portsValue);
        const source = eventInitDict.source;
        if (source !== undefined && source !== null) {
          if (!isMessagePort(source)) {
            throw new TypeError("Failed to construct 'MessageEvent': The provided value is not of type '(MessagePort or ServiceWorker or Window)'.");
          }
          this[k_source] = source;
        }
      }
      this[k_ports] = ObjectFreeze(ports);
    }
    get data() {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      return this[k_data];
    }
    get origin() {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      return this[k_origin];
    }
    get lastEventId() {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      return this[k_lastEventId];
    }
    get source() {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      return this[k_source];
    }
    get ports() {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      return this[k_ports];
    }
    initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '',
      lastEventId = '', source = null, ports = []) {
      if (this?.[k_ports] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("execute 'initMessageEvent' on 'MessageEvent'", 1, 0);
      this.initEvent(type, bubbles, cancelable);
      this[k_data] = data;
      this[k_origin] = `${origin}`;
      this[k_lastEventId] = `${lastEventId}`;
      this[k_source] = source;
      this[k_ports] = ObjectFreeze(toPortSequence(ports));
    }
    static {
      messageEventPorts = (event, ports) => { event[k_ports] = ports; };
      /** A trusted `type` event carrying `data` and `ports` (frozen), without reading a dictionary. */
      messageEvent = (type, data, ports) => {
        const event = createEvent(MessageEvent, type, undefined);
        event[k_data] = data;
        event[k_ports] = ports;
        return event;
      };
    }
  }
  webIdlClass(MessageEvent);

  function toPortSequence(value) {
    if (!isObject(value) || typeof value[SymbolIterator] !== 'function') {
      throw new TypeError("Failed to construct 'MessageEvent': The provided value cannot be converted to a sequence.");
    }
    const ports = [];
    for (const port of value) {
      if (!isMessagePort(port)) {
        throw new TypeError("Failed to construct 'MessageEvent': Failed to convert value to 'MessagePort'.");
      }
      ArrayPrototypePush(ports, port);
    }
    return ports;
  }

  // --- receiving ----------------------------------------------------------------------------------
  /**
   * Receives `endpoint`'s messages: `onMessage(data, ports)` for each, `onMessageError(error)` for
   * one that cannot be deserialized here, `onClose()` when the other end closes. Returns the op.
   */
  function receiveWith(endpoint, onMessage, onMessageError, onClose) {
    const op = workers.receive(endpoint);
    internal.listenOp(op, undefined, () => {
      const message = endpoint.take();
      if (message === null) return;
      if (message === CLOSED) {
        if (onClose !== undefined) onClose();
        return;
      }
      const ports = [];
      let data;
      try {
        data = clone.deserializeFromJava(message, ports);
      } catch (error) {
        onMessageError(error);
        return;
      }
      onMessage(data, ports);
    });
    return op;
  }

  /**
   * Receives `endpoint`'s messages as `message` MessageEvents at `target` (`messageerror` for one
   * that cannot be deserialized here). `onClose()` runs when the other end closes. Returns the op.
   */
  function receive(endpoint, target, onClose) {
    return receiveWith(endpoint,
      (data, ports) => dispatch(target, messageEvent('message', data, ports.length === 0 ? NO_PORTS : ObjectFreeze(ports))),
      (error) => dispatch(target, messageEvent('messageerror', error, NO_PORTS)),
      onClose);
  }

  /**
   * postMessage's second argument: a sequence of transferables, or a StructuredSerializeOptions
   * dictionary with `transfer`.
   */
  function parseTransfer(arg, what) {
    if (arg === undefined || arg === null) return [];
    if (isObject(arg) && typeof arg[SymbolIterator] === 'function') {
      return clone.transferOption({ transfer: arg }, what);
    }
    return clone.transferOption(arg, what);
  }

  /** Serializes `message` and sends it through `endpoint` (null: serialize only, then drop). */
  function postTo(endpoint, message, transferList) {
    const serialized = clone.serializeToJava(message, transferList);
    if (endpoint !== null) endpoint.post(serialized);
  }

  // --- MessagePort --------------------------------------------------------------------------------
  const kCreate = internal.sharedSymbol('messaging:MessagePort.constructorKey');
  let isMessagePort;
  let portFromEndpoint;
  let endpointOf;
  /** Closes this end only: no more messages; a `close` event follows (Node). */
  function closeLocally(port) {
    if (port[k_closed]) return;
    port[k_closed] = true;
    if (port[k_op] !== null) {
      port[k_op].cancel();
      port[k_op] = null;
    }
    // Node fires 'close' at both ends of a closed channel.
    internal.nextTick(() => dispatch(port, createEvent(Event, 'close', undefined)));
  }

  class MessagePort extends EventTarget {
    constructor(key = undefined, endpoint = undefined) {
      if (key !== kCreate) throw illegalConstructor();
      super();
      this[k_op] = null;
      this[k_started] = false;
      this[k_closed] = false;
      this[k_detached] = false;
      this[k_referenced] = true;
      this[k_endpoint] = endpoint;
    }

    postMessage(message, options = undefined) {
      if (!isMessagePort(this)) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("execute 'postMessage' on 'MessagePort'", 1, 0);
      const transfer = parseTransfer(options, "execute 'postMessage' on 'MessagePort'");
      for (let i = 0; i < transfer.length; i++) {
        if (transfer[i] === this) {
          throw makeDOMException("Failed to execute 'postMessage' on 'MessagePort': Port at index " +
            `${i} contains the source port.`, 'DataCloneError');
        }
      }
      postTo(this[k_detached] || this[k_closed] ? null : this[k_endpoint], message, transfer);
    }

    start() {
      if (!isMessagePort(this)) throw illegalInvocation();
      if (this[k_started] || this[k_closed] || this[k_detached]) return;
      this[k_started] = true;
      this[k_op] = receive(this[k_endpoint], this, () => closeLocally(this));
      if (!this[k_referenced]) this[k_op].setReferenced(false);
    }

    close() {
      if (!isMessagePort(this)) throw illegalInvocation();
      if (this[k_detached]) return;
      closeLocally(this);
      this[k_endpoint].close();
    }

    static {
      isMessagePort = (value) => isObject(value) && value[k_endpoint] !== undefined;
      portFromEndpoint = (endpoint) => new MessagePort(kCreate, endpoint);
      endpointOf = (port) => port[k_endpoint];
      internal.messagePorts = {
        isPort: isMessagePort,
        canTransfer: (port) => !port[k_detached] && !port[k_closed],
        detach(port) {
          port[k_detached] = true;
          if (port[k_op] !== null) {
            port[k_op].cancel();
            port[k_op] = null;
          }
          return port[k_endpoint];
        },
        setReferenced(port, referenced) {
          port[k_referenced] = referenced;
          if (port[k_op] !== null) port[k_op].setReferenced(referenced);
        },
        hasRef: (port) => port[k_op] !== null && port[k_op].isReferenced(),
        takeMessage(port) {
          if (port[k_detached] || port[k_closed]) return undefined;
          for (;;) {
            const message = port[k_endpoint].take();
            if (message === null) return undefined;
            if (message === CLOSED) {
              closeLocally(port);
              return undefined;
            }
            return { message: clone.deserializeFromJava(message, undefined) };
          }
        },
      };
    }
  }
  webIdlClass(MessagePort);
  defineStartingHandler(MessagePort.prototype, 'onmessage');
  defineEventHandler(MessagePort.prototype, 'onmessageerror');

  /** An `onmessage` attribute whose setter also starts the port (HTML: "implicitly started"). */
  function defineStartingHandler(proto, name) {
    defineEventHandler(proto, name);
    const descriptor = Reflect.getOwnPropertyDescriptor(proto, name);
    const innerSet = descriptor.set;
    const set = {
      [`set ${name}`](value) {
        ReflectApply(innerSet, this, [value]);
        if (isObject(value)) this.start();
      },
    }[`set ${name}`];
    ObjectDefineProperty(proto, name, { get: descriptor.get, set, enumerable: true, configurable: true });
  }

  // Node's MessagePort is also an EventEmitter-like NodeEventTarget: on/once/off for 'message'
  // (the listener gets the data), 'messageerror' and 'close', and ref/unref. Non-enumerable, so
  // the web interface looks as the spec says. As in Node, the first 'message' listener starts and
  // refs the port and removing the last one unrefs it: a worker whose parentPort.once('message')
  // has fired exits once nothing else keeps it.
  const nodeListeners = new internal.primordials.WeakMap();
  function nodeWrapper(target, type, listener, once) {
    let byType = nodeListeners.get(target);
    if (byType === undefined) nodeListeners.set(target, byType = new SafeMap());
    let list = byType.get(type);
    if (list === undefined) byType.set(type, list = []);
    const wrapper = (event) => {
      if (once) removeNode(target, type, listener);
      if (type === 'message' || type === 'messageerror') ReflectApply(listener, target, [event.data]);
      else ReflectApply(listener, target, []);
    };
    ArrayPrototypePush(list, { listener, wrapper });
    return wrapper;
  }
  function removeNode(target, type, listener) {
    const list = nodeListeners.get(target)?.get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener) {
        EventTarget.prototype.removeEventListener.call(target, type, list[i].wrapper);
        list.splice(i, 1);
        if (type === 'message' && list.length === 0) internal.messagePorts.setReferenced(target, false);
        return;
      }
    }
  }
  function addNode(target, type, listener, once) {
    internal.errors.validateFunction(listener, 'listener');
    const first = type === 'message' && nodeMethods.listenerCount.call(target, 'message') === 0;
    EventTarget.prototype.addEventListener.call(target, type, nodeWrapper(target, type, listener, once));
    if (first) {
      internal.messagePorts.setReferenced(target, true);
      target.start();
    }
    return target;
  }
  const nodeMethods = {
    on(type, listener) { return addNode(this, type, listener, false); },
    once(type, listener) { return addNode(this, type, listener, true); },
    off(type, listener) {
      removeNode(this, type, listener);
      return this;
    },
    removeAllListeners(type) {
      const byType = nodeListeners.get(this);
      if (byType === undefined) return this;
      for (const [t, list] of byType) {
        if (type !== undefined && t !== type) continue;
        for (const { wrapper } of list) EventTarget.prototype.removeEventListener.call(this, t, wrapper);
        if (t === 'message' && list.length > 0) internal.messagePorts.setReferenced(this, false);
        list.length = 0;
      }
      return this;
    },
    emit(type, ...args) {
      const list = nodeListeners.get(this)?.get(type);
      if (list === undefined || list.length === 0) return false;
      for (const { listener } of [...list]) ReflectApply(listener, this, args);
      return true;
    },
    listenerCount(type) {
      return nodeListeners.get(this)?.get(type)?.length ?? 0;
    },
    ref() { internal.messagePorts.setReferenced(this, true); return this; },
    unref() { internal.messagePorts.setReferenced(this, false); return this; },
    hasRef() { return internal.messagePorts.hasRef(this); },
  };
  nodeMethods.addListener = nodeMethods.on;
  nodeMethods.removeListener = nodeMethods.off;
  for (const name of ObjectGetOwnPropertyNames(nodeMethods)) {
    ObjectDefineProperty(MessagePort.prototype, name, {
      value: nodeMethods[name], writable: true, enumerable: false, configurable: true,
    });
  }
  MessagePort.prototype[inspectSymbol] = function inspect() {
    return `${isMessagePort(this) ? 'MessagePort' : 'Object'} {}`;
  };
  ObjectDefineProperty(MessagePort.prototype, inspectSymbol, { enumerable: false });

  // --- MessageChannel -----------------------------------------------------------------------------
  class MessageChannel {
    constructor() {
      const [a, b] = workers.newChannel();
      this[k_port1] = portFromEndpoint(a);
      this[k_port2] = portFromEndpoint(b);
    }
    get port1() {
      if (!isObject(this) || this[k_port1] === undefined) throw illegalInvocation();
      return this[k_port1];
    }
    get port2() {
      if (!isObject(this) || this[k_port1] === undefined) throw illegalInvocation();
      return this[k_port2];
    }
    [inspectSymbol](depth, options, inspect) {
      return `MessageChannel ${internal.inspect({ port1: this[k_port1], port2: this[k_port2] })}`;
    }
  }
  webIdlClass(MessageChannel);
  ObjectDefineProperty(MessageChannel.prototype, inspectSymbol, { enumerable: false });

  // --- BroadcastChannel ---------------------------------------------------------------------------
  class BroadcastChannel extends EventTarget {
    constructor(name) {
      if (arguments.length === 0) throw notEnoughArguments("construct 'BroadcastChannel'", 1, 0);
      super();
      this[k_channelClosed] = false;
      this[k_name] = `${name}`;
      this[k_channelEndpoint] = workers.joinBroadcast(this[k_name]);
      this[k_channelOp] = receive(this[k_channelEndpoint], this, undefined);
    }
    get name() {
      if (!isObject(this) || this[k_name] === undefined) throw illegalInvocation();
      return this[k_name];
    }
    postMessage(message) {
      if (!isObject(this) || this[k_name] === undefined) throw illegalInvocation();
      if (arguments.length === 0) throw notEnoughArguments("execute 'postMessage' on 'BroadcastChannel'", 1, 0);
      if (this[k_channelClosed]) {
        throw makeDOMException("Failed to execute 'postMessage' on 'BroadcastChannel': Channel is closed",
          'InvalidStateError');
      }
      workers.broadcast(this[k_name], this[k_channelEndpoint], clone.serializeToJava(message, []));
    }
    close() {
      if (!isObject(this) || this[k_name] === undefined) throw illegalInvocation();
      if (this[k_channelClosed]) return;
      this[k_channelClosed] = true;
      this[k_channelOp].cancel();
      workers.leaveBroadcast(this[k_name], this[k_channelEndpoint]);
    }
    ref() { if (!this[k_channelClosed]) this[k_channelOp].setReferenced(true); return this; }
    unref() { if (!this[k_channelClosed]) this[k_channelOp].setReferenced(false); return this; }
    [inspectSymbol]() {
      return `BroadcastChannel { name: '${this[k_name]}', active: ${!this[k_channelClosed]} }`;
    }
  }
  webIdlClass(BroadcastChannel);
  defineEventHandler(BroadcastChannel.prototype, 'onmessage');
  defineEventHandler(BroadcastChannel.prototype, 'onmessageerror');
  for (const name of ['ref', 'unref', inspectSymbol]) {
    ObjectDefineProperty(BroadcastChannel.prototype, name, { enumerable: false });
  }

  return ObjectFreeze({
    MessageEvent, MessageChannel, MessagePort, BroadcastChannel,
    portFromEndpoint, endpointOf, isMessagePort, receive, receiveWith, postTo, parseTransfer,
    defineStartingHandler,
  });
})
