package dev.cortado.workers;

import dev.cortado.host.Permissions;
import dev.cortado.host.ProcessIo;
import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.loop.RuntimeOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java side of workers and messaging ({@code host.workers}): message channels, receiving on
 * a port, starting and terminating workers, BroadcastChannel membership. Workers get the
 * creator's standard streams, environment and permissions. Loop thread only (the loop that owns
 * this HostOps), except {@link #close}.
 */
public final class WorkerOps {
  private final PendingOps ops;
  private final ProcessIo io;
  private final Map<String, String> environment;
  private final long pid;
  private final long ppid;
  private final Permissions permissions;
  private final Set<WorkerThread> children = ConcurrentHashMap.newKeySet();
  /**
   * The ends this loop receives on and has not given up (by cancelling the op: a transfer, a
   * close). They are closed when the loop ends, so that their peers learn it, as in Node: a port
   * whose thread ended gets 'close', and a stream transferred from it errors instead of waiting.
   */
  private final Set<PortEndpoint> receiving = ConcurrentHashMap.newKeySet();
  private WorkerCluster cluster;
  private int threadId;

  public WorkerOps(PendingOps ops, ProcessIo io, Map<String, String> environment, long pid, long ppid,
      Permissions permissions) {
    this.ops = ops;
    this.io = io;
    this.environment = environment;
    this.pid = pid;
    this.ppid = ppid;
    this.permissions = permissions;
  }

  private WorkerCluster cluster() {
    if (cluster == null) {
      cluster = new WorkerCluster();
    }
    return cluster;
  }

  /** Called first in a worker's loop: joins the creator's cluster. */
  @HostAccess.Export
  public void adopt(WorkerSetup setup) {
    cluster = setup.cluster();
    threadId = setup.threadId();
  }

  /** This loop's thread id (0 on the main thread). */
  @HostAccess.Export
  public int threadId() {
    return threadId;
  }

  /** A new pair of entangled port ends. */
  @HostAccess.Export
  public PortEndpoint[] newChannel() {
    return PortEndpoint.pair();
  }

  /**
   * Starts receiving {@code endpoint}'s messages on this loop: each report of the op returned is
   * one message to {@link PortEndpoint#take}. Cancelling the op stops receiving; queued messages
   * stay with the endpoint.
   */
  @HostAccess.Export
  public PendingOp receive(PortEndpoint endpoint) {
    PendingOp[] holder = new PendingOp[1];
    PendingOp op = ops.begin("message-port", "messages on a port", () -> {
      endpoint.unbind(holder[0]);
      receiving.remove(endpoint);
    });
    holder[0] = op;
    receiving.add(endpoint);
    endpoint.bind(op);
    return op;
  }

  /**
   * Creates a worker, to be started with {@link WorkerThread#start}. Its end of the implicit channel is {@code workerPort}; {@code workerData} is
   * a SerializedValue or null. The returned worker's {@link WorkerThread#lifecycle} op is
   * referenced: it keeps this loop alive until the worker ends.
   */
  @HostAccess.Export
  public WorkerThread spawn(String kind, String script, String name, PortEndpoint workerPort,
      Object workerData, String cwd) {
    PendingOp lifecycle = ops.begin("worker", "worker " + (name == null || name.isEmpty()
        ? script.substring(script.lastIndexOf('/') + 1) : name), null);
    WorkerSetup setup = new WorkerSetup(kind, script, name, workerPort, workerData,
        cluster().nextThreadId(), cluster(), lifecycle);
    RuntimeOptions options = new RuntimeOptions(io, Path.of(cwd), environment, List.of(),
        RuntimeOptions.DEFAULT_STACK_BYTES, pid, ppid, permissions);
    WorkerThread[] holder = new WorkerThread[1];
    WorkerThread worker = new WorkerThread(options, setup, () -> children.remove(holder[0]));
    holder[0] = worker;
    children.add(worker);
    return worker;
  }

  /** A new BroadcastChannel member named {@code name}: receive with {@link #receive}. */
  @HostAccess.Export
  public PortEndpoint joinBroadcast(String name) {
    PortEndpoint endpoint = PortEndpoint.pair()[0];
    cluster().join(name, endpoint);
    return endpoint;
  }

  @HostAccess.Export
  public void leaveBroadcast(String name, PortEndpoint endpoint) {
    cluster().leave(name, endpoint);
    endpoint.close();
  }

  @HostAccess.Export
  public void broadcast(String name, PortEndpoint from, Object message) {
    cluster().broadcast(name, from, message);
  }

  /**
   * Lets {@code Atomics.wait} block this loop's thread, as Node and Deno allow on every thread
   * (GraalJS's main agent refuses by default). {@code realmFunction}: any function of the Context.
   */
  @HostAccess.Export
  public void allowAtomicsWait(org.graalvm.polyglot.Value realmFunction) {
    if (dev.cortado.engine.EngineIntrospection.guestObject(realmFunction)
        instanceof com.oracle.truffle.js.runtime.builtins.JSFunctionObject function) {
      function.getRealm().getAgent().setCanBlock(true);
    }
  }

  /** How many workers this loop started are still running. */
  @HostAccess.Export
  public int runningWorkers() {
    return children.size();
  }

  /**
   * The loop is ending: terminates every worker it started and closes the port ends it still
   * receives on. Any thread.
   */
  public void close() {
    for (WorkerThread child : children) {
      child.terminate();
    }
    for (PortEndpoint endpoint : receiving) {
      endpoint.close();
    }
    receiving.clear();
  }
}
