const path = require('path'), fs = require('fs'), util = require('util'), assert = require('assert'), os = require('os');
const cp = require('child_process'), qs = require('querystring'), { StringDecoder } = require('string_decoder');
const m1 = { a: [1, { b: 2 }], m: new Map([[1, 2]]), s: new Set([{ x: 1 }]) }, m2 = { a: [1, { b: 2 }], m: new Map([[1, 2]]), s: new Set([{ x: 1 }]) };
for (const [proto, names] of [[Array.prototype, ['push', 'pop', 'shift', 'slice', 'splice', 'map', 'filter', 'join', 'forEach', 'indexOf', 'includes', 'concat', 'findIndex']],
  [String.prototype, ['slice', 'split', 'indexOf', 'replace', 'startsWith', 'endsWith', 'toLowerCase', 'charCodeAt', 'includes', 'repeat', 'padStart', 'lastIndexOf']],
  [Promise.prototype, ['then', 'catch', 'finally']], [Uint8Array.prototype, ['set', 'subarray', 'fill', 'indexOf', 'slice']], [Map.prototype, ['get', 'set', 'has']], [Object, ['keys', 'assign', 'defineProperty']], [JSON, ['stringify', 'parse']]]) {
  for (const n of names) proto[n] = function () { throw new Error(`patched ${n} called`); };
}
const out = [];
const tryIt = (label, fn) => { try { out[out.length] = `${label} ${fn()}`; } catch (e) { out[out.length] = `${label} FAILED ${e.message}`; } };
tryIt('path', () => path.join('a', '../b', 'c') + ' ' + path.win32.resolve('C:\\x', 'y') + ' ' + path.relative('/a/b', '/a/c') + ' ' + path.parse('/x/y.z').ext);
tryIt('buffer', () => Buffer.from('héllo').toString('base64') + ' ' + Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString() + ' ' + Buffer.alloc(4, 'ab').toString('hex') + ' ' + Buffer.from('abc').indexOf('c') + ' ' + Buffer.from('x').equals(Buffer.from('x')));
const dir = fs.mkdtempSync('/tmp/hostile-');
tryIt('fs', () => { fs.writeFileSync(dir + '/a', 'data'); fs.mkdirSync(dir + '/d/e', { recursive: true }); return fs.readFileSync(dir + '/a', 'utf8') + ' ' + fs.readdirSync(dir).length + ' ' + fs.statSync(dir + '/a').size + ' ' + fs.readdirSync(dir, { recursive: true }).length; });
tryIt('fs error', () => { try { fs.readFileSync(dir + '/nope'); } catch (e) { return e.code; } });
tryIt('util', () => util.isDeepStrictEqual(m1, m2) + ' ' + util.types.isPromise(Promise.resolve()) + ' ' + util.parseArgs({ args: ['--a', 'x'], options: { a: { type: 'string' } } }).values.a + ' ' + util.inspect({ a: 1 }));
tryIt('assert', () => { try { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); } catch (e) { return e.message.length > 20; } });
tryIt('os', () => os.platform() + ' ' + os.cpus().length + ' ' + (os.networkInterfaces().lo !== undefined));
tryIt('qs', () => qs.stringify({ a: [1, 2], b: 'x y' }) + ' ' + qs.parse('a=1&a=2&b=3').a.length);
tryIt('sd', () => { const d = new StringDecoder('utf8'); return d.write(Buffer.from([0xe2, 0x82])) + d.end(Buffer.from([0xac])); });
tryIt('spawnSync', () => cp.execSync('echo sync', { encoding: 'utf8' }).length);
(async () => {
  try {
    out[out.length] = `fsp ${await fs.promises.readFile(dir + '/a', 'utf8')}`;
    const fh = await fs.promises.open(dir + '/a');
    out[out.length] = `fh ${(await fh.readFile('utf8'))}`;
    await fh.close();
    out[out.length] = `promisify ${(await util.promisify(fs.readFile)(dir + '/a')).length}`;
    out[out.length] = `exec ${(await util.promisify(cp.exec)('echo async')).stdout.length}`;
    try { await assert.rejects(Promise.resolve(1)); } catch (e) { out[out.length] = `rejects ${e.code}`; }
  } catch (e) { out[out.length] = `async FAILED ${e.message}`; }
  fs.rmSync(dir, { recursive: true });
  for (let i = 0; i < out.length; i++) process.stdout.write(out[i] + '\n');
})();
