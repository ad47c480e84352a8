package dev.cortado.trace;

import dev.cortado.trace.TraceEvent.Location;
import java.util.List;

/**
 * The trace as the replay page reads it: one JSON object per event, in step order, with a
 * {@code type} and the event's fields. Any thread.
 */
final class StepEventsJson {
  private StepEventsJson() {}

  static void write(StringBuilder out, List<TraceEvent> events) {
    out.append('[');
    boolean first = true;
    for (TraceEvent event : events) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append("{\"step\":").append(event.step()).append(",\"us\":").append(event.micros());
      switch (event) {
        case TraceEvent.Enter e -> {
          type(out, "enter").append(",\"frame\":").append(e.frame()).append(",\"name\":");
          JsonText.string(out, e.name());
          location(out, "at", e.at());
          location(out, "from", e.from());
          if (e.derived()) {
            out.append(",\"derived\":true");
          }
        }
        case TraceEvent.Exit e -> type(out, "exit").append(",\"frame\":").append(e.frame());
        case TraceEvent.Phase e -> JsonText.string(type(out, "phase").append(",\"phase\":"), e.phase());
        case TraceEvent.ApiStarted e -> {
          type(out, "api-start").append(",\"id\":");
          JsonText.string(out, e.api() + ":" + e.id()).append(",\"api\":");
          JsonText.string(out, e.api()).append(",\"kind\":");
          JsonText.string(out, e.kind()).append(",\"label\":");
          JsonText.string(out, e.label());
          out.append(",\"delay\":").append(e.delayMs()).append(",\"due\":").append(e.dueMicros())
              .append(",\"cause\":").append(e.cause());
        }
        case TraceEvent.ApiEnded e -> {
          type(out, "api-end").append(",\"id\":");
          JsonText.string(out, e.api() + ":" + e.id()).append(",\"reason\":");
          JsonText.string(out, e.reason());
        }
        case TraceEvent.TaskQueued e -> {
          type(out, "task-queued").append(",\"task\":").append(e.task()).append(",\"source\":");
          JsonText.string(out, e.source()).append(",\"label\":");
          JsonText.string(out, e.label());
          location(out, "at", e.at());
          out.append(",\"cause\":").append(e.cause());
        }
        case TraceEvent.TaskDropped e -> type(out, "task-dropped").append(",\"task\":").append(e.task());
        case TraceEvent.TaskStarted e -> type(out, "task-started").append(",\"task\":").append(e.task());
        case TraceEvent.JobQueued e -> {
          type(out, "job-queued").append(",\"job\":").append(e.job()).append(",\"kind\":");
          JsonText.string(out, e.kind()).append(",\"label\":");
          JsonText.string(out, e.label());
          location(out, "at", e.at());
          out.append(",\"cause\":").append(e.cause());
        }
        case TraceEvent.JobStarted e -> type(out, "job-started").append(",\"job\":").append(e.job());
        case TraceEvent.Output e -> {
          type(out, "output").append(",\"fd\":").append(e.fd()).append(",\"text\":");
          JsonText.string(out, e.text());
        }
        case TraceEvent.Ended e -> type(out, "end").append(",\"exitCode\":").append(e.exitCode());
      }
      out.append('}');
    }
    out.append(']');
  }

  private static StringBuilder type(StringBuilder out, String type) {
    return out.append(",\"type\":\"").append(type).append('"');
  }

  private static void location(StringBuilder out, String key, Location at) {
    if (at == null) {
      return;
    }
    out.append(",\"").append(key).append("\":{\"file\":");
    JsonText.string(out, at.file()).append(",\"line\":").append(at.line()).append(",\"column\":")
        .append(at.column()).append('}');
  }
}
