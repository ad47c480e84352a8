// 50_web_globals.js: the web platform's globals (WinterTC's minimum common API). Each name is
// bound to the file that defines it and loaded on first read (see README.md, "Loaded on first
// use"), so a program pays start-up time only for the interfaces it touches.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const lazy = internal.defineLazyGlobals;
  const { ReflectDefineProperty, ReflectGet, ReflectSet, globalThis: global } = internal.primordials;
  lazy('51_dom_exception.js', ['DOMException']);
  lazy('52_events.js', [
    'Event', 'EventTarget', 'CustomEvent', 'ErrorEvent', 'PromiseRejectionEvent',
    'addEventListener', 'removeEventListener', 'dispatchEvent', 'reportError',
  ]);
  // globalThis's event handler attributes: reading or setting one loads the events file, which
  // replaces these accessors with the real ones.
  for (const name of ['onerror', 'onunhandledrejection', 'onrejectionhandled']) {
    ReflectDefineProperty(global, name, {
      get() {
        internal.load('52_events.js');
        return ReflectGet(global, name);
      },
      set(value) {
        internal.load('52_events.js');
        ReflectSet(global, name, value);
      },
      configurable: true, enumerable: false,
    });
  }
  // globalThis is a Window, as in Deno and browsers (HTML's [Global] interface; Web IDL feature
  // detection such as `'Window' in self` finds it). Window extends EventTarget, which loads on
  // first use: until then Window.prototype's prototype is Object.prototype, and 52_events.js puts
  // EventTarget.prototype in its place. A web worker replaces Window with its own scope's
  // interfaces (68_workers.js). The engine's own "global" tag stays on globalThis, so
  // Object.prototype.toString and console.log name it as Node does.
  const { ObjectDefineProperty, ObjectSetPrototypeOf, SymbolToStringTag } = internal.primordials;
  const { Window } = {
    Window: function Window() { throw new TypeError('Illegal constructor'); },
  };
  ObjectDefineProperty(Window, 'prototype', { writable: false });
  ObjectDefineProperty(Window.prototype, SymbolToStringTag, { value: 'Window', configurable: true });
  ObjectSetPrototypeOf(global, Window.prototype);
  internal.Window = Window;
  internal.defineGlobal('Window', Window);
  lazy('53_abort.js', ['AbortController', 'AbortSignal']);
  lazy('55_encoding.js', ['TextEncoder', 'TextDecoder']);
  lazy('56_base64.js', ['atob', 'btoa']);
  lazy('57_crypto.js', ['crypto', 'Crypto']);
  lazy('58_navigator.js', ['navigator', 'Navigator']);
  lazy('59_performance_timeline.js', [
    'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList',
  ]);
  lazy('60_url.js', ['URL', 'URLSearchParams']);
  lazy('65_structured_clone.js', ['structuredClone']);
  lazy('66_blob.js', ['Blob', 'File']);
  lazy('64_file_reader.js', ['FileReader', 'ProgressEvent']);
  lazy('67_messaging.js', ['MessageEvent', 'MessageChannel', 'MessagePort', 'BroadcastChannel']);
  lazy('68_workers.js', ['Worker']);
  // Atomics.wait may block any loop thread (main or worker), as in Node and Deno.
  host.workers.allowAtomicsWait(lazy);
  // Atomics.waitAsync: the engine resolves a waiter another thread notified only when this loop
  // next runs a task (its notify cannot wake our loop). While waiters are pending, a 1 ms
  // interval gives it those turns (and keeps the loop alive, as a pending waiter does in Node).
  const atomics = global.Atomics;
  const engineWaitAsync = atomics !== undefined ? atomics.waitAsync : undefined;
  if (typeof engineWaitAsync === 'function') {
    const { ReflectApply: apply, PromisePrototypeThen } = internal.primordials;
    let waiting = 0;
    let poller = null;
    const settled = () => {
      if (--waiting === 0) {
        internal.timers.clearInterval(poller);
        poller = null;
      }
    };
    const { waitAsync } = {
      waitAsync(typedArray, index, value, timeout) {
        const result = apply(engineWaitAsync, atomics, arguments);
        if (result.async) {
          if (waiting++ === 0) poller = internal.timers.setInterval(() => {}, 1);
          PromisePrototypeThen(result.value, settled, settled);
        }
        return result;
      },
    };
    ReflectDefineProperty(atomics, 'waitAsync', { value: waitAsync, writable: true, enumerable: false, configurable: true });
  }
  lazy('70_streams.js', [
    'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController', 'ReadableByteStreamController',
    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  ]);
  lazy('71_encoding_streams.js', ['TextEncoderStream', 'TextDecoderStream']);
  lazy('73_compression_streams.js', ['CompressionStream', 'DecompressionStream']);
  // Node's Buffer global (node:buffer)
  lazy('81_buffer.js', ['Buffer']);
  lazy('74_form_data.js', ['FormData']);
  lazy('75_fetch.js', ['fetch', 'Headers', 'Request', 'Response']);
  // The global operations and attributes are enumerable (Web IDL), in Node's order, then ours.
  internal.enumerateGlobals([
    'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout',
    'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto',
    'reportError', 'navigator',
  ]);
})
