package dev.cortado.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fetch against real servers on 127.0.0.1: bodies, encodings, redirects, streaming, aborts, failures, permissions. */
class FetchTest {
  private static HttpServer server;
  private static String base;
  private static final AtomicLong unreadBytesWritten = new AtomicLong();
  /** "hello brotli", compressed by a brotli encoder. */
  private static final byte[] BROTLI = Base64.getDecoder().decode("iwWAaGVsbG8gYnJvdGxpAw==");

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/text", x -> reply(x, 200, "hello", Map.of("Content-Type", "text/plain; charset=utf-8")));
    server.createContext("/gzip", x -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write("hello gzip".getBytes(StandardCharsets.UTF_8));
      }
      replyBytes(x, 200, out.toByteArray(), Map.of("Content-Encoding", "gzip"));
    });
    server.createContext("/deflate", x -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
        d.write("hello deflate".getBytes(StandardCharsets.UTF_8));
      }
      replyBytes(x, 200, out.toByteArray(), Map.of("Content-Encoding", "deflate"));
    });
    server.createContext("/br", x -> replyBytes(x, 200, BROTLI, Map.of("Content-Encoding", "br")));
    server.createContext("/cookies", x -> {
      x.getResponseHeaders().add("Set-Cookie", "a=1");
      x.getResponseHeaders().add("Set-Cookie", "b=2");
      x.getResponseHeaders().add("X-Multi", "one");
      x.getResponseHeaders().add("X-Multi", "two");
      reply(x, 404, "nope", Map.of());
    });
    server.createContext("/redirect", x -> reply(x, 302, "", Map.of("Location", "/echo?from=redirect")));
    server.createContext("/see-other", x -> reply(x, 303, "", Map.of("Location", "/echo")));
    server.createContext("/loop", x -> reply(x, 307, "", Map.of("Location", "/loop")));
    server.createContext("/echo", x -> {
      byte[] body = x.getRequestBody().readAllBytes();
      String text = x.getRequestMethod() + " " + x.getRequestURI() + " type=" + x.getRequestHeaders().getFirst("Content-Type")
          + " x-test=" + x.getRequestHeaders().getFirst("X-Test") + " te=" + x.getRequestHeaders().getFirst("Transfer-Encoding")
          + " body=" + new String(body, StandardCharsets.UTF_8);
      reply(x, 200, text, Map.of());
    });
    server.createContext("/big", x -> {
      long total = Long.parseLong(x.getRequestURI().getQuery());
      x.sendResponseHeaders(200, total);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = x.getResponseBody()) {
        for (long sent = 0; sent < total; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
        }
      } catch (IOException closedByClient) {
        // the client aborted
      }
    });
    server.createContext("/unread", x -> {
      x.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 100_000; i++) {
          out.write(chunk);
          unreadBytesWritten.addAndGet(chunk.length);
        }
      } catch (IOException closedByClient) {
        // expected once the client gives up
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static void reply(HttpExchange x, int status, String body, Map<String, String> headers) throws IOException {
    replyBytes(x, status, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private static void replyBytes(HttpExchange x, int status, byte[] body, Map<String, String> headers) throws IOException {
    headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
    x.getRequestBody().readAllBytes();
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
    if (head) {
      x.close();
      return;
    }
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static JsRun.Result run(String script) {
    return JsRun.js(Permissions.all(), "const base = '" + base + "';\n" + script);
  }

  @Test
  void responsesBodiesHeadersAndEncodings() {
    JsRun.Result r = run("""
        (async () => {
          let res = await fetch(base + '/text');
          console.log(res.status, res.statusText, res.ok, res.type, res.url === base + '/text', res.redirected);
          console.log(res.headers.get('content-type'), res.headers.get('content-length'), res.bodyUsed);
          console.log(await res.text(), res.bodyUsed);
          try { await res.text(); } catch (e) { console.log(e.name, e.message); }
          for (const p of ['/gzip', '/deflate', '/br']) console.log(p, await (await fetch(base + p)).text());
          res = await fetch(base + '/cookies');
          console.log(res.status, res.ok, res.headers.getSetCookie(), res.headers.get('x-multi'));
          try { res.headers.set('x', 'y'); } catch (e) { console.log(e.name, e.message); }
          res = await fetch(base + '/text');
          const copy = res.clone();
          console.log(await res.text(), await copy.text());
          console.log(new Uint8Array(await (await fetch(base + '/text')).arrayBuffer()).length,
            (await (await fetch(base + '/text')).blob()).type, (await (await fetch(base + '/text')).bytes()).length);
          res = await fetch(base + '/text', { method: 'HEAD' });
          console.log(res.status, res.body, await res.text() === '');
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        200 OK true basic true false
        text/plain; charset=utf-8 5 false
        hello true
        TypeError Body is unusable: Body has already been read
        /gzip hello gzip
        /deflate hello deflate
        /br hello brotli
        404 false [ 'a=1', 'b=2' ] one, two
        TypeError Failed to execute 'set' on 'Headers': Headers are immutable
        hello hello
        5 text/plain;charset=utf-8 5
        200 null true
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void requestBodiesRedirectsAndUploads() {
    JsRun.Result r = run("""
        (async () => {
          const show = async (p) => console.log(await (await p).text());
          await show(fetch(base + '/echo', { method: 'POST', body: 'plain', headers: { 'X-Test': 'yes' } }));
          await show(fetch(base + '/echo', { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) }));
          await show(fetch(base + '/echo', { method: 'PUT', body: new Uint8Array([104, 105]) }));
          await show(fetch(base + '/echo', { method: 'POST', body: new Blob(['blob!'], { type: 'text/x-blob' }) }));
          const fd = new FormData();
          fd.append('field', 'value');
          fd.append('file', new Blob(['content'], { type: 'text/plain' }), 'a.txt');
          const echoed = await (await fetch(base + '/echo', { method: 'POST', body: fd })).text();
          console.log(echoed.includes('type=multipart/form-data; boundary='), echoed.includes('filename="a.txt"'));
          // Sends as it reads: each chunk is asked for by the sender.
          let pulls = 0;
          const stream = new ReadableStream({
            pull(c) { pulls++; if (pulls <= 3) c.enqueue(new TextEncoder().encode('part' + pulls + ';')); else c.close(); },
          }, { highWaterMark: 0 });
          const req = new Request(base + '/echo', { method: 'POST', body: stream, duplex: 'half' });
          await show(fetch(req));
          console.log('pulls', pulls, req.bodyUsed);
          try { new Request(base, { method: 'POST', body: new ReadableStream() }); } catch (e) { console.log(e.name); }
          let res = await fetch(base + '/redirect');
          console.log(res.redirected, res.url.endsWith('/echo?from=redirect'), await res.text());
          res = await fetch(base + '/see-other', { method: 'POST', body: 'dropped' });
          console.log(await res.text());
          res = await fetch(base + '/redirect', { redirect: 'manual' });
          console.log(res.status, res.headers.get('location'));
          try { await fetch(base + '/redirect', { redirect: 'error' }); } catch (e) { console.log(e.message, '|', e.cause.message); }
          try { await fetch(base + '/loop'); } catch (e) { console.log(e.message, '|', e.cause.message.split(',')[0]); }
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        POST /echo type=text/plain;charset=UTF-8 x-test=yes te=null body=plain
        POST /echo type=application/x-www-form-urlencoded;charset=UTF-8 x-test=null te=null body=a=1&b=x+y
        PUT /echo type=null x-test=null te=null body=hi
        POST /echo type=text/x-blob x-test=null te=null body=blob!
        true true
        POST /echo type=null x-test=null te=chunked body=part1;part2;part3;
        pulls 4 true
        TypeError
        true true GET /echo?from=redirect type=null x-test=null te=null body=
        GET /echo type=null x-test=null te=null body=
        302 /echo?from=redirect
        fetch failed | unexpected redirect to /echo?from=redirect (redirect: 'error')
        fetch failed | too many redirects (more than 20)
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void streamsLargeBodiesWithAFlatHeapAndAbortsMidBody() throws Exception {
    JsRun.Result r = JsRun.js(Permissions.all(), Map.of("CORTADO_EXPOSE_GC", "1"), "const base = '" + base + "';\n" + """
        (async () => {
          const size = 256 * 1024 * 1024;
          const res = await fetch(base + '/big?' + size);
          const reader = res.body.getReader();
          let total = 0, peak = 0, reads = 0;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            total += value.length;
            if (++reads % 1024 === 0) { gc(); peak = Math.max(peak, process.memoryUsage().heapUsed); }
          }
          console.log(total === size, peak < 200 * 1024 * 1024 ? 'flat' : 'grew ' + peak);
          const controller = new AbortController();
          const res2 = await fetch(base + '/big?' + size, { signal: controller.signal });
          const r2 = res2.body.getReader();
          await r2.read();
          controller.abort(new Error('enough'));
          try { for (;;) { const { done } = await r2.read(); if (done) break; } } catch (e) { console.log('aborted:', e.message); }
          try { await fetch(base + '/text', { signal: controller.signal }); } catch (e) { console.log('pre-aborted:', e.message); }
          // An unread body does not buffer: the server stays blocked on a full socket.
          const unread = await fetch(base + '/unread');
          await new Promise((resolve) => setTimeout(resolve, 1500));
          console.log('unread status', unread.status);
          await unread.body.cancel();
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true flat
        aborted: enough
        pre-aborted: enough
        unread status 200
        """);
    assertThat(unreadBytesWritten.get()).isLessThan(32L * 1024 * 1024);
  }

  @Test
  void faultyServersAndNetworkFailures() throws Exception {
    try (ServerSocket raw = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicBoolean stalledClosed = new AtomicBoolean();
      CountDownLatch stalledSeen = new CountDownLatch(1);
      Thread serverThread = Thread.ofVirtual().start(() -> {
        while (!raw.isClosed()) {
          try {
            Socket s = raw.accept();
            Thread.ofVirtual().start(() -> serveFault(s, stalledClosed, stalledSeen));
          } catch (IOException e) {
            return;
          }
        }
      });
      int port = raw.getLocalPort();
      int closed;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closed = probe.getLocalPort(); // nothing listens there once the probe is closed
      }
      int threadsBefore = Thread.activeCount();
      long fdsBefore = openFiles();
      JsRun.Result r = JsRun.js(Permissions.all(), "const raw = 'http://127.0.0.1:" + port + "', closed = "
          + closed + ";\n" + """
          (async () => {
            const fail = async (what, p) => {
              try { await p; console.log(what, 'resolved?'); }
              catch (e) { console.log(what, e.name, e.message, '|', e.cause?.code, e.cause?.message?.split(' (')[0]); }
            };
            const res = await fetch(raw + '/midbody');
            console.log('midbody', res.status);
            await fail('midbody-text', res.text());
            await fail('malformed', fetch(raw + '/malformed'));
            await fail('stall', fetch(raw + '/stall', { signal: AbortSignal.timeout(300) }));
            await fail('refused', fetch(`http://127.0.0.1:${closed}/`));
            await fail('bad port', fetch('http://127.0.0.1:6000/'));
            await fail('dns', fetch('http://no-such-host.invalid/'));
            await fail('scheme', fetch('ftp://example.com/'));
            await fail('url', fetch('http://['));
            await fail('method', fetch(raw, { method: 'CONNECT' }));
            // Many failures leave nothing behind.
            const all = [];
            for (let i = 0; i < 2000; i++) all.push(fetch(`http://127.0.0.1:${closed}/`).catch(() => 1));
            console.log('failed', (await Promise.all(all)).length);
          })();
          """);
      assertThat(r.stderr()).isEmpty();
      assertThat(r.stdout()).isEqualTo("""
          midbody 200
          midbody-text TypeError terminated | ECONNRESET the connection to 127.0.0.1:%1$d was closed before the response ended
          malformed TypeError fetch failed | ERR_INVALID_HTTP_RESPONSE invalid HTTP response from 127.0.0.1:%1$d: Invalid status line: "garbage"
          stall TimeoutError The operation was aborted due to timeout | undefined undefined
          refused TypeError fetch failed | ECONNREFUSED connect ECONNREFUSED 127.0.0.1:%2$d
          bad port TypeError fetch failed | ERR_BAD_PORT port 6000 is a "bad port", blocked by the Fetch Standard
          dns TypeError fetch failed | ENOTFOUND getaddrinfo ENOTFOUND no-such-host.invalid
          scheme TypeError fetch failed | ERR_UNSUPPORTED_SCHEME the URL scheme "ftp" is not supported
          url TypeError Failed to construct 'Request': Failed to parse URL from http://[ | ERR_INVALID_URL Invalid URL: 'http://['
          method TypeError Failed to construct 'Request': 'CONNECT' HTTP method is unsupported. | undefined undefined
          failed 2000
          """.formatted(port, closed));
      assertThat(stalledSeen.await(5, TimeUnit.SECONDS)).isTrue();
      // The abort closed the connection the server was stalling on.
      for (int i = 0; i < 50 && !stalledClosed.get(); i++) {
        Thread.sleep(100);
      }
      assertThat(stalledClosed).isTrue();
      assertThat(Thread.activeCount()).isLessThan(threadsBefore + 8);
      assertThat(openFiles()).isLessThan(fdsBefore + 16); // no sockets left behind
      raw.close();
      serverThread.join(2000);
    }
  }

  /** The open file descriptors of this JVM (sockets included), or 0 where /proc is missing. */
  private static long openFiles() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return 0;
    }
    try (var list = Files.list(fds)) {
      return list.count();
    }
  }

  private static void serveFault(Socket s, AtomicBoolean stalledClosed, CountDownLatch stalledSeen) {
    try (s) {
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        head.append((char) b);
      }
      OutputStream out = s.getOutputStream();
      String path = head.toString().split(" ")[1];
      switch (path) {
        case "/midbody" -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly a little".getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        case "/malformed" -> {
          out.write("garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        case "/stall" -> {
          stalledSeen.countDown();
          if (in.read() < 0) {
            stalledClosed.set(true);
          }
        }
        default -> { }
      }
    } catch (IOException e) {
      if (stalledSeen.getCount() == 0) {
        stalledClosed.set(true);
      }
    }
  }

  @Test
  void netPermissionIsCheckedBeforeAnythingIsSent() {
    JsRun.Result r = JsRun.js(Permissions.none(), "const base = '" + base + "';\n" + """
        fetch(base + '/text').catch((e) => console.log(e.name, e.message));
        fetch('data:,still-works').then((r) => r.text()).then(console.log);
        """);
    assertThat(r.stdout()).isEqualTo("""
        NotCapable Requires net access to "127.0.0.1:%d", run again with the --allow-net flag
        still-works
        """.formatted(server.getAddress().getPort()));
    // A bare host grants all its ports; another port of it is not enough.
    String script = "fetch('" + base + "/text').then((r) => r.text(), (e) => e.message).then(console.log);";
    assertThat(JsRun.js(Permissions.none().with("net", Permissions.Grant.NONE.allow(java.util.List.of("127.0.0.1"))), script)
        .stdout()).isEqualTo("hello\n");
    assertThat(JsRun.js(Permissions.none().with("net", Permissions.Grant.NONE.allow(java.util.List.of("127.0.0.1:1"))), script)
        .stdout()).startsWith("Requires net access to \"127.0.0.1:");
  }

}
