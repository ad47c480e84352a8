const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = { tmpdir: () => '/tmp' };
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fst-'));
const rel = (s) => String(s).split(root).join('<root>');
const show = (e) => console.log('ERR', e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.dest), '|', rel(e.message));
const t = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? rel(r) : r); } catch (e) { show(e); } };
const f = path.join(root, 'a.txt');
t('write', () => fs.writeFileSync(f, 'héllo'));
t('read', () => fs.readFileSync(f, 'utf8'));
t('readbuf', () => fs.readFileSync(f));
t('append', () => fs.appendFileSync(f, Buffer.from(' wörld')));
t('read2', () => fs.readFileSync(f, { encoding: 'latin1' }));
t('readhex', () => fs.readFileSync(f, 'hex'));
t('exists', () => [fs.existsSync(f), fs.existsSync(f + 'x'), fs.existsSync()]);
const st = fs.statSync(f);
console.log('stat', st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st.mode & 0o777, st.mtime instanceof Date, st.mtimeMs > 0, Object.keys(st).join(','), st.constructor.name, Math.abs(st.mtimeMs - Date.now()) < 60000);
t('mkdir', () => fs.mkdirSync(path.join(root, 'd')));
t('mkdirp', () => fs.mkdirSync(path.join(root, 'd', 'e', 'f'), { recursive: true }));
t('mkdirp again', () => fs.mkdirSync(path.join(root, 'd', 'e', 'f'), { recursive: true }));
t('writeFile in d', () => fs.writeFileSync(path.join(root, 'd', 'z.bin'), new Uint8Array([1, 2, 3])));
t('symlink', () => fs.symlinkSync(f, path.join(root, 'link')));
t('readlink', () => fs.readlinkSync(path.join(root, 'link')));
t('lstat', () => fs.lstatSync(path.join(root, 'link')).isSymbolicLink());
t('stat link', () => fs.statSync(path.join(root, 'link')).isFile());
t('realpath', () => fs.realpathSync(path.join(root, 'd', '..', 'link')) === fs.realpathSync(f));
t('readdir', () => fs.readdirSync(root));
t('readdir types', () => fs.readdirSync(root, { withFileTypes: true }).map((d) => `${d.name}:${d.isFile()}${d.isDirectory()}${d.isSymbolicLink()}:${rel(d.path)}`));
t('readdir recursive', () => fs.readdirSync(root, { recursive: true }).sort());
t('dirent', () => rel(require('util').inspect(fs.readdirSync(root, { withFileTypes: true })[0])));
t('copy', () => fs.copyFileSync(f, path.join(root, 'b.txt')));
t('copy excl', () => fs.copyFileSync(f, path.join(root, 'b.txt'), fs.constants.COPYFILE_EXCL));
t('rename', () => fs.renameSync(path.join(root, 'b.txt'), path.join(root, 'c.txt')));
t('access', () => fs.accessSync(path.join(root, 'c.txt'), fs.constants.R_OK | fs.constants.W_OK));
t('truncate', () => { fs.truncateSync(path.join(root, 'c.txt'), 2); return fs.readFileSync(path.join(root, 'c.txt'), 'utf8'); });
const fd = fs.openSync(path.join(root, 'c.txt'), 'r+');
t('fd', () => typeof fd);
const rb = Buffer.alloc(10);
t('readSync', () => [fs.readSync(fd, rb, 0, 10, 0), rb]);
t('writeSync', () => [fs.writeSync(fd, 'XYZ', 1), fs.writeSync(fd, Buffer.from('QQ'), 0, 2, 0)]);
t('fstat', () => fs.fstatSync(fd).size);
t('read after', () => fs.readFileSync(path.join(root, 'c.txt'), 'utf8'));
t('close', () => fs.closeSync(fd));
t('close again', () => fs.closeSync(fd));
// failures
t('missing', () => fs.readFileSync(path.join(root, 'nope')));
t('missing rel', () => fs.readFileSync('nope-relative.txt'));
t('read dir', () => fs.readFileSync(root));
t('write dir', () => fs.writeFileSync(root, 'x'));
t('mkdir exists', () => fs.mkdirSync(path.join(root, 'd')));
t('mkdir under file', () => fs.mkdirSync(path.join(f, 'x'), { recursive: true }));
t('mkdir missing parent', () => fs.mkdirSync(path.join(root, 'q', 'r')));
t('rmdir notempty', () => fs.rmdirSync(path.join(root, 'd')));
t('rmdir file', () => fs.rmdirSync(f));
t('unlink dir', () => fs.unlinkSync(path.join(root, 'd')));
t('rm dir', () => fs.rmSync(path.join(root, 'd')));
t('rm missing', () => fs.rmSync(path.join(root, 'nope')));
t('rm force', () => fs.rmSync(path.join(root, 'nope'), { force: true }));
t('readdir file', () => fs.readdirSync(f));
t('rename missing', () => fs.renameSync(path.join(root, 'nope'), path.join(root, 'x')));
t('copy missing', () => fs.copyFileSync(path.join(root, 'nope'), path.join(root, 'x')));
t('wx', () => fs.writeFileSync(f, 'x', { flag: 'wx' }));
t('access missing', () => fs.accessSync(path.join(root, 'nope')));
t('readlink file', () => fs.readlinkSync(f));
t('open missing', () => fs.openSync(path.join(root, 'nope')));
t('bad flags', () => fs.openSync(f, 'z'));
t('bad data', () => fs.writeFileSync(f + '2', 5));
t('bad path', () => fs.readFileSync(5));
t('nul path', () => fs.readFileSync('a\0b'));
t('bad enc', () => fs.readFileSync(f, 'nope'));
t('stat missing', () => fs.statSync(path.join(root, 'nope'), { throwIfNoEntry: false }));
t('bad cb', () => fs.readFile(f));
t('url', () => fs.readFileSync(new URL('file://' + f), 'utf8'));
t('rm -r', () => fs.rmSync(path.join(root, 'd'), { recursive: true }));
t('after rm', () => fs.readdirSync(root));
// async forms, in order
(async () => {
  const g = path.join(root, 'p.txt');
  await fsp.writeFile(g, 'promise');
  console.log('p read', await fsp.readFile(g, 'utf8'), (await fsp.readFile(g)).length);
  await fsp.appendFile(g, '!');
  console.log('p stat', (await fsp.stat(g)).size, (await fsp.lstat(g)).isFile());
  await fsp.mkdir(path.join(root, 'pd', 'x'), { recursive: true }).then((v) => console.log('p mkdirp', rel(v)));
  console.log('p readdir', await fsp.readdir(root));
  try { await fsp.readFile(path.join(root, 'nope')); } catch (e) { show(e); }
  try { await fsp.mkdir(root); } catch (e) { show(e); }
  try { await fsp.rm(path.join(root, 'pd')); } catch (e) { show(e); }
  try { await fsp.readFile(root); } catch (e) { show(e); }
  const fh = await fsp.open(g, 'r+');
  console.log('fh', typeof fh.fd, (await fh.read(Buffer.alloc(4), 0, 4, 0)).bytesRead, (await fh.readFile('utf8')));
  console.log('fh write', (await fh.write('ZZ', 0)).bytesWritten, (await fh.stat()).size);
  await fh.close();
  try { await fh.read(Buffer.alloc(1)); } catch (e) { console.log('closed', e.code, e.message); }
  console.log('p after', await fsp.readFile(g, 'utf8'));
  const tmp = await fsp.mkdtemp(path.join(root, 'mk-'));
  console.log('p mkdtemp', rel(tmp).length, rel(tmp).slice(0, 10));
  await fsp.rename(g, g + '.2'); await fsp.copyFile(g + '.2', g); await fsp.unlink(g + '.2');
  await fsp.access(g); await fsp.rm(path.join(root, 'pd'), { recursive: true }); await fsp.rmdir(tmp);
  console.log('p realpath', rel(await fsp.realpath(g)), rel(await fsp.readlink(path.join(root, 'link'))));
  await fsp.symlink(g, path.join(root, 'link2')); console.log('p readdir2', await fsp.readdir(root));
  // callbacks, in sequence
  fs.readFile(g, 'utf8', (err, data) => {
    console.log('cb read', err, data);
    fs.readFile(path.join(root, 'nope'), (err2, data2) => {
      show(err2); console.log('cb data', data2);
      fs.stat(g, (err3, s) => {
        console.log('cb stat', err3, s.size);
        fs.writeFile(g, 'cb', (err4) => {
          console.log('cb write', err4);
          fs.mkdir(path.join(root, 'cbd'), (err5) => {
            console.log('cb mkdir', err5);
            fs.readdir(root, (err6, names) => {
              console.log('cb readdir', err6, names);
              fs.open(g, 'r', (err7, fd2) => {
                const b = Buffer.alloc(5);
                fs.read(fd2, b, 0, 5, 0, (err8, n, buf) => {
                  console.log('cb fdread', err7, err8, n, buf === b, JSON.stringify(b.toString()));
                  fs.close(fd2, (err9) => {
                    console.log('cb close', err9);
                    fs.exists(g, (yes) => {
                      console.log('cb exists', yes);
                      fs.rm(root, { recursive: true }, (e) => console.log('cleanup', e, fs.existsSync(root)));
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
})();
