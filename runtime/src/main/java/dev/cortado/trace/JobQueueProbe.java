package dev.cortado.trace;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.HiddenKey;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.js.nodes.promise.PromiseReactionJobNode;
import com.oracle.truffle.js.runtime.JSAgent;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JobCallback;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.JSObjectUtil;
import com.oracle.truffle.js.runtime.objects.PromiseReactionRecord;
import dev.cortado.trace.TraceEvent.Location;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Watches the engine's own microtask queue. GraalJS keeps promise jobs in a deque of its agent
 * ({@code JSAgent.promiseJobsQueue}), filled by {@code push} and drained by {@code pollLast}; this
 * probe puts an observing deque in its place, so every promise reaction, {@code await}
 * continuation and {@code queueMicrotask} callback is recorded when the engine enqueues it and when
 * it runs. Nothing is inferred. Installed and used on the loop thread only.
 */
final class JobQueueProbe {
  private JobQueueProbe() {}

  /**
   * Replaces the current agent's job queue with one that reports to {@code recorder}. The Context
   * must be entered. Returns false, recording nothing, if the engine's internals are not as
   * expected (another GraalJS version).
   */
  static boolean install(TraceRecorder recorder, JobLabels labels) {
    try {
      JSAgent agent = JSRealm.get(null).getAgent();
      Field queue = JSAgent.class.getDeclaredField("promiseJobsQueue");
      queue.setAccessible(true);
      @SuppressWarnings("unchecked")
      Deque<Object> original = (Deque<Object>) queue.get(agent);
      Field reactionKey = PromiseReactionJobNode.class.getDeclaredField("REACTION_KEY");
      reactionKey.setAccessible(true);
      ObservedJobs observed = new ObservedJobs(recorder, labels, (HiddenKey) reactionKey.get(null));
      observed.addAll(original);
      queue.set(agent, observed);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The engine's job deque, observed. Loop thread. */
  private static final class ObservedJobs extends ArrayDeque<Object> {
    private final transient TraceRecorder recorder;
    private final transient JobLabels labels;
    private final transient HiddenKey reactionKey;
    private final transient Map<Object, Integer> ids = new IdentityHashMap<>();

    ObservedJobs(TraceRecorder recorder, JobLabels labels, HiddenKey reactionKey) {
      this.recorder = recorder;
      this.labels = labels;
      this.reactionKey = reactionKey;
    }

    @Override
    public void push(Object job) {
      super.push(job);
      if (recorder.truncated()) {
        return; // the trace is full
      }
      JobLabels.Label given = labels.takeNext();
      int id = given != null
          ? recorder.jobQueued(given.kind(), given.label(), given.at())
          : describeAndRecord(job);
      ids.put(job, id);
    }

    @Override
    public Object pollLast() {
      Object job = super.pollLast();
      if (job != null) {
        Integer id = ids.remove(job);
        if (id != null) {
          recorder.jobStarted(id);
        }
      }
      return job;
    }

    private int describeAndRecord(Object job) {
      if (job instanceof JSFunctionObject function
          && JSObjectUtil.getHiddenProperty(function, reactionKey) instanceof PromiseReactionRecord reaction) {
        JobCallback handler = reaction.getHandler();
        Object callback = handler == null ? null : handler.callback();
        if (callback instanceof JSFunctionObject target) {
          RootNode root = JSFunction.getCallTarget(target) instanceof RootCallTarget call ? call.getRootNode() : null;
          String name = JSFunction.getName(target).toJavaStringUncached();
          SourceSection section = root == null ? null : root.getSourceSection();
          boolean user = section != null && section.isAvailable() && !section.getSource().isInternal();
          Location at = user ? new Location(CallStackControl.sourcePath(section), section.getStartLine(), section.getStartColumn()) : null;
          if (!user) {
            return recordEngineHandler(root, name);
          }
          String label = name.isEmpty() ? "(anonymous)" : name;
          return recorder.jobQueued(reaction.isFulfill() ? "then" : "catch", label, at);
        }
        return recorder.jobQueued("reaction", "promise reaction (no handler)", null);
      }
      if (job instanceof JSFunctionObject function
          && JSFunction.getCallTarget(function) instanceof RootCallTarget call
          && call.getRootNode().getClass().getName().contains("Thenable")) {
        return recorder.jobQueued("thenable", "call a thenable's then", null);
      }
      return recorder.jobQueued("job", "promise job", null);
    }

    /** A reaction whose handler is the engine's own function: named by what it is for. */
    private int recordEngineHandler(RootNode root, String name) {
      String type = root == null ? "" : root.getClass().getName();
      if (type.contains("AwaitFulfilled") || type.contains("AwaitRejected")) {
        return recorder.jobQueued("await", "await continuation", null);
      }
      if (type.contains("AsyncFromSyncIterator")) {
        return recorder.jobQueued("await", "for await step", null);
      }
      if (type.contains("PromiseAllSettled")) {
        return recorder.jobQueued("combinator", "Promise.allSettled element", null);
      }
      if (type.contains("PromiseAny")) {
        return recorder.jobQueued("combinator", "Promise.any element", null);
      }
      if (type.contains("PromiseAll")) {
        return recorder.jobQueued("combinator", "Promise.all element", null);
      }
      if (type.contains("PromiseResolve") || type.contains("PromiseReject")) {
        return recorder.jobQueued("reaction", "resolve a promise", null);
      }
      return recorder.jobQueued("reaction", name.isEmpty() ? "runtime callback" : name, null);
    }
  }
}
