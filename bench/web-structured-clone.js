// Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=<from that median>
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
// structuredClone of a 10k-node object graph: 900 records (objects, arrays, strings, numbers,
// booleans, null, Dates) plus a Map index and shared references. One op = one clone.
function graph() {
  const items = [];
  for (let i = 0; i < 900; i++) {
    items.push({
      id: i, name: 'item ' + i, price: i * 1.25, tags: ['t' + (i % 7), 'x'],
      meta: { ok: i % 2 === 0, created: new Date(1e12 + i), note: null },
    });
  }
  const index = new Map();
  for (let i = 0; i < 900; i += 9) index.set('k' + i, items[i]);
  return { items, index, total: items.length };
}
const g = graph();
const times = [];
for (let r = 0; r < 60; r++) {
  const t = performance.now();
  for (let k = 0; k < 10; k++) structuredClone(g);
  times.push((performance.now() - t) / 10);
}
report('web-structured-clone', times, 1);
