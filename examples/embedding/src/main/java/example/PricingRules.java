package example;

import dev.cortado.api.JsException;
import dev.cortado.api.JsRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs JavaScript pricing rules from Java with Cortado's embedding API. */
public final class PricingRules {
  public static void main(String[] args) throws Exception {
    Path rules = Files.createTempFile("pricing", ".mjs");
    try (var in = PricingRules.class.getResourceAsStream("/pricing.mjs")) {
      Files.write(rules, in.readAllBytes());
    }
    try (JsRuntime js = JsRuntime.builder().stdout(System.out).stderr(System.err).build()) {
      // A Java function JavaScript awaits: the future completes on another thread, later.
      js.expose("lookupRate", fnArgs -> CompletableFuture.supplyAsync(
          () -> "EUR".equals(fnArgs.get(0)) ? 0.9 : 1.0,
          CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS))).join();
      js.evalModule(rules).join();

      Map<String, Object> order = Map.of("currency", "EUR", "tier", "gold", "items", List.of(
          Map.of("price", 12.5, "quantity", 4), Map.of("price", 99, "quantity", 1)));
      System.out.println("quote: " + js.call("quote", order).join().asMap());
      System.out.println("slowest first: " + js.call("slowestFirst", Map.of("a", 3, "b", 10, "c", 1)).join().asList());

      try {
        js.call("quote", Map.of("currency", "USD")).join(); // no items: the rule throws
      } catch (java.util.concurrent.CompletionException e) {
        JsException error = (JsException) e.getCause();
        System.out.println("rule failed: " + error.jsName() + ": " + error.jsMessage());
      }
    } finally {
      Files.deleteIfExists(rules);
    }
  }
}
