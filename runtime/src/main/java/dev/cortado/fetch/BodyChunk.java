package dev.cortado.fetch;

import dev.cortado.web.Buffers;
import java.nio.ByteBuffer;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One piece of a response body handed to JavaScript: the HTTP client's buffers as they arrived,
 * copied once, straight into the ArrayBuffer JavaScript made for them. Made on the client's
 * threads; read on the loop thread.
 */
public final class BodyChunk {
  private final List<ByteBuffer> buffers;
  private final int size;
  private final boolean last;

  BodyChunk(List<ByteBuffer> buffers, int size, boolean last) {
    this.buffers = buffers;
    this.size = size;
    this.last = last;
  }

  /** The number of bytes. */
  @HostAccess.Export
  public int size() {
    return size;
  }

  /**
   * Copies the bytes to the start of {@code arrayBuffer} (at least {@link #size} long); true when
   * this chunk ended the body, so no read for the end is needed. Loop thread.
   */
  @HostAccess.Export
  public boolean copyTo(Value arrayBuffer) {
    ByteBuffer target = Buffers.backing(arrayBuffer);
    int offset = 0;
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (target != null) {
        target.put(offset, buffer, buffer.position(), n);
      } else {
        byte[] bytes = new byte[n];
        buffer.get(buffer.position(), bytes);
        Buffers.write(arrayBuffer, offset, bytes, 0, n);
      }
      offset += n;
    }
    return last;
  }
}
