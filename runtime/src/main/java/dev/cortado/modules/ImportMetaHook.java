package dev.cortado.modules;

import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSModuleRecord;
import com.oracle.truffle.js.runtime.objects.Undefined;
import java.util.Map;
import java.util.WeakHashMap;
import java.lang.ref.WeakReference;

/**
 * Fills {@code import.meta}: Node's {@code dirname} and {@code filename} for real files, and, for
 * the runtime's virtual modules only, the value they re-export ({@code import.meta.cortado}). The
 * engine's initializer is per engine, so each realm registers its own initializer function here.
 * Realm registration: loop thread; initialization: the realm's loop thread.
 */
final class ImportMetaHook {
  /**
   * Realm to initializer. Both are weak: a strong initializer would keep its realm (the key)
   * alive through its closure, and with it every closed Context of a long-lived JVM (the daemon).
   * The realm's own JavaScript keeps the function alive ({@code internal.initializeImportMeta}).
   */
  private static final Map<JSRealm, WeakReference<JSFunctionObject>> INITIALIZERS = new WeakHashMap<>();

  private ImportMetaHook() {}

  /** Routes this realm's import.meta to {@code initializer(meta, path)}. Context entered. */
  static void install(JSFunctionObject initializer) {
    JSRealm realm = JSRealm.get(null);
    JSContext context = realm.getContext();
    synchronized (INITIALIZERS) {
      INITIALIZERS.put(realm, new WeakReference<>(initializer));
      if (!context.hasImportMetaInitializerBeenSet()) {
        context.setImportMetaInitializer(ImportMetaHook::initialize);
      }
    }
  }

  private static void initialize(JSDynamicObject meta, JSModuleRecord module) {
    JSFunctionObject initializer;
    synchronized (INITIALIZERS) {
      WeakReference<JSFunctionObject> registered = INITIALIZERS.get(JSRealm.get(null));
      initializer = registered == null ? null : registered.get();
    }
    String path = module.getSource().getPath();
    if (initializer == null || path == null) {
      return;
    }
    JSFunction.call(initializer, Undefined.instance,
        new Object[] {meta, TruffleString.fromJavaStringUncached(path, TruffleString.Encoding.UTF_16)});
  }
}
