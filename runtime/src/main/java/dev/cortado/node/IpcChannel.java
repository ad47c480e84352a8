package dev.cortado.node;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.graalvm.polyglot.HostAccess;

/**
 * One end of the IPC channel between a forked child and its parent ({@code child_process.fork},
 * {@code process.send}). Java cannot hand a child an extra file descriptor, so the parent listens
 * on a Unix domain socket in a private (0700) temporary directory, whose path the child finds in
 * its {@code CORTADO_IPC} environment variable; the socket file is removed as soon as the child has
 * connected. Messages are lines of JSON, as Node's 'json' serialization writes them.
 *
 * <p>The op {@link #start} returns reports each message (a String) and each written message whose
 * sender asked to know ({@code [id, errorCode or null]}); it completes when the other end closes.
 * {@link #start}, {@link #send} and {@code cancel} run on the loop thread; a reader and a writer
 * virtual thread do the I/O with plain Java data only.
 */
public final class IpcChannel {
  /** The environment variable naming the socket a forked child connects to. */
  public static final String ENVIRONMENT_VARIABLE = "CORTADO_IPC";
  private static final Object CLOSE = new Object();

  private final PendingOps pending;
  private final Path directory;
  private final ServerSocketChannel server;
  private final CompletableFuture<SocketChannel> connection = new CompletableFuture<>();
  private final LinkedBlockingQueue<Object> outgoing = new LinkedBlockingQueue<>();
  private volatile PendingOp op;
  private Thread reader;
  private Thread writer;

  private IpcChannel(PendingOps pending, Path directory, ServerSocketChannel server) {
    this.pending = pending;
    this.directory = directory;
    this.server = server;
  }

  /** The parent's end: listens on a new socket in a private directory. Loop thread. */
  static IpcChannel listen(PendingOps pending) throws IOException {
    Path directory = Files.createTempDirectory("cortado-ipc-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(directory.resolve("channel.sock")));
    } catch (IOException e) {
      server.close();
      Files.deleteIfExists(directory);
      throw e;
    }
    return new IpcChannel(pending, directory, server);
  }

  /** The child's end: connects to the parent's socket. Loop thread. */
  static IpcChannel connect(PendingOps pending, String socketPath) throws IOException {
    SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      socket.connect(UnixDomainSocketAddress.of(socketPath));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    IpcChannel channel = new IpcChannel(pending, null, null);
    channel.connection.complete(socket);
    return channel;
  }

  /** The socket's path, for the child's environment (parent's end only). */
  @HostAccess.Export
  public String path() {
    return directory == null ? null : directory.resolve("channel.sock").toString();
  }

  /** Starts reading and writing; the op keeps the loop alive (JavaScript may unref it). */
  @HostAccess.Export
  public PendingOp start() {
    op = pending.begin("ipc", "IPC channel", () -> outgoing.add(CLOSE));
    PendingOp reports = op;
    reader = Thread.ofVirtual().name("cortado-ipc-read").start(() -> read(reports));
    writer = Thread.ofVirtual().name("cortado-ipc-write").start(this::write);
    return op;
  }

  /** Queues one message (a line of JSON); {@code id} >= 0 asks for a report once it is written. */
  @HostAccess.Export
  public void send(String line, int id) {
    outgoing.add(new Outgoing(line.getBytes(StandardCharsets.UTF_8), id));
  }

  private record Outgoing(byte[] bytes, int id) {}

  private void read(PendingOp reports) {
    SocketChannel socket;
    try {
      socket = server != null ? accept() : connection.join();
    } catch (IOException e) {
      connection.completeExceptionally(e);
      reports.complete(null);
      return;
    }
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (socket.read(buffer) >= 0) {
        byte[] bytes = buffer.array();
        int start = 0;
        for (int i = 0; i < buffer.position(); i++) {
          if (bytes[i] == '\n') {
            line.write(bytes, start, i - start);
            reports.emit(line.toString(StandardCharsets.UTF_8));
            line.reset();
            start = i + 1;
          }
        }
        line.write(bytes, start, buffer.position() - start);
        buffer.clear();
      }
    } catch (IOException closed) {
      // closed by this side, or the other side went away
    }
    outgoing.add(CLOSE); // the writer ends too
    reports.complete(null);
  }

  /** The parent waits for its child to connect, then removes the socket so no one else can. */
  private SocketChannel accept() throws IOException {
    try {
      SocketChannel socket = server.accept();
      if (!connection.complete(socket)) {
        socket.close(); // closed while the child connected
        throw new IOException("closed");
      }
      return socket;
    } finally {
      closeServer();
    }
  }

  private void closeServer() {
    if (server == null) {
      return;
    }
    try {
      server.close();
      Files.deleteIfExists(directory.resolve("channel.sock"));
      Files.deleteIfExists(directory);
    } catch (IOException ignored) {
      // a temporary directory the system cleans up
    }
  }

  private void write() {
    SocketChannel socket = null;
    try {
      while (true) {
        Object next = outgoing.take();
        if (next == CLOSE) {
          break;
        }
        Outgoing message = (Outgoing) next;
        String error = null;
        try {
          if (socket == null) {
            socket = connection.get();
          }
          ByteBuffer bytes = ByteBuffer.allocate(message.bytes().length + 1).put(message.bytes()).put((byte) '\n').flip();
          while (bytes.hasRemaining()) {
            socket.write(bytes);
          }
        } catch (IOException | java.util.concurrent.ExecutionException e) {
          error = "EPIPE";
        }
        if (message.id() >= 0) {
          op.emit(new Object[] {message.id(), error});
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  /** Closes the socket (the other end sees the channel close) and the listening socket. Any thread. */
  private void close() {
    closeServer();
    if (!connection.completeExceptionally(new IOException("closed")) && !connection.isCompletedExceptionally()) {
      SocketChannel socket = connection.join();
      try {
        socket.close();
      } catch (IOException ignored) {
        // closed already
      }
    }
  }

  /**
   * The child process has exited (parent's end): a child that never connected never will, and what
   * it sent is read to the end, within {@code millis}, before its exit is reported. Any thread.
   */
  void childExited(long millis) {
    if (!connection.isDone()) {
      close();
    }
    Thread reading = reader;
    try {
      if (reading != null && !reading.join(java.time.Duration.ofMillis(millis))) {
        close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The loop is ending: writes what is queued (within {@code millis}) and closes, so a child's last
   * {@code process.send} before it exits reaches the parent. Loop thread.
   */
  void flushAndClose(long millis) {
    outgoing.add(CLOSE);
    Thread writing = writer;
    if (writing == null) {
      close();
      return;
    }
    try {
      if (!writing.join(java.time.Duration.ofMillis(millis))) {
        close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

}
