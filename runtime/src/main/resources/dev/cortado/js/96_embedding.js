// 96_embedding.js: the hooks behind the Java embedding API (dev.cortado.api.JsRuntime), loaded on
// first use with `internal.load('96_embedding.js')`. Each hook
// runs as one loop task and reports its outcome through `done(value)` / `failed(error)`, which
// Java gives it; a promise outcome is reported when it settles.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const { PromisePrototypeThen, PromiseResolve, ReflectApply, ObjectPrototypeHasOwnProperty } = internal.primordials;

  function settle(result, done, failed) {
    if (result !== null && (typeof result === 'object' || typeof result === 'function')
        && typeof result.then === 'function') {
      PromisePrototypeThen(PromiseResolve(result), (value) => done(value), (error) => failed(error));
    } else {
      done(result);
    }
  }
  let mainModule = null;
  return {
    /** Evaluates a classic script; its completion value (awaited if a promise) is the outcome. */
    evalScript(source, name, done, failed) {
      try {
        settle(internal.moduleOps.evalScript(name, source), done, failed);
      } catch (error) {
        failed(error);
      }
    },
    /** Imports an ES module (top-level await included); its namespace becomes the main module. */
    importModule(path, done, failed) {
      internal.setProgramMain(path);   // the embedder chose this module: its files are the program's
      PromisePrototypeThen(import(path), (namespace) => { mainModule = namespace; done(namespace); },
        (error) => failed(error));
    },
    /** Calls an export of the main module, else a global function; awaits a promise result. */
    call(name, args, done, failed) {
      try {
        const holder = mainModule !== null && ObjectPrototypeHasOwnProperty(mainModule, name)
          ? mainModule : globalThis;
        const fn = holder[name];
        if (typeof fn !== 'function') {
          throw new TypeError(`${name} is not a function exported by the main module or a global function`);
        }
        settle(ReflectApply(fn, undefined, args), done, failed);
      } catch (error) {
        failed(error);
      }
    },
    /**
     * A global function that calls `javaFunction` with its arguments (see JsRuntime.expose). Java
     * returns the result (maybe a promise), or fails by calling `throwError` below.
     */
    expose(name, javaFunction) {
      internal.defineGlobal(name, {
        [name](...args) {
          return javaFunction(...args);
        },
      }[name]);
    },
    /** Called by Java to fail an exposed function's call: kind is 'Error' or 'RangeError'. */
    throwError(kind, message) {
      throw kind === 'RangeError' ? new internal.primordials.RangeError(message) : new Error(message);
    },
    makeError: (message) => new Error(message),
    newObject: () => ({}),
    newArray: () => [],
    newUint8Array: (length) => new Uint8Array(length),
    promiseWithResolvers: () => internal.primordials.PromiseWithResolvers(),
  };
})
