// fs.readdir / readdirSync / fs.promises.readdir with { recursive: true }: Node 20's order (the sync
// and callback forms breadth first, fs/promises depth first from the last directory), symbolic links
// to directories followed for names but not for Dirents, parentPath/path, and the errors.
const fs = require('fs');
fs.rmSync('rdr', { recursive: true, force: true });
fs.mkdirSync('rdr/top/b/c/deep', { recursive: true });
fs.mkdirSync('rdr/top/a');
fs.mkdirSync('rdr/top/empty');
for (const f of ['z.txt', 'B.md', 'b/one', 'b/c/two', 'b/c/deep/three', 'a/four']) fs.writeFileSync(`rdr/top/${f}`, f);
fs.symlinkSync('b', 'rdr/top/link-to-dir');
fs.symlinkSync('z.txt', 'rdr/top/link-to-file');
fs.symlinkSync('nowhere', 'rdr/top/dangling');
fs.writeFileSync('rdr/file.txt', 'x');
const show = (list) => list.map((e) => (typeof e === 'string' ? e
  : `${e.name} parent=${e.parentPath} path=${e.path} ${e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'link' : 'file'}`));
console.log('sync', show(fs.readdirSync('rdr/top', { recursive: true })));
console.log('sync types', show(fs.readdirSync('rdr/top', { recursive: true, withFileTypes: true })));
console.log('sync trailing slash', show(fs.readdirSync('rdr/top/b/', { recursive: true, withFileTypes: true })));
console.log('not recursive', fs.readdirSync('rdr/top', { recursive: false }));
for (const bad of ['rdr/missing', 'rdr/file.txt']) {
  try { fs.readdirSync(bad, { recursive: true }); } catch (e) { console.log('sync error', e.code, e.syscall, e.message); }
}
fs.readdir('rdr/top', { recursive: true }, (error, list) => {
  console.log('callback', error, show(list));
  fs.readdir('rdr/top', { recursive: true, withFileTypes: true }, (error2, list2) => {
    console.log('callback types', error2, show(list2));
    promises(); // (Node 20's callback form throws a missing directory's error instead of passing it)
  });
});
async function promises() {
  console.log('promises', show(await fs.promises.readdir('rdr/top', { recursive: true })));
  console.log('promises types', show(await fs.promises.readdir('rdr/top', { recursive: true, withFileTypes: true })));
  try { await fs.promises.readdir('rdr/file.txt', { recursive: true }); } catch (e) { console.log('promises error', e.code, e.message); }
  fs.rmSync('rdr', { recursive: true });
}
