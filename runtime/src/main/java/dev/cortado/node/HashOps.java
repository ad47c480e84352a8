package dev.cortado.node;

import dev.cortado.web.Buffers;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Message digests and HMACs for node:crypto's {@code createHash} and {@code createHmac}
 * (js/79_crypto.js), over the JDK's MessageDigest and Mac. Node's algorithm names map to the
 * JDK's. Loop thread only.
 */
public final class HashOps {
  /** Node's digest names (lower case) and the JDK's. */
  private static final Map<String, String> DIGESTS = Map.ofEntries(
      Map.entry("md5", "MD5"), Map.entry("sha1", "SHA-1"), Map.entry("sha224", "SHA-224"),
      Map.entry("sha256", "SHA-256"), Map.entry("sha384", "SHA-384"), Map.entry("sha512", "SHA-512"),
      Map.entry("sha512-224", "SHA-512/224"), Map.entry("sha512-256", "SHA-512/256"),
      Map.entry("sha3-224", "SHA3-224"), Map.entry("sha3-256", "SHA3-256"),
      Map.entry("sha3-384", "SHA3-384"), Map.entry("sha3-512", "SHA3-512"),
      Map.entry("rsa-md5", "MD5"), Map.entry("rsa-sha1", "SHA-1"), Map.entry("rsa-sha256", "SHA-256"),
      Map.entry("rsa-sha384", "SHA-384"), Map.entry("rsa-sha512", "SHA-512"));

  /** The digest names node:crypto's getHashes() lists, sorted. */
  @HostAccess.Export
  public String[] names() {
    return DIGESTS.keySet().stream().sorted().toArray(String[]::new);
  }

  /** A running digest, or null for an unknown algorithm. */
  @HostAccess.Export
  public Hasher hash(String algorithm) {
    String jdk = DIGESTS.get(algorithm.toLowerCase(Locale.ROOT));
    if (jdk == null) {
      return null;
    }
    try {
      return new Hasher(MessageDigest.getInstance(jdk), null);
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }

  /** A running HMAC keyed with the bytes of {@code key} (an ArrayBuffer), or null for an unknown digest. */
  @HostAccess.Export
  public Hasher hmac(String algorithm, Value key, int offset, int length) {
    String jdk = DIGESTS.get(algorithm.toLowerCase(Locale.ROOT));
    if (jdk == null) {
      return null;
    }
    String name = "Hmac" + jdk.replace("-", "").replace("/", "");
    try {
      Mac mac = Mac.getInstance(name);
      byte[] bytes = new byte[length];
      Buffers.read(key, offset, bytes, 0, length);
      // an empty key is valid for HMAC; the JDK refuses an empty SecretKeySpec, so pad the spec
      mac.init(bytes.length == 0 ? new EmptyKey(name) : new SecretKeySpec(bytes, name));
      return new Hasher(null, mac);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      return null;
    }
  }

  /** The algorithms this JDK provides for names(), as a check in tests. */
  static List<String> jdkNames() {
    return List.copyOf(DIGESTS.values());
  }

  /** An HMAC key of no bytes (RFC 2104 allows it; SecretKeySpec does not). */
  private record EmptyKey(String algorithm) implements javax.crypto.SecretKey {
    @Override
    public String getAlgorithm() {
      return algorithm;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return new byte[0];
    }
  }

  /** One digest or HMAC in progress. Loop thread only. */
  public static final class Hasher {
    private final MessageDigest digest;
    private final Mac mac;

    Hasher(MessageDigest digest, Mac mac) {
      this.digest = digest;
      this.mac = mac;
    }

    /** Adds {@code length} bytes of an ArrayBuffer at {@code offset}. */
    @HostAccess.Export
    public void update(Value arrayBuffer, int offset, int length) {
      ByteBuffer backing = Buffers.backing(arrayBuffer);
      if (backing != null) {
        ByteBuffer slice = backing.slice(offset, length);
        if (digest != null) {
          digest.update(slice);
        } else {
          mac.update(slice);
        }
        return;
      }
      byte[] bytes = new byte[length];
      Buffers.read(arrayBuffer, offset, bytes, 0, length);
      if (digest != null) {
        digest.update(bytes);
      } else {
        mac.update(bytes);
      }
    }

    /** Adds the UTF-8 bytes of {@code text}. */
    @HostAccess.Export
    public void updateText(String text) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (digest != null) {
        digest.update(bytes);
      } else {
        mac.update(bytes);
      }
    }

    /** The result; the hasher is then spent. */
    @HostAccess.Export
    public ByteBuffer digest() {
      return ByteBuffer.wrap(digest != null ? digest.digest() : mac.doFinal());
    }

    /** An independent copy of the running state (hash.copy()). */
    @HostAccess.Export
    public Hasher copy() {
      try {
        return new Hasher(digest != null ? (MessageDigest) digest.clone() : null,
            mac != null ? (Mac) mac.clone() : null);
      } catch (CloneNotSupportedException e) {
        return null;
      }
    }
  }
}
