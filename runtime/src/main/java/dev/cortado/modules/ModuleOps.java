package dev.cortado.modules;

import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.js.nodes.ScriptNode;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import dev.cortado.engine.EngineIntrospection;
import dev.cortado.loop.EventLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The Java side of module loading: reading files, and compiling CommonJS wrappers with the file's
 * real name so stack traces point at the user's file. The JavaScript side ({@code 40_modules.js})
 * does the rest. Loop thread only.
 */
public final class ModuleOps {
  private final EventLoop loop;
  private final ModuleFileSystem fileSystem;

  public ModuleOps(EventLoop loop) {
    this.loop = loop;
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
   * Runs a CommonJS module body as a function of {@code (exports, require, module, __filename,
   * __dirname)} with {@code this} bound to {@code exports}, parsed by the engine with those
   * parameter names, so line and column numbers match the file exactly (a text wrapper would
   * shift every column of line 1). The parsed body is reused by the next runtime that loads the
   * same file with the same text ({@link CommonJsScriptCache}). When the body throws, {@code
   * outcome.threw} is set, the value goes to {@code outcome.thrown} for the caller to rethrow and,
   * when the engine knows where a non-error value was thrown, that place to {@code
   * outcome.siteFile}, {@code siteLine} and {@code siteColumn} (Node shows it above the value when
   * it is fatal).
   */
  @HostAccess.Export
  public void runCommonJs(String path, String body, Value exports, Value require, Value module,
      Value outcome) {
    String text = stripShebang(body);
    String dirname = Path.of(path).getParent() == null ? "/" : Path.of(path).getParent().toString();
    JSRealm realm = JSRealm.get(null);
    JSContext jsContext = realm.getContext();
    CommonJsScriptCache cache = CommonJsScriptCache.shared();
    ScriptNode script = cache.get(jsContext, path, text);
    if (script == null) {
      try {
        script = jsContext.getEvaluator().parseScript(jsContext,
            com.oracle.truffle.api.source.Source.newBuilder("js", text, path)
                .uri(Path.of(path).toUri()).build(),
            "", "", jsContext.getParserOptions().strict(), COMMONJS_PARAMETERS);
      } catch (GraalJSException syntaxError) {
        reportParseFailure(syntaxError, path, text, dirname, exports, require, module, outcome);
        return;
      }
      cache.put(jsContext, path, text, script);
    }
    Object thisObject = EngineIntrospection.guestObject(exports);
    try {
      script.run(script.argumentsToRunWithThisObjectWithArguments(realm, thisObject, new Object[] {
          thisObject, EngineIntrospection.guestObject(require), EngineIntrospection.guestObject(module),
          ts(path), ts(dirname)}));
    } catch (GraalJSException thrown) {
      outcome.putMember("threw", true);
      outcome.putMember("thrown", EngineIntrospection.asValue(outcome, thrown.getErrorObject()));
      recordThrowSite(thrown, outcome);
    }
  }

  /** A body the engine would not parse: its syntax error, or the top-level-return fallback. */
  private void reportParseFailure(GraalJSException syntaxError, String path, String text,
      String dirname, Value exports, Value require, Value module, Value outcome) {
    if (!String.valueOf(syntaxError.getMessage()).contains("Invalid return")) {
      outcome.putMember("threw", true);
      outcome.putMember("thrown", EngineIntrospection.asValue(outcome, syntaxError.getErrorObject()));
      return;
    }
    runWrapped(path, text, dirname, exports, require, module, outcome);
  }

  private static final List<String> COMMONJS_PARAMETERS =
      List.of("exports", "require", "module", "__filename", "__dirname");

  /**
   * Where a user's {@code throw} was, when the engine knows it and it is in a user's file: for a
   * thrown non-error value. (An Error object keeps the engine exception made with it, which has
   * no throw location; its stack says where it was made.)
   */
  private static void recordThrowSite(GraalJSException thrown, Value outcome) {
    if (!thrown.hasSourceLocation()) {
      return;
    }
    SourceSection at;
    try {
      at = thrown.getSourceLocationInterop();
    } catch (UnsupportedMessageException e) {
      return;
    }
    if (at == null || !at.isAvailable() || at.getSource().isInternal()) {
      return;
    }
    outcome.putMember("siteFile", at.getSource().getName());
    outcome.putMember("siteLine", at.getStartLine());
    outcome.putMember("siteColumn", at.getStartColumn());
  }

  /**
   * The fallback for bodies with a top-level {@code return}, which the engine only accepts inside
   * a function: a text wrapper on the first line (columns of line 1 shift by its length).
   */
  private void runWrapped(String path, String text, String dirname, Value exports, Value require,
      Value module, Value outcome) {
    String wrapped = "(function (exports, require, module, __filename, __dirname) { " + text + "\n})";
    try {
      Value function = loop.context().eval(
          Source.newBuilder("js", wrapped, path).uri(Path.of(path).toUri()).buildLiteral());
      function.invokeMember("call", exports, exports, require, module, path, dirname);
    } catch (PolyglotException e) {
      if (!e.isGuestException() || e.isExit() || e.isCancelled()) {
        throw e;
      }
      outcome.putMember("threw", true);
      outcome.putMember("thrown", e.getGuestObject());
    }
  }

  private static com.oracle.truffle.api.strings.TruffleString ts(String s) {
    return com.oracle.truffle.api.strings.TruffleString.fromJavaStringUncached(s,
        com.oracle.truffle.api.strings.TruffleString.Encoding.UTF_16);
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

  /**
   * Whether the module behind {@code namespace} is still evaluating because it (or a module it
   * imports) uses top-level await: {@code require()} cannot return such a module, as in Node 22.
   */
  @HostAccess.Export
  public boolean isEvaluatingAsync(Value namespace) {
    Object guest = EngineIntrospection.guestObject(namespace);
    return guest instanceof com.oracle.truffle.js.runtime.builtins.JSModuleNamespaceObject ns
        && ns.getModule() instanceof com.oracle.truffle.js.runtime.objects.CyclicModuleRecord record
        && record.isAsyncEvaluation();
  }

  static String stripShebang(String text) {
    if (text.startsWith("#!")) {
      int end = text.indexOf('\n');
      return end < 0 ? "" : "//" + text.substring(2);
    }
    return text;
  }

}
