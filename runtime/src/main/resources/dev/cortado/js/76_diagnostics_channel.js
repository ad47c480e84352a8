// 76_diagnostics_channel.js: Node's `diagnostics_channel`, loaded on first use: named channels
// that libraries publish to and tools subscribe to (channel, subscribe, unsubscribe, hasSubscribers,
// runStores), and tracingChannel's start / end / asyncStart / asyncEnd / error channels with
// traceSync, tracePromise and traceCallback. Cortado itself publishes nothing yet.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    Map: MapCtor, MapPrototypeGet, MapPrototypeSet, ArrayPrototypeIndexOf, ArrayPrototypeSplice,
    ArrayPrototypeSlice, ReflectApply, PromisePrototypeThen, PromiseResolve,
  } = internal.primordials;
  const { validateFunction, invalidArgType } = internal.errors;

  const channels = new MapCtor();
  class Channel {
    constructor(name) {
      this.name = name;
      this._subscribers = [];
    }
    get hasSubscribers() { return this._subscribers.length > 0; }
    subscribe(subscription) {
      validateFunction(subscription, 'subscription');
      this._subscribers = [...this._subscribers, subscription];
    }
    unsubscribe(subscription) {
      const index = ArrayPrototypeIndexOf(this._subscribers, subscription);
      if (index === -1) return false;
      const next = ArrayPrototypeSlice(this._subscribers);
      ArrayPrototypeSplice(next, index, 1);
      this._subscribers = next;
      return true;
    }
    publish(data) {
      for (const subscriber of this._subscribers) {
        try {
          subscriber(data, this.name);
        } catch (error) {
          internal.nextTick(() => { throw error; });
        }
      }
    }
    bindStore() {}
    unbindStore() { return false; }
    runStores(data, fn, thisArg, ...args) {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    }
  }
  function channel(name) {
    if (typeof name !== 'string' && typeof name !== 'symbol') {
      throw invalidArgType('channel', 'of type string or symbol', name);
    }
    let found = MapPrototypeGet(channels, name);
    if (found === undefined) {
      found = new Channel(name);
      MapPrototypeSet(channels, name, found);
    }
    return found;
  }
  const hasSubscribers = (name) => {
    const found = MapPrototypeGet(channels, name);
    return found !== undefined && found.hasSubscribers;
  };
  const subscribe = (name, subscription) => channel(name).subscribe(subscription);
  const unsubscribe = (name, subscription) => channel(name).unsubscribe(subscription);

  const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
  class TracingChannel {
    constructor(nameOrChannels) {
      for (const event of EVENTS) {
        this[event] = typeof nameOrChannels === 'string'
          ? channel(`tracing:${nameOrChannels}:${event}`) : nameOrChannels[event];
      }
    }
    get hasSubscribers() {
      return EVENTS.some((event) => this[event].hasSubscribers);
    }
    subscribe(handlers) {
      for (const event of EVENTS) if (handlers[event]) this[event].subscribe(handlers[event]);
    }
    unsubscribe(handlers) {
      let done = true;
      for (const event of EVENTS) if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
      return done;
    }
    traceSync(fn, context = {}, thisArg, ...args) {
      this.start.publish(context);
      try {
        const result = ReflectApply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (error) {
        context.error = error;
        this.error.publish(context);
        throw error;
      } finally {
        this.end.publish(context);
      }
    }
    tracePromise(fn, context = {}, thisArg, ...args) {
      this.start.publish(context);
      try {
        const promise = ReflectApply(fn, thisArg, args);
        return PromisePrototypeThen(PromiseResolve(promise), (result) => {
          context.result = result;
          this.asyncStart.publish(context);
          this.asyncEnd.publish(context);
          return result;
        }, (error) => {
          context.error = error;
          this.error.publish(context);
          this.asyncStart.publish(context);
          this.asyncEnd.publish(context);
          throw error;
        });
      } catch (error) {
        context.error = error;
        this.error.publish(context);
        throw error;
      } finally {
        this.end.publish(context);
      }
    }
    traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
      const index = position < 0 ? args.length + position : position;
      const callback = args[index];
      validateFunction(callback, 'callback');
      const self = this;
      args[index] = function wrapped(error, result) {
        if (error) {
          context.error = error;
          self.error.publish(context);
        } else {
          context.result = result;
        }
        self.asyncStart.publish(context);
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          self.asyncEnd.publish(context);
        }
      };
      return this.traceSync(fn, context, thisArg, ...args);
    }
  }
  const tracingChannel = (nameOrChannels) => new TracingChannel(nameOrChannels);
  return { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
})
