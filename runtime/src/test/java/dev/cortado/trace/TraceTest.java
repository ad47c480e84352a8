package dev.cortado.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.ProcessIo;
import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import dev.cortado.trace.TraceEvent.Enter;
import dev.cortado.trace.TraceEvent.Exit;
import dev.cortado.trace.TraceEvent.JobQueued;
import dev.cortado.trace.TraceEvent.JobStarted;
import dev.cortado.trace.TraceEvent.Output;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cortado trace} records: the real stack, queues and Web APIs of real runs. */
class TraceTest {
  @TempDir Path dir;

  record Traced(List<TraceEvent> events, String stdout, String stderr, int exitCode, TraceRecorder recorder) {
    <T extends TraceEvent> List<T> all(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    int stepOf(java.util.function.Predicate<TraceEvent> test) {
      return events.stream().filter(test).findFirst().orElseThrow().step();
    }

    /** The visible stack (names, bottom first) right after {@code step}. */
    List<String> stackAt(int step) {
      List<Enter> stack = new ArrayList<>();
      for (TraceEvent event : events.subList(0, step + 1)) {
        if (event instanceof Enter enter) {
          stack.add(enter);
        } else if (event instanceof Exit exit) {
          stack.removeIf(frame -> frame.frame() == exit.frame());
        }
      }
      return stack.stream().map(Enter::name).toList();
    }
  }

