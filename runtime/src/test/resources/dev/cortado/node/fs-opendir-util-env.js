const fs = require('fs'); const util = require('util');
fs.rmSync('od', { recursive: true, force: true });
fs.mkdirSync('od/x', { recursive: true }); fs.writeFileSync('od/a', '');
const d = fs.opendirSync('od'); const first = d.readSync(); const second = d.readSync();
console.log(d.path, [first.name, second.name].sort(), d.readSync()); d.closeSync();
try { d.closeSync(); } catch (e) { console.log(e.code, e.message); }
try { d.readSync(); } catch (e) { console.log(e.code, e.message); }
try { fs.opendirSync('od/nope'); } catch (e) { console.log(e.code, e.syscall); }
(async () => {
  const names = []; for await (const e of await fs.promises.opendir('od')) names.push(e.name + ':' + e.isDirectory()); console.log(names.sort());
  const dir = await fs.promises.opendir('od'); console.log((await dir.read()) !== null); await dir.close();
  await new Promise((r) => fs.opendir('od', (err, dd) => { console.log(err, dd.path, dd.readSync() !== null); dd.close(r); }));
  fs.rmSync('od', { recursive: true });
  console.log(util.parseEnv('A=1\nB="two words"\n# c\nC = 3 \nexport D=4\nE=\'q\'\nF="a\\nb"\nG=x # comment'));
  const ac = new AbortController(); setTimeout(() => ac.abort(), 10); await util.aborted(ac.signal, {}); console.log('aborted');
})();
