package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permissions on the command line, as in Deno: nothing is allowed by default, {@code --allow-*}
 * grants all or some of a kind, {@code --deny-*} wins, and a denied operation throws
 * {@code NotCapable} naming the flag that would allow it.
 */
class PermissionsIT {
  private static final Map<String, String> ENV = Map.of("GREETING", "hello", "OTHER", "x");

  @TempDir
  Path dir;

  private static final String READ = """
      for (const name of ['GREETING', 'OTHER']) {
        try { console.log(name, process.env[name]); }
        catch (e) { console.log(name, e.name, e.message); }
      }
      try { console.log('keys', Object.keys(process.env).includes('GREETING')); }
      catch (e) { console.log('keys', e.name, e.message); }
      """;

  @Test
  void environmentVariablesNeedAllowEnv() throws Exception {
    Cortado.Run none = Cortado.run(dir, null, ENV, "-e", READ);
    assertThat(none.stdout()).isEqualTo("""
        GREETING NotCapable Requires env access to "GREETING", run again with the --allow-env flag
        OTHER NotCapable Requires env access to "OTHER", run again with the --allow-env flag
        keys NotCapable Requires env access, run again with the --allow-env flag
        """);

    Cortado.Run some = Cortado.run(dir, null, ENV, "--allow-env=GREETING", "-e", READ);
    assertThat(some.stdout()).isEqualTo("""
        GREETING hello
        OTHER NotCapable Requires env access to "OTHER", run again with the --allow-env flag
        keys NotCapable Requires env access, run again with the --allow-env flag
        """);

    Cortado.Run all = Cortado.run(dir, null, ENV, "--allow-env", "-e", READ);
    assertThat(all.stdout()).isEqualTo("GREETING hello\nOTHER x\nkeys true\n");

    Cortado.Run denied = Cortado.run(dir, null, ENV, "-A", "--deny-env=OTHER", "-e", READ);
    assertThat(denied.stdout()).isEqualTo("""
        GREETING hello
        OTHER NotCapable Requires env access to "OTHER", run again with the --allow-env flag
        keys NotCapable Requires env access, run again with the --allow-env flag
        """);
  }

  @Test
  void anUncaughtDenialExitsWithItsMessage() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "-e", "console.log('before'); process.env.GREETING");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).isEqualTo("before\n");
    assertThat(run.stderr()).contains("NotCapable: Requires env access to \"GREETING\", run again with the --allow-env flag")
        .contains("at [eval]:1"); // the user's frame, as for any error
  }

  @Test
  void theProgramsOwnModulesNeedNoPermission() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("lib.js"), "module.exports = 'from lib';\n");
    java.nio.file.Files.writeString(dir.resolve("main.mjs"), "import lib from './lib.js'; console.log(lib);\n");
    Cortado.Run run = Cortado.run(dir, null, ENV, "main.mjs");
    assertThat(run).isEqualTo(new Cortado.Run(0, "from lib\n", ""));
  }
}
