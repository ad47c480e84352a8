// The server of the fetch benchmarks (bench/fetch.sh starts it with Node): GET /1k answers 1 KiB,
// GET /stream?bytes=N streams N bytes in 64 KiB chunks, honouring backpressure. Port: argv[2] or 18791.
const http = require('http');
const port = Number(process.argv[2] || 18791);
const kib = Buffer.alloc(1024, 120);
const chunk = Buffer.alloc(64 * 1024, 97);
http.createServer((req, res) => {
  if (req.url === '/1k') {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': kib.length });
    res.end(kib);
    return;
  }
  if (req.url.startsWith('/stream')) {
    const total = Number(new URL(req.url, 'http://x').searchParams.get('bytes') || 1 << 30);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': total });
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const n = Math.min(chunk.length, total - sent);
        sent += n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) { res.once('drain', pump); return; }
      }
      res.end();
    };
    pump();
    return;
  }
  res.writeHead(404);
  res.end();
}).listen(port, '127.0.0.1', () => console.log(`fetch-server listening on ${port}`));
