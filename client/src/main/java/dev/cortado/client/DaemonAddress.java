package dev.cortado.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Where the daemon for one exact runtime set-up listens. The key hashes everything a warm daemon
 * must share with a fresh run for the two to behave the same: the JVM command (java, flags, class
 * path), the JDK's identity, the size and time of every jar on the class and upgrade module paths,
 * and the environment variables the JVM or engine read once at start-up. A rebuild, a JDK change
 * or a flag change gives a new key, so a stale daemon is never used. Immutable.
 *
 * @param directory the per-user directory (mode 700) holding sockets, locks and logs
 * @param key the hash of the set-up
 */
public record DaemonAddress(Path directory, String key) {
  /** Environment variables read once per JVM (the engine, time zone, locale, JVM options). */
  private static final List<String> JVM_WIDE_VARIABLES = List.of(
      "TZ", "LANG", "LC_ALL", "LC_CTYPE", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
      "CORTADO_ENGINE_LOG", "CORTADO_DEBUG", "CORTADO_TIER_OPTS", "CORTADO_DAEMON_WARMUP",
      "CORTADO_DAEMON_HANDOFF");

  public Path socket() {
    return directory.resolve(key + ".sock");
  }

  public Path lock() {
    return directory.resolve(key + ".lock");
  }

  public Path log() {
    return logOf(socket());
  }

  /** The log of the daemons serving {@code socket}: the file beside it, {@code KEY.log}. */
  public static Path logOf(Path socket) {
    String name = socket.getFileName().toString();
    return socket.resolveSibling(name.substring(0, name.length() - ".sock".length()) + ".log");
  }

  /**
   * The address for daemons started with {@code jvmCommand}.
   *
   * @throws IOException if the per-user directory cannot be made private to this user
   */
  public static DaemonAddress of(List<String> jvmCommand, Map<String, String> environment) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    StringBuilder identity = new StringBuilder();
    identity.append("protocol ").append(DaemonProtocol.VERSION).append('\n');
    for (String part : jvmCommand) {
      identity.append(part).append('\0');
    }
    identity.append('\n').append(System.getProperty("java.home")).append(' ')
        .append(System.getProperty("java.vm.version")).append('\n');
    for (String variable : JVM_WIDE_VARIABLES) {
      identity.append(variable).append('=').append(environment.getOrDefault(variable, "")).append('\n');
    }
    for (Path jar : jarsOf(jvmCommand)) {
      identity.append(jar).append(' ');
      try {
        identity.append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
      } catch (IOException e) {
        identity.append("missing");
      }
      identity.append('\n');
    }
    byte[] hash = digest.digest(identity.toString().getBytes(StandardCharsets.UTF_8));
    return new DaemonAddress(privateDirectory(environment), HexFormat.of().formatHex(hash, 0, 10));
  }

  /** The jars of the {@code -cp} and {@code --upgrade-module-path} options, wildcards expanded. */
  static List<Path> jarsOf(List<String> jvmCommand) {
    List<Path> jars = new java.util.ArrayList<>();
    for (int i = 0; i < jvmCommand.size(); i++) {
      String arg = jvmCommand.get(i);
      String paths = null;
      if ((arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path"))
          && i + 1 < jvmCommand.size()) {
        paths = jvmCommand.get(i + 1);
      } else if (arg.startsWith("--upgrade-module-path=")) {
        paths = arg.substring("--upgrade-module-path=".length());
      }
      if (paths == null) {
        continue;
      }
      for (String entry : paths.split(":")) {
        if (entry.endsWith("/*")) {
          Path dir = Path.of(entry.substring(0, entry.length() - 2));
          try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jar")) {
            List<Path> sorted = new java.util.ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            jars.addAll(sorted);
          } catch (IOException e) {
            jars.add(dir);
          }
        } else if (!entry.isEmpty()) {
          jars.add(Path.of(entry));
        }
      }
    }
    return jars;
  }

  /**
   * {@code $XDG_RUNTIME_DIR/cortado}, else {@code /tmp/cortado-USER}: created with mode 700, and
   * refused unless this user owns it, so no other user can reach the daemon's socket.
   */
  private static Path privateDirectory(Map<String, String> environment) throws IOException {
    String runtimeDir = environment.get("XDG_RUNTIME_DIR");
    Path dir = runtimeDir != null && !runtimeDir.isEmpty() && Files.isDirectory(Path.of(runtimeDir))
        ? Path.of(runtimeDir, "cortado")
        : Path.of(System.getProperty("java.io.tmpdir"), "cortado-" + System.getProperty("user.name"));
    if (!Files.isDirectory(dir)) {
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another client made it first
      }
    }
    String owner = Files.getOwner(dir).getName();
    String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
    if (!owner.equals(System.getProperty("user.name")) || !permissions.equals("rwx------")) {
      throw new IOException(dir + " must be owned by " + System.getProperty("user.name")
          + " with mode 700 (it is " + owner + ", " + permissions + ")");
    }
    return dir;
  }
}
