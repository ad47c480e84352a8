package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code node:child_process} with real processes: spawn (pipes, stdin, shell, cwd, env, signals,
 * a start that fails, event order, the environment), exec/execFile and their promisified forms, the sync forms (input, timeout,
 * failures), compared with what Node 20 prints for the same script; the {@code run} permission.
 */
class ChildProcessTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("child-process-api.js", "child-process-api.node.txt");
  }

  @Test
  void stdioAreStreamsAsInNode() {
    NodeTable.assertMatchesNode("child-process-streams.js", "child-process-streams.node.txt");
  }

  /**
   * The start happens off the loop thread: 'spawn', output, 'exit', 'close' keep Node's order (24
   * children at once too), pid is a number whether read at once or after 'spawn', kill() and
   * stdin work before 'spawn', a start that fails gives Node's events and a destroyed stdin, and
   * a child gets process.env as the script changed it.
   */
  @Test
  void startAndEventOrderAsInNode() {
    NodeTable.assertMatchesNode("child-process-start.js", "child-process-start.node.txt");
  }

  /** util.inspect (and so console.log) of a child shows it, host handle and all, as Node does. */
  @Test
  void aChildCanBeInspectedBeforeAndAfterItExits() {
    JsRun.Result r = JsRun.js(Permissions.all(), """
        const { spawn } = require('child_process');
        const util = require('util');
        const child = spawn('true');
        const show = (when) => {
          const text = util.inspect(child, { depth: 2 });
          console.log(when, text.split('\\n')[0].endsWith('ChildProcess {'), text.includes("spawnfile: 'true'"),
            /exitCode: (null|0)/.exec(text)[0]);
        };
        show('at once');
        child.on('exit', () => show('on exit'));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        at once true true exitCode: null
        on exit true true exitCode: 0
        """);
  }

  @Test
  void processKillAsInNode() {
    NodeTable.assertMatchesNode("process-kill.js", "process-kill.node.txt");
  }

  @Test
  void runPermissionNamesTheProgram() {
    assumeFalse("node".equals(System.getProperty("jsrun.oracle")), "Node has no permissions");
    Permissions echoOnly = Permissions.none().with("run", Permissions.Grant.NONE.allow(List.of("echo")));
    JsRun.Result r = JsRun.js(echoOnly, """
        const cp = require('child_process');
        for (const f of [() => cp.spawn('sleep', ['1']), () => cp.exec('echo hi'), () => cp.execSync('true'), () => cp.spawnSync('ls'),
          () => process.kill(process.pid, 0)]) {
          try { f(); console.log('allowed?'); } catch (e) { console.log(e.name, e.message); }
        }
        const child = cp.spawn('echo', ['allowed']);
        child.stdout.on('data', (d) => process.stdout.write(d));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        NotCapable Requires run access to "sleep", run again with the --allow-run flag
        NotCapable Requires run access to "/bin/sh", run again with the --allow-run flag
        NotCapable Requires run access to "/bin/sh", run again with the --allow-run flag
        NotCapable Requires run access to "ls", run again with the --allow-run flag
        NotCapable Requires run access, run again with the --allow-run flag
        allowed
        """);
  }

  /** A running child keeps the loop alive; unref() of one without pipes lets the program end. */
  @Test
  void childKeepsTheLoopAliveUnlessUnref() {
    JsRun.Result r = JsRun.js("""
        const cp = require('child_process');
        const started = Date.now();
        const kept = cp.spawn('sleep', ['0.3']);
        kept.on('exit', (code) => {
          console.log('exit', code, Date.now() - started >= 250);
          const loose = cp.spawn('sleep', ['60'], { stdio: 'ignore' });
          loose.unref();
          process.on('exit', () => { console.log('ended without waiting', Date.now() - started < 30000); loose.kill('SIGKILL'); });
        });
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("exit 0 true\nended without waiting true\n");
  }
}
