import dev.cortado.api.JsRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same workload (bench/contexts-workload.mjs) in N successive runtimes, each its own Context,
 * all on the JVM's one shared engine, closed one after the other: prints each section's time in
 * each Context. Code compiled on the shared engine serves every Context; state kept under keys
 * made per Context (private fields, a Symbol() per Context) makes it slower with each new Context,
 * which shows here as a row that grows from left to right. The first Context runs the workload
 * {@code warmup} times before it is measured. Run with bench/contexts.sh.
 */
public class ContextsBench {
  public static void main(String[] args) throws Exception {
    Path workload = Path.of(args[0]).toAbsolutePath();
    int contexts = Integer.getInteger("contexts", 8);
    int rounds = Integer.getInteger("rounds", 8);
    int warmup = Integer.getInteger("warmup", 30);
    String only = System.getProperty("only", "");
    Map<String, List<Double>> table = new LinkedHashMap<>();
    List<Double> wall = new ArrayList<>();
    for (int c = 0; c < contexts; c++) {
      long t0 = System.nanoTime();
      try (JsRuntime js = JsRuntime.builder().workingDirectory(workload.getParent()).build()) {
        js.evalModule(workload).join();
        if (c == 0 && warmup > 0) {
          // Compiles the workload's code for the first Context's keys before anything is measured,
          // so that later Contexts show what they cost, not the JIT's warm-up.
          js.call("run", warmup, only).join();
        }
        Map<String, Object> result = js.call("run", rounds, only).join().asMap();
        for (Map.Entry<String, Object> e : result.entrySet()) {
          table.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(((Number) e.getValue()).doubleValue());
        }
      }
      wall.add((System.nanoTime() - t0) / 1e6);
      System.err.printf("context %d done in %.0f ms%n", c + 1, wall.get(c));
    }
    StringBuilder header = new StringBuilder(String.format("%-14s", "section (ms)"));
    for (int c = 1; c <= contexts; c++) {
      header.append(String.format(" %8s", "ctx" + c));
    }
    header.append(String.format(" %9s", "last/2nd"));
    System.out.println(header);
    for (Map.Entry<String, List<Double>> row : table.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("%-14s", row.getKey()));
      List<Double> times = row.getValue();
      for (double t : times) {
        line.append(String.format(" %8.2f", t));
      }
      line.append(String.format(" %8.1fx", times.get(times.size() - 1) / times.get(Math.min(1, times.size() - 1))));
      System.out.println(line);
      System.out.printf("RESULT contexts-%s ms_per_context=%s%n", row.getKey(),
          String.join(",", times.stream().map(t -> String.format("%.2f", t)).toList()));
    }
    StringBuilder line = new StringBuilder(String.format("%-14s", "whole runtime"));
    for (double t : wall) {
      line.append(String.format(" %8.0f", t));
    }
    System.out.println(line + "   (build + import + " + rounds + " rounds of every section + close; ctx1: + "
        + warmup + " warm-up rounds)");
    System.exit(0);
  }
}
