package dev.cortado.api;

/**
 * A JavaScript error that reached Java: a thrown exception or a rejected promise. It carries the
 * error's {@code name}, {@code message} and JavaScript stack; the Java stack trace is not filled
 * in, since it would only show the runtime's own threads. Immutable.
 */
public final class JsException extends RuntimeException {
  private final String jsName;
  private final String jsMessage;
  private final String jsStack;
  private final Object thrown;

  JsException(String jsName, String jsMessage, String jsStack, Object thrown) {
    super(jsName + ": " + jsMessage, null, false, false);
    this.jsName = jsName;
    this.jsMessage = jsMessage;
    this.jsStack = jsStack;
    this.thrown = thrown;
  }

  /** The error's {@code name} ("TypeError"...); "Error" for a thrown non-error value. */
  public String jsName() {
    return jsName;
  }

  /** The error's {@code message}; for a thrown non-error value, that value as a string. */
  public String jsMessage() {
    return jsMessage;
  }

  /** The error's JavaScript {@code stack}, or its name and message when it has none. */
  public String jsStack() {
    return jsStack;
  }

  /** What was thrown, as plain Java data (see {@link JsRuntime} for the mapping). */
  public Object thrown() {
    return thrown;
  }
}
