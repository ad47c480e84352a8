// Prints: RESULT <name> first_ms=<first run> median_ms=<median of the later half> ops_per_s=<from that median>
function report(name, times, ops) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} ops_per_s=${Math.round(ops / (med / 1000))}`);
}
// 100k varied URLs parsed with `new URL` (some against a base) and read back through href,
// host and pathname: the URL parser, host parser and serializer.
const N = 100_000;
const hosts = ['example.com', 'API.Example.ORG:8443', '127.0.0.1', '[2001:db8::1]', 'xn--mnchen-3ya.de', 'sub.domain.co.uk', '0x7f.1', 'localhost:3000'];
const paths = ['/', '/a/b/c', '/search', '/a/./b/../c/', '/files/report%202024.pdf', '/users/42/profile', '/%7Euser/index.html', '/deep/er/and/deeper/path.js'];
const queries = ['', '?q=hello+world', '?a=1&b=2&c=3', '?redirect=https%3A%2F%2Fx.test%2F', '?x=%E2%9C%93'];
const fragments = ['', '#top', '#section-2'];
const inputs = [];
for (let i = 0; i < N; i++) {
  const kind = i % 10;
  if (kind === 8) inputs.push([`../rel/${i % 97}/item?i=${i}`, 'https://base.example/dir/sub/page']);
  else if (kind === 9) inputs.push([`file:///home/user/project/${i % 31}/file.txt`, undefined]);
  else {
    const scheme = i % 3 === 0 ? 'http' : 'https';
    inputs.push([`${scheme}://${hosts[i % hosts.length]}${paths[(i >> 3) % paths.length]}${queries[i % queries.length]}${fragments[i % fragments.length]}`, undefined]);
  }
}
function once() {
  const t = performance.now();
  let total = 0;
  for (let i = 0; i < N; i++) {
    const [input, base] = inputs[i];
    const url = base === undefined ? new URL(input) : new URL(input, base);
    total += url.href.length + url.host.length + url.pathname.length;
  }
  if (total === 0) throw new Error('nothing parsed');
  return performance.now() - t;
}
const times = [];
for (let r = 0; r < 10; r++) times.push(once());
report('web-url-parse', times, N);
