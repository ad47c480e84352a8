const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const text = 'hello zlib '.repeat(1000);
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']]) {
  const packed = zlib[c](text);
  console.log(c, d, packed.length < text.length, zlib[d](packed).toString() === text);
}
console.log(zlib.gzipSync('hello').toString('hex'));
console.log(zlib.deflateSync('hello', { level: 9 }).toString('base64'), zlib.deflateRawSync(Buffer.from('abcabcabc')).toString('hex'));
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')])).toString());
try { zlib.gunzipSync(Buffer.from('nope')); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 12)); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.inflateSync(Buffer.from('xx')); } catch (e) { console.log(e.code, e.errno, e.message); }
try { zlib.gzipSync(5); } catch (e) { console.log(e.code, e.message); }
try { zlib.deflateSync('x', { level: 12 }); } catch (e) { console.log(e.code, e.message); }
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.Z_BEST_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY);
console.log(zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length > 0);
(async () => {
  const parts = [];
  await pipeline(Readable.from([Buffer.from(text.slice(0, 5000)), Buffer.from(text.slice(5000))]), zlib.createGzip(), zlib.createGunzip(),
    new Writable({ write(c, e, cb) { parts.push(c); cb(); } }));
  console.log('stream roundtrip', Buffer.concat(parts).toString() === text);
  const bparts = [];
  await pipeline(Readable.from([text]), zlib.createBrotliCompress(), zlib.createBrotliDecompress(), new Writable({ write(c, e, cb) { bparts.push(c); cb(); } }));
  console.log('brotli stream roundtrip', Buffer.concat(bparts).toString() === text);
  const g = zlib.createGunzip();
  g.on('error', (e) => console.log('stream error', e.code, e.message));
  g.end(Buffer.from('garbage!!'));
  console.log(require('util').promisify(zlib.deflate) !== undefined, typeof zlib.Gzip, new zlib.Gzip() instanceof require('stream').Transform);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const packed = await require('util').promisify(zlib.gzip)(text);
  console.log('async gzip', packed.length < text.length);
  zlib.gunzip(packed, (err2, plain) => {
    console.log('async gunzip', err2, plain.toString() === text);
    zlib.gunzip(Buffer.from('bad'), (err) => console.log('async error', err.code, err.message));
  });
})();
