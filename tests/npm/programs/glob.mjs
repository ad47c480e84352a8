import { glob } from 'glob';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const dir = mkdtempSync(join(tmpdir(), 'glob-'));
mkdirSync(join(dir, 'a/b'), { recursive: true });
for (const f of ['x.js', 'a/y.js', 'a/b/z.js', 'a/b/w.txt']) writeFileSync(join(dir, f), '');
console.log((await glob('**/*.js', { cwd: dir })).sort(), (await glob('a/**/*.txt', { cwd: dir })));
rmSync(dir, { recursive: true });
