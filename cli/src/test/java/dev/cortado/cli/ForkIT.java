package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code child_process.fork} through the real launcher: the child is another {@code bin/cortado}
 * (directly, and through the warm daemon) connected by the IPC channel. Ping-pong of 1000 messages
 * in order, every JSON type, send callbacks, Node's errors for what cannot be sent and for a closed
 * channel, 'disconnect' before 'exit' when the child ends or crashes, disconnect from either side,
 * a child kept alive only by its 'message' listener, process.send absent when not forked, and the
 * child getting exactly its parent's permissions.
 */
class ForkIT {
  @TempDir
  Path dir;

  private static Map<String, String> direct() {
    return Map.of("CORTADO_DAEMON", "off");
  }

  private static final String PING_PONG = """
      const { fork } = require('child_process');
      if (process.argv[2] === 'child') {
        process.on('message', (m) => process.send({ echo: m.n, value: m.v }));
      } else {
        const values = ['text', 42, true, null, [1, 'two'], { deep: { x: 1.5 } }, 'ünï\\u2028cödé\\n'];
        const child = fork(__filename, ['child']);
        let expected = 0;
        const kinds = new Set();
        child.on('message', (m) => {
          if (m.echo !== expected) { console.log('out of order', m.echo, expected); process.exit(1); }
          if (JSON.stringify(m.value) !== JSON.stringify(values[expected % values.length])) console.log('changed', m.value);
          kinds.add(JSON.stringify(m.value));
          expected++;
          if (expected < 1000) child.send({ n: expected, v: values[expected % values.length] });
          else { console.log('1000 in order', kinds.size, 'kinds'); child.disconnect(); }
        });
        child.on('disconnect', () => console.log('disconnect', child.connected));
        child.on('exit', (code, signal) => console.log('exit', code, signal));
        child.on('close', (code) => console.log('close', code));
        console.log('send', child.send({ n: 0, v: values[0] }, (error) => console.log('written', error)));
      }
      """;

