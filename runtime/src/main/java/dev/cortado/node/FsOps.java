package dev.cortado.node;

import dev.cortado.loop.PendingOp;
import dev.cortado.loop.PendingOps;
import dev.cortado.web.Buffers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The file system work of {@code node:fs} (82_fs.js). Every operation exists twice: run now on
 * the loop thread (returning null, or -1, on failure, with {@link #takeError()} telling the
 * errno name), or run on a virtual thread and reported through a {@link PendingOp} (failure
 * reason: the errno name, e.g. {@code "ENOENT"}). Paths arrive absolute and already permitted:
 * JavaScript resolves them and checks permissions first. Open files are numbered descriptors.
 * The sync methods and the {@code start*} methods run on the loop thread; the work they hand to
 * virtual threads touches only plain Java data.
 */
public final class FsOps {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final PendingOps pending;
  private final Map<Integer, OpenFile> files = new ConcurrentHashMap<>();
  private final AtomicInteger nextFd = new AtomicInteger(20);
  private final Set<java.nio.file.WatchService> watchers = ConcurrentHashMap.newKeySet();
  private final FileChunks chunks = new FileChunks();
  private String lastError;

  public FsOps(PendingOps pending) {
    this.pending = pending;
  }

  /** One piece of file system work: plain data in, plain data out. */
  @FunctionalInterface
  private interface Work {
    Object run() throws IOException;
  }

  /** The errno name of the last failed sync call, then forgets it. Loop thread. */
  @HostAccess.Export
  public String takeError() {
    String error = lastError;
    lastError = null;
    return error;
  }

  private Object now(Work work) {
    try {
      Object result = work.run();
      return result == null ? Boolean.TRUE : result;
    } catch (IOException | RuntimeException e) {
      lastError = codeOf(e);
      return null;
    }
  }

  private PendingOp later(String label, Work work) {
    PendingOp op = pending.begin("fs", label, null);
    PendingOps.runAsync(op, "cortado-fs", () -> {
      Object result = work.run();
      return result == null ? Boolean.TRUE : result;
    }, FsOps::codeOf);
    return op;
  }

  /** The errno name Node would give for a Java I/O failure. */
  static String codeOf(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "ENOENT";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "EEXIST";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "ENOTEMPTY";
    }
    if (e instanceof AccessDeniedException) {
      return "EACCES";
    }
    if (e instanceof NotDirectoryException) {
      return "ENOTDIR";
    }
    if (e instanceof NotLinkException) {
      return "EINVAL";
    }
    if (e instanceof FileSystemLoopException) {
      return "ELOOP";
    }
    if (e instanceof FsError fs) {
      return fs.code;
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null) {
      return "EIO";
    }
    String[][] table = {
        {"Is a directory", "EISDIR"}, {"Not a directory", "ENOTDIR"}, {"Directory not empty", "ENOTEMPTY"},
        {"Too many levels of symbolic links", "ELOOP"}, {"Operation not permitted", "EPERM"},
        {"Permission denied", "EACCES"}, {"Invalid argument", "EINVAL"}, {"File name too long", "ENAMETOOLONG"},
        {"Read-only file system", "EROFS"}, {"No space left", "ENOSPC"}, {"cross-device", "EXDEV"},
        {"Device or resource busy", "EBUSY"}, {"Bad file descriptor", "EBADF"}, {"Too many open files", "EMFILE"},
        {"File exists", "EEXIST"}, {"No such file", "ENOENT"}, {"Text file busy", "ETXTBSY"},
    };
    for (String[] row : table) {
      if (reason.contains(row[0])) {
        return row[1];
      }
    }
    return "EIO";
  }

  /** A failure with a known errno name. */
  static final class FsError extends IOException {
    final String code;

    FsError(String code) {
      super(code);
      this.code = code;
    }
  }

  // --- path operations ----------------------------------------------------------------------------

  /** Runs the path operation {@code name} now; null on failure (see {@link #takeError()}). */
  @HostAccess.Export
  public Object call(String name, String a, String b, int mode) {
    return now(pathWork(name, a, b, mode));
  }

  /** Starts the path operation {@code name} on a virtual thread. */
  @HostAccess.Export
  public PendingOp start(String name, String a, String b, int mode) {
    return later(name + " " + a, pathWork(name, a, b, mode));
  }

  private Work pathWork(String name, String a, String b, int mode) {
    return switch (name) {
      case "stat" -> () -> stat(Path.of(a), true);
      case "lstat" -> () -> stat(Path.of(a), false);
      case "exists" -> () -> Files.exists(Path.of(a)) ? Boolean.TRUE : Boolean.FALSE;
      case "access" -> () -> access(Path.of(a), mode);
      case "readdir" -> () -> readdir(Path.of(a));
      case "mkdir" -> () -> {
        Files.createDirectory(Path.of(a));
        return null;
      };
      case "mkdirp" -> () -> mkdirs(Path.of(a));
      case "rmdir" -> () -> {
        Path path = Path.of(a);
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          throw Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? new FsError("ENOTDIR") : new NoSuchFileException(a);
        }
        Files.delete(path);
        return null;
      };
      case "unlink" -> () -> {
        Path path = Path.of(a);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          throw new FsError("EISDIR");
        }
        Files.delete(path);
        return null;
      };
      case "rm" -> () -> remove(Path.of(a), mode);
      case "rename" -> () -> {
        try {
          Files.move(Path.of(a), Path.of(b), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          throw new FsError("EXDEV");
        }
        return null;
      };
      case "copyFile" -> () -> {
        Path target = Path.of(b);
        if (Files.isDirectory(target)) {
          throw new FsError("EISDIR");
        }
        if ((mode & 1) != 0) {
          Files.copy(Path.of(a), target);
        } else {
          Files.copy(Path.of(a), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return null;
      };
      case "realpath" -> () -> Path.of(a).toRealPath().toString();
      case "symlink" -> () -> {
        Files.createSymbolicLink(Path.of(b), Path.of(a));
        return null;
      };
      case "link" -> () -> {
        Files.createLink(Path.of(b), Path.of(a));
        return null;
      };
      case "readlink" -> () -> Files.readSymbolicLink(Path.of(a)).toString();
      case "mkdtemp" -> () -> mkdtemp(a);
      case "cp" -> () -> copyTree(Path.of(a), Path.of(b), mode);
      case "chown" -> () -> {
        String[] ids = b.split(",");
        Files.setAttribute(Path.of(a), "unix:uid", Integer.parseInt(ids[0]));
        Files.setAttribute(Path.of(a), "unix:gid", Integer.parseInt(ids[1]));
        return null;
      };
      case "chmod" -> () -> {
        Files.setPosixFilePermissions(Path.of(a), permissionsOf(mode));
        return null;
      };
      case "truncate" -> () -> {
        try (FileChannel channel = FileChannel.open(Path.of(a), StandardOpenOption.WRITE)) {
          truncate(channel, Long.parseLong(b));
        }
        return null;
      };
      case "utimes" -> () -> {
        String[] times = b.split(",");
        var view = Files.getFileAttributeView(Path.of(a), java.nio.file.attribute.BasicFileAttributeView.class);
        view.setTimes(fileTime(Double.parseDouble(times[1])), fileTime(Double.parseDouble(times[0])), null);
        return null;
      };
      default -> throw new IllegalArgumentException("no fs operation " + name);
    };
  }

  private static FileTime fileTime(double millis) {
    return FileTime.from((long) (millis * 1000), TimeUnit.MICROSECONDS);
  }

  private static void truncate(FileChannel channel, long length) throws IOException {
    long size = channel.size();
    if (length < size) {
      channel.truncate(length);
    } else if (length > size) {
      channel.write(ByteBuffer.allocate(1), length - 1);
    }
  }

  private static Set<PosixFilePermission> permissionsOf(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
    };
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(order[i]);
      }
    }
    return set;
  }

  /**
   * [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
   * birthtimeMs], as Node's Stats has them.
   */
  static double[] stat(Path path, boolean follow) throws IOException {
    LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    Map<String, Object> unix = Files.readAttributes(path, "unix:*", options);
    double size = ((Number) unix.get("size")).doubleValue();
    return new double[] {
        number(unix.get("dev")), number(unix.get("mode")), number(unix.get("nlink")), number(unix.get("uid")),
        number(unix.get("gid")), number(unix.get("rdev")), 4096, number(unix.get("ino")), size,
        Math.ceil(size / 4096) * 8, millis(unix.get("lastAccessTime")), millis(unix.get("lastModifiedTime")),
        millis(unix.get("ctime")), millis(unix.get("creationTime")),
    };
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  private static double millis(Object time) {
    if (time instanceof FileTime ft) {
      java.time.Instant instant = ft.toInstant();
      return instant.getEpochSecond() * 1e3 + instant.getNano() / 1e6;
    }
    return 0;
  }

  private static Object access(Path path, int mode) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    if (((mode & 4) != 0 && !Files.isReadable(path)) || ((mode & 2) != 0 && !Files.isWritable(path))
        || ((mode & 1) != 0 && !Files.isExecutable(path))) {
      throw new FsError("EACCES");
    }
    return null;
  }

  /** Names and kinds (1 file, 2 directory, 3 link, 0 other) of a directory's entries, by name. */
  private static Object[] readdir(Path path) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    }
    Collections.sort(names);
    int[] kinds = new int[names.size()];
    for (int i = 0; i < kinds.length; i++) {
      try {
        BasicFileAttributes attrs = Files.readAttributes(path.resolve(names.get(i)), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        kinds[i] = attrs.isSymbolicLink() ? 3 : attrs.isDirectory() ? 2 : attrs.isRegularFile() ? 1 : 0;
      } catch (IOException gone) {
        kinds[i] = 0;
      }
    }
    return new Object[] {names.toArray(new String[0]), kinds};
  }

  /** mkdir -p: the first directory created, or "" when all existed. */
  private static String mkdirs(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return "";
    }
    Path first = path;
    for (Path p = path.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
      first = p;
    }
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new FsError("ENOTDIR");
      }
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(path.toString());
    }
    Files.createDirectories(path);
    return first.toString();
  }

  /** fs.rm: mode bit 1 recursive, bit 2 force. */
  private static Object remove(Path path, int mode) throws IOException {
    boolean recursive = (mode & 1) != 0;
    boolean force = (mode & 2) != 0;
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      if (force) {
        return null;
      }
      throw new NoSuchFileException(path.toString());
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      if (!recursive) {
        throw new FsError("ERR_FS_EISDIR");
      }
      try (var walk = Files.walk(path)) {
        for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      return null;
    }
    Files.delete(path);
    return null;
  }

  /**
   * fs.cp: mode bit 1 recursive, 2 force (overwrite), 4 errorOnExist, 8 dereference. Symbolic
   * links are copied as links to their resolved targets, as Node does.
   */
  private static Object copyTree(Path src, Path dest, int mode) throws IOException {
    boolean recursive = (mode & 1) != 0;
    LinkOption[] noFollow = (mode & 8) != 0 ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    if (!Files.exists(src, noFollow)) {
      throw new NoSuchFileException(src.toString());
    }
    if (Files.isDirectory(src, noFollow)) {
      if (!recursive) {
        throw new FsError("ERR_FS_CP_DIR");
      }
      Path absoluteSrc = src.toAbsolutePath().normalize();
      if (dest.toAbsolutePath().normalize().startsWith(absoluteSrc)) {
        throw new FsError("ERR_FS_CP_EINVAL");
      }
      copyEntry(src, dest, mode, noFollow);
      return null;
    }
    copyEntry(src, dest, mode, noFollow);
    return null;
  }

  private static void copyEntry(Path src, Path dest, int mode, LinkOption[] noFollow) throws IOException {
    boolean force = (mode & 2) != 0;
    boolean errorOnExist = (mode & 4) != 0;
    if (Files.isSymbolicLink(src) && noFollow.length > 0) {
      Path target = Files.readSymbolicLink(src);
      Path resolved = src.toAbsolutePath().getParent().resolve(target).normalize();
      if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
        if (!force) {
          if (errorOnExist) {
            throw new FsError("ERR_FS_CP_EEXIST");
          }
          return;
        }
        Files.delete(dest);
      }
      Files.createSymbolicLink(dest, resolved);
      return;
    }
    if (Files.isDirectory(src, noFollow)) {
      if (!Files.isDirectory(dest)) {
        Files.createDirectories(dest);
      }
      List<Path> children;
      try (var list = Files.list(src)) {
        children = list.sorted().toList();
      }
      for (Path child : children) {
        copyEntry(child, dest.resolve(child.getFileName().toString()), mode, noFollow);
      }
      return;
    }
    if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
      if (!force) {
        if (errorOnExist) {
          throw new FsError("ERR_FS_CP_EEXIST");
        }
        return;
      }
      Files.copy(src, dest, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    Files.copy(src, dest);
  }

  private static String mkdtemp(String prefix) throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      StringBuilder name = new StringBuilder(prefix);
      for (int i = 0; i < 6; i++) {
        name.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
      }
      try {
        Files.createDirectory(Path.of(name.toString()));
        return name.toString();
      } catch (FileAlreadyExistsException taken) {
        // try another name
      }
    }
    throw new FsError("EEXIST");
  }

  // --- whole files --------------------------------------------------------------------------------

  /** The bytes of a file (a byte[]), or its text when {@code utf8}; null on failure. */
  @HostAccess.Export
  public Object readFile(String path, boolean utf8) {
    return now(() -> readWhole(path, utf8));
  }

  @HostAccess.Export
  public PendingOp startReadFile(String path, boolean utf8) {
    return later("readFile " + path, () -> readWhole(path, utf8));
  }

  private static Object readWhole(String path, boolean utf8) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of(path));
    return utf8 ? new String(bytes, StandardCharsets.UTF_8) : bytes;
  }

  /**
   * Writes {@code length} bytes of {@code arrayBuffer} from {@code offset} to a file opened with
   * Node's {@code flags} ('w', 'a', 'wx'...), creating it with {@code mode}.
   */
  @HostAccess.Export
  public Object writeFile(String path, Value arrayBuffer, int offset, int length, String flags, int mode) {
    byte[] bytes = new byte[length];
    Buffers.read(arrayBuffer, offset, bytes, 0, length);
    return now(() -> writeWhole(path, bytes, flags, mode));
  }

  @HostAccess.Export
  public PendingOp startWriteFile(String path, Value arrayBuffer, int offset, int length, String flags, int mode) {
    byte[] bytes = new byte[length];
    Buffers.read(arrayBuffer, offset, bytes, 0, length);
    return later("writeFile " + path, () -> writeWhole(path, bytes, flags, mode));
  }

  /** The same with a string's UTF-8 bytes (encoded off the loop thread when asynchronous). */
  @HostAccess.Export
  public Object writeFileText(String path, String text, String flags, int mode) {
    return now(() -> writeWhole(path, text.getBytes(StandardCharsets.UTF_8), flags, mode));
  }

  @HostAccess.Export
  public PendingOp startWriteFileText(String path, String text, String flags, int mode) {
    return later("writeFile " + path, () -> writeWhole(path, text.getBytes(StandardCharsets.UTF_8), flags, mode));
  }

  private static Object writeWhole(String path, byte[] bytes, String flags, int mode) throws IOException {
    try (FileChannel channel = openChannel(Path.of(path), flags, mode)) {
      ByteBuffer data = ByteBuffer.wrap(bytes);
      while (data.hasRemaining()) {
        channel.write(data);
      }
    }
    return null;
  }

  private static FileChannel openChannel(Path path, String flags, int mode) throws IOException {
    Set<OpenOption> options = new HashSet<>();
    switch (flags) {
      case "r", "rs", "sr" -> options.add(StandardOpenOption.READ);
      case "r+", "rs+", "sr+" -> {
        options.add(StandardOpenOption.READ);
        options.add(StandardOpenOption.WRITE);
      }
      case "w", "wx", "xw", "w+", "wx+", "xw+" -> {
        options.add(StandardOpenOption.WRITE);
        options.add(StandardOpenOption.TRUNCATE_EXISTING);
        options.add(flags.contains("x") ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (flags.contains("+")) {
          options.add(StandardOpenOption.READ);
        }
      }
      case "a", "ax", "xa", "as", "sa", "a+", "ax+", "xa+", "as+", "sa+" -> {
        options.add(StandardOpenOption.APPEND);
        options.add(flags.contains("x") ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (flags.contains("+")) {
          options.add(StandardOpenOption.READ);
        }
      }
      default -> throw new FsError("EINVAL");
    }
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      if (Files.isDirectory(path)) {
        throw new FsError("EISDIR");
      }
    }
    boolean creates = !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
        && (options.contains(StandardOpenOption.CREATE) || options.contains(StandardOpenOption.CREATE_NEW));
    FileChannel channel = FileChannel.open(path, options);
    if (creates && mode >= 0 && (mode & 0777) != 0666) {
      try {
        // the umask then applies as for open(2): not reproduced; the mode bits are set as given
        Files.setPosixFilePermissions(path, permissionsOf(mode & 0777 & ~0022));
      } catch (UnsupportedOperationException | IOException ignored) {
        // not a POSIX file system
      }
    }
    return channel;
  }

  // --- descriptors --------------------------------------------------------------------------------

  /** An open descriptor: its channel and the path it was opened with (for fstat). */
  private record OpenFile(FileChannel channel, Path path) {}

  private FileChannel channel(int fd) throws IOException {
    OpenFile file = files.get(fd);
    if (file == null) {
      throw new FsError("EBADF");
    }
    return file.channel();
  }

  private Integer openFd(String path, String flags, int mode) throws IOException {
    FileChannel channel = openChannel(Path.of(path), flags, mode);
    int fd = nextFd.getAndIncrement();
    files.put(fd, new OpenFile(channel, Path.of(path)));
    return fd;
  }

  /** Opens a file; its descriptor, or null on failure. */
  @HostAccess.Export
  public Object open(String path, String flags, int mode) {
    return now(() -> openFd(path, flags, mode));
  }

  @HostAccess.Export
  public PendingOp startOpen(String path, String flags, int mode) {
    return later("open " + path, () -> openFd(path, flags, mode));
  }

  private Object closeFd(int fd) throws IOException {
    OpenFile file = files.remove(fd);
    if (file == null) {
      throw new FsError("EBADF");
    }
    file.channel().close();
    return null;
  }

  @HostAccess.Export
  public Object close(int fd) {
    return now(() -> closeFd(fd));
  }

  @HostAccess.Export
  public PendingOp startClose(int fd) {
    return later("close fd " + fd, () -> closeFd(fd));
  }

  /**
   * Reads up to {@code length} bytes at {@code position} (or the current position when negative)
   * into the ArrayBuffer at {@code offset}; the count (0 at the end), or null on failure.
   */
  @HostAccess.Export
  public Object read(int fd, Value arrayBuffer, int offset, int length, double position) {
    ByteBuffer memory = Buffers.backing(arrayBuffer);
    return now(() -> {
      ByteBuffer target = memory != null ? memory.slice(offset, length) : ByteBuffer.allocate(length);
      int n = readInto(channel(fd), target, position);
      if (memory == null && n > 0) {
        Buffers.write(arrayBuffer, offset, target.array(), 0, n);
      }
      return n;
    });
  }

  /** Reads off the loop thread; completes with the bytes read (a byte[]), copied in by BufferOps.copyInto. */
  @HostAccess.Export
  public PendingOp startRead(int fd, int length, double position) {
    return later("read fd " + fd, () -> {
      ByteBuffer target = ByteBuffer.allocate(length);
      int n = readInto(channel(fd), target, position);
      return n == length ? target.array() : java.util.Arrays.copyOf(target.array(), n);
    });
  }

  /**
   * Reads off the loop thread for a read into a given buffer (fs.read, FileHandle.read, read
   * streams); completes with what {@link #takeRead} copies into it: up to 64 KiB land in a pooled
   * direct buffer, more in a byte[].
   */
  @HostAccess.Export
  public PendingOp startReadChunk(int fd, int length, double position) {
    if (length > FileChunks.SIZE) {
      return startRead(fd, length, position);
    }
    return later("read fd " + fd, () -> {
      ByteBuffer target = chunks.take().limit(length);
      try {
        readInto(channel(fd), target, position);
      } catch (IOException | RuntimeException e) {
        chunks.give(target);
        throw e;
      }
      return new FileChunks.Filled(target.flip());
    });
  }

  /**
   * Copies the result of {@link #startReadChunk} into {@code arrayBuffer} at {@code offset} (and
   * gives its pooled buffer back); the number of bytes. Loop thread.
   */
  @HostAccess.Export
  public int takeRead(Object result, Value arrayBuffer, int offset) {
    if (result instanceof byte[] bytes) {
      Buffers.write(arrayBuffer, offset, bytes, 0, bytes.length);
      return bytes.length;
    }
    ByteBuffer data = ((FileChunks.Filled) result).data();
    int n = data.remaining();
    ByteBuffer target = Buffers.backing(arrayBuffer);
    if (target != null) {
      target.put(offset, data, 0, n);
    } else {
      byte[] bytes = new byte[n];
      data.get(0, bytes);
      Buffers.write(arrayBuffer, offset, bytes, 0, n);
    }
    chunks.give(data);
    return n;
  }

  private static int readInto(FileChannel channel, ByteBuffer target, double position) throws IOException {
    int total = 0;
    long at = (long) position;
    while (target.hasRemaining()) {
      int n = position >= 0 ? channel.read(target, at + total) : channel.read(target);
      if (n <= 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  /** The text of UTF-8 bytes. */
  @HostAccess.Export
  public String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Writes bytes of an ArrayBuffer at {@code position} (current when negative); the count. */
  @HostAccess.Export
  public Object write(int fd, Value arrayBuffer, int offset, int length, double position) {
    byte[] bytes = new byte[length];
    Buffers.read(arrayBuffer, offset, bytes, 0, length);
    return now(() -> writeAll(channel(fd), bytes, position));
  }

  /**
   * Writes off the loop thread; the bytes are copied first, here (up to 64 KiB into a pooled direct
   * buffer the kernel reads from).
   */
  @HostAccess.Export
  public PendingOp startWrite(int fd, Value arrayBuffer, int offset, int length, double position) {
    ByteBuffer source = Buffers.backing(arrayBuffer);
    if (length > FileChunks.SIZE || source == null) {
      byte[] bytes = new byte[length];
      Buffers.read(arrayBuffer, offset, bytes, 0, length);
      return later("write fd " + fd, () -> writeAll(channel(fd), bytes, position));
    }
    ByteBuffer chunk = chunks.take();
    chunk.put(0, source, offset, length).limit(length);
    return later("write fd " + fd, () -> {
      try {
        return writeAll(channel(fd), chunk, position);
      } finally {
        chunks.give(chunk);
      }
    });
  }

  private static Integer writeAll(FileChannel channel, ByteBuffer data, double position) throws IOException {
    int length = data.remaining();
    long at = (long) position;
    while (data.hasRemaining()) {
      if (position >= 0) {
        channel.write(data, at + data.position());
      } else {
        channel.write(data);
      }
    }
    return length;
  }

  private static Integer writeAll(FileChannel channel, byte[] bytes, double position) throws IOException {
    return writeAll(channel, ByteBuffer.wrap(bytes), position);
  }

  /** fstat, ftruncate, fsync, fdatasync on a descriptor. */
  @HostAccess.Export
  public Object callFd(String name, int fd, double arg) {
    return now(fdWork(name, fd, arg));
  }

  @HostAccess.Export
  public PendingOp startFd(String name, int fd, double arg) {
    return later(name + " fd " + fd, fdWork(name, fd, arg));
  }

  private Work fdWork(String name, int fd, double arg) {
    return switch (name) {
      case "fstat" -> () -> {
        FileChannel channel = channel(fd);
        double[] stats = stat(files.get(fd).path(), true);
        stats[8] = channel.size();
        return stats;
      };
      case "ftruncate" -> () -> {
        truncate(channel(fd), (long) arg);
        return null;
      };
      case "fsync", "fdatasync" -> () -> {
        channel(fd).force(name.equals("fsync"));
        return null;
      };
      default -> throw new IllegalArgumentException("no fd operation " + name);
    };
  }


  // --- watching -----------------------------------------------------------------------------------

  /**
   * Watches a directory (or one file, through its directory: {@code onlyName} is then its name)
   * for changes until the op is cancelled: each change is reported as [eventType, filename] with
   * Node's event types ('rename' for an entry created or removed, 'change' for new contents).
   * Null, with {@link #takeError()} set, when the path cannot be watched. Loop thread.
   */
  @HostAccess.Export
  public Object startWatch(String directory, String onlyName) {
    java.nio.file.WatchService service;
    Path dir = Path.of(directory);
    try {
      if (!Files.isDirectory(dir)) {
        throw new NoSuchFileException(directory);
      }
      service = dir.getFileSystem().newWatchService();
      dir.register(service, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
          java.nio.file.StandardWatchEventKinds.ENTRY_DELETE, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
    } catch (IOException | RuntimeException e) {
      lastError = codeOf(e);
      return null;
    }
    watchers.add(service);
    PendingOp op = pending.begin("fs.watch", () -> {
      watchers.remove(service);
      try {
        service.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    });
    Thread.ofVirtual().name("cortado-fs-watch").start(() -> {
      try {
        for (;;) {
          java.nio.file.WatchKey key = service.take();
          for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
              continue;
            }
            String file = name.toString();
            if (onlyName != null && !onlyName.equals(file)) {
              continue;
            }
            String type = event.kind() == java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
            op.emit(new Object[] {type, file});
          }
          if (!key.reset()) {
            op.complete(Boolean.TRUE);
            return;
          }
        }
      } catch (java.nio.file.ClosedWatchServiceException | InterruptedException closed) {
        // cancelled from JavaScript: nothing more to report
      }
    });
    return op;
  }

  /** Closes every descriptor and watcher still open (the program's loop has ended). Loop thread. */
  public void closeAll() {
    for (Integer fd : List.copyOf(files.keySet())) {
      OpenFile file = files.remove(fd);
      if (file != null) {
        try {
          file.channel().close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
    for (java.nio.file.WatchService service : List.copyOf(watchers)) {
      watchers.remove(service);
      try {
        service.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
