import dev.cortado.api.JsRuntime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Embedding: how long JsRuntime.builder().build() plus a first eval takes as the engine warms up,
 * how much heap an idle runtime holds, and the cost of calls across the API. Run with bench/embedding.sh.
 */
public class EmbeddingBench {
  public static void main(String[] args) throws Exception {
    creationTime();

    // Heap per idle runtime: the growth from 100 to 200 idle runtimes. (A baseline taken with none
    // alive would not do: the shared engine's caches hold on to some recently closed runtimes.)
    List<JsRuntime> idle = new ArrayList<>();
    int count = 100;
    startIdle(idle, count);
    long before = usedHeapAfterGc();
    startIdle(idle, count);
    long after = usedHeapAfterGc();
    System.out.printf("RESULT embedding-idle-heap per_runtime_kb=%d (100 -> 200 idle runtimes, heap %d -> %d MB)%n",
        (after - before) / count / 1024, before >> 20, after >> 20);
    idle.forEach(JsRuntime::close);

    callOverheads();
    System.exit(0);
  }

  private static void startIdle(List<JsRuntime> idle, int count) {
    for (int i = 0; i < count; i++) {
      JsRuntime js = JsRuntime.builder().build();
      js.eval("globalThis.ready = true").join();
      idle.add(js);
    }
  }

  /**
   * Creation time: JsRuntime.builder().build() plus a first eval, closed after. Every runtime runs
   * the runtime's start-up JavaScript once, and the shared engine compiles that code only after
   * it ran in a few hundred runtimes (Truffle compiles a function after about 400 calls), so the
   * time falls as runtimes are created. Prints that curve in blocks of 100, then the warm figure:
   * the median over the last block.
   */
  private static void creationTime() {
    int blocks = Integer.getInteger("blocks", 8);
    int block = 100;
    double[] millis = new double[block];
    StringBuilder curve = new StringBuilder();
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < block; i++) {
        long t0 = System.nanoTime();
        try (JsRuntime js = JsRuntime.builder().build()) {
          js.eval("1 + 1").join();
          millis[i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      Arrays.sort(millis);
      curve.append(String.format(" %d:%.1f", (b + 1) * block, millis[block / 2]));
    }
    System.out.printf("RESULT embedding-create-curve median_ms_after_n_runtimes=%s%n", curve.toString().trim());
    System.out.printf("RESULT embedding-create median_ms=%.1f min_ms=%.1f p90_ms=%.1f (build + first eval, runtimes %d-%d)%n",
        millis[block / 2], millis[0], millis[block * 9 / 10], (blocks - 1) * block + 1, blocks * block);
  }

  /**
   * Java -> JS: runtime.call of an exported function, awaited one at a time (a round trip through
   * the inbox to the loop thread and back). JS -> Java: a loop in JavaScript calling an exposed
   * Java function. Throughput: 16 Java threads calling at once.
   */
  private static void callOverheads() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cortado-bench");
    java.nio.file.Path module = dir.resolve("main.mjs");
    java.nio.file.Files.writeString(module, "export function add(a, b) { return a + b; }\n");
    try (JsRuntime js = JsRuntime.builder().workingDirectory(dir).build()) {
      js.evalModule(module).join();
      for (int i = 0; i < 20_000; i++) {
        js.call("add", i, 1).join();
      }
      int calls = 50_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        js.call("add", i, 1).join();
      }
      double perCallUs = (System.nanoTime() - t0) / 1e3 / calls;
      System.out.printf("RESULT embedding-java-to-js call_us=%.1f (runtime.call(\"add\", i, 1).join(), one at a time)%n", perCallUs);

      js.expose("twice", (List<Object> args) -> ((Number) args.get(0)).doubleValue() * 2).join();
      String loop = "(() => { let s = 0; const t = performance.now(); for (let i = 0; i < 200000; i++) s += twice(i);"
          + " return performance.now() - t; })()";
      js.eval(loop).join();
      double ms = js.eval(loop).join().asDouble();
      System.out.printf("RESULT embedding-js-to-java call_us=%.2f (an exposed Java function called from a JavaScript loop)%n",
          ms * 1000 / 200_000);

      int threads = 16;
      int perThread = 20_000;
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          List<java.util.concurrent.CompletableFuture<?>> inFlight = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            inFlight.add(js.call("add", i, 1));
            if (inFlight.size() == 64) {
              inFlight.forEach(java.util.concurrent.CompletableFuture::join);
              inFlight.clear();
            }
          }
          inFlight.forEach(java.util.concurrent.CompletableFuture::join);
          return null;
        }));
      }
      long t1 = System.nanoTime();
      start.countDown();
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - t1) / 1e9;
      pool.shutdown();
      System.out.printf("RESULT embedding-call-16-threads calls_per_s=%.0f (%d threads x %d calls, up to 64 in flight each)%n",
          threads * perThread / seconds, threads, perThread);
    }
  }

  /** Heap in use after full collections, repeated until it stops falling (closed runtimes are freed in stages). */
  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      Thread.sleep(100);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used - (1 << 20) && i >= 2) {
        return Math.min(now, used);
      }
      used = Math.min(now, used);
    }
    return used;
  }
}
