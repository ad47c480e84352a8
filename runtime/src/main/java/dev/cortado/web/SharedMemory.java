package dev.cortado.web;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The memory of a {@code SharedArrayBuffer} as structured clone carries it: the same bytes, the
 * same (growable) length and the same waiter list for {@code Atomics.wait}, so every
 * SharedArrayBuffer made from it, in any Context on any thread, shares them. Immutable holder;
 * the memory itself is shared by design.
 *
 * @param waiters the engine's {@code JSAgentWaiterList} (kept as Object to stay engine-neutral)
 */
public record SharedMemory(ByteBuffer buffer, AtomicInteger byteLength, int maxByteLength, Object waiters) {}
