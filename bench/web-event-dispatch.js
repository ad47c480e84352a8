// Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=<from that median>
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
// EventTarget.dispatchEvent of a new Event to 1 and to 10 listeners: the DOM dispatch path
// (event creation, listener walk, callback calls).
const N = 500_000;
let calls = 0;
function run(listeners) {
  const target = new EventTarget();
  for (let i = 0; i < listeners; i++) target.addEventListener('foo', () => { calls++; });
  const times = [];
  for (let r = 0; r < 10; r++) {
    const t = performance.now();
    for (let i = 0; i < N; i++) target.dispatchEvent(new Event('foo'));
    times.push(performance.now() - t);
  }
  return times;
}
report('web-event-dispatch-1', run(1), N);
report('web-event-dispatch-10', run(10), N);
if (calls !== 10 * N * 11) throw new Error(`listeners ran ${calls} times`);
