package dev.cortado.engine;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.js.runtime.JSAgent;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.Undefined;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.locks.Lock;
import org.graalvm.polyglot.Value;

/**
 * Makes the engine function {@code drainJobs()} that runs every pending promise job, the ones the
 * jobs queue included, in order: the microtask checkpoint the runtime's JavaScript takes after each
 * task ({@code settleTask} in 15_tasks.js).
 *
 * <p>It does what the engine's {@code JSAgent.processAllPromises} does, but as a Truffle loop the
 * JIT compiles: the jobs are called through an inline cache of their few kinds (a reaction, an
 * await resumption, a thenable job), so the JIT can inline them, instead of one generic call per
 * job from Java code that the JVM compiled without knowing them. It then calls {@code
 * processAllPromises} once with the queue empty, for the engine's bookkeeping after jobs (Atomics
 * waitAsync jobs, WeakRef targets, FinalizationRegistry cleanups, the rejection tracker). And
 * JavaScript calls it as a function of its own, not as a method of a Java object through interop.
 *
 * <p>It reads the engine's private job queue (pinned to the GraalJS version in the pom; {@code
 * PromiseJobDrainerTest} guards it). One call target per engine serves every Context on it.
 *
 * <p>Threads: {@link #create} on a thread that is running JavaScript in the Context that gets the
 * function; the function itself on the Context's thread, like any JavaScript.
 */
public final class PromiseJobDrainer {
  private static final VarHandle QUEUE;

  static {
    try {
      QUEUE = MethodHandles.privateLookupIn(JSAgent.class, MethodHandles.lookup())
          .findVarHandle(JSAgent.class, "promiseJobsQueue", Deque.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private PromiseJobDrainer() {}

  /**
   * The {@code drainJobs()} function of the current Context.
   *
   * @param sibling any value of the current Context (to wrap the result in)
   */
  public static Value create(Value sibling) {
    return EngineFunctions.create(sibling, "drainJobs", PromiseJobDrainer::functionData);
  }

  private static JSFunctionData functionData(JSContext context) {
    return EngineFunctions.callOnly(context, new DrainRoot(context), 0, "drainJobs");
  }

  /** The next job, or null when the queue is empty. */
  @TruffleBoundary
  @SuppressWarnings("unchecked")
  static JSFunctionObject nextJob(JSAgent agent) {
    return ((Deque<JSFunctionObject>) QUEUE.get(agent)).pollLast(); // the engine pushes at the front
  }

  @TruffleBoundary
  private static void finishJobs(JSAgent agent) {
    agent.processAllPromises(true);
  }

  /** {@code drainJobs()}: the loop, then the engine's bookkeeping. */
  private static final class DrainRoot extends JavaScriptRootNode {
    @Child private LoopNode loop;

    DrainRoot(JSContext context) {
      super(context.getLanguage(), null, null);
      this.loop = Truffle.getRuntime().createLoopNode(new RunNextJob());
    }

    @Override
    public Object execute(VirtualFrame frame) {
      loop.execute(frame);
      finishJobs(JSRealm.get(this).getAgent());
      return Undefined.instance;
    }

    @Override
    public boolean isInternal() {
      return true;
    }

    @Override
    public String getName() {
      return "drainJobs";
    }
  }

  /** One iteration: takes the next job and calls it; false when there was none. */
  private static final class RunNextJob extends Node implements RepeatingNode {
    @Child private JobCall call = new JobCall();

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
      JSFunctionObject job = nextJob(JSRealm.get(this).getAgent());
      if (job == null) {
        return false;
      }
      call.call(job);
      return true;
    }
  }

  /**
   * Calls a job through an inline cache of its call target (a job's function is new each time,
   * its code one of a few); past {@link #LIMIT} kinds, through an indirect call.
   */
  private static final class JobCall extends Node {
    private static final int LIMIT = 8;
    @CompilationFinal(dimensions = 1) private CallTarget[] targets = new CallTarget[0];
    @Children private DirectCallNode[] calls = new DirectCallNode[0];
    @Child private IndirectCallNode indirect;

    @ExplodeLoop
    void call(JSFunctionObject job) {
      CallTarget target = JSFunction.getCallTarget(job);
      Object[] arguments = JSArguments.createZeroArg(Undefined.instance, job);
      CallTarget[] cached = targets;
      for (int i = 0; i < cached.length; i++) {
        if (cached[i] == target) {
          calls[i].call(arguments);
          return;
        }
      }
      if (indirect == null) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        DirectCallNode direct = specialize(target);
        if (direct != null) {
          direct.call(arguments);
          return;
        }
      }
      indirect.call(target, arguments);
    }

    /**
     * Adds {@code target} to the cache and returns its call node, or, with the cache full, makes
     * the indirect call node and returns null. Under the node's lock: the code is shared by every
     * Context on the engine, workers' included.
     */
    private DirectCallNode specialize(CallTarget target) {
      Lock lock = getLock();
      lock.lock();
      try {
        for (int i = 0; i < targets.length; i++) {
          if (targets[i] == target) {
            return calls[i];
          }
        }
        if (indirect != null || targets.length >= LIMIT) {
          if (indirect == null) {
            indirect = insert(IndirectCallNode.create());
          }
          return null;
        }
        int n = targets.length;
        DirectCallNode[] moreCalls = Arrays.copyOf(calls, n + 1);
        CallTarget[] moreTargets = Arrays.copyOf(targets, n + 1);
        moreCalls[n] = insert(DirectCallNode.create(target));
        moreTargets[n] = target;
        calls = moreCalls;
        targets = moreTargets; // last: a reader that sees the target sees its call node
        return moreCalls[n];
      } finally {
        lock.unlock();
      }
    }
  }
}
