package dev.cortado.trace;

import dev.cortado.trace.CallListener.Caller;
import dev.cortado.trace.TraceEvent.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the events of one traced run (see {@link TraceEvent}). It also keeps the call stack as
 * the user sees it: their own functions, and the runtime or engine function they called directly
 * ({@code console.log}, {@code setTimeout}, {@code then}); what those call internally stays hidden,
 * except the user's callbacks. Every method is synchronized: the loop thread records most events,
 * and host threads record what they hand to the loop's inbox.
 */
public final class TraceRecorder implements CallListener {
  private static final String RUNTIME_PREFIX = "cortado:internal/";

  private final int maxEvents;
  private final long startNanos = System.nanoTime();
  private final List<TraceEvent> events = new ArrayList<>();
  private final ArrayDeque<Frame> stack = new ArrayDeque<>();
  private final Set<String> files = new LinkedHashSet<>();
  private Thread loopThread;
  private volatile boolean truncated;
  private boolean started;
  private int nextFrame = 1;
  private int nextTask = 1;
  private int nextJob = 1;

  /** A frame of the real stack; {@code id} 0 when the user does not see it. */
  private record Frame(int id, boolean user, boolean derived, String name, Location at) { }

  /** Records at most {@code maxEvents} events; the rest of the run goes unrecorded. */
  public TraceRecorder(int maxEvents) {
    this.maxEvents = maxEvents;
  }

  /**
   * Starts recording, once the runtime has loaded (what it does to start up is not the user's);
   * only calls made on {@code thread} are recorded as the call stack.
   */
  public synchronized void start(Thread thread) {
    this.loopThread = thread;
    this.started = true;
  }

  // --- the call stack ----------------------------------------------------------------------------

  @Override
  public synchronized void enter(String name, String path, int line, int column, boolean internal,
      Caller caller) {
    if (Thread.currentThread() != loopThread) {
      return;
    }
    boolean user = !internal && path != null && !path.startsWith(RUNTIME_PREFIX)
        && !":module:link".equals(name);
    Location from = caller == null || !isUserFile(caller.path()) ? null
        : new Location(caller.path(), caller.line(), caller.column());
    Frame parent = stack.peek();
    if (from != null && (parent == null || !parent.user()) && !onStack(caller)) {
      // Called from the user's code, but that code's own frame was never entered: a generator's
      // body, or a module resumed after top-level await, runs without a root the engine reports.
      // Show the caller, derived from the call site, and drop it when control leaves it.
      parent = pushDerived(caller);
    }
    Location at = new Location(user ? path : null, line, column);
    boolean visible;
    if (user) {
      // An async function's or generator's body is a second root under the function's own.
      visible = parent == null || !parent.user() || !parent.name().equals(name)
          || !path.equals(parent.at().file()) || parent.at().equals(at);
    } else {
      visible = parent != null && parent.user();
    }
    int id = 0;
    if (visible) {
      id = nextFrame++;
      if (user) {
        files.add(path);
      }
      add(new TraceEvent.Enter(nextStep(), micros(), id, displayName(name, path, user), at, from, false));
    }
    stack.push(new Frame(id, user, false, name, at));
  }

  private Frame pushDerived(Caller caller) {
    int id = nextFrame++;
    Location at = new Location(caller.path(), caller.rootLine(), caller.rootColumn());
    files.add(caller.path());
    add(new TraceEvent.Enter(nextStep(), micros(), id, displayName(caller.rootName(), caller.path(), true),
        at, null, true));
    Frame frame = new Frame(id, true, true, caller.rootName() == null ? "" : caller.rootName(), at);
    stack.push(frame);
    return frame;
  }