  @Test
  void pingPongOfAThousandMessagesInOrder() throws Exception {
    Files.writeString(dir.resolve("pingpong.js"), PING_PONG);
    Cortado.Run run = Cortado.run(dir, null, direct(), "--allow-run", "pingpong.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("send true\nwritten null\n1000 in order 7 kinds\ndisconnect false\nexit 0 null\nclose 0\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void errorsAreNodes() throws Exception {
    Files.writeString(dir.resolve("errors.js"), """
        const { fork, spawn } = require('child_process');
        console.log('not forked', typeof process.send, process.connected, process.channel, typeof process.disconnect);
        const tries = {
          'no ipc': () => fork('child.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }),
          'advanced': () => fork('child.js', [], { serialization: 'advanced' }),
          'grant': () => fork('child.js', [], { execArgv: ['--allow-read'] }),
          'bad path': () => fork(42),
        };
        for (const [name, f] of Object.entries(tries)) {
          try { f(); console.log(name, 'started?'); } catch (e) { console.log(name, e.name, e.code, e.message); }
        }
        const child = fork('child.js');
        const circular = {};
        circular.self = circular;
        for (const bad of [undefined, Symbol('s'), 10n, { big: 1n }, circular]) {
          try { child.send(bad); console.log('sent?'); } catch (e) { console.log('send', e.name, e.code, e.message.split('\\n')[0]); }
        }
        child.on('message', (m) => {
          console.log('parent got', m);
          child.disconnect();
          console.log('connected', child.connected, child.channel);
          child.disconnect();
          child.send('late', (e) => console.log('late callback', e.code, e.message));
          console.log('late send returns', child.send('late again'));
        });
        child.on('error', (e) => console.log('error event', e.code, e.message));
        child.on('disconnect', () => console.log('disconnect'));
        child.on('exit', (code) => console.log('exit', code));
        """);
    Files.writeString(dir.resolve("child.js"), """
        process.send({ ready: true, connected: process.connected, channel: typeof process.channel.ref });
        process.on('disconnect', () => console.log('child: parent disconnected'));
        """);
    Cortado.Run run = Cortado.run(dir, null, direct(), "--allow-run", "errors.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("""
        not forked undefined undefined undefined undefined
        no ipc Error ERR_CHILD_PROCESS_IPC_REQUIRED Forked processes must have an IPC channel, missing value 'ipc' in options.stdio
        advanced TypeError ERR_INVALID_ARG_VALUE The property 'options.serialization' 'advanced' is not supported by Cortado; use 'json' (the default)
        grant TypeError ERR_INVALID_ARG_VALUE The property 'options.execArgv' may not grant permissions ('--allow-read'): a forked child has exactly its parent's
        bad path TypeError ERR_INVALID_ARG_TYPE The "modulePath" argument must be of type string or an instance of URL. Received type number (42)
        send TypeError ERR_MISSING_ARGS The "message" argument must be specified
        send TypeError ERR_INVALID_ARG_TYPE The "message" argument must be one of type string, object, number, or boolean. Received type symbol (Symbol(s))
        send TypeError ERR_INVALID_ARG_TYPE The "message" argument must be one of type string, object, number, or boolean. Received type bigint (10n)
        send TypeError undefined Do not know how to serialize a BigInt
        send TypeError undefined Converting circular structure to JSON
        parent got { ready: true, connected: true, channel: 'function' }
        connected false null
        error event ERR_IPC_DISCONNECTED IPC channel is already disconnected
        late send returns false
        disconnect
        late callback ERR_IPC_CHANNEL_CLOSED Channel closed
        error event ERR_IPC_CHANNEL_CLOSED Channel closed
        child: parent disconnected
        exit 0
        """);
  }

  @Test
  void theChannelClosesBeforeTheExitWhenTheChildEndsCrashesOrDisconnects() throws Exception {
    Files.writeString(dir.resolve("parent.js"), """
        const { fork } = require('child_process');
        const modes = ['ends', 'crashes', 'disconnects', 'stays', 'unrefs'];
        function next() {
          const mode = modes.shift();
          if (mode === undefined) return;
          const child = fork('child.js', [mode], { silent: true });
          let err = '';
          child.stderr.on('data', (d) => { err += d; });
          child.on('message', (m) => {
            console.log(mode, 'got', m);
            if (mode === 'stays') setTimeout(() => { console.log(mode, 'still connected', child.connected, child.exitCode); child.disconnect(); }, 300);
          });
          child.on('disconnect', () => console.log(mode, 'disconnect', child.exitCode));
          child.on('exit', (code, signal) => {
            console.log(mode, 'exit', code, signal, err.includes('Error: boom') ? 'stderr has the error' : JSON.stringify(err));
            next();
          });
        }
        next();
        """);
    Files.writeString(dir.resolve("child.js"), """
        const mode = process.argv[2];
        process.send(mode);
        if (mode === 'crashes') setTimeout(() => { throw new Error('boom'); }, 10);
        if (mode === 'disconnects') { process.disconnect(); setTimeout(() => process.exit(4), 300); }
        if (mode === 'stays') process.on('message', () => {});
        if (mode === 'unrefs') { process.on('message', () => {}); process.channel.unref(); }
        """);
    Cortado.Run run = Cortado.run(dir, null, direct(), "--allow-run", "parent.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("""
        ends got ends
        ends disconnect null
        ends exit 0 null ""
        crashes got crashes
        crashes disconnect null
        crashes exit 1 null stderr has the error
        disconnects got disconnects
        disconnects disconnect null
        disconnects exit 4 null ""
        stays got stays
        stays still connected true null
        stays disconnect null
        stays exit 0 null ""
        unrefs got unrefs
        unrefs disconnect null
        unrefs exit 0 null ""
        """);
  }

  /** The child has the parent's permission flags: no more (and fork itself needs --allow-run). */
  @Test
  void theChildHasItsParentsPermissions() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    Files.writeString(dir.resolve("parent.js"), """
        const { fork } = require('child_process');
        const child = fork('child.js');
        child.on('message', (m) => console.log('child says', m));
        """);
    Files.writeString(dir.resolve("child.js"), """
        const fs = require('fs');
        const tries = { read: () => fs.readFileSync('secret.txt', 'utf8'), env: () => process.env.GREETING, write: () => fs.writeFileSync('other.txt', 'x') };
        const said = {};
        for (const [k, f] of Object.entries(tries)) { try { said[k] = f(); } catch (e) { said[k] = e.name; } }
        process.send(said);
        """);
    Map<String, String> env = Map.of("CORTADO_DAEMON", "off", "GREETING", "hi");
    Cortado.Run noRun = Cortado.run(dir, null, env, "parent.js");
    assertThat(noRun.stderr()).contains("NotCapable: Requires run access to \"" + Cortado.launcher() + "\"");
    assertThat(noRun.exitCode()).isEqualTo(1);

    Cortado.Run some = Cortado.run(dir, null, env, "--allow-run", "--allow-env", "--allow-read=" + dir, "parent.js");
    assertThat(some.stderr()).isEmpty();
    assertThat(some.stdout()).isEqualTo("child says { read: 'secret', env: 'hi', write: 'NotCapable' }\n");
  }

  /** Parent and child both run in the warm daemon: the channel's socket is the same. */
  @Test
  void worksThroughTheDaemon(@TempDir Path runtimeDir) throws Exception {
    Files.writeString(dir.resolve("pingpong.js"), PING_PONG);
    Map<String, String> env = new HashMap<>();
    env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
    env.put("CORTADO_DAEMON", "on");
    env.put("CORTADO_DAEMON_IDLE", "60");
    try {
      Cortado.Run run = Cortado.run(dir, null, env, "--allow-run", "pingpong.js");
      assertThat(run.stderr()).isEmpty();
      assertThat(run.stdout()).isEqualTo("send true\nwritten null\n1000 in order 7 kinds\ndisconnect false\nexit 0 null\nclose 0\n");
    } finally {
      Cortado.run(dir, null, env, "--daemon-stop");
    }
  }

  /** The channel is the forked program's own: not in process.env, not its workers'. */
  @Test
  void theChannelIsTheProgramsOwn() throws Exception {
    Files.writeString(dir.resolve("own.js"), """
        const { fork } = require('child_process');
        if (process.argv[2] === 'child') {
          const { Worker } = require('worker_threads');
          const w = new Worker("console.log('worker send', typeof process.send); require('worker_threads').parentPort.postMessage('x')", { eval: true });
          w.on('message', () => process.send({ env: process.env.CORTADO_IPC, keys: Object.keys(process.env).filter((k) => k.includes('IPC')) }));
        } else {
          const child = fork(__filename, ['child']);
          child.on('message', (m) => console.log('parent got', m));
          child.on('exit', (c) => console.log('exit', c));
        }
        """);
    Cortado.Run run = Cortado.run(dir, null, direct(), "-A", "own.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("worker send undefined\nparent got { keys: [] }\nexit 0\n");
  }

  /** spawn with 'ipc' in stdio, a megabyte message each way, and a child killed while connected. */
  @Test
  void spawnWithIpcBigMessagesAndKill() throws Exception {
    Files.writeString(dir.resolve("parent.js"), """
        const { spawn } = require('child_process');
        const child = spawn(process.execPath, ['child.js'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
        console.log('stdio', child.stdio.length, child.connected);
        child.send('x'.repeat(1 << 20));
        child.on('message', (m) => {
          console.log('parent got', m.length, m === 'y'.repeat(1 << 20));
          console.log('killed', child.kill());
        });
        child.on('disconnect', () => console.log('disconnect'));
        child.on('exit', (code, signal) => console.log('exit', code, signal));
        """);
    Files.writeString(dir.resolve("child.js"), """
        process.on('message', (m) => { console.log('child got', m.length); process.send('y'.repeat(m.length)); });
        """);
    Cortado.Run run = Cortado.run(dir, null, direct(), "--allow-run", "parent.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("stdio 4 true\nchild got 1048576\nparent got 1048576 true\nkilled true\n"
        + "disconnect\nexit null SIGTERM\n");
  }

  /** execArgv (--no-daemon: the client starts its own JVM), cwd, env and args reach the child. */
  @Test
  void optionsReachTheChild() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("opts.js"), """
        const { fork } = require('child_process');
        if (process.argv[2] === 'child') {
          process.send({ cwd: process.cwd().endsWith('/sub'), only: process.env.ONLY, argv: process.argv.slice(2),
            execPath: process.execPath === process.env.PARENT_EXEC, path: process.argv[1] === process.env.SCRIPT });
        } else {
          const child = fork(__filename, ['child', 'x'], { execArgv: ['--no-daemon'], cwd: __dirname + '/sub',
            env: { ONLY: 'this', PARENT_EXEC: process.execPath, SCRIPT: __filename } });
          child.on('message', (m) => console.log('got', JSON.stringify(m)));
          child.on('exit', (c) => console.log('exit', c));
        }
        """);
    Cortado.Run run = Cortado.run(dir, null, Map.of("CORTADO_DAEMON", "on", "XDG_RUNTIME_DIR", dir.toString()),
        "--no-daemon", "-A", "opts.js");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo(
        "got {\"cwd\":true,\"only\":\"this\",\"argv\":[\"child\",\"x\"],\"execPath\":true,\"path\":true}\nexit 0\n");
  }
}
