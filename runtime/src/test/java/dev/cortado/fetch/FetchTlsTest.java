package dev.cortado.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch over TLS against a server with a self-signed certificate made by keytool. */
class FetchTlsTest {

  @Test
  void rejectsAnUntrustedCertificateUnlessItsCaIsGiven(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
        "-validity", "2", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "secret", "-keypass", "secret").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "secret".toCharArray());
    }
    // The certificate as PEM, for CORTADO_CA_CERTS.
    Path pem = dir.resolve("server.pem");
    Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ks.getCertificate("server").getEncoded())
        + "\n-----END CERTIFICATE-----\n");
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "secret".toCharArray());
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);
    HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(ssl));
    https.createContext("/", x -> {
      byte[] body = "secure hello".getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(200, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    });
    https.start();
    try {
      int port = https.getAddress().getPort();
      String script = """
          fetch('https://127.0.0.1:%d/').then((r) => r.text()).then((t) => console.log('ok', t),
            (e) => console.log(e.message, '|', e.cause.code, e.cause.message));
          """.formatted(port);
      JsRun.Result untrusted = JsRun.js(Permissions.all(), script);
      assertThat(untrusted.stdout()).isEqualTo("fetch failed | CERT_INVALID TLS certificate verification failed for 127.0.0.1:"
          + port + ": the certificate is not trusted (self-signed or unknown issuer)\n");
      JsRun.Result trusted = JsRun.js(Permissions.all(), Map.of("CORTADO_CA_CERTS", pem.toString()), script);
      assertThat(trusted.stdout()).isEqualTo("ok secure hello\n");
      JsRun.Result insecure = JsRun.js(Permissions.all(), Map.of("CORTADO_UNSAFELY_IGNORE_CERTIFICATE_ERRORS", "1"), script);
      assertThat(insecure.stdout()).isEqualTo("ok secure hello\n");
      assertThat(insecure.stderr()).contains("TLS certificate verification is off");
    } finally {
      https.stop(0);
    }
  }
}
