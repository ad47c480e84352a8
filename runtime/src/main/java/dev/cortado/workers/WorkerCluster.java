package dev.cortado.workers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a main loop and all the workers it starts (and theirs) share: thread ids and the
 * {@code BroadcastChannel} registry. One per root runtime, so two embedded runtimes in one JVM do
 * not hear each other's broadcasts. Thread-safe.
 */
public final class WorkerCluster {
  private final AtomicInteger nextThreadId = new AtomicInteger(1);
  private final Map<String, List<PortEndpoint>> channels = new ConcurrentHashMap<>();

  int nextThreadId() {
    return nextThreadId.getAndIncrement();
  }

  void join(String name, PortEndpoint endpoint) {
    channels.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(endpoint);
  }

  void leave(String name, PortEndpoint endpoint) {
    List<PortEndpoint> members = channels.get(name);
    if (members != null) {
      members.remove(endpoint);
    }
  }

  /** Delivers {@code message} to every member of {@code name} but {@code from}. */
  void broadcast(String name, PortEndpoint from, Object message) {
    List<PortEndpoint> members = channels.get(name);
    if (members == null) {
      return;
    }
    boolean first = true;
    for (PortEndpoint member : members) {
      if (member != from) {
        // Each receiver takes its message's byte arrays over: all but the first get a copy.
        boolean shared = !first && message instanceof dev.cortado.web.SerializedValue;
        member.deliver(shared ? ((dev.cortado.web.SerializedValue) message).copy() : message);
        first = false;
      }
    }
  }
}
