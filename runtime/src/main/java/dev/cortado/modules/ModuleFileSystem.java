package dev.cortado.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS sees when it loads ES modules: the real one, plus read-only virtual
 * module files under {@value #VIRTUAL_ROOT} that the runtime generates (built-in modules, and the
 * ESM face of CommonJS modules). Loop thread only.
 */
public final class ModuleFileSystem implements FileSystem {
  /** Where virtual module files live. */
  public static final String VIRTUAL_ROOT = "/__cortado__/";

  private final FileSystem delegate = FileSystem.newDefaultFileSystem();
  private final Map<String, byte[]> virtualFiles = new HashMap<>();

  /** Adds (or replaces) a virtual module file. */
  void register(String path, String text) {
    if (!path.startsWith(VIRTUAL_ROOT)) {
      throw new IllegalArgumentException("virtual module paths start with " + VIRTUAL_ROOT);
    }
    virtualFiles.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] virtual(Path path) {
    return virtualFiles.get(path.toString());
  }

  @Override
  public Path parsePath(URI uri) {
    return delegate.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return delegate.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    if (path.toString().startsWith(VIRTUAL_ROOT)) {
      if (virtual(path) == null || modes.contains(AccessMode.WRITE)) {
        throw new NoSuchFileException(path.toString());
      }
      return;
    }
    delegate.checkAccess(path, modes, linkOptions);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new IOException("module loading never creates directories");
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new IOException("module loading never deletes files");
  }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
      FileAttribute<?>... attrs) throws IOException {
    byte[] bytes = virtual(path);
    if (bytes != null) {
      return new java.nio.channels.SeekableByteChannel() {
        private final java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(bytes);
        private boolean open = true;

        @Override
        public int read(java.nio.ByteBuffer dst) {
          if (!data.hasRemaining()) {
            return -1;
          }
          int n = Math.min(dst.remaining(), data.remaining());
          dst.put(data.slice(data.position(), n));
          data.position(data.position() + n);
          return n;
        }

        @Override
        public int write(java.nio.ByteBuffer src) throws IOException {
          throw new IOException("read-only");
        }

        @Override
        public long position() {
          return data.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
          data.position((int) newPosition);
          return this;
        }

        @Override
        public long size() {
          return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
          throw new IOException("read-only");
        }

        @Override
        public boolean isOpen() {
          return open;
        }

        @Override
        public void close() {
          open = false;
        }
      };
    }
    return delegate.newByteChannel(path, options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
      throws IOException {
    return delegate.newDirectoryStream(dir, filter);
  }

  @Override
  public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
    delegate.setCurrentWorkingDirectory(currentWorkingDirectory);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return delegate.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    if (virtual(path) != null) {
      return path;
    }
    return delegate.toRealPath(path, linkOptions);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    byte[] bytes = virtual(path);
    if (bytes != null) {
      FileTime epoch = FileTime.fromMillis(0);
      Map<String, Object> attrs = new HashMap<>();
      attrs.put("isRegularFile", true);
      attrs.put("isDirectory", false);
      attrs.put("isSymbolicLink", false);
      attrs.put("isOther", false);
      attrs.put("size", (long) bytes.length);
      attrs.put("lastModifiedTime", epoch);
      attrs.put("lastAccessTime", epoch);
      attrs.put("creationTime", epoch);
      return attrs;
    }
    return delegate.readAttributes(path, attributes, options);
  }
}
