package dev.cortado.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.ProcessIo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The inbox hands completions from other threads to the loop thread (DESIGN.md rule 1): tested
 * with real threads posting at once while JavaScript runs.
 */
class InboxTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_000;

  private static EventLoop loopWritingTo(ByteArrayOutputStream out) {
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), out,
        new ByteArrayOutputStream(), false, false);
    return new EventLoop(new RuntimeOptions(io, Path.of("").toAbsolutePath(), Map.of(),
        List.of(), 16L * 1024 * 1024));
  }

  @Test
  void completionsFromManyThreadsAllRunOnTheLoopThreadInPostingOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventLoop loop = loopWritingTo(out);
    loop.ref(); // the worker threads below keep the loop alive until they are done
    var exit = loop.start(new MainProgram.Idle());

    AtomicReference<Thread> loopThread = new AtomicReference<>();
    AtomicInteger offThread = new AtomicInteger();
    List<List<Integer>> seen = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      seen.add(new ArrayList<>());
    }
    CountDownLatch started = new CountDownLatch(1);
    loop.post(() -> {
      loopThread.set(Thread.currentThread());
      loop.context().eval("js", "globalThis.received = 0; globalThis.onMessage = () => { received++; };");
      started.countDown();
    });
    assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

    List<Thread> producers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      producers.add(Thread.ofPlatform().start(() -> {
        for (int i = 0; i < PER_THREAD; i++) {
          int n = i;
          loop.post(() -> {
            if (Thread.currentThread() != loopThread.get()) {
              offThread.incrementAndGet();
            }
            seen.get(id).add(n); // only the loop thread touches these lists
            Value onMessage = loop.context().getBindings("js").getMember("onMessage");
            loop.runTask(onMessage);
          });
        }
      }));
    }
    for (Thread producer : producers) {
      producer.join();
    }
    loop.post(() -> loop.context().eval("js",
        "setTimeout(() => process.stdout.write('received ' + received + '\\n'), 1)"));
    loop.unref();

    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("received " + THREADS * PER_THREAD + "\n");
    assertThat(offThread.get()).as("completions run off the loop thread").isZero();
    for (List<Integer> perThread : seen) {
      assertThat(perThread).hasSize(PER_THREAD).isSorted();
    }
  }

  @Test
  void aWaitingLoopWakesForACompletionAndExitsWhenNothingIsReferenced() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventLoop loop = loopWritingTo(out);
    loop.ref();
    var exit = loop.start(new MainProgram.Idle());
    Thread.sleep(200); // the loop is now blocked in its poll phase
    Thread.ofPlatform().start(() -> {
      loop.post(() -> loop.context().eval("js", "process.stdout.write('woken\\n')"));
      loop.unref();
    });
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("woken\n");
  }
}
