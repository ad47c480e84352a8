package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code node:os}: every function against this machine's /proc and what Node 20 prints for the
 * same script; the {@code sys} permission where Deno asks for it.
 */
class OsTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("os-api.js", "os-api.node.txt");
  }

  @Test
  void systemFactsNeedTheSysPermission() {
    assumeFalse("node".equals(System.getProperty("jsrun.oracle")), "Node has no permissions");
    Permissions hostnameOnly = Permissions.none()
        .with("sys", Permissions.Grant.NONE.allow(List.of("hostname")));
    JsRun.Result r = JsRun.js(hostnameOnly, """
        const os = require('os');
        console.log(os.platform(), os.arch(), os.EOL === '\\n', os.tmpdir(), typeof os.hostname());
        for (const f of ['cpus', 'totalmem', 'freemem', 'uptime', 'loadavg', 'networkInterfaces', 'userInfo', 'release', 'homedir']) {
          try { os[f](); console.log('allowed?', f); } catch (e) { console.log(e.name, e.message); }
        }
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        linux x64 true /tmp string
        NotCapable Requires sys access to "cpus", run again with the --allow-sys flag
        NotCapable Requires sys access to "systemMemoryInfo", run again with the --allow-sys flag
        NotCapable Requires sys access to "systemMemoryInfo", run again with the --allow-sys flag
        NotCapable Requires sys access to "osUptime", run again with the --allow-sys flag
        NotCapable Requires sys access to "loadavg", run again with the --allow-sys flag
        NotCapable Requires sys access to "networkInterfaces", run again with the --allow-sys flag
        NotCapable Requires sys access to "userInfo", run again with the --allow-sys flag
        NotCapable Requires sys access to "osRelease", run again with the --allow-sys flag
        NotCapable Requires sys access to "homedir", run again with the --allow-sys flag
        """);
  }
}
