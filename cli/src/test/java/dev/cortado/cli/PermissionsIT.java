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

  @Test
  void moduleFilesOutsideTheProgramAreReadsThatNeedAllowRead() throws Exception {
    java.nio.file.Path project = dir.resolve("project");
    java.nio.file.Path outside = dir.resolve("elsewhere");
    java.nio.file.Files.createDirectories(project.resolve("src"));
    java.nio.file.Files.createDirectories(outside);
    java.nio.file.Files.writeString(project.resolve("package.json"), "{}");
    java.nio.file.Files.writeString(project.resolve("shared.js"), "module.exports = 'shared';\n");
    java.nio.file.Files.writeString(outside.resolve("secret.json"), "{\"token\": \"s3cret\"}\n");
    java.nio.file.Files.writeString(outside.resolve("secret.mjs"), "export default 's3cret';\n");
    String secret = outside.resolve("secret.json").toString();
    java.nio.file.Files.writeString(project.resolve("src/main.js"), """
        console.log(require('../shared.js'));
        try { console.log(require('%s')); } catch (e) { console.log(e.name, e.message); }
        import('%s').then((m) => console.log(m.default), (e) => console.log(e.name, e.message));
        """.formatted(secret, outside.resolve("secret.mjs")));
    Cortado.Run denied = Cortado.run(project, null, ENV, "src/main.js");
    assertThat(denied.stdout()).isEqualTo("shared\n"
        + "NotCapable Requires read access to \"" + secret + "\", run again with the --allow-read flag\n"
        + "NotCapable Requires read access to \"" + outside.resolve("secret.mjs") + "\", run again with the --allow-read flag\n");
    assertThat(denied.stdout()).doesNotContain("s3cret");
    Cortado.Run allowed = Cortado.run(project, null, ENV, "--allow-read=" + outside, "src/main.js");
    assertThat(allowed.stdout()).isEqualTo("shared\n{ token: 's3cret' }\ns3cret\n");
  }
}
