package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code node:fs} and {@code node:fs/promises} on real files in a temporary directory: the sync,
 * callback and promise forms, Stats, Dirent, descriptors and FileHandle, and Node's errors
 * (ENOENT, EEXIST, EISDIR, ENOTDIR, ENOTEMPTY, EBADF...), compared with what Node 20 prints for
 * the same script; permissions checked before anything happens; EACCES from the file system.
 */
class FsTest {
  @Test
  void apiMatchesNode() {
    NodeTable.assertMatchesNode("fs-api.js", "fs-api.node.txt");
  }

  /** fs.cp in its three forms: recursion, force, errorOnExist, links, Node's SystemErrors. */
  @Test
  void cpMatchesNode() {
    NodeTable.assertMatchesNode("fs-cp.js", "fs-cp.node.txt");
  }

  /** fs.read / fs.write / FileHandle.read around the 64 KiB pooled buffers, and on closed descriptors. */
  @Test
  void chunkedReadsAndWritesMatchNode() {
    NodeTable.assertMatchesNode("fs-chunks.js", "fs-chunks.node.txt");
  }

  /** opendir (sync, callback, promise, async iteration, ERR_DIR_CLOSED); util.parseEnv and util.aborted. */
  @Test
  void opendirMatchesNode() {
    NodeTable.assertMatchesNode("fs-opendir-util-env.js", "fs-opendir-util-env.node.txt");
  }

  /**
   * readdir with recursive (sync, callback, promise; names and Dirents): Node 20's orders, links
   * to directories followed only for names, parentPath and path, the errors.
   */
  @Test
  void recursiveReaddirMatchesNode() {
    NodeTable.assertMatchesNode("fs-readdir-recursive.js", "fs-readdir-recursive.node.txt");
  }

  @Test
  void esmNamedExports() {
    JsRun.Result r = JsRun.project(Map.of("main.mjs", """
        import { writeFileSync, readFileSync, existsSync } from 'node:fs';
        import fs from 'fs';
        import { readFile, rm } from 'fs/promises';
        import * as fsp from 'node:fs/promises';
        writeFileSync('x.txt', 'data');
        console.log(readFileSync('x.txt', 'utf8'), await readFile('x.txt', 'utf8'), existsSync('x.txt'),
          fs.promises === fsp.default, typeof fsp.open);
        await rm('x.txt');
        console.log(existsSync('x.txt'));
        """), "main.mjs");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("data data true true function\nfalse\n");
  }

  /** Without permission nothing happens: NotCapable names the absolute path, sync or async. */
  @Test
  void permissionsAreCheckedFirst(@TempDir Path dir) throws IOException {
    assumeFalse("node".equals(System.getProperty("jsrun.oracle")), "Node has no permissions");
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, "secret");
    Permissions readOnly = Permissions.none()
        .with("read", Permissions.Grant.NONE.allow(List.of(dir.toString())));
    JsRun.Result r = JsRun.js(readOnly, """
        const fs = require('fs');
        const file = %s;
        console.log(fs.readFileSync(file, 'utf8'));
        for (const f of [() => fs.writeFileSync(file, 'x'), () => fs.unlinkSync(file), () => fs.readFileSync('/etc/hostname'),
          () => fs.mkdirSync(file + '.d'), () => fs.openSync(file, 'a'), () => fs.readdir('/', () => {})]) {
          try { f(); console.log('allowed?'); } catch (e) { console.log(e.name, e.message); }
        }
        fs.promises.writeFile(file, 'x').catch((e) => console.log('async', e.name, e.message))
          .then(() => console.log(fs.readFileSync(file, 'utf8')));
        """.formatted("'" + file + "'"));
    assertThat(r.stderr()).isEmpty();
    String denied = "NotCapable Requires write access to \"" + file;
    assertThat(r.stdout()).isEqualTo("secret\n"
        + denied + "\", run again with the --allow-write flag\n"
        + denied + "\", run again with the --allow-write flag\n"
        + "NotCapable Requires read access to \"/etc/hostname\", run again with the --allow-read flag\n"
        + denied + ".d\", run again with the --allow-write flag\n"
        + denied + "\", run again with the --allow-write flag\n"
        + "NotCapable Requires read access to \"/\", run again with the --allow-read flag\n"
        + "async " + denied + "\", run again with the --allow-write flag\n"
        + "secret\n");
    assertThat(Files.readString(file)).isEqualTo("secret");
  }

  /** A file the user may not read (chmod 000): EACCES. Root reads anything, so not as root. */
  @Test
  void permissionDeniedByTheFileSystem(@TempDir Path dir) throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root is never denied by chmod");
    Path file = dir.resolve("locked.txt");
    Files.writeString(file, "x");
    JsRun.Result r = JsRun.js("""
        const fs = require('fs');
        const file = %s;
        fs.chmodSync(file, 0);
        try { fs.readFileSync(file); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message === `EACCES: permission denied, open '${file}'`); }
        fs.promises.readFile(file).catch((e) => { console.log(e.code); fs.chmodSync(file, 0o644); });
        """.formatted("'" + file + "'"));
    assertThat(r.stdout()).isEqualTo("EACCES -13 open true\nEACCES\n");
  }

  /** fs.watch on a directory and on one file; close() ends it; persistent: false lets the program end. */
  @Test
  void watch() {
    JsRun.Result r = JsRun.js("""
        const fs = require('fs');
        const path = require('path');
        const dir = fs.mkdtempSync('/tmp/watch-');
        const file = path.join(dir, 'a.txt');
        fs.writeFileSync(path.join(dir, 'other.txt'), '');
        const events = [];
        const fileEvents = [];
        const w = fs.watch(dir, (type, name) => events.push(`${type}:${name}`));
        setTimeout(() => fs.writeFileSync(file, 'x'), 100);
        setTimeout(() => {
          fs.watch(file).on('change', (type, name) => fileEvents.push(`${type}:${name}`));
          fs.appendFileSync(file, 'y');
          fs.appendFileSync(path.join(dir, 'other.txt'), 'z');
        }, 400);
        setTimeout(() => fs.unlinkSync(file), 700);
        fs.watch(dir, { persistent: false });
        setTimeout(() => {
          w.close();
          w.on('close', () => {
            const seen = [...new Set(events)];
            console.log(seen.includes('rename:a.txt'), seen.includes('change:a.txt'), seen.includes('change:other.txt'));
            console.log([...new Set(fileEvents)].every((e) => e.endsWith(':a.txt')), fileEvents.length > 0);
            fs.rmSync(dir, { recursive: true });
            try { fs.watch(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, '<dir>')); }
            process.exit(0);
          });
        }, 3000);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("true true true\ntrue true\nENOENT watch ENOENT: no such file or directory, watch '<dir>/nope'\n");
  }

  /** fs/promises watch: an async iterator of changes, ended by its signal with an AbortError. */
  @Test
  void promisesWatch() {
    JsRun.Result r = JsRun.js("""
        const fs = require('fs');
        const dir = fs.mkdtempSync('/tmp/pw-');
        const ac = new AbortController();
        setTimeout(() => fs.writeFileSync(dir + '/f.txt', 'x'), 100);
        setTimeout(() => ac.abort(), 2500);
        (async () => {
          const seen = new Set();
          try {
            for await (const { eventType, filename } of fs.promises.watch(dir, { signal: ac.signal })) seen.add(`${eventType}:${filename}`);
          } catch (e) {
            console.log(e.name, e.code, seen.has('rename:f.txt'));
          }
          fs.rmSync(dir, { recursive: true });
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("AbortError ABORT_ERR true\n");
  }
}
