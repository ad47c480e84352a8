package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm daemon behind {@code bin/cortado}, as a user meets it: runs through it print, fail and
 * exit exactly as direct runs do; no state leaks from one run to the next; signals, stdin, pid and
 * environment are the client's; and a dead daemon or an unusable socket directory never breaks a
 * run. Each test class run gets its own daemon directory ({@code XDG_RUNTIME_DIR}).
 */
class DaemonIT {
  private static final Pattern DAEMON_PID = Pattern.compile("in the daemon \\(pid (\\d+), run (\\d+)\\)");

  @TempDir
  static Path runtimeDir;

  @TempDir
  Path dir;

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
    env.put("CORTADO_DAEMON_IDLE", "120");
    env.put("CORTADO_DAEMON", "on");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @BeforeAll
  static void startDaemon() throws Exception {
    Cortado.Run run = Cortado.run(Path.of("/tmp"), null, env(), "--verbose", "-e", "0");
    assertThat(run.stderr()).contains("starting the daemon");
  }

  @AfterAll
  static void stopDaemon() throws Exception {
    Cortado.run(Path.of("/tmp"), null, env(), "--daemon-stop");
  }

  @Test
  void runsInTheDaemonWithTheJitActiveAndDirectRunsSayTheyAreDirect() throws Exception {
    Cortado.Run warm = Cortado.run(dir, null, env(), "--verbose", "-e", "console.log('hi')");
    assertThat(warm.stdout()).isEqualTo("hi\n");
    assertThat(warm.stderr()).containsPattern(DAEMON_PID).contains("Graal JIT active");

    Cortado.Run direct = Cortado.run(dir, null, env(), "--verbose", "--no-daemon", "-e", "console.log('hi')");
    assertThat(direct.stdout()).isEqualTo("hi\n");
    assertThat(direct.stderr()).contains("running without the daemon: --no-daemon")
        .contains("running directly; Graal JIT active");
  }

  @Test
  void outputErrorsAndExitCodesAreTheSameAsADirectRun() throws Exception {
    Path conformance = Cortado.home().resolve("tests/conformance/event-loop");
    Files.writeString(dir.resolve("fails.js"), """
        console.log('before');
        setTimeout(() => { null.boom; }, 1);
        """);
    Files.writeString(dir.resolve("rejects.mjs"), """
        await Promise.resolve();
        console.error('to stderr');
        Promise.reject(new RangeError('nobody catches this'));
        """);
    Files.writeString(dir.resolve("exits.js"), "process.on('exit', (c) => console.log('exit', c)); process.exit(7);\n");
    List<List<String>> commands = List.of(
        // ordering without timers: a busy machine cannot change what these print
        List.of(conformance.resolve("resolve-with-promise-adoption-ticks.js").toString()),
        List.of(conformance.resolve("two-chains-interleave.js").toString()),
        List.of(conformance.resolve("seed-call-stack.js").toString()),
        List.of("fails.js"), List.of("rejects.mjs"), List.of("exits.js"),
        List.of("-p", "[1, 'two', { three: 3 }]"),
        List.of("missing.js"), List.of("--bogus-option"));
    for (List<String> command : commands) {
      Cortado.Run viaDaemon = Cortado.run(dir, null, env(), command.toArray(String[]::new));
      Cortado.Run direct = Cortado.run(dir, null, env("CORTADO_DAEMON", "off"), command.toArray(String[]::new));
      assertThat(viaDaemon).as("%s", command).isEqualTo(direct);
    }
  }

  @Test
  void noStateLeaksFromOneRunToTheNext() throws Exception {
    Cortado.run(dir, null, env(), "-e", """
        globalThis.leaked = 1; Array.prototype.polluted = 2; process.env.LEAKED = '3';
        process.chdir('/'); setTimeout(() => {}, 1);
        """);
    Cortado.Run next = Cortado.run(dir, null, env(), "--allow-env", "-e",
        "console.log(typeof leaked, [].polluted, process.env.LEAKED)");
    assertThat(next.stdout()).isEqualTo("undefined undefined undefined\n");
    Cortado.Run withCwd = Cortado.run(dir, null, env("HERE", dir.toRealPath().toString()), "--allow-env=HERE", "-e",
        "console.log(process.cwd() === process.env.HERE)");
    assertThat(withCwd.stdout()).isEqualTo("true\n");
  }

