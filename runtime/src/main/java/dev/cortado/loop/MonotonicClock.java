package dev.cortado.loop;

/** Milliseconds since a runtime started, from {@link System#nanoTime()}. Thread-safe. */
public final class MonotonicClock {
  private final long origin = System.nanoTime();

  /** Milliseconds since this clock was created, with sub-millisecond precision. */
  public double nowMillis() {
    return (System.nanoTime() - origin) / 1e6;
  }

  /** The {@link System#nanoTime()} value that {@link #nowMillis()} counts from. */
  public long originNanos() {
    return origin;
  }
}
