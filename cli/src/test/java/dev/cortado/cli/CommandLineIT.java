package dev.cortado.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cortado} command as a user runs it: scripts, -e/-p, stdin, options and exit codes.
 * Each run starts a JVM, so each test checks as much as one run shows.
 */
class CommandLineIT {
  private static final Map<String, String> ENV = Map.of();

  @TempDir
  Path dir;

  @Test
  void runsAFileWithItsArgumentsAfterTheFileName() throws Exception {
    Files.writeString(dir.resolve("args.js"), "console.log(JSON.stringify(process.argv.slice(1)))\n");
    // options after the file name belong to the script; "--" before it ends cortado's options
    Cortado.Run run = Cortado.run(dir, null, ENV, "--", "args.js", "one", "-e", "--two", "--");

    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("[\"" + dir.toRealPath().resolve("args.js")
        + "\",\"one\",\"-e\",\"--two\",\"--\"]\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void findsTheScriptWithoutItsExtension() throws Exception {
    Files.writeString(dir.resolve("app.js"), "console.log('app', process.argv.length)\n");

    Cortado.Run run = Cortado.run(dir, null, ENV, "app", "x");

    assertThat(run.stdout()).isEqualTo("app 3\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void evalRunsCodeWithTheRestAsArguments() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV,
        "-e", "console.log(process.argv.slice(1).join('|'), typeof require, __filename)", "a", "-b");

    assertThat(run.stdout()).isEqualTo("a|-b function [eval]\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void printShowsAStringRaw() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "-p", "'a' + 'b'");

    assertThat(run.stdout()).isEqualTo("ab\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void printShowsANumber() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "-pe", "6 * 7");

    assertThat(run.stdout()).isEqualTo("42\n");
  }

  @Test
  void printInspectsAnObject() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "--print", "({ a: 1, b: [1, 'x'], c: undefined })");

    assertThat(run.stdout()).isEqualTo("{ a: 1, b: [ 1, 'x' ], c: undefined }\n");
  }

  @Test
  void dashRunsStdinAsTheScript() throws Exception {
    Cortado.Run run = Cortado.run(dir, "console.log(process.argv.slice(1).join('|'), __filename)\n",
        ENV, "-", "x", "--y");

    assertThat(run.stdout()).isEqualTo("-|x|--y [stdin]\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void withoutArgumentsAndWithoutATerminalRunsStdin() throws Exception {
    Cortado.Run run = Cortado.run(dir,
        "setTimeout(() => console.log('later', process.argv.length), 5); console.log('now')\n", ENV);

    assertThat(run.stdout()).isEqualTo("now\nlater 1\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void readlineAsksAndReadsLinesFromStdin() throws Exception {
    Files.writeString(dir.resolve("ask.js"), """
        const readline = require('node:readline');
        const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
        rl.question('Name? ', (name) => {
          let sum = 0;
          rl.on('line', (line) => { sum += Number(line); });
          rl.on('close', () => console.log(`\\nHello ${name}, the sum is ${sum}`));
        });
        """);
    Cortado.Run run = Cortado.run(dir, "Ada\n1\n2\r\n39", ENV, "ask.js");

    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("Name? \nHello Ada, the sum is 42\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void readFileOfDescriptor0OrDevStdinReadsTheScriptsStdin() throws Exception {
    // In the daemon, the script's stdin is the client's: the daemon's own fd 0 is /dev/null.
    Files.writeString(dir.resolve("stdin.js"), """
        const fs = require('node:fs');
        if (process.argv[2] === 'sync') console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
        if (process.argv[2] === 'path') console.log(fs.readFileSync('/dev/stdin').length);
        if (process.argv[2] === 'async') fs.promises.readFile('/dev/stdin', 'utf8').then((t) => console.log(JSON.stringify(t)));
        """);
    for (String[] mode : new String[][] {{"sync", "\"héllo\\nworld\"\n"}, {"path", "12\n"}, {"async", "\"héllo\\nworld\"\n"}}) {
      Cortado.Run run = Cortado.run(dir, "héllo\nworld", ENV, "stdin.js", mode[0]);
      assertThat(run.stderr()).as(mode[0]).isEmpty();
      assertThat(run.stdout()).as(mode[0]).isEqualTo(mode[1]);
    }
  }

  @Test
  void writeFileOfDescriptors1And2OrDevStdoutWritesTheScriptsOutput() throws Exception {
    // In the daemon, the daemon's own fd 1 and 2 are its log: the script's are the client's.
    Files.writeString(dir.resolve("out.js"), """
        const fs = require('node:fs');
        fs.writeFileSync(1, 'fd 1\\n');
        fs.writeFileSync('/dev/stdout', 'dev stdout\\n');
        fs.appendFileSync('/dev/stderr', 'dev stderr\\n');
        fs.writeFile('/dev/stdout', 'callback\\n', (error) => {
          fs.promises.writeFile(2, 'promise\\n').then(() => console.log('done', error));
        });
        """);
    Cortado.Run run = Cortado.run(dir, null, ENV, "out.js");
    assertThat(run.stdout()).isEqualTo("fd 1\ndev stdout\ncallback\ndone null\n");
    assertThat(run.stderr()).isEqualTo("dev stderr\npromise\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aChildWithInheritedStdinReadsTheScriptsStdin() throws Exception {
    // In the daemon the JVM's stdin is /dev/null: the client's input is copied to the child.
    Files.writeString(dir.resolve("child.js"), """
        const { spawn, spawnSync } = require('node:child_process');
        if (process.argv[2] === 'sync') spawnSync('cat', { stdio: 'inherit' });
        else spawn('cat', { stdio: 'inherit' }).on('close', (code) => console.log('closed', code));
        """);
    Cortado.Run sync = Cortado.run(dir, "to the sync child\n", ENV, "--allow-run", "child.js", "sync");
    assertThat(sync.stdout()).isEqualTo("to the sync child\n");
    Cortado.Run async = Cortado.run(dir, "to the child\n", ENV, "--allow-run", "child.js");
    assertThat(async.stdout()).isEqualTo("to the child\nclosed 0\n");
    assertThat(async.stderr()).isEmpty();
  }

  @Test
  void versionAndHelp() throws Exception {
    Cortado.Run version = Cortado.run(dir, null, ENV, "--version");
    assertThat(version.stdout()).matches("v\\d+\\.\\d+\\.\\d+\n");
    assertThat(version.exitCode()).isZero();

    Cortado.Run help = Cortado.run(dir, null, ENV, "-h");
    assertThat(help.stdout()).startsWith("Usage: cortado [options]")
        .contains("-e, --eval").contains("-p, --print").contains("--version");
    assertThat(help.exitCode()).isZero();
  }

  @Test
  void aMissingScriptIsOneLineAndExitCode1() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "nope.js", "arg");

    assertThat(run.stderr()).isEqualTo("cortado: Error [MODULE_NOT_FOUND]: Cannot find module '"
        + dir.toRealPath().resolve("nope.js") + "'\n");
    assertNoJavaTrace(run);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aBadOptionIsExitCode9() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV, "--no-such-option", "x.js");

    assertThat(run.stderr()).isEqualTo("cortado: bad option: --no-such-option\n");
    assertThat(run.exitCode()).isEqualTo(9);

    Cortado.Run missing = Cortado.run(dir, null, ENV, "-e");
    assertThat(missing.stderr()).isEqualTo("cortado: -e requires an argument\n");
    assertThat(missing.exitCode()).isEqualTo(9);
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLine() throws Exception {
    Files.writeString(dir.resolve("broken.js"), "const ok = 1;\nlet = = 2;\n");

    Cortado.Run run = Cortado.run(dir, null, ENV, "broken.js");

    assertThat(run.stderr()).contains("broken.js:2").contains("SyntaxError");
    assertNoJavaTrace(run);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void anUncaughtErrorIsExitCode1WithItsStack() throws Exception {
    Files.writeString(dir.resolve("throws.js"),
        "console.log('before');\nfunction fail() { throw new TypeError('kaput'); }\nfail();\n");

    Cortado.Run run = Cortado.run(dir, null, ENV, "throws.js");

    assertThat(run.stdout()).isEqualTo("before\n");
    assertThat(run.stderr()).contains("TypeError: kaput").contains("throws.js:2");
    assertNoJavaTrace(run);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void processExitSetsTheExitCode() throws Exception {
    Cortado.Run run = Cortado.run(dir, null, ENV,
        "-e", "process.on('exit', (c) => console.log('exit', c)); setTimeout(() => process.exit(3), 1)");

    assertThat(run.stdout()).isEqualTo("exit 3\n");
    assertThat(run.exitCode()).isEqualTo(3);
  }

  private static void assertNoJavaTrace(Cortado.Run run) {
    assertThat(run.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
