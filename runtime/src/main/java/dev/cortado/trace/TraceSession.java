package dev.cortado.trace;

import org.graalvm.polyglot.Engine;

/**
 * One {@code cortado trace} run: its recorder and its listener on the trace engine, which carries
 * the call-stack instrument (the shared engine never does, so runs without tracing pay nothing). Create before
 * the loop starts; {@link #attach} on the loop thread with the Context entered; {@link #close}
 * after the run. Events can be read from any thread.
 */
public final class TraceSession implements AutoCloseable {
  private final TraceRecorder recorder;
  private final JobLabels labels = new JobLabels();
  private final TraceOps ops;
  private static Engine sharedTraceEngine;
  private AutoCloseable calls;
  private boolean jobsObserved;

  public TraceSession(int maxEvents) {
    this.recorder = new TraceRecorder(maxEvents);
    this.ops = new TraceOps(recorder, labels);
  }

  /**
   * The engine traced runs use: one per JVM, separate from the shared engine, so its code stays
   * compiled from one trace to the next (in the daemon) while untraced runs never see the
   * instrument. Each session attaches its own listener and records only its loop thread.
   */
  public Engine engine() {
    synchronized (TraceSession.class) {
      if (sharedTraceEngine == null) {
        sharedTraceEngine = Engine.newBuilder("js")
            .allowExperimentalOptions(true)
            .option("engine.WarnInterpreterOnly", "false")
            .logHandler(java.io.OutputStream.nullOutputStream())
            .build();
      }
      return sharedTraceEngine;
    }
  }

  public TraceRecorder recorder() {
    return recorder;
  }

  /** The {@code host.trace} object of the runtime's JavaScript. */
  public TraceOps ops() {
    return ops;
  }

  /** Starts recording the loop thread's calls and the engine's job queue. Loop thread, entered. */
  public void attach(Thread loopThread) {
    recorder.start(loopThread);
    CallStackControl control = engine().getInstruments().get(CallStackInstrument.ID).lookup(CallStackControl.class);
    calls = control.attach(recorder);
    jobsObserved = JobQueueProbe.install(recorder, labels);
  }

  /** Whether the microtask queue is observed in the engine (false: only nextTick is recorded). */
  public boolean jobsObserved() {
    return jobsObserved;
  }

  @Override
  public void close() {
    try {
      if (calls != null) {
        calls.close();
      }
    } catch (Exception ignored) {
      // nothing more to stop
    }
  }
}
