package dev.cortado.fetch;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.BlobData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java side of {@code fetch} (75_fetch.js): starts HTTP exchanges on the JDK's HttpClient,
 * whose completions come back through {@link PendingOps}. TLS trust can be widened by the
 * runtime's environment: {@code CORTADO_CA_CERTS} names a PEM file of extra trusted certificates,
 * {@code CORTADO_UNSAFELY_IGNORE_CERTIFICATE_ERRORS=1} turns verification off. Loop thread.
 */
public final class FetchOps {
  /** Headers the JDK's client sets itself and refuses from callers. */
  private static final Set<String> CLIENT_MANAGED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "keep-alive", "transfer-encoding", "te", "trailer", "http2-settings");
  private static final int SMALL_BODY = 1 << 20;
  private final PendingOps ops;
  private final String caFile;
  private final boolean insecure;
  private volatile String userAgent = "cortado";

  public FetchOps(PendingOps ops, Map<String, String> environment) {
    this.ops = ops;
    HttpClients.configure();
    String ca = environment.get("CORTADO_CA_CERTS");
    this.caFile = ca == null || ca.isBlank() ? null : ca;
    String unsafe = environment.get("CORTADO_UNSAFELY_IGNORE_CERTIFICATE_ERRORS");
    this.insecure = unsafe != null && !unsafe.isEmpty() && !unsafe.equals("0") && !unsafe.equalsIgnoreCase("false");
  }

  /**
   * Builds this runtime's HTTP client on a virtual thread, so its start-up (classes, the default
   * TLS context) overlaps with loading fetch's JavaScript. Called when 75_fetch.js loads.
   */
  @HostAccess.Export
  public void prepare(String userAgent) {
    this.userAgent = userAgent;
    Thread.ofVirtual().name("cortado-fetch-prepare").start(() -> {
      try {
        HttpClients.client(caFile, insecure);
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        // start() reports the same failure when a request is made
      }
    });
  }

  /** Whether certificate verification is off (JavaScript prints a warning once). */
  @HostAccess.Export
  public boolean ignoresCertificateErrors() {
    return insecure;
  }

  /**
   * Starts one request. {@code headers} alternate names and values (the defaults for accept,
   * accept-language, user-agent and accept-encoding are added when missing); {@code body} is null, a
   * BlobData, or the string "stream" for a body JavaScript pushes through the exchange's upload
   * op. The exchange's {@link Exchange#headOp} completes with a {@link ResponseHead} when the
   * response head arrives (with the whole body when it is small), or fails with an encoded
   * {@link FetchFailure}.
   */
  @HostAccess.Export
  public Exchange start(String method, String url, String hostPort, String[] headers, Object body) {
    Exchange[] self = new Exchange[1];
    Runnable abort = () -> self[0].abort();
    PendingOp headOp = ops.begin("fetch", method + " " + url, abort);
    UploadPipe upload = "stream".equals(body) ? new UploadPipe(ops.begin("fetch-upload", "upload to " + url, abort)) : null;
    Exchange exchange = new Exchange(ops, headOp, hostPort, upload);
    self[0] = exchange;
    HttpRequest request;
    HttpClient client;
    try {
      URI uri = URI.create(url);
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
      if ("http".equalsIgnoreCase(uri.getScheme())) {
        builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade on plain http
      }
      boolean accept = false;
      boolean language = false;
      boolean agent = false;
      boolean encoding = false;
      for (int i = 0; i + 1 < headers.length; i += 2) {
        String name = headers[i].toLowerCase(Locale.ROOT);
        switch (name) {
          case "accept" -> accept = true;
          case "accept-language" -> language = true;
          case "user-agent" -> agent = true;
          case "accept-encoding" -> encoding = true;
          default -> { }
        }
        if (!CLIENT_MANAGED.contains(name)) {
          builder.header(name, headers[i + 1]);
        }
      }
      // What fetch sends unless the request says otherwise (as Node's fetch does).
      if (!accept) {
        builder.header("accept", "*/*");
      }
      if (!language) {
        builder.header("accept-language", "*");
      }
      if (!agent) {
        builder.header("user-agent", userAgent);
      }
      if (!encoding) {
        builder.header("accept-encoding", "gzip, deflate, br");
      }
      if (body == null && method.equals("GET")) {
        builder.GET(); // no "Content-Length: 0" on a GET (browsers and Node send none)
      } else if (body == null && method.equals("HEAD")) {
        builder.HEAD();
      } else {
        builder.method(method, publisher(body, upload));
      }
      request = builder.build();
      client = HttpClients.client(caFile, insecure);
    } catch (IllegalArgumentException e) {
      exchange.failBeforeSending(new FetchFailure("ERR_INVALID_REQUEST", "the request could not be sent: " + e.getMessage()));
      return exchange;
    } catch (IOException | GeneralSecurityException e) {
      exchange.failBeforeSending(new FetchFailure("ERR_TLS_CONFIG", "could not load CORTADO_CA_CERTS (" + caFile + "): " + e.getMessage()));
      return exchange;
    }
    exchange.send(client.sendAsync(request, exchange));
    return exchange;
  }

  private static HttpRequest.BodyPublisher publisher(Object body, UploadPipe upload) {
    if (upload != null) {
      return HttpRequest.BodyPublishers.ofInputStream(() -> upload);
    }
    if (body instanceof BlobData data) {
      long size = data.size();
      if (size == 0) {
        return HttpRequest.BodyPublishers.ofByteArray(new byte[0]);
      }
      if (size <= SMALL_BODY) {
        return HttpRequest.BodyPublishers.ofByteArray(data.bytes(0, (int) size));
      }
      return HttpRequest.BodyPublishers.fromPublisher(
          HttpRequest.BodyPublishers.ofInputStream(data::openStream), size);
    }
    return HttpRequest.BodyPublishers.noBody();
  }

}
