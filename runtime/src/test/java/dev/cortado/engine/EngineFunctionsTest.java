package dev.cortado.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/**
 * The engine-level functions the runtime's JavaScript uses ({@link PromiseJobDrainer}, {@link
 * OwnAccessorDefiner}, {@link OpaqueCaller}, {@link NamedKeysLister}), on a bare Context of its
 * own engine: they reach into GraalJS internals pinned to the version in the pom, so a GraalJS
 * update that moves them fails here.
 */
class EngineFunctionsTest {
  private static Context context() {
    Context context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false")
        .allowHostAccess(HostAccess.ALL).build();
    Value bindings = context.getBindings("js");
    bindings.putMember("makeDrainer", (ProxyExecutable) args -> PromiseJobDrainer.create(args[0]));
    bindings.putMember("makeDefiner", (ProxyExecutable) args -> OwnAccessorDefiner.create(args[0],
        args[1].asString(), args[2].asBoolean(), args[3].asBoolean()));
    bindings.putMember("makeOpaqueCall", (ProxyExecutable) args -> OpaqueCaller.create(args[0]));
    bindings.putMember("makeNamedKeys", (ProxyExecutable) args -> NamedKeysLister.create(args[0]));
    // Queues a function as a promise job directly, as the engine does for a reaction.
    bindings.putMember("enqueueJob", (ProxyExecutable) args -> {
      JSRealm.get(null).getAgent().enqueuePromiseJob((JSFunctionObject) EngineIntrospection.guestObject(args[0]));
      return null;
    });
    return context;
  }

  /**
   * Jobs of twelve different functions (more kinds than the drainer's inline cache holds), jobs
   * that queue jobs, and real promise reactions and await resumptions all run in queue order, in
   * one call, and nothing is left for the engine to run afterwards.
   */
  @Test
  void drainJobsRunsEveryJobInQueueOrder() {
    try (Context context = context()) {
      Value log = context.eval("js", """
          const drainJobs = makeDrainer(0);
          const log = [];
          for (let i = 0; i < 12; i++) {
            enqueueJob(new Function('log', `return function job${i}() { log.push('job${i}'); }`)(log));
          }
          enqueueJob(() => { log.push('outer'); enqueueJob(() => log.push('queued by a job')); });
          Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2'));
          (async () => { await null; log.push('await 1'); await null; log.push('await 2'); })();
          Promise.resolve({ then(resolve) { log.push('thenable'); resolve(); } }).then(() => log.push('after thenable'));
          drainJobs();
          log.push('drained');
          log.join();
          """);
      assertThat(log.asString()).isEqualTo("job0,job1,job2,job3,job4,job5,job6,job7,job8,job9,job10,job11,"
          + "outer,then 1,await 1,thenable,queued by a job,then 2,await 2,after thenable,drained");
    }
  }

  /** An exception thrown by a job reaches the caller of drainJobs; later jobs still run after. */
  @Test
  void aThrowingJobStopsTheDrainWithItsError() {
    try (Context context = context()) {
      Value result = context.eval("js", """
          const drainJobs = makeDrainer(0);
          const log = [];
          enqueueJob(() => { throw new RangeError('from a job'); });
          enqueueJob(() => log.push('later job'));
          let caught;
          try { drainJobs(); } catch (e) { caught = e.constructor.name + ': ' + e.message; }
          drainJobs();
          caught + ' / ' + log.join();
          """);
      assertThat(result.asString()).isEqualTo("RangeError: from a job / later job");
    }
  }

  /** The definer adds an own accessor with the given getter, no setter and the given attributes. */
  @Test
  void defineGivesAnObjectAnOwnAccessor() {
    try (Context context = context()) {
      Value result = context.eval("js", """
          function getFlag() { return this.flag; }
          const define = makeDefiner(0, 'flag2', true, false);
          const results = [];
          for (let i = 0; i < 3; i++) {
            const o = { flag: i };
            define(o, getFlag);
            const d = Object.getOwnPropertyDescriptor(o, 'flag2');
            results.push([o.flag2, d.get === getFlag, d.set, d.enumerable, d.configurable, Object.keys(o).join()].join(' '));
          }
          try { define(1, getFlag); } catch (e) { results.push(e.constructor.name); }
          results.join('; ');
          """);
      assertThat(result.asString()).isEqualTo(
          "0 true  true false flag,flag2; 1 true  true false flag,flag2; 2 true  true false flag,flag2; TypeError");
    }
  }

