package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.Buffers;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One HTTP request and its response, as JavaScript's fetch sees it: the response head arrives
 * through {@link #headOp}, then the body is pulled a chunk at a time with {@link #read} (so an
 * unread body holds at most the client's few buffers), and {@link #abort} closes the connection
 * at any point. Exported methods run on the loop thread; the network work runs on the client's
 * threads and virtual threads.
 */
public final class Exchange {
  static final int CHUNK = 64 * 1024;
  private final PendingOps ops;
  private final PendingOp headOp;
  private final String hostPort;
  private final UploadPipe upload;
  private volatile CompletableFuture<HttpResponse<InputStream>> future;
  private volatile HttpResponse<InputStream> response;
  private volatile InputStream body;
  private volatile boolean aborted;
  /** Bytes of the body still to come when its length is known and it is not encoded; else -1. */
  private volatile long remaining = -1;
  private volatile boolean atEnd;
  /** The chunk that ended a body of known length (compared by identity: chunks are read ahead). */
  private volatile byte[] lastChunk;
  private volatile CompletableFuture<byte[]> readAhead;
  private final Object readLock = new Object();

  Exchange(PendingOps ops, PendingOp headOp, String hostPort, UploadPipe upload) {
    this.ops = ops;
    this.headOp = headOp;
    this.hostPort = hostPort;
    this.upload = upload;
  }

  void send(CompletableFuture<HttpResponse<InputStream>> sending) {
    this.future = sending;
    sending.whenComplete((r, error) -> {
      if (error != null) {
        headOp.fail(FetchFailure.of(error, hostPort).encode());
        if (upload != null) {
          upload.abort();
        }
        return;
      }
      response = r;
      if (aborted) {
        closeQuietly(r.body());
        return;
      }
      headOp.complete(this);
    });
  }

  void failBeforeSending(FetchFailure failure) {
    headOp.fail(failure.encode());
    if (upload != null) {
      upload.abort();
    }
  }

  /** The op that completes with this exchange once the response head has arrived. */
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

  @HostAccess.Export
  public int status() {
    return response.statusCode();
  }

  /** The response's header fields as alternating names and values, in the order received. */
  @HostAccess.Export
  public String[] headerPairs() {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, List<String>> field : response.headers().map().entrySet()) {
      if (field.getKey().startsWith(":")) {
        continue; // HTTP/2 pseudo-headers
      }
      for (String value : field.getValue()) {
        pairs.add(field.getKey());
        pairs.add(value);
      }
    }
    return pairs.toArray(new String[0]);
  }

  @HostAccess.Export
  public String httpVersion() {
    return response.version() == java.net.http.HttpClient.Version.HTTP_2 ? "2" : "1.1";
  }

  /**
   * Starts reading the next chunk of the (decoded) body: the op completes with a byte[] of at most
   * 64 KiB, or null at the end, or fails with a {@link FetchFailure}. While JavaScript handles a
   * chunk the next one is read ahead (one chunk, so the body still flows only as it is read).
   */
  @HostAccess.Export
  public PendingOp read() {
    PendingOp op = ops.begin("fetch", "response body from " + hostPort, this::abort);
    CompletableFuture<byte[]> chunk = readAhead;
    readAhead = null;
    if (chunk == null) {
      chunk = readAsync();
    }
    chunk.whenComplete((bytes, error) -> {
      if (error != null) {
        abort();
        op.fail(FetchFailure.of(error, hostPort).encode());
        return;
      }
      if (bytes != null && !atEnd && !aborted) {
        readAhead = readAsync(); // set before the op completes: the next read() sees it
      }
      op.complete(bytes);
    });
    return op;
  }

  private CompletableFuture<byte[]> readAsync() {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread.ofVirtual().name("cortado-fetch-body").start(() -> {
      try {
        result.complete(readChunk());
      } catch (IOException | RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  private byte[] readChunk() throws IOException {
    synchronized (readLock) {
      if (aborted) {
        throw new IOException("closed");
      }
      InputStream in = body;
      if (in == null) {
        String encoding = response.headers().firstValue("content-encoding").orElse(null);
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
          remaining = response.headers().firstValueAsLong("content-length").orElse(-1);
        }
        in = ContentDecoding.decode(response.body(), encoding);
        body = in;
      }
      byte[] buffer = new byte[CHUNK];
      int filled = 0;
      while (filled < CHUNK) {
        int n = in.read(buffer, filled, CHUNK - filled);
        if (n < 0) {
          break;
        }
        filled += n;
        if (in.available() <= 0) {
          break;
        }
      }
      if (filled == 0) {
        closeQuietly(in);
        return null;
      }
      byte[] chunk = filled == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, filled);
      if (remaining >= 0) {
        remaining -= filled;
        if (remaining <= 0) {
          lastChunk = chunk; // the whole body is here: JavaScript need not ask for the end
          atEnd = true;
        }
      }
      return chunk;
    }
  }

  /**
   * Copies a chunk from {@link #read} into the start of a new ArrayBuffer of its length; true
   * when that chunk ended the body (its length was known), so no read for the end is needed.
   */
  @HostAccess.Export
  public boolean copyChunk(byte[] chunk, Value arrayBuffer) {
    Buffers.write(arrayBuffer, 0, chunk, 0, chunk.length);
    return chunk == lastChunk;
  }

  /** Stops everything: the request, the upload and the body; the connection is closed. Any thread. */
  @HostAccess.Export
  public void abort() {
    if (aborted) {
      return;
    }
    aborted = true;
    CompletableFuture<HttpResponse<InputStream>> f = future;
    if (f != null) {
      f.cancel(true);
    }
    if (upload != null) {
      upload.abort();
    }
    HttpResponse<InputStream> r = response;
    if (r != null) {
      Thread.ofVirtual().start(() -> closeQuietly(r.body()));
    }
  }

  /** Releases the body once it has been read to the end or is not wanted. Loop thread. */
  @HostAccess.Export
  public void close() {
    abort();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // closing is best effort
    }
  }
}
