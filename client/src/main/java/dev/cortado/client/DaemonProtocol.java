package dev.cortado.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire format between the {@code cortado} client and the daemon, over a Unix domain socket.
 *
 * <p>The client opens with one {@link Request}; then both sides exchange frames: a type byte, a
 * 4-byte big-endian length and that many payload bytes. The daemon answers the request with
 * {@link #ACCEPTED}, streams {@link #STDOUT}/{@link #STDERR}, asks for input with
 * {@link #STDIN_WANTED} (so the client reads stdin only when the script does), and ends with
 * {@link #EXIT}. The client sends {@link #STDIN} (empty payload: end of input) and
 * {@link #SIGNAL}.
 *
 * <p>Stateless; callers serialise their own writes on each stream.
 */
public final class DaemonProtocol {
  /** Bumped whenever the format changes; a daemon refuses other versions. */
  public static final int VERSION = 1;

  public static final byte ACCEPTED = 1;
  public static final byte STDOUT = 2;
  public static final byte STDERR = 3;
  public static final byte STDIN_WANTED = 4;
  public static final byte EXIT = 5;
  public static final byte STDIN = 6;
  public static final byte SIGNAL = 7;
  /** The daemon cannot take the request (payload: why); the client runs the script directly. */
  public static final byte REFUSED = 8;

  private DaemonProtocol() {}

  /**
   * One run of {@code cortado}, as the client saw it: its arguments, working directory,
   * environment, which standard streams are terminals, and its own process ids (the script's
   * {@code process.pid} is the client's, as if the script ran in it).
   */
  public record Request(List<String> args, String cwd, Map<String, String> environment,
      boolean stdinIsTerminal, boolean stdoutIsTerminal, boolean stderrIsTerminal,
      long pid, long ppid) {

    /** Writes this request, preceded by the protocol version. */
    public void writeTo(DataOutputStream out) throws IOException {
      out.writeInt(VERSION);
      out.writeInt(args.size());
      for (String arg : args) {
        writeString(out, arg);
      }
      writeString(out, cwd);
      out.writeInt(environment.size());
      for (Map.Entry<String, String> entry : environment.entrySet()) {
        writeString(out, entry.getKey());
        writeString(out, entry.getValue());
      }
      out.writeBoolean(stdinIsTerminal);
      out.writeBoolean(stdoutIsTerminal);
      out.writeBoolean(stderrIsTerminal);
      out.writeLong(pid);
      out.writeLong(ppid);
      out.flush();
    }

    /**
     * Reads a request written by {@link #writeTo}.
     *
     * @throws IOException if the stream ends early or speaks another protocol version
     */
    public static Request readFrom(DataInputStream in) throws IOException {
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("client speaks protocol " + version + ", daemon " + VERSION);
      }
      int argc = in.readInt();
      List<String> args = new ArrayList<>(argc);
      for (int i = 0; i < argc; i++) {
        args.add(readString(in));
      }
      String cwd = readString(in);
      int envCount = in.readInt();
      Map<String, String> environment = new LinkedHashMap<>();
      for (int i = 0; i < envCount; i++) {
        environment.put(readString(in), readString(in));
      }
      return new Request(List.copyOf(args), cwd, environment, in.readBoolean(), in.readBoolean(),
          in.readBoolean(), in.readLong(), in.readLong());
    }
  }

  /** One frame as read: its type and payload. */
  public record Frame(byte type, byte[] payload) {
    /** The payload of an {@link #EXIT}, {@link #STDIN_WANTED} or {@link #SIGNAL} frame. */
    public int intValue() {
      return ((payload[0] & 0xff) << 24) | ((payload[1] & 0xff) << 16) | ((payload[2] & 0xff) << 8)
          | (payload[3] & 0xff);
    }
  }

  /** Writes one frame and flushes. */
  public static void writeFrame(DataOutputStream out, byte type, byte[] payload, int offset, int length)
      throws IOException {
    out.writeByte(type);
    out.writeInt(length);
    out.write(payload, offset, length);
    out.flush();
  }

  /** Writes one frame whose payload is one int. */
  public static void writeIntFrame(DataOutputStream out, byte type, int value) throws IOException {
    out.writeByte(type);
    out.writeInt(4);
    out.writeInt(value);
    out.flush();
  }

  /** Reads the next frame; null when the peer closed the connection between frames. */
  public static Frame readFrame(DataInputStream in) throws IOException {
    int type = in.read();
    if (type < 0) {
      return null;
    }
    int length = in.readInt();
    if (length < 0 || length > (64 << 20)) {
      throw new IOException("bad frame length " + length);
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Frame((byte) type, payload);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > (256 << 20)) {
      throw new EOFException("bad string length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
