package dev.cortado.trace;

import dev.cortado.trace.TraceEvent.Location;

/**
 * A label the runtime's JavaScript gives the next promise job before the engine enqueues it: a
 * {@code queueMicrotask} callback runs inside the runtime's own reaction, whose handler would say
 * nothing to the user. Loop thread only.
 */
final class JobLabels {
  record Label(String kind, String label, Location at) { }

  private Label next;

  void setNext(Label label) {
    next = label;
  }

  Label takeNext() {
    Label label = next;
    next = null;
    return label;
  }
}
