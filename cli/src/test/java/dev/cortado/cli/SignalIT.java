package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signal events ({@code process.on('SIGTERM')}) of a real {@code bin/cortado} process sent real
 * signals: directly (the JVM's own signals), with {@code --no-daemon} (the client passes them to
 * its JVM) and through the warm daemon (the client forwards them). A listener replaces the default
 * action; removing the last one restores it; a listener does not keep the process alive; and a
 * child killed by {@code child.kill('SIGTERM')} runs its handler.
 */
class SignalIT {
  private static final long WAIT_MILLIS = 120_000;

  @TempDir
  Path dir;

  private static final String HANDLERS = """
      let count = 0;
      process.on('SIGTERM', (name, number) => {
        console.log('got', name, number, ++count);
        if (count === 2) { process.removeAllListeners('SIGTERM'); console.log('default again'); }
      });
      process.on('SIGHUP', function hup(name) { console.log('got', name); });
      process.on('SIGUSR2', function usr2(name) { console.log('got', name); });
      console.log('ready');
      setInterval(() => {}, 1000);
      """;

  @Test
  void handlersRunDirectly() throws Exception {
    assertHandlersRun(Map.of("CORTADO_DAEMON", "off"));
  }

  @Test
  void handlersRunWithNoDaemon() throws Exception {
    assertHandlersRun(Map.of("CORTADO_DAEMON", "on"), "--no-daemon");
  }

  @Test
  void handlersRunThroughTheDaemon(@TempDir Path runtimeDir) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
    env.put("CORTADO_DAEMON", "on");
    env.put("CORTADO_DAEMON_IDLE", "60");
    try {
      assertHandlersRun(env);
    } finally {
      Cortado.run(dir, null, env, "--daemon-stop");
    }
  }

  /** Runs HANDLERS, sends TERM, HUP, USR2, TERM (the second removes the listener) and TERM again. */
  private void assertHandlersRun(Map<String, String> env, String... flags) throws Exception {
    Files.writeString(dir.resolve("handlers.js"), HANDLERS);
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>(List.of(Cortado.launcher().toString()));
    command.addAll(List.of(flags));
    command.add("handlers.js");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    try {
      awaitOutput(out, "ready\n");
      signal(process, "TERM");
      awaitOutput(out, "got SIGTERM 15 1\n");
      signal(process, "HUP");
      awaitOutput(out, "got SIGHUP\n");
      signal(process, "USR2");
      awaitOutput(out, "got SIGUSR2\n");
      signal(process, "TERM");
      awaitOutput(out, "default again\n");
      signal(process, "TERM");
      assertThat(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
      assertThat(Files.readString(out)).isEqualTo("ready\ngot SIGTERM 15 1\ngot SIGHUP\ngot SIGUSR2\n"
          + "got SIGTERM 15 2\ndefault again\n");
      assertThat(process.exitValue()).isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
  }

  private static void signal(Process process, String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }

  private static void awaitOutput(Path out, String ending) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (Files.readString(out).endsWith(ending)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("waited for " + ending.strip() + ", output: " + Files.readString(out));
  }

  /** As in Node: a signal listener alone does not keep the process alive. */
  @Test
  void aListenerDoesNotKeepTheProcessAlive() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, Map.of("CORTADO_DAEMON", "off"), "-e",
        "process.on('SIGINT', () => {}); process.on('SIGTERM', () => {}); console.log('done', process.listenerCount('SIGINT'))");
    assertThat(run.stdout()).isEqualTo("done 1\n");
    assertThat(run.exitCode()).isZero();
  }

  /** child.kill('SIGTERM') on a cortado child whose script handles it: the handler runs. */
  @Test
  void aChildKilledWithSigtermRunsItsHandler() throws Exception {
    Files.writeString(dir.resolve("child.js"), """
        process.on('SIGTERM', (name) => { console.log('child caught', name); setTimeout(() => process.exit(7), 50); });
        console.log('ready');
        setInterval(() => {}, 1000);
        """);
    Files.writeString(dir.resolve("parent.js"), """
        const { spawn } = require('child_process');
        const child = spawn(process.execPath, ['child.js']);
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out === 'ready\\n') console.log('kill sent', child.kill('SIGTERM'));
        });
        child.on('close', (code, signal) => console.log('child output', JSON.stringify(out), 'exit', code, signal));
        """);
    Cortado.Run run = Cortado.run(dir, null, Map.of("CORTADO_DAEMON", "off"), "--allow-run", "parent.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("kill sent true\nchild output \"ready\\nchild caught SIGTERM\\n\" exit 7 null\n");
  }
}
