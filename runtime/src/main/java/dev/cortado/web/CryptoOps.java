package dev.cortado.web;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import org.graalvm.polyglot.HostAccess;

/**
 * Random bytes for {@code crypto.getRandomValues} and {@code crypto.randomUUID}
 * (js/57_crypto.js), from a {@link SecureRandom} created on first use. Loop thread only.
 */
public final class CryptoOps {
  private SecureRandom random;

  /** {@code length} cryptographically strong random bytes, as a buffer JavaScript can view. */
  @HostAccess.Export
  public ByteBuffer randomBytes(int length) {
    if (random == null) {
      random = new SecureRandom();
    }
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return ByteBuffer.wrap(bytes);
  }
}
