package dev.cortado.engine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.Symbol;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.builtins.JSTypedArrayObject;
import com.oracle.truffle.js.runtime.objects.Null;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * Makes the engine function {@code namedKeys(object)}: the own keys an Array or a typed array
 * keeps in its shape (its named properties, {@code length} of an Array among them), strings first
 * and then symbols, each in the order they were added, as {@code Reflect.ownKeys} orders them
 * after the indices. For any other object it returns {@code null}.
 *
 * <p>{@code util.inspect} shows an array's extra properties after its elements. {@code
 * Reflect.ownKeys} lists every index first: 3.6 s for an array of 10 million elements, whose
 * first hundred are all inspect prints. Elements live in the object's array storage, not in its
 * shape, so this costs the number of named keys. An index kept in the shape (an Array that had an
 * accessor or read-only element defined on it) is returned too; the caller drops indices.
 *
 * <p>Threads: {@link #create} on a thread that is running JavaScript in the Context that gets the
 * function (from inside a call into JavaScript).
 */
public final class NamedKeysLister {
  private NamedKeysLister() {}

  /**
   * The function {@code namedKeys(object)} of the current Context.
   *
   * @param sibling any value of the current Context (to wrap the result in)
   */
  public static Value create(Value sibling) {
    return EngineFunctions.create(sibling, "namedKeys", NamedKeysLister::functionData);
  }

  private static JSFunctionData functionData(JSContext context) {
    return EngineFunctions.callOnly(context, new ListRoot(context), 1, "namedKeys");
  }

  /** The function's body: the shape's string and symbol keys, or null. */
  private static final class ListRoot extends JavaScriptRootNode {
    private final JSContext context;

    ListRoot(JSContext context) {
      super(context.getLanguage(), null, null);
      this.context = context;
    }

    @Override
    public Object execute(VirtualFrame frame) {
      Object[] arguments = frame.getArguments();
      Object target = JSArguments.getUserArgumentCount(arguments) > 0 ? JSArguments.getUserArgument(arguments, 0) : null;
      if (!(target instanceof JSArrayObject) && !(target instanceof JSTypedArrayObject)) {
        return Null.instance;
      }
      return namedKeys(context, (DynamicObject) target);
    }

    @TruffleBoundary
    private static Object namedKeys(JSContext context, DynamicObject object) {
      List<Object> strings = new ArrayList<>();
      List<Object> symbols = new ArrayList<>();
      for (Object key : object.getShape().getKeyList()) {
        if (key instanceof TruffleString) {
          strings.add(key);
        } else if (key instanceof Symbol) {
          symbols.add(key);
        } // anything else is the engine's own hidden state
      }
      strings.addAll(symbols);
      return JSArray.createConstant(context, JSRealm.get(null), strings.toArray());
    }

    @Override
    public boolean isInternal() {
      return true;
    }

    @Override
    public String getName() {
      return "namedKeys";
    }
  }
}
