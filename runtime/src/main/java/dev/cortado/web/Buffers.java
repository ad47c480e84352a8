package dev.cortado.web;

import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import dev.cortado.engine.EngineIntrospection;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;

/**
 * Bulk copies between Java byte arrays and JavaScript ArrayBuffers. Reading uses the public
 * polyglot API; writing reaches the buffer's backing store (the polyglot API only writes a byte
 * at a time). Call on the thread that owns the buffer.
 */
public final class Buffers {
  private Buffers() {}

  /** The bytes of an ArrayBuffer (or any buffer-like value). */
  public static byte[] copyOf(Value buffer) {
    int length = (int) buffer.getBufferSize();
    byte[] bytes = new byte[length];
    if (length > 0) {
      buffer.readBuffer(0, bytes, 0, length);
    }
    return bytes;
  }

  /** Reads {@code length} bytes at {@code offset} of an ArrayBuffer into {@code dst}. */
  public static void read(Value buffer, long offset, byte[] dst, int dstOffset, int length) {
    if (length > 0) {
      buffer.readBuffer(offset, dst, dstOffset, length);
    }
  }

  /** An ArrayBuffer's maxByteLength, or -1 when it is not resizable. */
  static int maxByteLength(Value buffer) {
    if (EngineIntrospection.guestObject(buffer) instanceof JSArrayBufferObject ab && !ab.isFixedLength()) {
      return ab.getMaxByteLength();
    }
    return -1;
  }

  /** Copies {@code src[srcOffset, srcOffset + length)} into an ArrayBuffer at {@code offset}. */
  public static void write(Value buffer, int offset, byte[] src, int srcOffset, int length) {
    ByteBuffer target = backing(buffer);
    if (target != null) {
      target.put(offset, src, srcOffset, length);
      return;
    }
    for (int i = 0; i < length; i++) {
      buffer.writeBufferByte(offset + i, src[srcOffset + i]);
    }
  }

  /**
   * The ArrayBuffer's memory as a ByteBuffer whose index 0 is the buffer's first byte (no copy),
   * or null when it cannot be reached.
   */
  public static ByteBuffer backing(Value buffer) {
    Object guest = EngineIntrospection.guestObject(buffer);
    if (guest instanceof JSArrayBufferObject.Heap heap) {
      return ByteBuffer.wrap(heap.getByteArray());
    }
    if (guest instanceof JSArrayBufferObject.DirectBase direct) {
      return direct.getByteBuffer().duplicate().clear();
    }
    return null;
  }
}
