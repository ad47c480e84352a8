package dev.cortado.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace in the Chrome Trace Event Format, which Perfetto and {@code chrome://tracing} open:
 * the call stack as nested slices on one track, the loop's phases on another, the Web APIs box and
 * both queues as async slices (from joining to leaving), console output as instant events, and
 * causality as flow events from the slice that scheduled a callback to the callback's slice.
 * Any thread.
 */
final class ChromeTraceJson {
  private static final int STACK = 1;
  private static final int LOOP = 2;
  private static final int QUEUES = 3;
  private static final int CONSOLE = 4;

  private ChromeTraceJson() {}

  static void write(StringBuilder out, List<TraceEvent> events, boolean truncated, int maxEvents) {
    out.append("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"producer\":\"cortado trace\",\"truncated\":")
        .append(truncated).append(",\"maxEvents\":").append(maxEvents).append("},\"traceEvents\":[\n");
    Rows rows = new Rows(out);
    rows.meta(STACK, "Call stack");
    rows.meta(LOOP, "Event loop phase");
    rows.meta(QUEUES, "Web APIs and queues");
    rows.meta(CONSOLE, "Console");
    Map<Integer, Integer> taskCause = new HashMap<>();
    Map<Integer, Integer> jobCause = new HashMap<>();
    String pendingFlow = null;
    TraceEvent.Phase phase = null;
    long lastMicros = 0;
    for (TraceEvent event : events) {
      lastMicros = event.micros();
      switch (event) {
        case TraceEvent.Enter e -> {
          rows.begin("B", STACK, e.micros(), e.name(), "call").append(",\"args\":{\"step\":").append(e.step());
          if (e.at() != null && e.at().file() != null) {
            out.append(",\"location\":");
            JsonText.string(out, e.at().file() + ":" + e.at().line() + ":" + e.at().column());
          }
          out.append("}}");
          if (pendingFlow != null) {
            rows.begin("f", STACK, e.micros(), "scheduled", "causality").append(",\"bp\":\"e\",\"id\":");
            JsonText.string(out, pendingFlow).append('}');
            pendingFlow = null;
          }
        }
        case TraceEvent.Exit e -> rows.begin("E", STACK, e.micros(), null, "call").append('}');
        case TraceEvent.Phase e -> {
          endPhase(rows, phase, e.micros());
          phase = e;
        }
        case TraceEvent.ApiStarted e -> asyncBegin(rows, e.micros(), "web-api", e.api() + ":" + e.id(),
            e.kind() + " " + e.label(), e.step());
        case TraceEvent.ApiEnded e -> asyncEnd(rows, e.micros(), "web-api", e.api() + ":" + e.id());
        case TraceEvent.TaskQueued e -> {
          asyncBegin(rows, e.micros(), "task-queue", "task-" + e.task(), e.source() + ": " + e.label(), e.step());
          if (e.cause() != 0) {
            flowStart(rows, e.micros(), "task-" + e.task());
            taskCause.put(e.task(), e.cause());
          }
        }
        case TraceEvent.TaskDropped e -> asyncEnd(rows, e.micros(), "task-queue", "task-" + e.task());
        case TraceEvent.TaskStarted e -> {
          asyncEnd(rows, e.micros(), "task-queue", "task-" + e.task());
          pendingFlow = taskCause.remove(e.task()) != null ? "task-" + e.task() : null;
        }
        case TraceEvent.JobQueued e -> {
          asyncBegin(rows, e.micros(), "microtask-queue", "job-" + e.job(), e.kind() + ": " + e.label(), e.step());
          if (e.cause() != 0) {
            flowStart(rows, e.micros(), "job-" + e.job());
            jobCause.put(e.job(), e.cause());
          }
        }
        case TraceEvent.JobStarted e -> {
          asyncEnd(rows, e.micros(), "microtask-queue", "job-" + e.job());
          pendingFlow = jobCause.remove(e.job()) != null ? "job-" + e.job() : null;
        }
        case TraceEvent.Output e -> {
          rows.begin("i", CONSOLE, e.micros(), e.fd() == 2 ? "stderr" : "stdout", "console")
              .append(",\"s\":\"t\",\"args\":{\"step\":").append(e.step()).append(",\"text\":");
          JsonText.string(out, e.text()).append("}}");
        }
        case TraceEvent.Ended e -> {
          endPhase(rows, phase, e.micros());
          phase = null;
          rows.begin("i", LOOP, e.micros(), "exit " + e.exitCode(), "loop").append(",\"s\":\"p\"}");
        }
      }
    }
    endPhase(rows, phase, lastMicros);
    out.append("\n]}\n");
  }

  private static void endPhase(Rows rows, TraceEvent.Phase phase, long until) {
    if (phase != null) {
      rows.begin("X", LOOP, phase.micros(), phase.phase(), "loop")
          .append(",\"dur\":").append(Math.max(0, until - phase.micros())).append('}');
    }
  }

  private static void asyncBegin(Rows rows, long micros, String category, String id, String name, int step) {
    rows.begin("b", QUEUES, micros, name, category).append(",\"id\":");
    JsonText.string(rows.out, id).append(",\"args\":{\"step\":").append(step).append("}}");
  }

  private static void asyncEnd(Rows rows, long micros, String category, String id) {
    rows.begin("e", QUEUES, micros, null, category).append(",\"id\":");
    JsonText.string(rows.out, id).append('}');
  }

  private static void flowStart(Rows rows, long micros, String id) {
    rows.begin("s", STACK, micros, "scheduled", "causality").append(",\"id\":");
    JsonText.string(rows.out, id).append('}');
  }

  /** Appends one event object per call, comma-separated. */
  private static final class Rows {
    final StringBuilder out;
    boolean first = true;

    Rows(StringBuilder out) {
      this.out = out;
    }

    StringBuilder begin(String phase, int tid, long micros, String name, String category) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append("{\"ph\":\"").append(phase).append("\",\"pid\":1,\"tid\":").append(tid)
          .append(",\"ts\":").append(micros).append(",\"cat\":\"").append(category).append('"');
      if (name != null) {
        out.append(",\"name\":");
        JsonText.string(out, name);
      }
      return out;
    }

    void meta(int tid, String name) {
      begin("M", tid, 0, "thread_name", "meta").append(",\"args\":{\"name\":");
      JsonText.string(out, name).append("}}");
    }
  }
}
