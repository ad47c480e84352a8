package dev.cortado.api;

import java.util.List;

/**
 * A Java function that JavaScript can call (see {@link JsRuntime#expose}). It runs on the
 * runtime's loop thread, so it must not block; to do slow work, return a
 * {@link java.util.concurrent.CompletableFuture} and complete it from any thread: JavaScript sees
 * an async function whose promise settles with the future.
 */
@FunctionalInterface
public interface JsFunction {
  /**
   * @param args the call's arguments as plain Java data
   * @return plain Java data, or a CompletableFuture of it; a thrown exception becomes a
   *     JavaScript {@code Error} with its message
   */
  Object apply(List<Object> args) throws Exception;
}
