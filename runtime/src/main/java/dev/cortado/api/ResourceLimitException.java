package dev.cortado.api;

/**
 * The runtime was stopped because it went over one of its resource limits (see
 * {@link JsRuntime.Builder#cpuTimeLimit} and {@link JsRuntime.Builder#turnTimeLimit}); its
 * unfinished futures fail with this. The JVM and other runtimes carry on.
 */
public final class ResourceLimitException extends IllegalStateException {
  ResourceLimitException(String message) {
    super(message);
  }
}
