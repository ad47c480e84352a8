package dev.cortado.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.graalvm.polyglot.Value;

/**
 * Reads engine state that JavaScript cannot see by itself: a promise's state and result, a
 * proxy's target. It reaches into GraalJS internals (pinned to the version in the pom; a test
 * guards it). Call only on the loop thread that owns the values.
 */
public final class EngineIntrospection {
  private static final Field RECEIVER;
  private static final Field CONTEXT;
  private static final Method AS_VALUE;

  static {
    try {
      Class<?> abstractValue = Value.class.getSuperclass();
      RECEIVER = abstractValue.getDeclaredField("receiver");
      RECEIVER.setAccessible(true);
      CONTEXT = abstractValue.getDeclaredField("context");
      CONTEXT.setAccessible(true);
      Class<?> languageContext = Class.forName("com.oracle.truffle.polyglot.PolyglotLanguageContext");
      AS_VALUE = languageContext.getDeclaredMethod("asValue", Object.class);
      AS_VALUE.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private EngineIntrospection() {}

  /** 0 pending, 1 fulfilled, 2 rejected; -1 when {@code value} is not a promise. */
  public static int promiseState(Value value) {
    Object receiver = receiver(value);
    if (receiver instanceof com.oracle.truffle.js.runtime.builtins.JSPromiseObject promise) {
      return switch (promise.getPromiseState()) {
        case 0 -> 0; // JSPromise.PENDING
        case 1 -> 1; // JSPromise.FULFILLED
        default -> 2;
      };
    }
    return -1;
  }

  /**
   * Whether a handler was ever added to the promise (its [[PromiseIsHandled]]): tells when a
   * rejection reported as unhandled got handled later. False when {@code value} is not a promise.
   */
  public static boolean promiseIsHandled(Value value) {
    return receiver(value) instanceof com.oracle.truffle.js.runtime.builtins.JSPromiseObject promise
        && promise.isHandled();
  }

  /** The fulfilment value or rejection reason of a settled promise, else undefined. */
  public static Value promiseResult(Value value) {
    Object receiver = receiver(value);
    if (receiver instanceof com.oracle.truffle.js.runtime.builtins.JSPromiseObject promise) {
      Object result = promise.getPromiseResult();
      if (result != null) {
        return wrap(value, result);
      }
    }
    return null;
  }

  /** The target of a proxy, or null when {@code value} is not a proxy (or is revoked). */
  public static Value proxyTarget(Value value) {
    Object receiver = receiver(value);
    if (receiver instanceof com.oracle.truffle.js.runtime.builtins.JSProxyObject proxy) {
      Object target = proxy.getProxyTarget();
      return target == null ? null : wrap(value, target);
    }
    return null;
  }

  /** The engine's own object behind {@code value} (for the engine-internal hooks). */
  public static Object guestObject(Value value) {
    return receiver(value);
  }

  /** A Value for an engine object, in the same Context as {@code sibling}. */
  public static Value asValue(Value sibling, Object guestObject) {
    return wrap(sibling, guestObject);
  }

  private static Object receiver(Value value) {
    try {
      return RECEIVER.get(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Value wrap(Value sibling, Object guestObject) {
    try {
      return (Value) AS_VALUE.invoke(CONTEXT.get(sibling), guestObject);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
