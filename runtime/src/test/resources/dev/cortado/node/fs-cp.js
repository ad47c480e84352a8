const fs = require('fs');
fs.rmSync('cpt', { recursive: true, force: true });
fs.mkdirSync('cpt/src/sub', { recursive: true }); fs.writeFileSync('cpt/src/a.txt', 'a'); fs.writeFileSync('cpt/src/sub/b.txt', 'b'); fs.symlinkSync('a.txt', 'cpt/src/link');
const rel = (s) => String(s).replace(process.cwd() + '/', '');
try { fs.cpSync('cpt/src', 'cpt/dst'); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e), e.info); }
fs.cpSync('cpt/src', 'cpt/dst', { recursive: true }); console.log(fs.readdirSync('cpt/dst', { recursive: true }).sort(), rel(fs.readlinkSync('cpt/dst/link')));
fs.writeFileSync('cpt/x.txt', 'new'); fs.cpSync('cpt/x.txt', 'cpt/dst/a.txt'); console.log(fs.readFileSync('cpt/dst/a.txt', 'utf8'));
try { fs.cpSync('cpt/x.txt', 'cpt/dst/a.txt', { force: false, errorOnExist: true }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.cpSync('cpt/src/a.txt', 'cpt/dst/a.txt', { force: false }); console.log(fs.readFileSync('cpt/dst/a.txt', 'utf8'));
try { fs.cpSync('cpt/nope', 'cpt/z'); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.cpSync('cpt/src', 'cpt/src/sub/in', { recursive: true }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.promises.cp('cpt/src', 'cpt/dst2', { recursive: true }).then(() => {
  console.log('p', fs.readdirSync('cpt/dst2'));
  fs.cp('cpt/src/a.txt', 'cpt/dst3.txt', (e) => { console.log('cb', e, fs.existsSync('cpt/dst3.txt')); fs.rmSync('cpt', { recursive: true }); });
});
