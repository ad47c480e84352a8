// Takes a screenshot of a replay page at one step, for the docs:
//   node tools/replay-test/screenshot.mjs cortado-trace/trace.html docs/trace-replay.png [step | job-started | task-started]
// A step name picks the first event of that type.
import { chromium } from 'playwright-core';

const [file, png, at = '0'] = process.argv.slice(2);
if (!file || !png) {
  console.error('usage: node screenshot.mjs TRACE.html OUT.png [step | event type]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
await page.goto('file://' + (file.startsWith('/') ? file : `${process.cwd()}/${file}`));
await page.evaluate((where) => {
  const replay = window.cortadoReplay;
  const step = /^\d+$/.test(where) ? Number(where) : replay.events.findIndex((e) => e.type === where);
  replay.go(step < 0 ? 0 : step);
}, at);
await page.screenshot({ path: png });
await browser.close();
console.log(`wrote ${png}`);
