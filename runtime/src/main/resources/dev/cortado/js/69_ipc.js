// 69_ipc.js: the IPC channel of child_process.fork, at both ends, loaded on first use. A forked
// ChildProcess in the parent (86_child_process.js) and `process` in a forked child (30_process.js)
// both get send(), disconnect(), connected, channel (ref/unref) and the 'message' and 'disconnect'
// events, over node/IpcChannel.java: a Unix domain socket carrying one line of JSON per message,
// Node's 'json' serialization. Each message arrives as its own task; a send callback runs once
// the message is written; 'disconnect' follows the other end closing (or disconnect()) on the
// next tick.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    JSONStringify, JSONParse, Error: ErrorCtor, TypeError, SafeMap, MapPrototypeGet, MapPrototypeSet,
    MapPrototypeDelete, StringPrototypeStartsWith, ReflectApply, MapPrototypeForEach, MapPrototypeClear,
  } = internal.primordials;
  const { makeCodedError, invalidArgType } = internal.errors;
  const EventEmitter = internal.EventEmitter;

  const channelClosed = () => makeCodedError(ErrorCtor, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');

  /** child.channel / process.channel: keeps the process alive while referenced, as Node's Control. */
  // A Control's state, under keys shared by every Context (00_primordials.js): the channel's op,
  // the count of listeners that keep it referenced, and whether ref()/unref() decided instead.
  const k_op = internal.sharedSymbol('ipc:op');
  const k_refs = internal.sharedSymbol('ipc:refs');
  const k_refExplicitlySet = internal.sharedSymbol('ipc:refExplicitlySet');

  class Control extends EventEmitter {
    constructor(op) {
      super();
      this[k_op] = op;
      this[k_refs] = 0;
      this[k_refExplicitlySet] = false;
    }
    ref() {
      this[k_refExplicitlySet] = true;
      this[k_op].setReferenced(true);
    }
    unref() {
      this[k_refExplicitlySet] = true;
      this[k_op].setReferenced(false);
    }
    /** A 'message' or 'disconnect' listener was added (in a child: it keeps the process alive). */
    refCounted() {
      if (++this[k_refs] === 1 && !this[k_refExplicitlySet]) this[k_op].setReferenced(true);
    }
    unrefCounted() {
      if (--this[k_refs] === 0 && !this[k_refExplicitlySet]) this[k_op].setReferenced(false);
    }
  }

  /**
   * Gives `target` (a ChildProcess or process) the channel `handle` (node/IpcChannel.java).
   * `referenced`: whether the open channel keeps the loop alive by itself (the parent's end does;
   * a child's only while it has 'message' or 'disconnect' listeners). `onClosed` runs when the
   * channel has closed, before 'disconnect' is emitted.
   */
  function setupChannel(target, handle, referenced, onClosed) {
    const op = handle.start();
    const control = new Control(op);
    if (!referenced) op.setReferenced(false);
    const callbacks = new SafeMap();
    let nextId = 0;
    target.channel = control;
    target.connected = true;

    function closed() {
      if (!target.connected) return false;
      target.connected = false;
      target.channel = null;
      // callbacks of messages never written learn that the channel closed
      const pending = [];
      MapPrototypeForEach(callbacks, (callback) => { pending[pending.length] = callback; });
      MapPrototypeClear(callbacks);
      for (let i = 0; i < pending.length; i++) internal.nextTick(pending[i], channelClosed());
      if (onClosed !== undefined) onClosed();
      internal.nextTick(() => target.emit('disconnect'));
      return true;
    }

    internal.listenOp(op, () => closed(), (report) => {
      if (typeof report === 'string') {
        let message;
        try {
          message = JSONParse(report);
        } catch {
          return; // not a message of ours
        }
        if (message !== null && typeof message === 'object' && typeof message.cmd === 'string'
            && StringPrototypeStartsWith(message.cmd, 'NODE_')) {
          target.emit('internalMessage', message);
        } else {
          target.emit('message', message, undefined);
        }
        return;
      }
      const callback = MapPrototypeGet(callbacks, report[0]);
      if (callback === undefined) return;
      MapPrototypeDelete(callbacks, report[0]);
      callback(report[1] === null ? null : channelClosed());
    });

    target.send = function send(message, sendHandle, options, callback) {
      if (typeof sendHandle === 'function') {
        callback = sendHandle;
        sendHandle = undefined;
        options = undefined;
      } else if (typeof options === 'function') {
        callback = options;
        options = undefined;
      } else if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw invalidArgType('options', 'of type object', options);
      }
      if (message === undefined) {
        throw makeCodedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
      }
      const type = typeof message;
      if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
        throw invalidArgType('message', 'one of type string, object, number, or boolean', message);
      }
      if (sendHandle !== undefined && sendHandle !== null) {
        throw makeCodedError(TypeError, 'ERR_INVALID_HANDLE_TYPE',
          'This handle type cannot be sent (Cortado sends messages, not sockets or servers)');
      }
      if (!target.connected) {
        const error = channelClosed();
        if (typeof callback === 'function') internal.nextTick(callback, error);
        else internal.nextTick(() => target.emit('error', error));
        return false;
      }
      const line = JSONStringify(message); // a BigInt or a cycle throws its TypeError here, as in Node
      if (typeof callback === 'function') {
        const id = nextId++;
        MapPrototypeSet(callbacks, id, callback);
        handle.send(line, id);
      } else {
        handle.send(line, -1);
      }
      return true;
    };
    target.disconnect = function disconnect() {
      if (!target.connected) {
        target.emit('error', makeCodedError(ErrorCtor, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
        return;
      }
      // what was sent before is still written, then the socket closes
      op.cancel();
      closed();
    };
    return control;
  }

  return { setupChannel, Control };
})
