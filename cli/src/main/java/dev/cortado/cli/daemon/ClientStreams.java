package dev.cortado.cli.daemon;

import dev.cortado.client.DaemonProtocol;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The standard streams of a script run by the daemon, carried over the client's connection:
 * output becomes {@code STDOUT}/{@code STDERR} frames, and input is asked for only when the script
 * reads, so the client never consumes stdin a direct run would have left alone. Output methods
 * may be called from any thread (writes are serialised on the connection); {@link #stdin()} is
 * read by one thread at a time.
 */
final class ClientStreams {
  private final DataOutputStream connection;
  private final BlockingQueue<byte[]> stdinChunks = new LinkedBlockingQueue<>();
  private volatile boolean clientGone;

  ClientStreams(DataOutputStream connection) {
    this.connection = connection;
  }

  OutputStream stdout() {
    return new FrameOutput(DaemonProtocol.STDOUT);
  }

  OutputStream stderr() {
    return new FrameOutput(DaemonProtocol.STDERR);
  }

  InputStream stdin() {
    return new RemoteInput();
  }

  /** Input the client sent (empty: end of input). Called by the session's reader thread. */
  void receivedStdin(byte[] chunk) {
    stdinChunks.add(chunk);
  }

  /** The client disconnected: output goes nowhere, input ends. Any thread. */
  void clientGone() {
    clientGone = true;
    stdinChunks.add(new byte[0]);
  }

  /** Sends the exit code; the last frame of a run. */
  void sendExit(int code) {
    synchronized (connection) {
      try {
        DaemonProtocol.writeIntFrame(connection, DaemonProtocol.EXIT, code);
      } catch (IOException e) {
        clientGone = true;
      }
    }
  }

  private final class FrameOutput extends OutputStream {
    private final byte type;

    FrameOutput(byte type) {
      this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (clientGone || length == 0) {
        return;
      }
      synchronized (connection) {
        try {
          DaemonProtocol.writeFrame(connection, type, bytes, offset, length);
        } catch (IOException e) {
          clientGone = true; // like writing to a closed pipe: the output is lost
        }
      }
    }
  }

  private final class RemoteInput extends InputStream {
    private byte[] chunk = new byte[0];
    private int position;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == chunk.length) {
        if (ended || clientGone) {
          return -1;
        }
        synchronized (connection) {
          DaemonProtocol.writeIntFrame(connection, DaemonProtocol.STDIN_WANTED, length);
        }
        try {
          chunk = stdinChunks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while reading stdin");
        }
        position = 0;
        if (chunk.length == 0) {
          ended = true;
          return -1;
        }
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      return n;
    }
  }
}
