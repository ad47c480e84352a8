// The start of a child and the order of its events: 'spawn', output, 'exit', 'close' (pid read
// early or late), many at once, kill and stdin before 'spawn', starts that fail, and the
// environment a child gets from process.env.
const cp = require('child_process');
const steps = [
  (next) => {
    const c = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    const events = [];
    c.on('spawn', () => events.push(`spawn ${typeof c.pid} ${Object.getOwnPropertyDescriptor(c, 'pid').writable}`));
    c.stdout.on('data', (d) => events.push(`stdout ${JSON.stringify(d.toString())}`));
    c.stderr.on('data', (d) => events.push(`stderr ${JSON.stringify(d.toString())}`));
    c.on('exit', (code, signal) => events.push(`exit ${code} ${signal} ${c.exitCode}`));
    c.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(events.sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1)).join(' | '));
      next();
    });
    const order = (e) => ['spawn', 'stdout', 'stderr', 'exit', 'close'].indexOf(e.split(' ')[0]);
    console.log('keys before start', Object.keys(c).includes('pid'), 'spawnfile', c.spawnfile, c.spawnargs);
  },
  (next) => {
    const c = cp.spawn('echo', ['pid first']);
    console.log('pid read at once', typeof c.pid, c.pid > 0, c.pid === c.pid);
    const seen = [];
    c.on('spawn', () => seen.push('spawn'));
    c.stdout.on('data', () => seen.push('data'));
    c.on('exit', () => seen.push('exit'));
    c.on('close', () => { seen.push('close'); console.log(seen.join(',')); next(); });
  },
  (next) => {
    let left = 24;
    const bad = [];
    for (let i = 0; i < 24; i++) {
      const c = cp.spawn('sh', ['-c', `echo ${i}`]);
      const seen = [];
      let out = '';
      c.on('spawn', () => seen.push('spawn'));
      c.stdout.on('data', (d) => { out += d; if (seen[seen.length - 1] !== 'data') seen.push('data'); });
      c.on('exit', () => seen.push('exit'));
      c.on('close', (code) => {
        seen.push('close');
        if (seen.join() !== 'spawn,data,exit,close' || out !== `${i}\n` || code !== 0) bad.push([i, seen.join(), out, code]);
        if (--left === 0) { console.log('24 at once, out of order or wrong:', bad); next(); }
      });
    }
  },
  (next) => {
    // stdout closed by a child that keeps running: its 'end' comes at once, before the exit
    const c = cp.spawn('sh', ['-c', 'echo a; exec >&-; sleep 0.3; echo late >&2']);
    const seen = [];
    c.stdout.on('data', (d) => seen.push(`out ${d.toString().trim()}`));
    c.stdout.on('end', () => seen.push('out end'));
    c.stderr.on('data', (d) => seen.push(`err ${d.toString().trim()}`));
    c.stderr.on('end', () => seen.push('err end'));
    c.on('exit', (code) => seen.push(`exit ${code}`));
    c.on('close', (code) => {
      const at = (e) => seen.indexOf(e);
      console.log('early end', at('out a') < at('out end'), at('out end') < at('err late'), at('err late') < at('exit 0'),
        seen.length, seen.includes('err end'), code);
      next();
    });
  },
  (next) => {
    const c = cp.spawn('sleep', ['5']);
    console.log('kill before spawn', c.kill());
    c.on('spawn', () => console.log('spawned anyway'));
    c.on('exit', (code, signal) => console.log('exit', code, signal, c.killed));
    c.on('close', () => next());
  },
  (next) => {
    const c = cp.spawn('cat');
    c.stdin.end('written before spawn\n');
    c.stdout.on('data', (d) => console.log('cat said', JSON.stringify(d.toString())));
    c.on('close', (code) => { console.log('cat close', code); next(); });
  },
  (next) => {
    const f = cp.spawn('no-such-program-here', ['x']);
    const seen = [];
    f.on('spawn', () => seen.push('spawn?'));
    f.on('error', (e) => seen.push(`error ${e.code} ${e.syscall} ${f.pid}`));
    f.on('exit', () => seen.push('exit?'));
    f.on('close', (code, signal) => {
      seen.push(`close ${code} ${signal}`);
      console.log(seen.join(' | '), '| stdin', typeof f.stdin.write, f.stdin.destroyed, '| stdout', typeof f.stdout.on);
      next();
    });
  },
  (next) => {
    const f = cp.spawn('no-such-program-here');
    let written;
    f.stdin.write('lost', (e) => { written = e && e.code; });
    f.stdin.on('error', (e) => console.log('stdin error?', e.code));
    f.on('error', (e) => console.log('error', e.code, e.path));
    f.on('close', (code) => { console.log('close', code, 'write', written); next(); });
  },
  (next) => {
    for (const f of [() => cp.spawn('echo', ['ok', 'a\u0000b']), () => cp.spawn('ec\u0000ho'), () => cp.spawnSync('echo', ['\u0000']),
      () => cp.execFile('echo', ['x\u0000'])]) {
      try { f(); console.log('started?'); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    next();
  },
  (next) => {
    const f = cp.spawn('pwd', { cwd: '/no/such/dir' });
    f.on('error', (e) => console.log('bad cwd', e.code, e.syscall, f.pid));
    f.on('close', (code) => { console.log('bad cwd close', code); next(); });
  },
  (next) => {
    process.env.CORTADO_TEST_SET = 'set in js';
    process.env.CORTADO_TEST_NUMBER = 42;
    delete process.env.HOME;
    const script = 'echo "$CORTADO_TEST_SET|$CORTADO_TEST_NUMBER|${HOME-unset}"';
    console.log('sync', cp.execSync(script).toString().trim());
    cp.exec(script, (e, out) => {
      console.log('exec', out.trim());
      cp.exec(script, { env: { CORTADO_TEST_SET: 'given' } }, (e2, out2) => { console.log('given env', out2.trim()); next(); });
    });
  },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