  @Test
  void theScriptSeesTheClientsPidArgumentsEnvironmentAndTerminals() throws Exception {
    Files.writeString(dir.resolve("who.js"), """
        console.log(process.pid, JSON.stringify(process.argv.slice(2)), process.env.GREETING,
          process.stdout.isTTY, __filename.split('/').pop());
        """);
    ProcessBuilder builder = new ProcessBuilder(Cortado.launcher().toString(), "--allow-env=GREETING", "who.js", "a b", "--c")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env("GREETING", "hello"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo(process.pid() + " [\"a b\",\"--c\"] hello undefined who.js\n");
  }

  @Test
  void stdinReachesTheScriptAndIsLeftAloneWhenNotRead() throws Exception {
    Cortado.Run script = Cortado.run(dir, "console.log(6 * 7, process.argv[1])", env(), "-");
    assertThat(script.stdout()).isEqualTo("42 -\n");
    Cortado.Run print = Cortado.run(dir, "'piped'.toUpperCase()", env(), "-p");
    assertThat(print.stdout()).isEqualTo("PIPED\n");
    Cortado.Run untouched = Cortado.exec(List.of("bash", "-c", "'" + Cortado.launcher() + "' -e 0; cat"),
        dir, "left for cat", env());
    assertThat(untouched.stdout()).isEqualTo("left for cat");
  }

  @Test
  void aSignalEndsTheRunWithTheSignalsExitCodeAndTheDaemonCarriesOn() throws Exception {
    Path out = dir.resolve("out.txt");
    ProcessBuilder builder = new ProcessBuilder(Cortado.launcher().toString(), "-e",
        "setInterval(() => {}, 1000); console.log('up')").redirectOutput(out.toFile());
    builder.environment().putAll(env());
    Process process = builder.start();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!Files.readString(out).equals("up\n") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    process.destroy(); // SIGTERM, to the client: the run in the daemon must end
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(143);

    Cortado.Run busy = Cortado.run(dir, null, env(), "--verbose", "-e", "console.log('next')");
    assertThat(busy.stdout()).isEqualTo("next\n");
    assertThat(busy.stderr()).containsPattern(DAEMON_PID);
  }

  @Test
  void aKilledDaemonIsReplacedWithoutBreakingTheRun() throws Exception {
    Cortado.Run first = Cortado.run(dir, null, env(), "--verbose", "-e", "0");
    Matcher daemon = DAEMON_PID.matcher(first.stderr());
    assertThat(daemon.find()).as(first.stderr()).isTrue();
    ProcessHandle killed = ProcessHandle.of(Long.parseLong(daemon.group(1))).orElseThrow();
    killed.destroyForcibly();
    killed.onExit().get(30, TimeUnit.SECONDS); // its socket file stays behind: a stale socket

    Cortado.Run after = Cortado.run(dir, null, env(), "--verbose", "-e", "console.log('fine')");
    assertThat(after.stdout()).isEqualTo("fine\n");
    assertThat(after.stderr()).contains("starting the daemon").containsPattern(DAEMON_PID)
        .doesNotContain("pid " + daemon.group(1) + ",");
    Cortado.Run quiet = Cortado.run(dir, null, env(), "-e", "console.log('quiet')");
    assertThat(quiet).isEqualTo(new Cortado.Run(0, "quiet\n", ""));
  }

  @Test
  void anUnusableSocketDirectoryFallsBackToADirectRunAndSaysSoOnlyWhenVerbose() throws Exception {
    Path shared = dir.resolve("xdg");
    Files.createDirectories(shared.resolve("cortado"));
    Files.setPosixFilePermissions(shared.resolve("cortado"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = env("XDG_RUNTIME_DIR", shared.toString());

    Cortado.Run verbose = Cortado.run(dir, null, env, "--verbose", "-e", "console.log('ran')");
    assertThat(verbose.stdout()).isEqualTo("ran\n");
    assertThat(verbose.stderr()).contains("running without the daemon: no place for the daemon's socket")
        .contains("running directly");
    Cortado.Run quiet = Cortado.run(dir, null, env, "-e", "console.log('ran')");
    assertThat(quiet).isEqualTo(new Cortado.Run(0, "ran\n", ""));
  }

  @Test
  void aRebuildRetiresTheOldDaemonAndStartsANewOne() throws Exception {
    Cortado.Run before = Cortado.run(dir, null, env(), "--verbose", "-e", "0");
    Matcher old = DAEMON_PID.matcher(before.stderr());
    assertThat(old.find()).as(before.stderr()).isTrue();
    Path jar = Cortado.home().resolve("cli/target/cortado-cli.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));

    Cortado.Run after = Cortado.run(dir, null, env(), "--verbose", "-e", "console.log('rebuilt')");
    assertThat(after.stdout()).isEqualTo("rebuilt\n");
    assertThat(after.stderr()).contains("starting the daemon").doesNotContain("pid " + old.group(1) + ",");
    ProcessHandle oldDaemon = ProcessHandle.of(Long.parseLong(old.group(1))).orElse(null);
    if (oldDaemon != null) { // it notices its jar changed within seconds, and exits
      oldDaemon.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void concurrentRunsKeepTheirOwnOutputAndExitCodes() throws Exception {
    List<java.util.concurrent.Future<Cortado.Run>> runs = new java.util.ArrayList<>();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      for (int i = 0; i < 4; i++) {
        String id = "run" + i;
        int code = 10 + i;
        runs.add(pool.submit(() -> Cortado.run(dir, null, env("ID", id), "--allow-env=ID", "-e", """
            let n = 0;
            const t = setInterval(() => {
              console.log(process.env.ID, n);
              if (++n === 20) { clearInterval(t); process.exitCode = CODE; }
            }, 1);
            """.replace("CODE", String.valueOf(code)))));
      }
      for (int i = 0; i < 4; i++) {
        Cortado.Run run = runs.get(i).get(120, TimeUnit.SECONDS);
        StringBuilder expected = new StringBuilder();
        for (int n = 0; n < 20; n++) {
          expected.append("run").append(i).append(' ').append(n).append('\n');
        }
        assertThat(run).isEqualTo(new Cortado.Run(10 + i, expected.toString(), ""));
      }
    }
  }

  @Test
  void changedJvmFlagsGetTheirOwnDaemon() throws Exception {
    Cortado.Run plain = Cortado.run(dir, null, env(), "--verbose", "-e", "0");
    Matcher first = DAEMON_PID.matcher(plain.stderr());
    assertThat(first.find()).as(plain.stderr()).isTrue();
    Cortado.Run flagged = Cortado.run(dir, null, env("CORTADO_JAVA_OPTS", "-Dcortado.test.flag=1"),
        "--verbose", "-e", "console.log('flagged')");
    assertThat(flagged.stdout()).isEqualTo("flagged\n");
    assertThat(flagged.stderr()).contains("starting the daemon").doesNotContain("pid " + first.group(1) + ",");
    Cortado.run(dir, null, env("CORTADO_JAVA_OPTS", "-Dcortado.test.flag=1"), "--daemon-stop");
  }

  /**
   * A new daemon runs its warm-up while idle (bin/test turns it off for the other tests); a run
   * that arrives meanwhile is served at once. Then it hands off: a successor with the JVM's full
   * JIT (no C1-only flag) trains itself and takes over the socket, the first daemon exits, and
   * --daemon-wait-warm returns once the successor serves new runs.
   */
  @Test
  void aNewDaemonWarmsUpWhileIdleThenHandsOffToATrainedSuccessor() throws Exception {
    Map<String, String> warming = env("CORTADO_DAEMON_WARMUP", "1"); // one round each: CI time
    // Started from a directory that is gone before the hand-off: the successor starts all the same.
    Path gone = Files.createDirectories(dir.resolve("gone"));
    Cortado.Run first = Cortado.run(gone, null, warming, "--verbose", "-e", "console.log('first')");
    assertThat(first.stdout()).isEqualTo("first\n");
    // Started by this run, or a moment before by the client's background AOT-cache training run.
    Matcher daemon = DAEMON_PID.matcher(first.stderr());
    assertThat(daemon.find()).as(first.stderr()).isTrue();
    String pid = daemon.group(1);
    ProcessHandle firstDaemon = ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    assertThat(arguments(firstDaemon)).contains("-XX:TieredStopAtLevel=1");
    Files.delete(gone);
    Thread.sleep(1000); // idle: the first round begins
    Cortado.Run during = Cortado.run(dir, null, warming, "--verbose", "-e",
        "setTimeout(() => console.log('during', typeof Window), 5)");
    assertThat(during.stdout()).isEqualTo("during function\n");
    assertThat(during.stderr()).contains("pid " + pid + ",");

    // Two JVMs' warm-ups, the second with C2 compiling the Graal compiler: 2 minutes or more on a
    // slow day on 2 cores (the first took 62 s, its successor's JVM as long again).
    Cortado.Run wait = Cortado.runWithin(400, dir, null, warming, "--daemon-wait-warm");
    assertThat(wait.exitCode()).as(wait.stderr()).isZero();
    // It shows the warm-up's progress as it goes, and ends with the daemon new runs reach.
    Matcher warm = Pattern.compile("(?s).*\ncortado: daemon (\\d+) is warm\n").matcher(wait.stderr());
    assertThat(warm.matches()).as(wait.stderr()).isTrue();
    String successorPid = warm.group(1);
    assertThat(successorPid).isNotEqualTo(pid);
    assertThat(wait.stderr()).contains("cortado: daemon " + pid + " trains itself while the machine is idle",
        "cortado daemon " + successorPid + ": warm-up round 1/1: ", "cortado daemon " + successorPid + ": took over ");
    String log = daemonLog(pid);
    assertThat(log).contains("daemon " + pid + ": warm-up round 1/1: ", "daemon " + pid + ": warm-up done in ",
        "daemon " + pid + ": started successor " + successorPid,
        "daemon " + successorPid + ": warm-up done in ", "daemon " + successorPid + ": took over ");
    Cortado.Run after = Cortado.run(dir, null, warming, "--verbose", "-e", "console.log('after')");
    assertThat(after.stdout()).isEqualTo("after\n");
    assertThat(after.stderr()).contains("pid " + successorPid + ",");
    ProcessHandle successor = ProcessHandle.of(Long.parseLong(successorPid)).orElseThrow();
    assertThat(arguments(successor)).doesNotContain("-XX:TieredStopAtLevel=1");
    firstDaemon.onExit().get(30, TimeUnit.SECONDS); // it sees its socket replaced within 2 s
    Cortado.run(dir, null, warming, "--daemon-stop");
    successor.onExit().get(30, TimeUnit.SECONDS);

    Cortado.Run direct = Cortado.run(dir, null, warming, "--no-daemon", "--daemon-wait-warm");
    assertThat(direct.exitCode()).isZero();
    assertThat(direct.stderr()).isEmpty();
  }

  private static List<String> arguments(ProcessHandle process) {
    return List.of(process.info().arguments().orElseThrow());
  }

  /** The log of the daemon directory that mentions daemon {@code pid}. */
  private static String daemonLog(String pid) throws java.io.IOException {
    try (var logs = Files.list(runtimeDir.resolve("cortado"))) {
      return logs.filter(path -> path.toString().endsWith(".log")).map(path -> {
        try {
          return Files.readString(path);
        } catch (java.io.IOException e) {
          return "";
        }
      }).filter(text -> text.contains("cortado daemon " + pid + ":")).findFirst().orElse("");
    }
  }

  @Test
  void anIdleDaemonExitsByItself() throws Exception {
    Map<String, String> shortIdle = env("CORTADO_DAEMON_IDLE", "1", "TZ", "UTC"); // TZ: its own daemon
    Cortado.Run run = Cortado.run(dir, null, shortIdle, "--verbose", "-e", "0");
    Matcher daemon = DAEMON_PID.matcher(run.stderr());
    assertThat(daemon.find()).as(run.stderr()).isTrue();
    ProcessHandle handle = ProcessHandle.of(Long.parseLong(daemon.group(1))).orElseThrow();
    handle.onExit().get(30, TimeUnit.SECONDS); // idle 1 s, checked every 2 s
    assertThat(handle.isAlive()).isFalse();
  }

  @Test
  void aCorruptClientCacheNeverBreaksARun() throws Exception {
    Path cache = Cortado.home().resolve("client/target/client.aot");
    Files.write(cache, "not an AOT cache".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      Cortado.Run run = Cortado.run(dir, null, env(), "-e", "console.log('fine')");
      assertThat(run).isEqualTo(new Cortado.Run(0, "fine\n", ""));
    } finally {
      Files.deleteIfExists(cache); // the next run trains a new one in the background
    }
  }
}
