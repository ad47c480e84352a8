package dev.cortado.node;

import dev.cortado.loop.PendingOps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The IPC channels of {@code child_process.fork} (86_child_process.js) and, in a forked child, the
 * channel to its parent ({@code process.send}, 30_process.js); see {@link IpcChannel}. When the
 * loop ends, what is queued is written and the channels close. Loop thread.
 */
public final class IpcOps {
  private static final long FLUSH_MILLIS = 5000;

  private final PendingOps pending;
  private final String parentSocket;
  private final List<IpcChannel> open = new ArrayList<>();
  private IpcChannel toParent;
  private boolean parentTried;

  /** {@code environment} may name the parent's socket ({@link IpcChannel#ENVIRONMENT_VARIABLE}). */
  public IpcOps(PendingOps pending, Map<String, String> environment) {
    this.pending = pending;
    this.parentSocket = environment.get(IpcChannel.ENVIRONMENT_VARIABLE);
  }

  /** A new parent's end for a child about to be forked, or the error's description (a String). */
  @HostAccess.Export
  public Object listen() {
    try {
      IpcChannel channel = IpcChannel.listen(pending);
      open.add(channel);
      return channel;
    } catch (IOException | UnsupportedOperationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * The channel to the parent when this program was forked (connected on the first call), else
   * null; a string when the parent's socket cannot be reached.
   */
  @HostAccess.Export
  public Object parentChannel() {
    if (parentSocket == null || parentSocket.isEmpty()) {
      return null;
    }
    if (!parentTried) {
      parentTried = true;
      try {
        toParent = IpcChannel.connect(pending, parentSocket);
        open.add(toParent);
      } catch (IOException | UnsupportedOperationException e) {
        return "cannot reach the parent's IPC channel " + parentSocket + ": " + e.getMessage();
      }
    }
    return toParent;
  }

  /** The loop is ending: queued messages are written, then every channel closes. */
  public void close() {
    for (IpcChannel channel : open) {
      channel.flushAndClose(FLUSH_MILLIS);
    }
    open.clear();
  }
}
