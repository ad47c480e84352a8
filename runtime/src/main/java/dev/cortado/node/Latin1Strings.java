package dev.cortado.node;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Strings made over a byte array of Latin-1 text (hex, base64) without copying it, where the JVM
 * lets us: the JDK's own no-copy constructor, reached when the launcher exports {@code
 * jdk.internal.access} to us ({@code bin/cortado} does). Elsewhere (an embedding JVM without the
 * flag) a plain copying {@code new String}. The engine then takes the String's array as it is.
 * On 100 MB, the copy was a 133-200 MB array more per call for the collector to move. Any thread.
 */
final class Latin1Strings {
  /** {@code JavaLangAccess.uncheckedNewStringNoRepl(byte[], Charset)} bound to its receiver, or null. */
  private static final MethodHandle NO_COPY = noCopyConstructor();

  private Latin1Strings() {}

  /** A String of {@code bytes} (each one char); the array must not be changed afterwards. */
  static String wrap(byte[] bytes) {
    if (NO_COPY != null) {
      try {
        return (String) NO_COPY.invokeExact(bytes, (Charset) StandardCharsets.ISO_8859_1);
      } catch (Throwable e) {
        // fall through to the copy
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Whether strings are made without a copy in this JVM. */
  static boolean withoutCopy() {
    return NO_COPY != null;
  }

  private static MethodHandle noCopyConstructor() {
    try {
      Class<?> secrets = Class.forName("jdk.internal.access.SharedSecrets");
      Object access = secrets.getMethod("getJavaLangAccess").invoke(null);
      Class<?> accessType = Class.forName("jdk.internal.access.JavaLangAccess");
      MethodHandle handle = MethodHandles.lookup().findVirtual(accessType, "uncheckedNewStringNoRepl",
          MethodType.methodType(String.class, byte[].class, Charset.class));
      handle = handle.bindTo(access);
      String probe = (String) handle.invokeExact(new byte[] {'o', 'k'}, (Charset) StandardCharsets.ISO_8859_1);
      return "ok".equals(probe) ? handle : null;
    } catch (Throwable e) {
      return null; // not exported to us: copy
    }
  }
}
