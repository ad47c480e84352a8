// The workload of bench/contexts.sh: the runtime's web objects, each in a loop, timed section by
// section. ContextsBench.java imports it in N successive runtimes on one engine and calls
// `run(rounds)`; `node bench/contexts-workload.mjs` (or deno, bun, cortado) runs it once.
// Each section: `rounds` rounds, the result is the median of the later half (ms), so a Context's
// own warm-up is left out and what remains is the speed of the code compiled for the engine.
import { StringDecoder } from 'node:string_decoder';

let sink = 0;

function events() {
  const target = new EventTarget();
  target.addEventListener('ping', (event) => { sink += event.type.length; });
  for (let i = 0; i < 5_000; i++) target.dispatchEvent(new Event('ping'));
}

function url() {
  for (let i = 0; i < 1_000; i++) {
    const u = new URL(`https://user@example.com:8080/a/b/${i}?q=${i}&x=y#frag`);
    sink += u.href.length + u.pathname.length + u.searchParams.get('q').length;
  }
}

async function streams() {
  const chunk = new Uint8Array(64);
  let n = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (n++ < 500) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const through = new TransformStream({
    transform(value, controller) { controller.enqueue(value.length); },
  });
  await source.pipeThrough(through).pipeTo(new WritableStream({ write(value) { sink += value; } }));
}

async function blob() {
  for (let i = 0; i < 250; i++) {
    const b = new Blob(['hello ', `${i}`], { type: 'text/plain' });
    const f = new File([b, 'x'], 'f.txt', { lastModified: i });
    sink += b.size + b.type.length + f.name.length + f.lastModified + f.slice(1, 3).size;
    sink += (await f.text()).length;
  }
}

/** Only the accessors (a brand check and a read of the object's state), no host call. */
function blobAccessors() {
  const b = new Blob(['x'], { type: 'text/plain' });
  const f = new File(['y'], 'name.txt', { lastModified: 1 });
  for (let i = 0; i < 50_000; i++) sink += b.type.length + f.name.length + f.lastModified;
}

function clone() {
  const value = { a: [1, 2, 3], b: { c: 'text', d: new Date(0) }, e: new Map([[1, 'one']]), f: new Uint8Array(8) };
  for (let i = 0; i < 500; i++) sink += structuredClone(value).a.length;
}

function textDecoder() {
  const bytes = new TextEncoder().encode('héllo wörld, ünïcode ✓');
  const decoder = new TextDecoder();
  for (let i = 0; i < 5_000; i++) sink += decoder.decode(bytes, { stream: true }).length;
  sink += decoder.decode().length;
}

function formData() {
  for (let i = 0; i < 500; i++) {
    const form = new FormData();
    form.append('a', 'one');
    form.append('b', `${i}`);
    form.set('a', 'two');
    sink += form.get('a').length + (form.has('b') ? 1 : 0);
    for (const [key] of form) sink += key.length;
  }
}

async function decoderStream() {
  const bytes = new TextEncoder().encode('héllo wörld ✓');
  let n = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (n++ < 250) controller.enqueue(bytes);
      else controller.close();
    },
  });
  const reader = source.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    sink += value.length;
  }
}

function stringDecoder() {
  const bytes = new Uint8Array([0xe2, 0x9c, 0x93, 0x61, 0xe2, 0x9c]);
  const decoder = new StringDecoder('utf8');
  for (let i = 0; i < 5_000; i++) sink += decoder.write(bytes).length;
  sink += decoder.end().length;
}

const SECTIONS = { events, url, streams, blob, blobAccessors, clone, textDecoder, formData, decoderStream, stringDecoder };

/**
 * Runs every section (or those named in `only`, comma-separated) `rounds` times; resolves to
 * { section: median ms of the later half }.
 */
export async function run(rounds = 8, only = '') {
  const result = {};
  const wanted = only === '' ? null : only.split(',');
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted !== null && !wanted.includes(name)) continue;
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      await section();
      times.push(performance.now() - t);
    }
    const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
    result[name] = Math.round(later[Math.floor(later.length / 2)] * 100) / 100;
  }
  if (sink === 0 && wanted === null) throw new Error('the workload did nothing');
  return result;
}

if (typeof process !== 'undefined' && process.argv[1] && process.argv[1].endsWith('contexts-workload.mjs')) {
  console.log(await run());
}
