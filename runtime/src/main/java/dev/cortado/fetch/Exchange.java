package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.Buffers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One HTTP request and its response, as JavaScript's fetch sees it. The response head arrives
 * through {@link #headOp} as a {@link ResponseHead}; a small body (up to {@link #SMALL} bytes, of
 * known length or ending within that) comes whole with it, as long as it follows the head within
 * {@link #HEAD_WAIT_MS}. Any other body is pulled a chunk at a time with {@link #read} (so an
 * unread body holds at most {@link RawBody#READ_AHEAD} bytes), and {@link #abort} closes the
 * connection at any point. Exported methods run on the loop thread; the network work on the
 * client's threads (and virtual threads to decode a body).
 */
public final class Exchange implements HttpResponse.BodyHandler<Void> {
  /** A body up to this long comes with the head. */
  static final int SMALL = 256 * 1024;
  /** How long the head waits for a small body before it goes alone. */
  static final long HEAD_WAIT_MS = 20;
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final PendingOps ops;
  private final PendingOp headOp;
  private final String hostPort;
  private final UploadPipe upload;
  private final String bodyLabel;
  private final Runnable abortAction = this::abort;
  private final AtomicBoolean headSent = new AtomicBoolean();
  private volatile CompletableFuture<HttpResponse<Void>> future;
  private volatile boolean aborted;
  private volatile int status;
  private volatile String headers;
  private volatile String encoding;
  private volatile RawBody raw;
  private volatile DecodedBody decoded;
  private volatile ScheduledFuture<?> headTimer;

  Exchange(PendingOps ops, PendingOp headOp, String hostPort, UploadPipe upload) {
    this.ops = ops;
    this.headOp = headOp;
    this.hostPort = hostPort;
    this.upload = upload;
    this.bodyLabel = "response body from " + hostPort;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
        Thread.ofPlatform().name("cortado-fetch-timer").daemon().factory());
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(2, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    return timer;
  }

  void send(CompletableFuture<HttpResponse<Void>> sending) {
    this.future = sending;
    sending.whenComplete((r, error) -> {
      if (error != null) {
        if (headSent.compareAndSet(false, true)) {
          headOp.fail(FetchFailure.of(error, hostPort).encode());
        }
        if (upload != null) {
          upload.abort();
        }
      }
    });
  }

  void failBeforeSending(FetchFailure failure) {
    headSent.set(true);
    headOp.fail(failure.encode());
    if (upload != null) {
      upload.abort();
    }
  }

  /** The client calls this when the response head has arrived. A client thread. */
  @Override
  public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
    HttpHeaders fields = info.headers();
    status = info.statusCode();
    headers = flatten(fields);
    String coding = fields.firstValue("content-encoding").orElse(null);
    if (coding != null && (coding.isBlank() || coding.strip().equalsIgnoreCase("identity"))) {
      coding = null;
    }
    encoding = coding;
    long length = fields.firstValueAsLong("content-length").orElse(-1);
    boolean small = length <= SMALL; // unknown (-1): the head waits while the body fits
    RawBody body = new RawBody(hostPort, small ? SMALL : -1, this::sendHead);
    raw = body;
    if (coding != null) {
      decoded = new DecodedBody(body, coding, hostPort);
    }
    if (aborted) {
      body.cancel();
    } else if (!small) {
      sendHead();
    } else {
      headTimer = TIMER.schedule(this::sendHead, HEAD_WAIT_MS, TimeUnit.MILLISECONDS);
    }
    return body;
  }

  /** Completes the head op, with the whole body when it is here. Any thread; once. */
  private void sendHead() {
    if (!headSent.compareAndSet(false, true)) {
      return;
    }
    ScheduledFuture<?> timer = headTimer;
    if (timer != null) {
      timer.cancel(false);
    }
    RawBody body = raw;
    if (aborted) {
      return;
    }
    byte[] whole = null;
    if (decoded == null) {
      whole = body.whole(true);
    } else {
      byte[] encoded = body.whole(false);
      if (encoded != null) {
        whole = decodeWhole(encoded);
        if (whole != null) {
          body.drain();
          decoded = null;
        }
      }
    }
    body.stopBuffering();
    headOp.complete(new ResponseHead(status, headers, whole));
  }

  /** A small encoded body, decoded; null if it fails or grows large (then it is read in chunks). */
  private byte[] decodeWhole(byte[] encoded) {
    try (InputStream in = ContentDecoding.decode(new ByteArrayInputStream(encoded), encoding)) {
      byte[] out = in.readNBytes(4 * SMALL + 1);
      return out.length > 4 * SMALL ? null : out;
    } catch (IOException | RuntimeException e) {
      return null; // read in chunks, where the failure is reported as the body's
    }
  }

  /** The header fields as lowercased name, newline, value, newline (HTTP/2 pseudo-headers left out). */
  private static String flatten(HttpHeaders fields) {
    StringBuilder out = new StringBuilder(256);
    for (Map.Entry<String, List<String>> field : fields.map().entrySet()) {
      String name = field.getKey();
      if (name.startsWith(":")) {
        continue;
      }
      name = name.toLowerCase(Locale.ROOT);
      for (String value : field.getValue()) {
        out.append(name).append('\n').append(value.indexOf('\n') < 0 ? value : value.replace('\n', ' ')).append('\n');
      }
    }
    return out.toString();
  }

  /** The op that completes with a {@link ResponseHead} once the response head has arrived. */
  @HostAccess.Export
  public PendingOp headOp() {
    return headOp;
  }

  /** The op that asks for upload chunks ({@code "pull"} reports), or null without a stream body. */
  @HostAccess.Export
  public PendingOp uploadOp() {
    return upload == null ? null : upload.op();
  }

  /** Hands the next upload chunk (a Uint8Array) to the sending thread. */
  @HostAccess.Export
  public void pushUpload(Value uint8Array) {
    int length = (int) uint8Array.getMember("byteLength").asLong();
    int offset = (int) uint8Array.getMember("byteOffset").asLong();
    byte[] bytes = new byte[length];
    Buffers.read(uint8Array.getMember("buffer"), offset, bytes, 0, length);
    upload.push(bytes);
  }

  @HostAccess.Export
  public void endUpload() {
    upload.end();
  }

  @HostAccess.Export
  public void failUpload(String message) {
    upload.fail(message);
  }

  /**
   * Reads the next chunk of the (decoded) body: the op completes with a {@link BodyChunk} (at
   * most {@link RawBody#CHUNK} bytes), or null at the end, or fails with a {@link FetchFailure}.
   */
  @HostAccess.Export
  public PendingOp read() {
    PendingOp op = ops.begin("fetch", bodyLabel, abortAction);
    DecodedBody d = decoded;
    if (d != null) {
      d.read(op);
    } else {
      raw.read(op);
    }
    return op;
  }

  /**
   * The next chunk of the (decoded) body if it is already here, else null: then {@link #read}
   * waits for it (and reports the end or a failure).
   */
  @HostAccess.Export
  public BodyChunk poll() {
    DecodedBody d = decoded;
    return d != null ? d.poll() : raw.poll();
  }

  /** Stops everything: the request, the upload and the body; the connection is closed. Any thread. */
  @HostAccess.Export
  public void abort() {
    if (aborted) {
      return;
    }
    aborted = true;
    ScheduledFuture<?> timer = headTimer;
    if (timer != null) {
      timer.cancel(false);
    }
    CompletableFuture<HttpResponse<Void>> f = future;
    if (f != null) {
      f.cancel(true);
    }
    if (upload != null) {
      upload.abort();
    }
    DecodedBody d = decoded;
    if (d != null) {
      d.cancel();
    }
    RawBody r = raw;
    if (r != null) {
      r.cancel();
    }
  }

  /** Releases the body once it has been read to the end or is not wanted. Loop thread. */
  @HostAccess.Export
  public void close() {
    abort();
  }
}
