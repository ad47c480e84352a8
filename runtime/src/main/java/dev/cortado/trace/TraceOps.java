package dev.cortado.trace;

import dev.cortado.trace.TraceEvent.Location;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * What the runtime's JavaScript tells the trace ({@code host.trace}, null when not tracing): timers
 * handed to the Web APIs box and moved to the task queue, immediates, {@code process.nextTick}
 * callbacks and the labels of {@code queueMicrotask} jobs. Loop thread only.
 */
public final class TraceOps {
  private final TraceRecorder recorder;
  private final JobLabels labels;

  TraceOps(TraceRecorder recorder, JobLabels labels) {
    this.recorder = recorder;
    this.labels = labels;
  }

  /** Whether the trace is full (cut at its event limit): the hooks may skip their work. */
  @HostAccess.Export
  public boolean full() {
    return recorder.truncated();
  }

  /** A timer was armed: it waits in the Web APIs box until its deadline. */
  @HostAccess.Export
  public void timerScheduled(int id, boolean repeat, double delayMs, double deadlineMs, Value callback) {
    if (recorder.truncated()) {
      return;
    }
    recorder.apiStarted("timer", id, repeat ? "setInterval" : "setTimeout", name(callback), delayMs,
        recorder.micros() + (long) (delayMs * 1000));
  }

  /** A timer's deadline passed: its callback joins the task queue. Returns the task id. */
  @HostAccess.Export
  public int timerDue(int id, Value callback) {
    if (recorder.truncated()) {
      return 0;
    }
    recorder.apiEnded("timer", id, "due");
    return recorder.taskQueued("timer", name(callback), location(callback));
  }

  /** A timer was cleared, before or after it became due ({@code task} 0: before). */
  @HostAccess.Export
  public void timerCleared(int id, int task) {
    if (task != 0) {
      recorder.taskDropped(task);
    } else {
      recorder.apiEnded("timer", id, "cleared");
    }
  }

  /** {@code setImmediate}: the callback joins the check queue at once. Returns the task id. */
  @HostAccess.Export
  public int immediateQueued(Value callback) {
    if (recorder.truncated()) {
      return 0;
    }
    return recorder.taskQueued("immediate", name(callback), location(callback));
  }

  @HostAccess.Export
  public void taskStarted(int task) {
    if (task != 0) {
      recorder.taskStarted(task);
    }
  }

  @HostAccess.Export
  public void taskDropped(int task) {
    if (task != 0) {
      recorder.taskDropped(task);
    }
  }

  /** {@code process.nextTick}: Node's tick queue, drained before promise jobs. Returns the job id. */
  @HostAccess.Export
  public int tickQueued(Value callback) {
    if (recorder.truncated()) {
      return 0;
    }
    return recorder.jobQueued("nextTick", name(callback), location(callback));
  }

  @HostAccess.Export
  public void jobStarted(int job) {
    recorder.jobStarted(job);
  }

  /** Names the next promise job the engine enqueues (see {@link JobLabels}). */
  @HostAccess.Export
  public void labelNextJob(String kind, Value callback) {
    if (recorder.truncated()) {
      return;
    }
    labels.setNext(new JobLabels.Label(kind, name(callback), location(callback)));
  }

  static String name(Value function) {
    if (function == null || !function.canExecute()) {
      return "(callback)";
    }
    Value name = function.getMember("name");
    String text = name != null && name.isString() ? name.asString() : "";
    return text.isEmpty() ? "(anonymous)" : text;
  }

  static Location location(Value function) {
    SourceSection section = function == null ? null : function.getSourceLocation();
    if (section == null || !section.isAvailable() || section.getSource().isInternal()) {
      return null;
    }
    String path = section.getSource().getPath();
    return new Location(path != null ? path : section.getSource().getName(), section.getStartLine(),
        section.getStartColumn());
  }
}
