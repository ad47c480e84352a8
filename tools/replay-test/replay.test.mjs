// Tests the replay page of `cortado trace` in a real headless Chromium: it records a seed example
// with the real bin/cortado, opens trace.html, steps through it with the page's own controls, and
// checks what each panel shows. Run by run.sh (bin/test), which installs what it needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const cortado = join(root, 'bin/cortado');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs `cortado trace` on an example; returns the output directory and what the program printed. */
function trace(example, ...extra) {
  const out = mkdtempSync(join(tmpdir(), 'cortado-replay-'));
  const file = example.includes('/') ? example : join(root, 'examples', example);
  const stdout = execFileSync(cortado, ['trace', file, '--out', out, ...extra],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { out, stdout };
}

function eventsOf(out) {
  const html = readFileSync(join(out, 'trace.html'), 'utf8');
  const start = html.indexOf('const TRACE = ') + 'const TRACE = '.length;
  const end = html.indexOf(';\n(function');
  return JSON.parse(html.slice(start, end)).events;
}

let browser;
let page;
const pageErrors = [];
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
after(async () => { await browser?.close(); });

const texts = (selector) => page.$$eval(selector, (els) => els.map((el) => el.firstChild.textContent.trim()));
const stepShown = () => page.$eval('#step', (el) => Number(el.dataset.step));
async function goTo(step) {
  await page.$eval('#scrub', (el, value) => { el.value = String(value); el.dispatchEvent(new Event('input')); }, step);
  assert.equal(await stepShown(), step);
}

test('the job queue beats the timers: each panel, step by step', async () => {
  const { out, stdout } = trace('seed-job-queue-beats-timers.js');
  assert.equal(stdout, 'three is a crowd\nhi\none is the loneliest number\ntwo can be as bad as one\n');
  const events = eventsOf(out);
  await page.goto('file://' + join(out, 'trace.html'));
  assert.equal(await stepShown(), 0);
  assert.match(await page.textContent('#phase'), /running script/);

  // The `then` reaction joins the microtask queue while both timers wait in the Web APIs box.
  const queued = events.find((e) => e.type === 'job-queued' && e.kind === 'then');
  await goTo(queued.step);
  assert.deepEqual(await texts('#jobs .item'), ['(anonymous)']);
  assert.deepEqual(await texts('#apis .item'), ['setTimeout: (anonymous)', 'setTimeout: (anonymous)']);
  assert.deepEqual(await texts('#tasks .item'), []);
  assert.deepEqual(await texts('#stack .item'), ['(main)', 'Promise.prototype.then']);
  assert.equal(await page.textContent('#source .line.current'), 'Promise.resolve().then(() => console.log("hi"));');

  // console.log sits on top of the script while it prints "three is a crowd".
  const crowd = events.find((e) => e.type === 'output' && e.text === 'three is a crowd\n');
  await goTo(crowd.step);
  assert.deepEqual(await texts('#stack .item'), ['(main)', 'console.log']);
  assert.deepEqual(await texts('#console .line'), ['three is a crowd']);
  assert.equal(await page.textContent('#source .line.current'), 'console.log("three is a crowd");');

  // "next microtask": the reaction leaves the queue and runs before either timer callback.
  await page.click('#next-job');
  const run = events.find((e) => e.type === 'job-started');
  assert.equal(await stepShown(), run.step);
  assert.deepEqual(await texts('#jobs .item'), []);
  assert.match(await page.textContent('#phase'), /microtasks|running/);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await texts('#stack .item'), ['(anonymous)']);
  const firstTask = events.find((e) => e.type === 'task-started');
  assert.ok(run.step < firstTask.step, 'the microtask runs before any timer task');

  // Keyboard: "t" jumps to the first timer task; the other timer is still waiting somewhere.
  await page.keyboard.press('Home');
  assert.equal(await stepShown(), 0);
  await page.keyboard.press('t');
  assert.equal(await stepShown(), firstTask.step);
  assert.deepEqual(await texts('#console .line'), ['three is a crowd', 'hi']);
  const waiting = (await texts('#apis .item')).length + (await texts('#tasks .item')).length;
  assert.equal(waiting, 1, 'the 10 ms timer is in the Web APIs box or the task queue');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await texts('#stack .item'), ['(anonymous)']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await texts('#stack .item'), ['(anonymous)', 'console.log']);

  // The end: every line in order, nothing left anywhere, the loop has exited.
  await page.keyboard.press('End');
  assert.equal(await stepShown(), events.length - 1);
  assert.deepEqual(await texts('#console .line'),
    ['three is a crowd', 'hi', 'one is the loneliest number', 'two can be as bad as one']);
  assert.deepEqual(await texts('#stack .item'), []);
  assert.deepEqual(await texts('#apis .item'), []);
  assert.match(await page.textContent('#phase'), /exited/);
  assert.match(await page.textContent('#what'), /exit code 0/);

  // Step back and play.
  await page.keyboard.press('ArrowLeft');
  assert.equal(await stepShown(), events.length - 2);
  await page.keyboard.press('Home');
  await page.selectOption('#speed', '200');
  await page.click('#play');
  await page.waitForFunction(() => Number(document.querySelector('#step').dataset.step) > 10);
  await page.click('#play');
  const paused = await stepShown();
  await page.waitForTimeout(100);
  assert.equal(await stepShown(), paused, 'pause stops the replay');
  assert.deepEqual(pageErrors, []);
});

test('async/await: await continuations and then reactions in the microtask queue', async () => {
  const { out } = trace('seed-async-await-try-catch.js');
  const events = eventsOf(out);
  assert.ok(events.some((e) => e.type === 'job-queued' && e.kind === 'await'));
  await page.goto('file://' + join(out, 'trace.html'));
  const awaitJob = events.find((e) => e.type === 'job-queued' && e.kind === 'await');
  await goTo(awaitJob.step);
  assert.ok((await texts('#jobs .item')).includes('await continuation'));
  assert.deepEqual(pageErrors, []);
});

test('a trace cut by --max-events says so on the page', async () => {
  const { out } = trace('seed-job-queue-beats-timers.js', '--max-events', '20');
  assert.equal(eventsOf(out).length, 21); // the limit, and the exit, which is always recorded
  await page.goto('file://' + join(out, 'trace.html'));
  assert.match(await page.textContent('#banner'), /cut at --max-events 20/);
  assert.ok(await page.isVisible('#banner'));
  await page.keyboard.press('End');
  assert.match(await page.textContent('#what'), /exit code 0/);
  assert.deepEqual(pageErrors, []);
});

test('a trace of over 100,000 events loads and seeks', async () => {
  const { out, stdout } = trace(join(import.meta.dirname, 'fixtures/hundred-thousand-events.js'));
  assert.match(stdout, /step 16000\ndone\n$/);
  const events = eventsOf(out);
  assert.ok(events.length > 100_000, `${events.length} events`);
  await page.goto('file://' + join(out, 'trace.html'));
  const printed = events.find((e) => e.type === 'output' && e.text === 'step 8000\n');
  await goTo(printed.step);
  assert.equal((await texts('#console .line')).length, 8);
  assert.deepEqual((await texts('#console .line')).slice(-1), ['step 8000']);
  assert.deepEqual(await texts('#stack .item'), ['step', 'console.log']);
  assert.match(await page.textContent('#phase'), /microtasks/);
  await page.keyboard.press('End');
  assert.equal(await stepShown(), events.length - 1);
  assert.equal((await texts('#console .line')).length, 17);
  await page.keyboard.press('m');
  assert.equal(await stepShown(), events.length - 1, 'no microtask after the end');
  assert.deepEqual(pageErrors, []);
});
