// Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=<from that median>
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
// TextEncoder.encode and TextDecoder.decode of 1 MB of UTF-8: mostly ASCII with accented Latin,
// Greek, CJK and emoji mixed in. ops = MB per second.
const parts = ['The quick brown fox jumps over the lazy dog. ', 'Grüße aus München, naïve café. ',
  'Ελληνικά κείμενα. ', '日本語のテキスト。', 'emoji 😀🎉 ', '{"id": 12345, "name": "value"}\n'];
let text = '';
for (let i = 0; text.length < 1 << 20; i++) text += parts[i % parts.length];
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let bytes = encoder.encode(text);
while (bytes.length > 1 << 20) { text = text.slice(0, text.length - 1000); bytes = encoder.encode(text); }
const MB = bytes.length / (1 << 20);
const ROUNDS = 30;
const encodeTimes = [];
const decodeTimes = [];
let sink = 0;
for (let r = 0; r < ROUNDS; r++) {
  let t = performance.now();
  const encoded = encoder.encode(text);
  encodeTimes.push(performance.now() - t);
  t = performance.now();
  const decoded = decoder.decode(encoded);
  decodeTimes.push(performance.now() - t);
  sink += encoded.length + decoded.length;
}
if (sink !== ROUNDS * (bytes.length + text.length)) throw new Error('round trip changed the text');
report('web-text-encode-1mb', encodeTimes, MB);
report('web-text-decode-1mb', decodeTimes, MB);
