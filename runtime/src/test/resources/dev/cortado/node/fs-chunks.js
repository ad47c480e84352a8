// Reads and writes at the edges of the 64 KiB pooled chunks (FsOps.startReadChunk / startWrite):
// positions, the current position, past the end, into views, more than a chunk, closed
// descriptors (EBADF); compared with Node 20's output (fs-chunks.node.txt).
const fs = require('fs');
const fsp = require('fs/promises');
const dir = fs.mkdtempSync('/tmp/fsedge-');
const file = `${dir}/a.bin`;
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 13) & 255;
fs.writeFileSync(file, data);
const sum = (b) => b.reduce((h, x, i) => (h * 31 + x + i) >>> 0, 7);
(async () => {
  const fd = fs.openSync(file, 'r');
  const read = (buf, off, len, pos) => new Promise((res) => fs.read(fd, buf, off, len, pos, (e, n, b) => res(e ? e.code : [n, sum(b)])));
  console.log('small at pos', await read(Buffer.alloc(100), 10, 50, 1000));
  console.log('64k', await read(Buffer.alloc(65536), 0, 65536, 0));
  console.log('100k (more than a chunk)', await read(Buffer.alloc(100000), 0, 100000, 50000));
  console.log('past end', await read(Buffer.alloc(10), 0, 10, 300000));
  console.log('tail', await read(Buffer.alloc(100), 0, 100, 199950));
  console.log('current position', await read(Buffer.alloc(70000), 0, 70000, null), await read(Buffer.alloc(70000), 0, 70000, null));
  const view = new Uint8Array(new ArrayBuffer(300), 20, 200);
  console.log('into a view', await read(view, 5, 100, 3), sum(new Uint8Array(view.buffer)));
  fs.closeSync(fd);
  console.log('closed fd', await read(Buffer.alloc(10), 0, 10, 0));
  const h = await fsp.open(file, 'r');
  const r = await h.read(Buffer.alloc(500), 0, 500, 123);
  console.log('FileHandle.read', r.bytesRead, sum(r.buffer));
  await h.close();
  const out = `${dir}/b.bin`;
  const wfd = fs.openSync(out, 'w');
  const write = (buf, off, len, pos) => new Promise((res) => fs.write(wfd, buf, off, len, pos, (e, n) => res(e ? e.code : n)));
  console.log('writes', await write(data, 0, 100000, null), await write(data, 5, 1000, null), await write(data.subarray(7), 0, 64000, 500), await write(data, 0, 10, 250000));
  fs.closeSync(wfd);
  const back = fs.readFileSync(out);
  console.log('written', back.length, sum(back));
  console.log('closed write', await write(data, 0, 10, 0));
  fs.rmSync(dir, { recursive: true });
})();
