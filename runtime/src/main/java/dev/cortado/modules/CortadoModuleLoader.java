package dev.cortado.modules;

import com.oracle.js.parser.ir.Module.ModuleRequest;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.AbstractModuleRecord;
import com.oracle.truffle.js.runtime.objects.DefaultESModuleLoader;
import com.oracle.truffle.js.runtime.objects.ScriptOrModule;
import com.oracle.truffle.js.runtime.objects.Undefined;
import java.io.IOException;

/**
 * The engine's ES module loader, with Node's resolution. GraalJS has no public loader hook
 * (oracle/graaljs#92), so this subclass of its default loader replaces the realm's loader
 * (pinned GraalJS version; a test guards it). Each import's specifier goes to the runtime's
 * JavaScript resolver ({@code internal.resolveEsm(referrerPath, specifier)}), which returns the
 * file to load: a real module, or a virtual one the {@link ModuleFileSystem} serves (built-ins,
 * CommonJS seen from ESM). Loop thread only (the engine calls it while linking).
 */
final class CortadoModuleLoader extends DefaultESModuleLoader {
  private final JSFunctionObject resolver;

  private CortadoModuleLoader(JSRealm realm, JSFunctionObject resolver) {
    super(realm);
    this.resolver = resolver;
  }

  /** Installs a loader that resolves through {@code resolver}. Loop thread, context entered. */
  static void install(JSFunctionObject resolver) {
    JSRealm realm = JSRealm.get(null);
    try {
      var field = JSRealm.class.getDeclaredField("moduleLoader");
      field.setAccessible(true);
      field.set(realm, new CortadoModuleLoader(realm, resolver));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("GraalJS internals changed: cannot install the module loader", e);
    }
  }

  @Override
  public AbstractModuleRecord resolveImportedModule(ScriptOrModule referrer, ModuleRequest request) {
    Object referrerPath = Undefined.instance;
    if (referrer != null && referrer.getSource().getPath() != null) {
      referrerPath = TruffleString.fromJavaStringUncached(referrer.getSource().getPath(),
          TruffleString.Encoding.UTF_16);
    }
    Object resolved = JSFunction.call(resolver, Undefined.instance,
        new Object[] {referrerPath, request.specifier()});
    String path = resolved instanceof TruffleString ts ? ts.toJavaStringUncached() : resolved.toString();
    try {
      TruffleFile file = realm.getEnv().getPublicTruffleFile(path);
      return loadModuleFromFile(referrer, request, file, null);
    } catch (IOException e) {
      throw Errors.createError("Cannot load module '" + path + "': " + e.getMessage());
    }
  }
}
