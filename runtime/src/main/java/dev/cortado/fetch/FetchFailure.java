package dev.cortado.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Why a request or a response body failed, as plain data for JavaScript: a Node-style error code
 * and a message naming what happened ({@code ECONNREFUSED}, {@code ENOTFOUND}, {@code ECONNRESET},
 * a certificate failure...). Immutable; any thread.
 */
record FetchFailure(String code, String message) {

  /** The failure as the string a PendingOp fails with: {@code "code\nmessage"}. */
  String encode() {
    return code + "\n" + message;
  }

  /** An I/O failure already classified: it carries its {@link #encode encoded} failure along. */
  static final class Reported extends IOException {
    final String encoded;

    Reported(String encoded) {
      super(encoded);
      this.encoded = encoded;
    }
  }

  /** {@link #of} encoded, or the encoding a {@link Reported} failure already carries. */
  static String encode(Throwable error, String hostPort) {
    return unwrap(error) instanceof Reported reported ? reported.encoded : of(error, hostPort).encode();
  }

  /** Classifies {@code error} thrown while reaching {@code host:port}. */
  static FetchFailure of(Throwable error, String hostPort) {
    Throwable e = unwrap(error);
    String detail = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof ConnectException && !(e instanceof HttpConnectTimeoutException)) {
      Throwable cause = e.getCause() != null ? unwrap(e.getCause()) : null;
      if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
        return new FetchFailure("ENOTFOUND", "getaddrinfo ENOTFOUND " + host(hostPort));
      }
      return new FetchFailure("ECONNREFUSED", "connect ECONNREFUSED " + hostPort);
    }
    if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
      return new FetchFailure("ENOTFOUND", "getaddrinfo ENOTFOUND " + host(hostPort));
    }
    if (e instanceof NoRouteToHostException) {
      return new FetchFailure("EHOSTUNREACH", "connect EHOSTUNREACH " + hostPort);
    }
    if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
      return new FetchFailure("ETIMEDOUT", "connect ETIMEDOUT " + hostPort);
    }
    if (e instanceof SSLHandshakeException) {
      String lower = detail.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("certificate") || lower.contains("pkix") || lower.contains("subject alternative")
          || lower.contains("no name matching")) {
        String reason = lower.contains("subject alternative") || lower.contains("no name matching")
            ? "the certificate's names do not match " + host(hostPort)
            : "the certificate is not trusted (self-signed or unknown issuer)";
        return new FetchFailure("CERT_INVALID", "TLS certificate verification failed for " + hostPort + ": " + reason);
      }
      return new FetchFailure("ERR_TLS_HANDSHAKE", "TLS handshake with " + hostPort + " failed: " + detail);
    }
    if (e instanceof SSLException) {
      return new FetchFailure("ERR_TLS", "TLS error with " + hostPort + ": " + detail);
    }
    if (e instanceof ProtocolException || detail.contains("Invalid status line") || detail.contains("status line")
        || detail.contains("Bad header") || detail.contains("Invalid header") || detail.contains("protocol error")) {
      return new FetchFailure("ERR_INVALID_HTTP_RESPONSE", "invalid HTTP response from " + hostPort + ": " + detail);
    }
    if (e instanceof EOFException || detail.contains("EOF reached") || detail.contains("closed")
        || detail.contains("bytes received") // a body shorter than its Content-Length
        || detail.contains("reset") || detail.contains("Broken pipe")) {
      return new FetchFailure("ECONNRESET", "the connection to " + hostPort + " was closed before the response ended"
          + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }
    if (e instanceof IOException) {
      return new FetchFailure("EIO", "network error with " + hostPort + (detail.isEmpty() ? "" : ": " + detail));
    }
    return new FetchFailure("EIO", "request to " + hostPort + " failed: "
        + (detail.isEmpty() ? e.getClass().getSimpleName() : detail));
  }

  private static Throwable unwrap(Throwable e) {
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof IOException && e.getCause() instanceof SSLException ssl) {
      return ssl;
    }
    if (e instanceof CancellationException) {
      return new IOException("cancelled");
    }
    return e;
  }

  private static String host(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    return colon > 0 ? hostPort.substring(0, colon) : hostPort;
  }
}
