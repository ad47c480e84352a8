package dev.cortado.modules;

import com.oracle.truffle.js.nodes.ScriptNode;
import com.oracle.truffle.js.runtime.JSContext;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CommonJS module bodies already parsed on the shared engine, so that the next runtime that loads
 * the same file with the same text (a daemon's next run, a worker, another embedded runtime)
 * reuses the parsed code and whatever the JIT compiled for it, as ES modules do through the
 * engine's own source cache. A parsed body holds no runtime's objects: it runs in the realm it is
 * given. Least recently used entries go first once the cache holds {@link #MAX_ENTRIES} files or
 * {@link #MAX_CHARS} characters of source, and the collector may drop any entry (a soft reference:
 * the JVM keeps those that were used recently while memory allows). Thread-safe: any runtime's
 * loop thread.
 */
final class CommonJsScriptCache {
  static final int MAX_ENTRIES = 2048;
  static final long MAX_CHARS = 16L << 20;

  private static final CommonJsScriptCache SHARED = new CommonJsScriptCache();

  /** The engine language context (options decide which one), the file and its exact text. */
  private record Key(JSContext context, String path, String text) {}

  private final LinkedHashMap<Key, SoftReference<ScriptNode>> scripts =
      new LinkedHashMap<>(64, 0.75f, true);
  private long chars;
  private long hits;

  static CommonJsScriptCache shared() {
    return SHARED;
  }

  /** The body parsed earlier for this context, path and text, or null. */
  synchronized ScriptNode get(JSContext context, String path, String text) {
    Key key = new Key(context, path, text);
    SoftReference<ScriptNode> entry = scripts.get(key);
    ScriptNode script = entry == null ? null : entry.get();
    if (script != null) {
      hits++;
    } else if (entry != null) {
      scripts.remove(key);   // collected
      chars -= text.length();
    }
    return script;
  }

  synchronized void put(JSContext context, String path, String text, ScriptNode script) {
    if (scripts.put(new Key(context, path, text), new SoftReference<>(script)) == null) {
      chars += text.length();
    }
    var eldest = scripts.entrySet().iterator();
    while (scripts.size() > MAX_ENTRIES || (chars > MAX_CHARS && scripts.size() > 1)) {
      Map.Entry<Key, SoftReference<ScriptNode>> oldest = eldest.next();
      chars -= oldest.getKey().text().length();
      eldest.remove();
    }
  }

  /** How many loads reused a parsed body, since the JVM started (for tests and diagnostics). */
  synchronized long hits() {
    return hits;
  }
}
