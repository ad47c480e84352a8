// readline: lines split across chunks (CRLF too) through async iteration, question() with a
// callback and with promises (and an abort), prompt(), write(), close(), and the cursor helpers.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, PassThrough, Writable } = require('stream');
const out = () => { const chunks = []; const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }); w.chunks = chunks; return w; };
(async () => {
  // async iteration over a stream split in odd places, CRLF across chunks
  const input = Readable.from(['al', 'pha\r', '\nbeta\n', 'gam', 'ma'], { objectMode: false });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const got = [];
  for await (const line of rl) got.push(line);
  console.log('iterated', got, rl.closed);

  // question with a callback, prompt text on the output
  const pt = new PassThrough(); const o = out();
  const q = readline.createInterface({ input: pt, output: o });
  q.question('Name? ', (answer) => {
    console.log('answer', JSON.stringify(answer), JSON.stringify(o.chunks.join('')), q.getPrompt());
    q.setPrompt('$ '); q.prompt(); q.write('typed\n');
  });
  q.on('line', (l) => { console.log('line', l, JSON.stringify(o.chunks.join(''))); q.close(); });
  q.on('close', () => console.log('closed'));
  pt.write('Ada\n');
  await new Promise((r) => setTimeout(r, 10));
  try { q.question('again', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }

  // the promise flavour, with an abort
  const pt2 = new PassThrough();
  const p = rlp.createInterface({ input: pt2, output: out() });
  const a = p.question('first? ');
  pt2.write('yes\n');
  console.log('promise answer', await a);
  const ac = new AbortController();
  const pending = p.question('second? ', { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (e) { console.log('aborted', e.name, e.code); }
  p.close();
  try { await p.question('x'); } catch (e) { console.log('after close', e.code); }

  // the cursor helpers
  const c = out();
  readline.cursorTo(c, 3); readline.cursorTo(c, 1, 2); readline.moveCursor(c, -2, 1); readline.moveCursor(c, 4, -3);
  readline.clearLine(c, -1); readline.clearLine(c, 1); readline.clearLine(c, 0); readline.clearScreenDown(c);
  console.log(JSON.stringify(c.chunks.join('')));
  console.log(typeof readline.Interface, typeof rlp.Interface, new readline.Interface({ input: new PassThrough() }).terminal);
  process.exit(0);
})();
