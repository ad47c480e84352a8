package dev.cortado.node;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.Buffers;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * node:zlib's Java side (js/77_zlib.js): codecs for streams and sync calls on the loop thread,
 * and one-shot async calls (zlib.gzip(buffer, callback)) on virtual threads through PendingOps.
 * Loop thread only.
 */
public final class ZlibOps {
  private final PendingOps ops;

  public ZlibOps(PendingOps ops) {
    this.ops = ops;
  }

  /** A codec for a stream or a sync call; its failures are reported, never thrown, to JavaScript. */
  @HostAccess.Export
  public Handle open(String mode, int level, int strategy, int quality, int window, int brotliMode) {
    try {
      return new Handle(ZlibCodec.create(mode, level, strategy, quality, window, brotliMode), null);
    } catch (ZlibCodec.ZlibError e) {
      return new Handle(null, e);
    }
  }

  /**
   * Compresses or decompresses all of {@code input[offset, offset+length)} on a virtual thread;
   * the op completes with the output (a ByteBuffer) or fails with "code|errno|message".
   */
  @HostAccess.Export
  public PendingOp oneShot(String mode, int level, int strategy, int quality, int window, int brotliMode,
      Value arrayBuffer, int offset, int length) {
    byte[] input = new byte[length];
    Buffers.read(arrayBuffer, offset, input, 0, length);
    PendingOp op = ops.begin("zlib", "zlib " + mode + " of " + length + " bytes", null);
    PendingOps.runAsync(op, "cortado-zlib", () -> {
      ZlibCodec codec = ZlibCodec.create(mode, level, strategy, quality, window, brotliMode);
      try {
        return ByteBuffer.wrap(codec.write(input, 0, input.length, true));
      } finally {
        codec.close();
      }
    }, e -> e instanceof ZlibCodec.ZlibError z ? z.describe() : "ERR_ZLIB|-1|" + e);
    return op;
  }

  /** A codec as JavaScript holds it. Loop thread only. */
  public static final class Handle {
    private final ZlibCodec codec;
    private ZlibCodec.ZlibError error;

    Handle(ZlibCodec codec, ZlibCodec.ZlibError error) {
      this.codec = codec;
      this.error = error;
    }

    /**
     * The output for this chunk, or null after a failure (then see {@link #error()}). A failure
     * found after some output (data after the end, in strict modes) returns that output and
     * leaves the failure in {@link #error()} for the caller to raise after using it.
     */
    @HostAccess.Export
    public ByteBuffer write(Value arrayBuffer, int offset, int length, boolean finish) {
      if (codec == null || error != null) {
        return null;
      }
      byte[] input = new byte[length];
      if (length > 0) {
        Buffers.read(arrayBuffer, offset, input, 0, length);
      }
      try {
        ByteBuffer output = ByteBuffer.wrap(codec.write(input, 0, length, finish));
        error = codec.takeLateError(); // after this output: see error()
        return output;
      } catch (ZlibCodec.ZlibError e) {
        error = e;
        return null;
      } catch (RuntimeException e) {
        error = new ZlibCodec.ZlibError("ERR_ZLIB", -1, String.valueOf(e.getMessage()));
        return null;
      }
    }

    /** The failure as "code|errno|message", or null. */
    @HostAccess.Export
    public String error() {
      return error == null ? null : error.describe();
    }

    @HostAccess.Export
    public void close() {
      if (codec != null) {
        codec.close();
      }
    }
  }
}
