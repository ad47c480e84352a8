package dev.cortado.fetch;

import dev.cortado.web.Buffers;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What an exchange's head op completes with: the status, the header fields and, when the whole
 * (decoded) body arrived with the head, the body too, so a small response costs JavaScript one
 * task. Immutable once made (on a client thread); read on the loop thread.
 */
public final class ResponseHead {
  private final int status;
  private final String headers;
  private final byte[] body;

  ResponseHead(int status, String headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  @HostAccess.Export
  public int status() {
    return status;
  }

  /** The header fields, each as a lowercased name, a newline, the value and a newline. */
  @HostAccess.Export
  public String headers() {
    return headers;
  }

  /** The length of the whole body when it came with the head, else -1 (it is read in chunks). */
  @HostAccess.Export
  public int bodyLength() {
    return body == null ? -1 : body.length;
  }

  /** Copies the whole body into the start of {@code arrayBuffer}. Loop thread. */
  @HostAccess.Export
  public void copyBody(Value arrayBuffer) {
    Buffers.write(arrayBuffer, 0, body, 0, body.length);
  }
}
