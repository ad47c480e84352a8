const cp = require('child_process');
const util = require('util');
const steps = [
  (next) => {
    const c = cp.spawn('nope-cmd', ['a']);
    console.log('pid', c.pid, typeof c.stdout.on);
    c.on('error', (e) => console.log('error', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, Object.keys(e)));
    c.on('exit', (code, sig) => console.log('exit?', code, sig));
    c.on('close', (code, sig) => { console.log('close', code, sig); next(); });
  },
  (next) => {
    const k = cp.spawn('sleep', ['5']);
    console.log(typeof k.pid, k.exitCode, k.signalCode, k.killed);
    k.on('spawn', () => console.log('spawned'));
    k.on('exit', (code, sig) => console.log('killed exit', code, sig, k.killed, k.signalCode, k.exitCode));
    k.on('close', (code, sig) => { console.log('killed close', code, sig, k.kill()); next(); });
    setTimeout(() => console.log('kill returns', k.kill()), 50);
  },
  (next) => {
    const k = cp.spawn('sleep', ['5']);
    k.on('exit', (code, sig) => { console.log('SIGKILL exit', code, sig); next(); });
    setTimeout(() => k.kill('SIGKILL'), 20);
  },
  (next) => {
    const k = cp.spawn('sleep', ['5']);
    k.on('exit', (code, sig) => { console.log('SIGUSR1 exit', code, sig); next(); });
    setTimeout(() => k.kill(10), 20); // (SIGINT would be ignored by children of a background shell)
  },
  (next) => cp.exec('echo hi; echo err >&2; exit 3', (err, out, errOut) => {
    console.log('exec', err && err.message, err && err.code, err && err.killed, err && err.signal, err && err.cmd, JSON.stringify(out), JSON.stringify(errOut));
    next();
  }),
  (next) => cp.exec('echo $FOO; pwd', { env: { FOO: 'bar', PATH: process.env.PATH }, cwd: '/tmp' }, (err, out) => { console.log('exec env cwd', err, JSON.stringify(out)); next(); }),
  (next) => cp.execFile('printf', ['%s-%s', 'a', 'b'], (err, out, errOut) => { console.log('execFile', err, out, JSON.stringify(errOut)); next(); }),
  (next) => util.promisify(cp.exec)('echo promised').then((r) => { console.log('promisified exec', r); next(); }),
  (next) => util.promisify(cp.execFile)('sh', ['-c', 'exit 4']).catch((e) => { console.log('promisified reject', e.code, e.message); next(); }),
  (next) => {
    const c = cp.spawn('cat');
    const chunks = [];
    c.stdout.setEncoding('utf8');
    c.stdout.on('data', (d) => chunks.push(d));
    c.stdout.on('end', () => console.log('cat end', JSON.stringify(chunks.join(''))));
    c.on('close', (code) => { console.log('cat close', code); next(); });
    c.stdin.write('hello ');
    c.stdin.write(Buffer.from('world'));
    c.stdin.end('!\n');
  },
  (next) => {
    const c = cp.spawn('echo "$0" one two', { shell: true });
    c.stdout.on('data', (d) => console.log('shell data', JSON.stringify(d.toString()), Buffer.isBuffer(d)));
    c.on('close', (code) => { console.log('shell close', code); next(); });
  },
  (next) => {
    const big = cp.spawn('head', ['-c', '300000', '/dev/zero']);
    let total = 0;
    big.stdout.on('data', (d) => { total += d.length; });
    big.on('close', (code) => { console.log('big', total, code); next(); });
  },
  (next) => {
    try { cp.execSync('exit 2', { stdio: 'pipe' }); } catch (e) { console.log('execSync', e.message, e.status, e.signal, Object.keys(e), e.stdout, e.stderr); }
    console.log('execSync out', JSON.stringify(cp.execSync('echo sync; echo to-stderr-pipe >&2', { stdio: 'pipe' }).toString()), cp.execSync('echo x', { encoding: 'utf8' }));
    const r = cp.spawnSync('nope-cmd'); console.log('spawnSync', r.error && r.error.message, r.status, r.pid, r.stdout, Object.keys(r));
    try { cp.execFileSync('nope-cmd'); } catch (e) { console.log('execFileSync', e.message, e.code, Object.keys(e)); }
    const s = cp.spawnSync('cat', { input: 'piped in' }); console.log('spawnSync cat', s.status, s.signal, s.stdout.toString(), s.stderr.length, typeof s.pid);
    const t = cp.spawnSync('sleep', ['5'], { timeout: 100 }); console.log('timeout', t.status, t.signal, t.error && t.error.code);
    console.log('execFileSync', cp.execFileSync('printf', ['%s', 'abc'], { encoding: 'utf8' }));
    const u = cp.spawnSync('sh', ['-c', 'echo o; echo e >&2; exit 7'], { encoding: 'utf8' }); console.log('spawnSync sh', u.status, JSON.stringify(u.stdout), JSON.stringify(u.stderr), u.output);
    try { cp.spawn('sleep', ['1']).kill('SIGNOPE'); } catch (e) { console.log(e.code, e.message, e.name); }
    try { cp.spawn(5); } catch (e) { console.log(e.code, e.message); }
    next();
  },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
