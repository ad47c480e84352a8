package dev.cortado.engine;

import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.graalvm.polyglot.Value;

/**
 * What the engine-level functions ({@link PromiseJobDrainer}, {@link OwnAccessorDefiner}, {@link
 * OpaqueCaller}, {@link NamedKeysLister}) share: one function data per engine and kind, so one call target that the JIT
 * compiles once for every Context on that engine, and a function object of it for the current
 * Context.
 *
 * <p>Threads: on a thread that is running JavaScript in the Context that gets the function (from
 * inside a call into JavaScript).
 */
final class EngineFunctions {
  /** Engine (JSContext) -> kind -> the shared function data. */
  private static final Map<JSContext, Map<String, JSFunctionData>> SHARED = new WeakHashMap<>();

  private EngineFunctions() {}

  /**
   * A function of the current Context whose data is the engine's one for {@code kind}, made by
   * {@code make} the first time.
   *
   * @param sibling any value of the current Context (to wrap the result in)
   */
  static Value create(Value sibling, String kind, Function<JSContext, JSFunctionData> make) {
    JSRealm realm = JSRealm.get(null);
    JSContext context = realm.getContext();
    JSFunctionData data;
    synchronized (SHARED) {
      data = SHARED.computeIfAbsent(context, c -> new HashMap<>()).computeIfAbsent(kind, k -> make.apply(context));
    }
    return EngineIntrospection.asValue(sibling, JSFunction.create(realm, data));
  }

  /** The data of a function named {@code name} whose body is {@code root} (not a constructor). */
  static JSFunctionData callOnly(JSContext context, RootNode root, int length, String name) {
    return JSFunctionData.createCallOnly(context, root.getCallTarget(), length,
        TruffleString.fromJavaStringUncached(name, TruffleString.Encoding.UTF_16));
  }
}
