const fse = require('fs-extra');
const path = require('path');
const os = require('os');
(async () => {
  const dir = await fse.mkdtemp(path.join(os.tmpdir(), 'fse-'));
  await fse.outputJson(path.join(dir, 'deep/a/b.json'), { ok: 1 });
  console.log(await fse.readJson(path.join(dir, 'deep/a/b.json')), await fse.pathExists(path.join(dir, 'deep')));
  await fse.copy(path.join(dir, 'deep'), path.join(dir, 'copy'));
  console.log((await fse.readdir(path.join(dir, 'copy/a'))), fse.existsSync(path.join(dir, 'copy/a/b.json')));
  await fse.remove(dir);
  console.log(await fse.pathExists(dir));
})();
