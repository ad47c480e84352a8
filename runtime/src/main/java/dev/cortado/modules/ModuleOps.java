package dev.cortado.modules;

import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import dev.cortado.engine.EngineIntrospection;
import dev.cortado.host.HostOps;
import dev.cortado.loop.EventLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The Java side of module loading: reading files, and compiling CommonJS wrappers with the file's
 * real name so stack traces point at the user's file. The JavaScript side ({@code 40_modules.js})
 * does the rest. Loop thread only.
 */
public final class ModuleOps {
  private final EventLoop loop;
  private final HostOps host;
  private final ModuleFileSystem fileSystem;

  public ModuleOps(EventLoop loop, HostOps host) {
    this.loop = loop;
    this.host = host;
    this.fileSystem = new ModuleFileSystem();
  }

  /** The file system the Context loads ES modules through. */
  public ModuleFileSystem fileSystem() {
    return fileSystem;
  }

  /** The file's text (UTF-8, without a BOM), or null when it is not a readable regular file. */
  @HostAccess.Export
  public String readFile(String path) {
    try {
      Path p = Path.of(path);
      if (!Files.isRegularFile(p)) {
        return null;
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      return null;
    }
  }

  /** 0 missing, 1 file, 2 directory. */
  @HostAccess.Export
  public int stat(String path) {
    Path p = Path.of(path);
    if (Files.isRegularFile(p)) {
      return 1;
    }
    return Files.isDirectory(p) ? 2 : 0;
  }

  @HostAccess.Export
  public String realpath(String path) {
    try {
      return Path.of(path).toRealPath().toString();
    } catch (IOException e) {
      return path;
    }
  }

  /**
   * Compiles {@code body} as the function {@code (exports, require, module, __filename,
   * __dirname)}, named after {@code path}. The wrapper shares the body's first line, so line
   * numbers in stack traces match the file.
   */
  @HostAccess.Export
  public Value compileCommonJs(String path, String body) {
    String text = "(function (exports, require, module, __filename, __dirname) { "
        + stripShebang(body) + "\n})";
    Source source = Source.newBuilder("js", text, path).uri(Path.of(path).toUri()).buildLiteral();
    return loop.context().eval(source);
  }

  /** Compiles script text (for -e, -p and stdin) named {@code name}. */
  @HostAccess.Export
  public Value evalScript(String name, String text) {
    Source source = Source.newBuilder("js", stripShebang(text), name).buildLiteral();
    return loop.context().eval(source);
  }

  /**
   * Routes ES module resolution and {@code import.meta} through the runtime's JavaScript:
   * {@code resolver(referrerPath, specifier)} returns the path to load, {@code metaInitializer(meta,
   * path)} fills {@code import.meta}.
   */
  @HostAccess.Export
  public void installModuleHooks(Value resolver, Value metaInitializer) {
    CortadoModuleLoader.install((JSFunctionObject) EngineIntrospection.guestObject(resolver));
    ImportMetaHook.install((JSFunctionObject) EngineIntrospection.guestObject(metaInitializer));
  }

  /** Makes {@code text} the content of the virtual module file {@code path}. */
  @HostAccess.Export
  public void registerVirtualModule(String path, String text) {
    fileSystem.register(path, text);
  }

  /** Evaluates the ES module at {@code path} now and returns its namespace ({@code require(esm)}). */
  @HostAccess.Export
  public Value requireModule(String path) {
    try {
      Source source = Source.newBuilder("js", new java.io.File(path))
          .mimeType("application/javascript+module").build();
      return loop.context().eval(source);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage());
    }
  }

  static String stripShebang(String text) {
    if (text.startsWith("#!")) {
      int end = text.indexOf('\n');
      return end < 0 ? "" : "//" + text.substring(2);
    }
    return text;
  }

  /** The runtime's host ops, for the module system's own needs. */
  HostOps host() {
    return host;
  }
}
