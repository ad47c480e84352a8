// Prints: RESULT fs-stream-copy first_ms=<first run> median_ms=<median of the later half> mb_per_s=<from that median>
// Copies one 1 GiB file (made first in a fresh temporary directory) with
// stream.pipeline(fs.createReadStream(src), fs.createWriteStream(dst)), default highWaterMark,
// four times; checks the copy's size. Needs file permissions (cortado -A, deno -A).
function report(name, times, mb) {
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const med = later[Math.floor(later.length / 2)];
  console.log(`RESULT ${name} first_ms=${times[0].toFixed(1)} median_ms=${med.toFixed(1)} mb_per_s=${Math.round(mb / (med / 1000))}`);
}
const MB = 1024 * 1024;
const SIZE_MB = 1024;
(async () => {
  const fs = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  const dir = fs.mkdtempSync('/tmp/fs-stream-copy-');
  const src = `${dir}/src.bin`;
  const dst = `${dir}/dst.bin`;
  try {
    const chunk = new Uint8Array(MB);
    for (let i = 0; i < MB; i++) chunk[i] = (i * 7) & 255;
    const fd = fs.openSync(src, 'w');
    for (let i = 0; i < SIZE_MB; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const times = [];
    for (let r = 0; r < 4; r++) {
      const t = performance.now();
      await pipeline(fs.createReadStream(src), fs.createWriteStream(dst));
      times.push(performance.now() - t);
      if (fs.statSync(dst).size !== SIZE_MB * MB) throw new Error('short copy');
      fs.unlinkSync(dst);
    }
    report('fs-stream-copy', times, SIZE_MB);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
