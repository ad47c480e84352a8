import dev.cortado.api.JsRuntime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Embedding: how long JsRuntime.builder().build() plus a first eval takes once the engine is warm,
 * and how much heap an idle runtime holds. Run with bench/embedding.sh.
 */
public class EmbeddingBench {
  public static void main(String[] args) throws Exception {
    int warmups = 30;
    int measured = 50;
    for (int i = 0; i < warmups; i++) {
      try (JsRuntime js = JsRuntime.builder().build()) {
        js.eval("1 + 1").join();
      }
    }
    double[] millis = new double[measured];
    for (int i = 0; i < measured; i++) {
      long t0 = System.nanoTime();
      try (JsRuntime js = JsRuntime.builder().build()) {
        js.eval("1 + 1").join();
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(millis);
    System.out.printf("RESULT embedding-create median_ms=%.1f min_ms=%.1f max_ms=%.1f (build + first eval, warm, %d runs)%n",
        millis[measured / 2], millis[0], millis[measured - 1], measured);

    long before = usedHeapAfterGc();
    List<JsRuntime> idle = new ArrayList<>();
    int count = 100;
    for (int i = 0; i < count; i++) {
      JsRuntime js = JsRuntime.builder().build();
      js.eval("globalThis.ready = true").join();
      idle.add(js);
    }
    long after = usedHeapAfterGc();
    System.out.printf("RESULT embedding-idle-heap per_runtime_kb=%d (%d idle runtimes, heap %d -> %d MB)%n",
        (after - before) / count / 1024, count, before >> 20, after >> 20);
    idle.forEach(JsRuntime::close);
    System.exit(0);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