  /** Whether the caller's frame is on the stack already (called through an engine builtin). */
  private boolean onStack(Caller caller) {
    String name = displayName(caller.rootName(), caller.path(), true);
    for (Frame frame : stack) {
      if (frame.user() && frame.at().file() != null && frame.at().file().equals(caller.path())
          && frame.at().line() == caller.rootLine() && frame.at().column() == caller.rootColumn()
          && displayName(frame.name(), frame.at().file(), true).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUserFile(String path) {
    return path != null && !path.startsWith(RUNTIME_PREFIX);
  }

  @Override
  public synchronized void exit() {
    if (Thread.currentThread() != loopThread) {
      return;
    }
    popDerived();
    if (stack.isEmpty()) {
      return;
    }
    Frame frame = stack.pop();
    if (frame.id() != 0) {
      add(new TraceEvent.Exit(nextStep(), micros(), frame.id()));
    }
  }

  /** Drops the derived frames on top of the stack (control has left them). */
  private void popDerived() {
    while (!stack.isEmpty() && stack.peek().derived()) {
      add(new TraceEvent.Exit(nextStep(), micros(), stack.pop().id()));
    }
  }

  @Override
  public boolean listening() {
    return !truncated;
  }

  /** The innermost frame the user sees, as the cause of what is scheduled now; 0 if none. */
  private int cause() {
    if (Thread.currentThread() != loopThread) {
      return 0;
    }
    for (Frame frame : stack) {
      if (frame.id() != 0) {
        return frame.id();
      }
    }
    return 0;
  }

  private static String displayName(String name, String path, boolean user) {
    if (name == null || name.isEmpty() || name.equals(":=>") || name.startsWith(":anonymous")) {
      return "(anonymous)";
    }
    if (name.equals(":program") || name.startsWith(":module") || name.equals(":top-level-await-module")) {
      return "(main)";
    }
    if (name.startsWith(":")) {
      return "(" + name.substring(1) + ")";
    }
    if (!user && path != null && path.startsWith(RUNTIME_PREFIX)) {
      String file = path.substring(RUNTIME_PREFIX.length());
      if (file.endsWith("_console.js")) {
        return "console." + name;
      }
      if (name.equals("nextTick")) {
        return "process.nextTick";
      }
    }
    return name;
  }

  // --- the loop, the Web APIs and the queues ---------------------------------------------------------

  /** The loop entered {@code phase}. */
  public synchronized void phase(String phase) {
    popDerived();
    add(new TraceEvent.Phase(nextStep(), micros(), phase));
  }

  /** A host API took work over; see {@link TraceEvent.ApiStarted}. */
  public synchronized void apiStarted(String api, int id, String kind, String label, double delayMs,
      long dueMicros) {
    add(new TraceEvent.ApiStarted(nextStep(), micros(), api, id, kind, label, delayMs, dueMicros, cause()));
  }

  /** The work left the Web APIs box. */
  public synchronized void apiEnded(String api, int id, String reason) {
    add(new TraceEvent.ApiEnded(nextStep(), micros(), api, id, reason));
  }

  /** A callback joined a task queue; returns its task id. */
  public synchronized int taskQueued(String source, String label, Location at) {
    int task = nextTask++;
    add(new TraceEvent.TaskQueued(nextStep(), micros(), task, source, label, at, cause()));
    return task;
  }

  /** The task left its queue without running. */
  public synchronized void taskDropped(int task) {
    add(new TraceEvent.TaskDropped(nextStep(), micros(), task));
  }

  /** The task runs now. */
  public synchronized void taskStarted(int task) {
    popDerived();
    add(new TraceEvent.TaskStarted(nextStep(), micros(), task));
  }

  /** A job joined the microtask queue; returns its job id. */
  public synchronized int jobQueued(String kind, String label, Location at) {
    int job = nextJob++;
    if (at != null && at.file() != null) {
      files.add(at.file());
    }
    add(new TraceEvent.JobQueued(nextStep(), micros(), job, kind, label, at, cause()));
    return job;
  }

  /** The job runs now. */
  public synchronized void jobStarted(int job) {
    popDerived();
    add(new TraceEvent.JobStarted(nextStep(), micros(), job));
  }

  /** Output of the program. */
  public synchronized void output(int fd, String text) {
    add(new TraceEvent.Output(nextStep(), micros(), fd, text));
  }

  /** The run ended. Recorded even past the event limit. */
  public synchronized void ended(int exitCode) {
    popDerived();
    events.add(new TraceEvent.Ended(events.size(), micros(), exitCode));
  }

  /** Microseconds since the trace began. Any thread. */
  public long micros() {
    return (System.nanoTime() - startNanos) / 1000;
  }

  // --- results --------------------------------------------------------------------------------------

  /** The events so far, in order. */
  public synchronized List<TraceEvent> events() {
    return Collections.unmodifiableList(new ArrayList<>(events));
  }

  /** Whether the event limit cut the trace. */
  public boolean truncated() {
    return truncated;
  }

  /** The limit given at creation. */
  public int maxEvents() {
    return maxEvents;
  }

  /** The user's source files the trace shows, in the order first seen. */
  public synchronized List<String> files() {
    return List.copyOf(files);
  }

  private int nextStep() {
    return events.size();
  }

  private void add(TraceEvent event) {
    if (!started) {
      return;
    }
    if (events.size() >= maxEvents) {
      truncated = true;
      return;
    }
    events.add(event);
  }
}
