package dev.cortado.engine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.Undefined;
import org.graalvm.polyglot.Value;

/**
 * Makes the engine function {@code opaqueCall(fn, thisArg, ...args)}: {@code fn}'s [[Call]] with
 * {@code thisArg} and {@code args}, as {@code Reflect.apply} would do it, through an indirect
 * call. The runtime's shared code calls user callbacks with it where a new script's callbacks
 * would otherwise cost seconds (a web stream's {@code pull}, {@code transform} and {@code write}; a
 * Node stream's {@code _read}, {@code _write} and {@code _transform}).
 *
 * <p>Why: the runtime's JavaScript is shared by every Context of the warm daemon's engine, and so
 * are its call sites' inline caches. At a plain call site, each new script's callback is a new
 * target: the JIT throws away the compiled code of every function that inlined the site (a stream
 * pipe's per-chunk path: eight functions of 66-88 KB of machine code) and compiles them again, a
 * second each on the single compiler thread, while the script runs on in the interpreter. An
 * indirect call has no cache: its callers never inline the callee, so they never depend on which
 * function it is. The callee is compiled on its own, like any function called often, and it
 * inlines what it calls (the controller methods) as usual.
 *
 * <p>A callable that is not a function object (a Proxy) takes the engine's generic call; a value
 * that is not callable throws the engine's TypeError. One call target per engine serves every
 * Context on it.
 *
 * <p>Threads: {@link #create} on a thread that is running JavaScript in the Context that gets the
 * function; the function itself on the Context's thread, like any JavaScript.
 */
public final class OpaqueCaller {
  private OpaqueCaller() {}

  /**
   * The {@code opaqueCall(fn, thisArg, ...args)} function of the current Context.
   *
   * @param sibling any value of the current Context (to wrap the result in)
   */
  public static Value create(Value sibling) {
    return EngineFunctions.create(sibling, "opaqueCall", OpaqueCaller::functionData);
  }

  private static JSFunctionData functionData(JSContext context) {
    return EngineFunctions.callOnly(context, new CallRoot(context), 2, "opaqueCall");
  }

  /** The function's body: builds the callee's arguments and calls it without an inline cache. */
  private static final class CallRoot extends JavaScriptRootNode {
    @Child private IndirectCallNode call = IndirectCallNode.create();
    /**
     * A function's call target is made on its first call. Through this profile, that is a branch
     * the compiled code keeps (once any function has needed it), not a deoptimization per new
     * function.
     */
    private final BranchProfile lazyCallTarget = BranchProfile.create();

    CallRoot(JSContext context) {
      super(context.getLanguage(), null, null);
    }

    @Override
    public Object execute(VirtualFrame frame) {
      Object[] arguments = frame.getArguments();
      int count = JSArguments.getUserArgumentCount(arguments);
      Object fn = count > 0 ? JSArguments.getUserArgument(arguments, 0) : Undefined.instance;
      Object thisArg = count > 1 ? JSArguments.getUserArgument(arguments, 1) : Undefined.instance;
      int passed = Math.max(0, count - 2);
      Object[] calleeArguments = JSArguments.createInitial(thisArg, fn, passed);
      for (int i = 0; i < passed; i++) {
        JSArguments.setUserArgument(calleeArguments, i, JSArguments.getUserArgument(arguments, i + 2));
      }
      if (fn instanceof JSFunctionObject function) {
        return call.call(JSFunction.getFunctionData(function).getCallTarget(lazyCallTarget), calleeArguments);
      }
      return callGeneric(fn, thisArg, JSArguments.extractUserArguments(calleeArguments));
    }

    @TruffleBoundary
    private static Object callGeneric(Object fn, Object thisArg, Object[] args) {
      if (!JSRuntime.isCallable(fn)) {
        throw Errors.createTypeErrorNotAFunction(fn);
      }
      return JSRuntime.call(fn, thisArg, args);
    }

    @Override
    public boolean isInternal() {
      return true;
    }

    @Override
    public String getName() {
      return "opaqueCall";
    }
  }
}
