package dev.cortado.engine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.Properties;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.objects.Accessor;
import com.oracle.truffle.js.runtime.objects.JSAttributes;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSProperty;
import com.oracle.truffle.js.runtime.objects.Undefined;
import org.graalvm.polyglot.Value;

/**
 * Makes the engine function {@code define(object, getter)} that gives a newly made object one own
 * accessor property, {@code key}, with that getter, no setter, and fixed attributes: what WebIDL's
 * [LegacyUnforgeable] attributes need on every instance ({@code Event#isTrusted}).
 *
 * <p>{@code Object.defineProperty} always takes the engine's generic path (descriptor object, own
 * property lookup, uncached shape transition) and was more than half the cost of {@code new
 * Event(type)} plus its dispatch. This function's body is a Truffle node with a cached shape
 * transition, which the JIT compiles and inlines into its caller like any property store. One call
 * target per engine, key and attributes serves every Context on that engine, so the code compiled
 * for one run serves the next.
 *
 * <p>Only for objects the caller has just made: the property is added without the checks of
 * [[DefineOwnProperty]] (an object that already has {@code key} gets it replaced).
 *
 * <p>Threads: {@link #create} on a thread that is running JavaScript in the Context that gets the
 * function (from inside a call into JavaScript).
 */
public final class OwnAccessorDefiner {
  private OwnAccessorDefiner() {}

  /**
   * A function {@code (object, getter) => undefined} of the current Context that defines {@code
   * key} on {@code object} as an accessor with {@code getter}.
   *
   * @param sibling any value of the current Context (to wrap the result in)
   */
  public static Value create(Value sibling, String key, boolean enumerable, boolean configurable) {
    int flags = JSAttributes.fromConfigurableEnumerable(configurable, enumerable) | JSProperty.ACCESSOR;
    return EngineFunctions.create(sibling, "define " + key + "/" + flags, context -> functionData(context, key, flags));
  }

  private static JSFunctionData functionData(JSContext context, String key, int flags) {
    DefineRoot root = new DefineRoot(context, TruffleString.fromJavaStringUncached(key, TruffleString.Encoding.UTF_16),
        flags);
    return EngineFunctions.callOnly(context, root, 2, "define " + key);
  }

  /** The function's body: one cached property store of a fresh Accessor. */
  private static final class DefineRoot extends JavaScriptRootNode {
    private final TruffleString key;
    private final int flags;
    @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(8);

    DefineRoot(JSContext context, TruffleString key, int flags) {
      super(context.getLanguage(), null, null);
      this.key = key;
      this.flags = flags;
    }

    @Override
    public Object execute(VirtualFrame frame) {
      Object[] arguments = frame.getArguments();
      Object target = JSArguments.getUserArgumentCount(arguments) > 0 ? JSArguments.getUserArgument(arguments, 0) : null;
      Object getter = JSArguments.getUserArgumentCount(arguments) > 1 ? JSArguments.getUserArgument(arguments, 1)
          : Undefined.instance;
      if (!(target instanceof JSObject)) {
        throw notAnObject(key);
      }
      Properties.putWithFlags(objects, (DynamicObject) target, key, new Accessor(getter, Undefined.instance), flags);
      return Undefined.instance;
    }

    @TruffleBoundary
    private static RuntimeException notAnObject(TruffleString key) {
      return Errors.createTypeError("define " + key + ": not an object");
    }

    @Override
    public boolean isInternal() {
      return true;
    }

    @Override
    public String getName() {
      return "define " + key;
    }
  }
}
