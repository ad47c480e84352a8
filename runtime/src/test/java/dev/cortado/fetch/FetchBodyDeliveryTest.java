package dev.cortado.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * How a response body reaches JavaScript: whole with the head when small (known length or
 * chunked), after the head when it is late, in chunks when large; decoded; aborted after it arrived;
 * and over kept-alive connections. Against a raw HTTP/1.1 server on 127.0.0.1 that writes exactly
 * what each case needs.
 */
class FetchBodyDeliveryTest {

  @Test
  void smallLateLargeEncodedAndAbortedBodies() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            connections.incrementAndGet();
            Thread.ofVirtual().start(() -> serve(s));
          } catch (IOException e) {
            return;
          }
        }
      });
      JsRun.Result r = JsRun.js(Permissions.all(), "const raw = 'http://127.0.0.1:" + server.getLocalPort() + "';\n" + """
          (async () => {
            let res = await fetch(raw + '/small');
            console.log(res.status, res.headers.get('x-a'), res.bodyUsed, await res.text(), res.bodyUsed);
            console.log(await (await fetch(raw + '/chunked-small')).text());
            console.log(await (await fetch(raw + '/chunked-gzip')).text());
            res = await fetch(raw + '/bad-gzip');
            console.log('bad-gzip', res.status);
            try { await res.text(); } catch (e) { console.log(e.name, e.message, e.cause.code); }
            // The head does not wait for a late body.
            const t = Date.now();
            res = await fetch(raw + '/late');
            console.log('head first', Date.now() - t < 1000, await res.text(), Date.now() - t >= 1400);
            // Aborted once the body has arrived but before it is read: the body errors.
            const controller = new AbortController();
            res = await fetch(raw + '/small', { signal: controller.signal });
            controller.abort();
            try { await res.text(); } catch (e) { console.log('aborted', e.name); }
            // Larger than what comes with the head, of unknown length: read in chunks.
            res = await fetch(raw + '/big-chunked');
            const reader = res.body.getReader();
            let total = 0, chunks = 0;
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              total += value.length;
              chunks++;
            }
            console.log('big', total, chunks > 1);
            console.log('big arrayBuffer', (await (await fetch(raw + '/big-chunked')).arrayBuffer()).byteLength);
            res = await fetch(raw + '/small');
            const copy = res.clone();
            console.log(await copy.text(), await res.text(), res.bodyUsed, copy.bodyUsed);
            res = await fetch(raw + '/small');
            console.log(new TextDecoder().decode((await res.body.getReader().read()).value));
            for (let i = 0; i < 50; i++) await (await fetch(raw + '/small')).arrayBuffer();
            console.log('done');
          })();
          """);
      assertThat(r.stderr()).isEmpty();
      assertThat(r.stdout()).isEqualTo("""
          200 1 false hello true
          hello world
          hello gzip, chunked
          bad-gzip 200
          TypeError terminated EIO
          head first true late true
          aborted AbortError
          big 3145728 true
          big arrayBuffer 3145728
          hello hello true true
          hello
          done
          """);
      // The responses read to their end left their connections to be used again.
      assertThat(connections.get()).isLessThan(10);
    }
  }

  private static void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      for (;;) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String path = head.split(" ")[1];
        switch (path) {
          case "/small" -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello");
          case "/chunked-small" -> write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
              + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
          case "/chunked-gzip" -> {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
              g.write("hello gzip, chunked".getBytes(StandardCharsets.UTF_8));
            }
            byte[] body = gz.toByteArray();
            write(out, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length) + "\r\n");
            out.write(body);
            write(out, "\r\n0\r\n\r\n");
          }
          case "/bad-gzip" -> write(out, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\nnot gzip!");
          case "/late" -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n");
            Thread.sleep(1500);
            write(out, "late");
          }
          case "/big-chunked" -> {
            write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 48; i++) {
              write(out, Integer.toHexString(chunk.length) + "\r\n");
              out.write(chunk);
              write(out, "\r\n");
            }
            write(out, "0\r\n\r\n");
          }
          default -> write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        }
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.append((char) b);
    }
    return head.toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