  /**
   * namedKeys gives what Reflect.ownKeys gives after the elements, for arrays (with length, a
   * deleted and re-added key, symbols, an accessor element) and typed arrays; null for others.
   */
  @Test
  void namedKeysAreOwnKeysWithoutTheElements() {
    try (Context context = context()) {
      Value result = context.eval("js", """
          const namedKeys = makeNamedKeys(0);
          const notIndex = (k) => typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k);
          const rest = (v) => Reflect.ownKeys(v).filter(notIndex);
          const a = [1, 2, 3]; a.x = 1; a[Symbol.iterator] = 0; a.y = 2; delete a.x; a.x = 3;
          const slow = [1, 2]; Object.defineProperty(slow, 0, { get() { return 0; } }); slow.tag = 1;
          const t = new Int32Array(3); t.meta = 1;
          const same = [a, slow, t, [], new Uint8Array(0)].every((v) => {
            const mine = namedKeys(v).filter(notIndex);
            return mine.length === rest(v).length && mine.every((k, i) => k === rest(v)[i]);
          });
          [same, namedKeys(a).map(String).join(), namedKeys({ a: 1 }), namedKeys(new Proxy([], {})), namedKeys(1)]
          """);
      assertThat(result.getArrayElement(0).asBoolean()).isTrue();
      assertThat(result.getArrayElement(1).asString()).isEqualTo("length,y,x,Symbol(Symbol.iterator)");
      assertThat(result.getArrayElement(2).isNull()).isTrue();
      assertThat(result.getArrayElement(3).isNull()).isTrue();
      assertThat(result.getArrayElement(4).isNull()).isTrue();
    }
  }

  /**
   * opaqueCall(fn, thisArg, ...args) is fn's [[Call]]: this and the arguments as given (sloppy
   * functions see a wrapped or global this, as with Reflect.apply), the result, exceptions, bound
   * functions, a Proxy's apply trap, a class constructor's TypeError, and a TypeError for a value
   * that is not callable. Many new functions through one call site stay correct (no inline cache).
   */
  @Test
  void opaqueCallIsTheCalleesCall() {
    try (Context context = context()) {
      Value log = context.eval("js", """
          const opaqueCall = makeOpaqueCall(0);
          const out = [];
          const self = { tag: 'self' };
          out.push(opaqueCall(function (a, b) { 'use strict'; return `${this.tag} ${a} ${b} ${arguments.length}`; }, self, 1, 2));
          out.push(opaqueCall(function () { return typeof this; }, 5));
          out.push(opaqueCall(function () { 'use strict'; return this; }, undefined) === undefined);
          out.push(opaqueCall(function () { return this === globalThis; }, undefined));
          out.push(opaqueCall(function (x) { return this.tag + x; }.bind({ tag: 'bound' }), self, '!'));
          out.push(opaqueCall(new Proxy(function () {}, { apply: (t, thisArg, args) => `trap ${thisArg.tag} ${args.length}` }), self, 1, 2, 3));
          try { opaqueCall(() => { throw new RangeError('thrown'); }); } catch (e) { out.push(`${e.name}: ${e.message}`); }
          try { opaqueCall(class K {}); } catch (e) { out.push(`class: ${e.name}`); }
          try { opaqueCall({}, self); } catch (e) { out.push(`object: ${e.name}`); }
          let sum = 0;
          for (let i = 0; i < 50; i++) sum += opaqueCall(new Function('x', `return x + ${i};`), undefined, 1);
          out.push(sum);
          out.join('|');
          """);
      assertThat(log.asString()).isEqualTo("self 1 2 2|object|true|true|bound!|trap self 3|RangeError: thrown"
          + "|class: TypeError|object: TypeError|1275");
    }
  }
}