  Traced trace(Path file, int maxEvents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), out, err, false, false);
    RuntimeOptions options = new RuntimeOptions(io, file.getParent(), Map.of("HOME", "/tmp"), List.of(),
        RuntimeOptions.DEFAULT_STACK_BYTES);
    try (TraceSession session = new TraceSession(maxEvents)) {
      EventLoop loop = new EventLoop(options);
      loop.recordTo(session);
      int code = loop.start(new MainProgram.ScriptFile(file)).get(120, TimeUnit.SECONDS);
      assertThat(session.jobsObserved()).as("the engine's job queue is observed").isTrue();
      return new Traced(session.recorder().events(), out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8), code, session.recorder());
    }
  }

  Traced trace(String source) throws Exception {
    Path file = dir.resolve("app.js");
    Files.writeString(file, source);
    return trace(file, 1_000_000);
  }

  @Test
  void theJobQueueBeatsTheTimers() throws Exception {
    Traced t = trace(Path.of("../examples/seed-job-queue-beats-timers.js").toAbsolutePath().normalize(), 1_000_000);
    assertThat(t.stdout()).isEqualTo("three is a crowd\nhi\none is the loneliest number\ntwo can be as bad as one\n");

    // The then reaction is queued while both timers are in the Web APIs box (neither due yet).
    int thenQueued = t.stepOf(e -> e instanceof JobQueued j && j.kind().equals("then"));
    List<TraceEvent.ApiStarted> timers = t.all(TraceEvent.ApiStarted.class);
    assertThat(timers).extracting(TraceEvent.ApiStarted::kind, TraceEvent.ApiStarted::delayMs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("setTimeout", 1.0),
            org.assertj.core.groups.Tuple.tuple("setTimeout", 10.0));
    assertThat(timers).allMatch(s -> s.step() < thenQueued);
    assertThat(t.all(TraceEvent.ApiEnded.class)).allMatch(e -> e.step() > thenQueued);
    assertThat(t.stackAt(thenQueued)).containsExactly("(main)", "Promise.prototype.then");

    // It runs before either timer's callback, and only once the script's frame has left the stack.
    int thenRuns = t.stepOf(e -> e instanceof JobStarted);
    assertThat(t.all(TraceEvent.TaskStarted.class)).hasSize(2).allMatch(s -> s.step() > thenRuns);
    assertThat(t.stackAt(thenRuns)).isEmpty();

    // console.log frames sit on top of their callers while they print.
    for (Output output : t.all(Output.class)) {
      List<String> stack = t.stackAt(output.step());
      assertThat(stack).last().isEqualTo("console.log");
      assertThat(stack).hasSizeGreaterThan(1);
    }
    assertThat(t.stackAt(t.stepOf(e -> e instanceof Output o && o.text().equals("hi\n"))))
        .containsExactly("(anonymous)", "console.log");

    // Causality: each timer's task and the reaction name the frame that scheduled them.
    Map<Integer, String> frames = new HashMap<>();
    t.all(Enter.class).forEach(e -> frames.put(e.frame(), e.name()));
    assertThat(timers).extracting(s -> frames.get(s.cause())).containsOnly("setTimeout");
    assertThat(t.all(JobQueued.class)).extracting(j -> frames.get(j.cause())).containsExactly("Promise.prototype.then");
    assertThat(t.events().getLast()).isInstanceOf(TraceEvent.Ended.class);
  }

  /**
   * Examples that race timers a few milliseconds apart, created one after another: a traced run
   * (or any busy machine) can be slow enough between two setTimeout calls to change the winner.
   */
  static final Set<String> RACES = Set.of("seed-parallel-sequential-race.js", "seed-promise-any-aggregate.js");

  @Test
  void everySeedExampleGivesAConsistentTrace() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("../examples").toAbsolutePath().normalize())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList()) {
        Traced t = trace(file, 1_000_000);
        String golden = Files.readString(Path.of("../tests/conformance/event-loop")
            .resolve(file.getFileName().toString().replace(".js", ".out")));
        if (!RACES.contains(file.getFileName().toString())) {
          assertThat(t.stdout() + "exit: " + t.exitCode() + "\n").as(file.getFileName().toString()).isEqualTo(golden);
        }
        assertConsistent(t, file.getFileName().toString());
      }
    }
  }

  /** Every frame entered is exited in stack order, every queued job and task runs or is dropped. */
  static void assertConsistent(Traced t, String name) {
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    Set<Integer> jobs = new HashSet<>();
    Set<Integer> tasks = new HashSet<>();
    StringBuilder printed = new StringBuilder();
    for (TraceEvent event : t.events()) {
      switch (event) {
        case Enter e -> stack.push(e.frame());
        case Exit e -> assertThat(stack.pop()).as(name + " exits the innermost frame").isEqualTo(e.frame());
        case JobQueued e -> jobs.add(e.job());
        case JobStarted e -> assertThat(jobs.remove(e.job())).as(name + " runs a queued job").isTrue();
        case TraceEvent.TaskQueued e -> tasks.add(e.task());
        case TraceEvent.TaskStarted e -> assertThat(tasks.remove(e.task())).as(name + " runs a queued task").isTrue();
        case TraceEvent.TaskDropped e -> tasks.remove(e.task());
        case Output e -> {
          if (e.fd() == 1) {
            printed.append(e.text());
          }
        }
        default -> { }
      }
    }
    assertThat(stack).as(name + ": the stack is empty at the end").isEmpty();
    assertThat(jobs).as(name + ": every microtask ran").isEmpty();
    assertThat(tasks).as(name + ": every task ran").isEmpty();
    assertThat(printed.toString()).as(name + ": console output is recorded in order").isEqualTo(t.stdout());
    for (int i = 0; i < t.events().size(); i++) {
      assertThat(t.events().get(i).step()).isEqualTo(i);
      if (i > 0) {
        assertThat(t.events().get(i).micros()).isGreaterThanOrEqualTo(t.events().get(i - 1).micros());
      }
    }
  }

  @Test
  void everyKindOfCallbackIsRecordedWhereItWaits() throws Exception {
    Traced t = trace("""
        async function work() { await null; return 1; }
        process.nextTick(function tick() {});
        queueMicrotask(function micro() {});
        setImmediate(function immediate() {});
        let n = 0;
        const every = setInterval(function repeat() { if (++n === 2) clearInterval(every); }, 1);
        setTimeout(function outer() { setTimeout(function inner() {}, 1); }, 1);
        work().then(function done() {});
        Promise.all([1]).then(function all() {});
        Promise.allSettled([1]); Promise.any([1]); Promise.race([1]);
        function* gen() { yield 1; }
        for (const x of gen()) {}
        (async () => { for await (const v of [1]) {} })();
        """);
    assertConsistent(t, "callbacks");
    assertThat(t.all(JobQueued.class)).extracting(j -> j.kind() + " " + j.label())
        .contains("nextTick tick", "queueMicrotask micro", "await await continuation", "then done",
            "then all", "combinator Promise.all element", "combinator Promise.allSettled element",
            "await for await step");
    assertThat(t.all(TraceEvent.TaskQueued.class)).extracting(q -> q.source() + " " + q.label())
        .contains("immediate immediate", "timer repeat", "timer outer", "timer inner");
    assertThat(t.all(TraceEvent.TaskQueued.class)).filteredOn(q -> q.label().equals("repeat")).hasSize(2);
    assertThat(t.all(TraceEvent.ApiEnded.class)).extracting(TraceEvent.ApiEnded::reason).contains("due", "cleared");
    assertThat(t.all(Enter.class)).extracting(Enter::name).contains("gen", "Generator.prototype.next", "inner");
    // the inner timer was scheduled from inside the outer one's callback
    Map<Integer, String> frames = new HashMap<>();
    t.all(Enter.class).forEach(e -> frames.put(e.frame(), e.name()));
    TraceEvent.ApiStarted inner = t.all(TraceEvent.ApiStarted.class).stream()
        .filter(s -> s.label().equals("inner")).findFirst().orElseThrow();
    assertThat(t.stackAt(inner.step())).containsExactly("outer", "setTimeout");
    // nextTick runs before the promise jobs queued before it
    assertThat(t.all(JobStarted.class).getFirst().job())
        .isEqualTo(t.all(JobQueued.class).stream().filter(j -> j.kind().equals("nextTick")).findFirst().orElseThrow().job());
  }

  @Test
  void generatorBodiesAndResumedModulesAreShownAsDerivedFrames() throws Exception {
    Traced generator = trace("""
        function* gen() { console.log('in gen'); yield 1; }
        gen().next();
        """);
    int printed = generator.stepOf(e -> e instanceof Output o && o.text().equals("in gen\n"));
    assertThat(generator.stackAt(printed)).containsExactly("(main)", "Generator.prototype.next", "gen", "console.log");
    assertThat(generator.all(Enter.class)).filteredOn(Enter::derived).extracting(Enter::name).containsExactly("gen");
    assertConsistent(generator, "generator");

    Path module = dir.resolve("main.mjs");
    Files.writeString(module, "await null;\nconsole.log('resumed');\n");
    Traced resumed = trace(module, 1_000_000);
    int line = resumed.stepOf(e -> e instanceof Output o && o.text().equals("resumed\n"));
    assertThat(resumed.stackAt(line)).containsExactly("(main)", "console.log");
    Enter main = resumed.all(Enter.class).stream().filter(Enter::derived).findFirst().orElseThrow();
    assertThat(main.name()).isEqualTo("(main)");
    assertThat(main.step()).isGreaterThan(resumed.stepOf(e -> e instanceof JobStarted));
    assertConsistent(resumed, "module");
  }

  @Test
  void anUncaughtErrorIsShownThenTheExit() throws Exception {
    Traced t = trace("""
        setTimeout(function boom() { throw new TypeError('bad thing'); }, 1);
        """);
    assertThat(t.exitCode()).isEqualTo(1);
    Output error = t.all(Output.class).stream().filter(o -> o.fd() == 2).findFirst().orElseThrow();
    assertThat(error.text()).contains("TypeError: bad thing");
    assertThat(t.events().getLast()).isEqualTo(new TraceEvent.Ended(t.events().size() - 1,
        t.events().getLast().micros(), 1));
  }

  @Test
  void maxEventsCutsTheTraceButNotTheRun() throws Exception {
    Path file = dir.resolve("long.js");
    Files.writeString(file, "for (let i = 0; i < 100; i++) console.log(i);\n");
    Traced t = trace(file, 50);
    assertThat(t.stdout().lines()).hasSize(100);
    assertThat(t.recorder().truncated()).isTrue();
    assertThat(t.events()).hasSize(51);
    assertThat(t.events().getLast()).isInstanceOf(TraceEvent.Ended.class);
  }

  @Test
  void theFilesAreValidChromeTraceJsonAndASelfContainedPage() throws Exception {
    Traced t = trace("""
        setTimeout(function later() { console.log('</script> "quoted"\\u2028'); }, 1);
        Promise.resolve().then(function soon() { console.log('soon'); });
        """);
    TraceFiles.Written written = TraceFiles.write(t.recorder(), dir.resolve("out"), "cortado trace app.js");
    String json = Files.readString(written.json());
    String html = Files.readString(written.html());
    try (Context js = Context.create("js")) {
      Value trace = js.eval("js", "(text) => JSON.parse(text)").execute(json);
      Value rows = trace.getMember("traceEvents");
      int begins = 0;
      int ends = 0;
      Set<String> phases = new HashSet<>();
      Set<String> flowStarts = new HashSet<>();
      Set<String> flowEnds = new HashSet<>();
      for (long i = 0; i < rows.getArraySize(); i++) {
        Value row = rows.getArrayElement(i);
        String ph = row.getMember("ph").asString();
        phases.add(ph);
        assertThat(row.getMember("ts").fitsInLong()).isTrue();
        if (row.getMember("tid").asInt() == 1 && ph.equals("B")) {
          begins++;
        }
        if (row.getMember("tid").asInt() == 1 && ph.equals("E")) {
          ends++;
        }
        if (ph.equals("s")) {
          flowStarts.add(row.getMember("id").asString());
        }
        if (ph.equals("f")) {
          flowEnds.add(row.getMember("id").asString());
        }
      }
      assertThat(begins).isEqualTo(ends).isPositive();
      assertThat(phases).contains("M", "B", "E", "X", "b", "e", "i", "s", "f");
      assertThat(flowEnds).isNotEmpty();
      assertThat(flowStarts).containsAll(flowEnds);

      assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
      int start = html.indexOf("const TRACE = ") + "const TRACE = ".length();
      Value data = js.eval("js", "(text) => JSON.parse(text)").execute(html.substring(start, html.indexOf(";\n(function")));
      assertThat(data.getMember("events").getArraySize()).isEqualTo(t.events().size());
      assertThat(data.getMember("files").getMemberKeys()).containsExactly(dir.resolve("app.js").toString());
      assertThat(html.substring(start)).doesNotContain("</script> \"quoted\"");
    }
  }

  @Test
  void untracedRunsHaveNoRecorder() throws IOException {
    ProcessIo io = new ProcessIo(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), false, false);
    EventLoop loop = new EventLoop(new RuntimeOptions(io, dir, Map.of(), List.of(), RuntimeOptions.DEFAULT_STACK_BYTES));
    assertThat(loop.recorder()).isNull();
  }
}
