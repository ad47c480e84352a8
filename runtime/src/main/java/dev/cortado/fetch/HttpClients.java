package dev.cortado.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.SSLEngine;
import java.net.Socket;

/**
 * The JVM's shared HTTP clients for {@code fetch}, one per trust setting (the default trust
 * store, the default plus extra CA certificates, or no verification). Shared by every runtime in
 * the JVM so connections are pooled and no runtime leaves threads behind. Any thread.
 */
final class HttpClients {
  /** Client work (response bodies, callbacks) runs on virtual threads: none linger when idle. */
  private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();
  private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  static {
    // The client reads the socket into buffers of this size (16 KiB by default). Larger reads
    // mean fewer hand-offs between the client's stages per byte: a 1 GiB download measured about
    // twice as fast with 64 KiB. A small response still takes only its share of a buffer (the
    // client slices its reads out of one). Read once, when the JDK's client first loads; a value
    // the embedder set on the command line wins.
    if (System.getProperty("jdk.httpclient.bufsize") == null) {
      System.setProperty("jdk.httpclient.bufsize", Integer.toString(64 * 1024));
    }
  }

  private HttpClients() {}

  /** Sets the JDK client's properties (see the static block) before any request is built. */
  static void configure() {
    // the class's initialisation does it
  }

  /**
   * The client for a trust setting: {@code caFile} names a PEM file of extra trusted certificates
   * (or null), {@code insecure} skips certificate verification entirely.
   */
  static HttpClient client(String caFile, boolean insecure) throws IOException, GeneralSecurityException {
    String key = insecure ? "insecure" : caFile == null ? "default" : "ca:" + caFile;
    HttpClient client = CLIENTS.get(key);
    if (client != null) {
      return client;
    }
    HttpClient.Builder builder = HttpClient.newBuilder()
        .executor(EXECUTOR)
        .followRedirects(HttpClient.Redirect.NEVER) // fetch follows redirects itself (75_fetch.js)
        .connectTimeout(java.time.Duration.ofSeconds(30)) // an unreachable host fails, as in Node (ETIMEDOUT)
        .version(HttpClient.Version.HTTP_2);
    if (insecure) {
      builder.sslContext(trustingEverything());
    } else if (caFile != null) {
      builder.sslContext(trustingAlso(Path.of(caFile)));
    }
    client = builder.build();
    HttpClient previous = CLIENTS.putIfAbsent(key, client);
    if (previous != null) {
      client.close();
      return previous;
    }
    return client;
  }

  private static SSLContext trustingAlso(Path pemFile) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    defaults.init((KeyStore) null);
    int n = 0;
    for (TrustManager manager : defaults.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        for (X509Certificate issuer : x509.getAcceptedIssuers()) {
          store.setCertificateEntry("default-" + n++, issuer);
        }
      }
    }
    try (InputStream in = Files.newInputStream(pemFile)) {
      Collection<? extends Certificate> extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
      for (Certificate certificate : extra) {
        store.setCertificateEntry("extra-" + n++, certificate);
      }
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), new SecureRandom());
    return context;
  }

  private static SSLContext trustingEverything() throws GeneralSecurityException {
    // An X509ExtendedTrustManager, or JSSE would still check the host name.
    X509ExtendedTrustManager trustAll = new X509ExtendedTrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }
}
