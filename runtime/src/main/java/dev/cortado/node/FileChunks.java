package dev.cortado.node;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reused direct buffers of {@link #SIZE} bytes for the reads and writes of open files (streams
 * move 64 KiB at a time): the kernel copies straight into or out of them, where a heap array would
 * cost the JDK's own copy through a temporary direct buffer, and an allocation per chunk. Any
 * thread.
 */
final class FileChunks {
  /** The largest read or write served from the pool: fs streams' default highWaterMark. */
  static final int SIZE = 64 * 1024;
  /** How many free buffers are kept (2 MiB); more are left to the garbage collector. */
  private static final int KEEP = 32;

  private final ConcurrentLinkedQueue<ByteBuffer> free = new ConcurrentLinkedQueue<>();
  private final AtomicInteger freeCount = new AtomicInteger();

  /** A cleared buffer of {@link #SIZE} bytes. */
  ByteBuffer take() {
    ByteBuffer buffer = free.poll();
    if (buffer == null) {
      return ByteBuffer.allocateDirect(SIZE);
    }
    freeCount.decrementAndGet();
    return buffer.clear();
  }

  /** Gives a buffer from {@link #take} back. */
  void give(ByteBuffer buffer) {
    if (freeCount.incrementAndGet() <= KEEP) {
      free.offer(buffer);
    } else {
      freeCount.decrementAndGet();
    }
  }

  /** Bytes read into a pooled buffer (position 0, limit the count), on their way to an ArrayBuffer. */
  record Filled(ByteBuffer data) {}
}
