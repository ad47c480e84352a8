package dev.cortado.node;

import dev.cortado.host.ProcessSignals;
import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import org.graalvm.polyglot.HostAccess;

/**
 * Signal events of {@code process} (30_process.js): while JavaScript listens for a signal, each
 * one received is a progress report of an unreferenced {@link PendingOp} (a listener does not keep
 * the loop alive, as in Node); cancelling the op restores the signal's default action. Loop
 * thread.
 */
public final class SignalOps {
  private final PendingOps pending;
  private volatile ProcessSignals source;

  public SignalOps(PendingOps pending) {
    this.pending = pending;
  }

  /** Where this runtime's signals come from; null (the default): none are delivered. */
  public void source(ProcessSignals signals) {
    this.source = signals;
  }

  /**
   * Starts delivering signal {@code number} ({@code name}): the op reports the number each time
   * it arrives. Null when signals cannot be caught here (JavaScript then just keeps its listener).
   */
  @HostAccess.Export
  public PendingOp watch(int number, String name) {
    ProcessSignals signals = source;
    if (signals == null) {
      return null;
    }
    Runnable[] restore = new Runnable[1];
    PendingOp op = pending.begin("signal", name, () -> {
      if (restore[0] != null) {
        restore[0].run();
      }
    });
    restore[0] = signals.catchSignal(number, name, () -> op.emit(number));
    if (restore[0] == null) {
      op.cancel();
      return null;
    }
    op.setReferenced(false);
    return op;
  }
}
