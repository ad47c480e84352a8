package dev.cortado.workers;

import dev.cortado.loop.PendingOp;
import org.graalvm.polyglot.HostAccess;

/**
 * What a worker's loop is started with, and its way back to the loop that created it: the
 * script, the worker's end of its implicit port, {@code workerData}, and the parent's lifecycle
 * op, which reports {@code online} and uncaught errors. Immutable; the worker's loop thread reads
 * it, and its reports may be made from any thread.
 *
 * @param kind {@code classic}, {@code module} (Web Workers), {@code node} (a worker_threads file)
 *     or {@code node-eval} (worker_threads with {@code eval: true})
 * @param script the script's file URL or path, or the source text for {@code node-eval}
 * @param name the worker's name ({@code self.name})
 * @param port the worker's end of the channel to its parent
 * @param workerData worker_threads' {@code workerData}, serialized (a SerializedValue), or null
 * @param threadId the worker's thread id
 * @param cluster what the worker shares with its parent
 * @param lifecycle the parent's op for this worker
 */
public record WorkerSetup(
    @HostAccess.Export String kind,
    @HostAccess.Export String script,
    @HostAccess.Export String name,
    @HostAccess.Export PortEndpoint port,
    @HostAccess.Export Object workerData,
    @HostAccess.Export int threadId,
    WorkerCluster cluster,
    PendingOp lifecycle) {

  /** Tells the parent the worker is about to run its script (worker_threads' 'online'). */
  @HostAccess.Export
  public void online() {
    lifecycle.emit("online");
  }

  /**
   * Tells the parent about an uncaught error: what an ErrorEvent says, and the error itself
   * serialized (null when it cannot be cloned).
   */
  @HostAccess.Export
  public void reportError(String message, String filename, int lineno, int colno, Object error) {
    lifecycle.emit(new Object[] {message, filename, lineno, colno, error});
  }
}
