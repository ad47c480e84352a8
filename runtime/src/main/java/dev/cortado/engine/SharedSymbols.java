package dev.cortado.engine;

import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Symbols that are one and the same in every Context of the JVM's shared engine, for the
 * runtime's own per-object state ({@code internal.sharedSymbol(name)}).
 *
 * <p>Why: code compiled on the shared engine serves every Context. A private field ({@code #x})
 * or a symbol made in each Context is a new property key per Context, so after a few Contexts
 * the compiled property accesses see too many keys, fall back to generic lookups and run up to
 * 200 times slower (measured: 0.5 ms, then 122 ms, for a million reads after the fourth Context).
 * A key that is the same object in every Context keeps them fast. A GraalJS symbol holds only its
 * description, nothing of the Context that made it. Any thread.
 */
public final class SharedSymbols {
  private static final ConcurrentHashMap<String, Object> SYMBOLS = new ConcurrentHashMap<>();

  /**
   * The JVM-wide symbol named {@code name}: the first caller's {@code fresh} symbol (made by
   * {@code Symbol(name)} in its Context) becomes it. Loop thread of the calling Context.
   */
  @HostAccess.Export
  public Object get(String name, Value fresh) {
    return SYMBOLS.computeIfAbsent(name, key -> {
      Object symbol = EngineIntrospection.guestObject(fresh);
      if (!(symbol instanceof com.oracle.truffle.js.runtime.Symbol)) {
        throw new IllegalArgumentException("not a symbol: " + fresh);
      }
      return symbol;
    });
  }
}
