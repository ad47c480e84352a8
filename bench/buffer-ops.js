// Prints: RESULT buffer-<op> first_ms=<first run> median_ms=<median of the later half> mb_per_s=<from that median>
// Buffer work on 100 MB: concat of 100 chunks of 1 MB, then base64 and hex both ways.
// Eight rounds each, and the median of the last four (the mean of their middle two): a round
// that meets a collector pause or fresh memory (first touches are slow in this VM, for Node as
// for the JVM) moves it less than it moved the slower of two rounds, the statistic before.
function report(name, times, mb) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const mid = later.length / 2;
  const med = later.length % 2 ? later[Math.floor(mid)] : (later[mid - 1] + later[mid]) / 2;
  console.log(`RESULT buffer-${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} mb_per_s=${Math.round(mb / (med / 1000))}`);
}
const MB = 1024 * 1024;
const chunks = [];
for (let i = 0; i < 100; i++) {
  const chunk = Buffer.allocUnsafe(MB);
  for (let j = 0; j < MB; j++) chunk[j] = (i * 31 + j * 7) & 255;
  chunks.push(chunk);
}
const runs = 8;
function measure(name, fn) {
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  report(name, times, 100);
  return result;
}
const big = measure('concat', () => Buffer.concat(chunks));
const b64 = measure('base64-encode', () => big.toString('base64'));
const fromB64 = measure('base64-decode', () => Buffer.from(b64, 'base64'));
const hex = measure('hex-encode', () => big.toString('hex'));
const fromHex = measure('hex-decode', () => Buffer.from(hex, 'hex'));
if (!fromB64.equals(big) || !fromHex.equals(big)) throw new Error('round trip failed');
