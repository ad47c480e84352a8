package dev.cortado.workers;

import dev.cortado.loop.PendingOp;
import java.util.ArrayDeque;
import org.graalvm.polyglot.HostAccess;

/**
 * One end of an entangled message channel (a {@code MessagePort}'s Java half, a worker's implicit
 * port): a queue of messages (plain Java data, {@link dev.cortado.web.SerializedValue}) that the
 * other end posts into. The loop that holds the end receives through a {@link PendingOp}: every
 * message queued emits one wake-up report, and the JavaScript listener takes one message per
 * report. Messages stay queued while no loop receives (a port not started yet, or in flight to
 * another thread inside a transfer), so none is lost. Thread-safe: any thread may post and take.
 */
public final class PortEndpoint {
  /** What the receiving op's progress reports carry: "a message may be waiting". */
  private static final Integer WAKE = 0;
  /** Queued after the messages when the other end closes: the JavaScript side closes too. */
  public static final String CLOSED = "closed";

  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private PortEndpoint peer;
  private PendingOp receiver;
  private boolean closed;
  /**
   * Set on the end that a transferred stream travels as (Streams Standard, transferable streams):
   * the stream's interface name, so the receiving Context makes that stream around this end.
   */
  private volatile String carriedStream;
  /** For a transferred TransformStream: the end its writable side travels as. */
  private volatile PortEndpoint carriedWritable;

  private PortEndpoint() {}

  /**
   * Marks this end as the one a transferred {@code kind} ("ReadableStream", "WritableStream" or
   * "TransformStream") travels as; {@code writableEnd} is a TransformStream's second end, else
   * null. Called by the sending Context before the end leaves it.
   */
  @HostAccess.Export
  public void carryStream(String kind, PortEndpoint writableEnd) {
    carriedWritable = writableEnd;
    carriedStream = kind;
  }

  /** The stream kind set by {@link #carryStream}, or null for a plain MessagePort's end. */
  @HostAccess.Export
  public String carriedStream() {
    return carriedStream;
  }

  /** A transferred TransformStream's writable end (see {@link #carryStream}), or null. */
  @HostAccess.Export
  public PortEndpoint carriedWritable() {
    return carriedWritable;
  }

  /** Two new entangled ends. Any thread. */
  public static PortEndpoint[] pair() {
    PortEndpoint a = new PortEndpoint();
    PortEndpoint b = new PortEndpoint();
    a.peer = b;
    b.peer = a;
    return new PortEndpoint[] {a, b};
  }

  /** Sends a message to the other end (dropped when either end is closed). Any thread. */
  @HostAccess.Export
  public void post(Object message) {
    PortEndpoint other;
    synchronized (this) {
      other = closed ? null : peer;
    }
    if (other != null) {
      other.deliver(message);
    }
  }

  void deliver(Object message) {
    PendingOp wake;
    synchronized (this) {
      if (closed) {
        return;
      }
      queue.add(message);
      wake = receiver;
    }
    if (wake != null) {
      wake.emit(WAKE);
    }
  }

  /** The oldest queued message, or null. Any thread. */
  @HostAccess.Export
  public synchronized Object take() {
    return queue.poll();
  }

  /** Whether {@code record} is the marker {@link #CLOSED}. */
  @HostAccess.Export
  public boolean isClosedMarker(Object record) {
    return CLOSED.equals(record);
  }

  /** Receives through {@code op} from now on: one report per queued and future message. */
  void bind(PendingOp op) {
    int waiting;
    synchronized (this) {
      receiver = op;
      waiting = queue.size();
    }
    for (int i = 0; i < waiting; i++) {
      op.emit(WAKE);
    }
  }

  /** Stops receiving (the port is being transferred, or no longer listened to). Any thread. */
  synchronized void unbind(PendingOp op) {
    if (receiver == op) {
      receiver = null;
    }
  }

  /**
   * Disentangles both ends: this end drops its messages; the other end gets {@link #CLOSED}
   * after the messages already sent to it. Any thread.
   */
  @HostAccess.Export
  public void close() {
    PortEndpoint other;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
      other = peer;
      peer = null;
    }
    if (other != null) {
      synchronized (other) {
        other.peer = null;
      }
      other.deliver(CLOSED);
    }
  }

  /** Whether this end was closed. Any thread. */
  @HostAccess.Export
  public synchronized boolean isClosed() {
    return closed;
  }
}
