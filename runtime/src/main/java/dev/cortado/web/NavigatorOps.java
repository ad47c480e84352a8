package dev.cortado.web;

import org.graalvm.polyglot.HostAccess;

/** Facts about the machine for {@code navigator} (js/58_navigator.js). Any thread. */
public final class NavigatorOps {
  /** The processors available to the JVM ({@code navigator.hardwareConcurrency}). */
  @HostAccess.Export
  public int hardwareConcurrency() {
    return Runtime.getRuntime().availableProcessors();
  }
}
