const { Buffer: B2, kMaxLength, constants } = require('buffer');
console.log(B2 === Buffer, kMaxLength, constants);
const b = Buffer.from('hi');
console.log(b, b.toString(), b.length, b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)));
const c = Buffer.from('ab'); c.x = 1; console.log(c, [c], { c });
console.log(Buffer.alloc(60));
console.log(Buffer.alloc(0), Buffer.alloc(3, 'ab'), Buffer.alloc(5, 'aGk=', 'base64'), Buffer.alloc(4, 0x101));
for (const enc of ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex']) {
  const s = 'héllo wörld €𝄞 \u0000\u00ff~';
  const buf = Buffer.from(s, enc);
  console.log(enc, buf.length, Buffer.byteLength(s, enc), buf.toString('hex'), JSON.stringify(buf.toString(enc)), buf.toString(enc, 1, 5).length);
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const s = all.toString(enc);
  console.log(enc, s.length, JSON.stringify(s.slice(0, 40)), Buffer.from(s, enc).equals(all));
}
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString(), Buffer.from('aGV sbG8\ngd29y*bGQ=', 'base64').toString(), Buffer.from('_-8', 'base64').toString('hex'), Buffer.from('a', 'base64').length);
console.log(Buffer.from('abzz12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('0G', 'hex'));
console.log(Buffer.from([1, 2, 256, -1, 3.7, '4']), Buffer.from(new Uint16Array([1, 0x1234])), Buffer.from({ length: 2, 0: 9 }), Buffer.from({ type: 'Buffer', data: [5, 6] }));
const ab = new ArrayBuffer(8); const v = Buffer.from(ab, 2, 3); v[0] = 7; console.log(new Uint8Array(ab), v.byteOffset, v.length);
console.log(Buffer.from(new String('xy')), Buffer.from(b), Buffer.from(b) !== b);
const w = Buffer.alloc(16);
console.log(w.writeUInt8(255, 0), w.writeUInt16LE(0x1234, 1), w.writeUInt16BE(0x1234, 3), w.writeInt32LE(-2, 5), w.writeInt32BE(-3, 9), w.writeInt8(-1, 13), w);
console.log(w.readUInt8(0), w.readUInt16LE(1), w.readUInt16BE(3), w.readInt32LE(5), w.readInt32BE(9), w.readInt8(13), w.readUInt32LE(5), w.readUInt32BE(9), w.readInt16BE(0), w.readUint16LE(1));
const f = Buffer.alloc(24);
f.writeFloatLE(1.5, 0); f.writeFloatBE(-2.25, 4); f.writeDoubleLE(Math.PI, 8); f.writeDoubleBE(-1e300, 16);
console.log(f, f.readFloatLE(0), f.readFloatBE(4), f.readDoubleLE(8), f.readDoubleBE(16));
const g = Buffer.alloc(16);
g.writeBigInt64LE(-5n, 0); g.writeBigUInt64BE(2n ** 64n - 2n, 8);
console.log(g, g.readBigInt64LE(0), g.readBigUInt64LE(0), g.readBigUInt64BE(8), g.readBigInt64BE(8));
const h = Buffer.alloc(12);
h.writeUIntLE(0x123456789a, 0, 5); h.writeIntBE(-123456, 5, 3); h.writeUIntBE(0xabcdef012345, 6, 6);
console.log(h, h.readUIntLE(0, 5), h.readIntBE(5, 3), h.readUIntBE(6, 6), h.readIntLE(6, 6), h.readIntLE(0, 1));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('xbcx'), 1, 3, 1));
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('a')], 3), Buffer.concat([]));
const s = Buffer.from('hello world');
console.log(s.slice(1, 3).toString(), s.slice(-5).toString(), s.subarray(2, 4), s.subarray(2) instanceof Buffer, s.slice(3, 1).length, s.map((x) => x + 1) instanceof Buffer);
console.log(s.indexOf('o'), s.indexOf('o', 5), s.lastIndexOf('o'), s.indexOf(Buffer.from('wor')), s.indexOf(111), s.includes('xyz'), s.indexOf('o', -3), s.lastIndexOf('o', 5), s.indexOf(''), s.indexOf('', 20), s.indexOf('6c6c', 'hex'), s.lastIndexOf('l'), s.lastIndexOf(Buffer.from('l'), -3));
console.log(Buffer.alloc(7).fill('abc'), Buffer.alloc(5).fill(1, 1, 3), Buffer.alloc(4).fill('6162', 'hex'), Buffer.alloc(3).fill(''), Buffer.alloc(5).fill(Buffer.from('xy'), 1));
const t = Buffer.from('abcdef'); const u = Buffer.alloc(4);
console.log(t.copy(u, 1, 2), u, t.copy(t, 0, 2), t.toString(), t.copy(u, 10));
console.log(JSON.stringify(Buffer.from('ab')), Buffer.from('ab').toJSON(), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.byteLength('héllo'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength('aGk=', 'base64'));
const wb = Buffer.alloc(8);
console.log(wb.write('héllo'), wb, wb.write('zz', 6), wb.write('ab', 1, 1), wb.write('6162', 2, 'hex'), wb.write('€', 6), wb);
console.log(Buffer.from('abcd').swap16(), Buffer.from('abcd').swap32(), Buffer.from('abcdefgh').swap64(), Buffer.from('ab').equals(Buffer.from('ab')), Buffer.from('ab').equals(new Uint8Array([97, 98])));
console.log(Buffer.from('\ud800x').toString('hex'), Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xff, 0x41]).toString('utf16le').length, Buffer.of(1, 2), Buffer.from('abc').toString(undefined, 1));
console.log(require('buffer').isUtf8(Buffer.from([0xc3, 0xa9])), require('buffer').isUtf8(Buffer.from([0xff])), require('buffer').isAscii(Buffer.from('abc')), typeof require('buffer').atob, typeof require('buffer').Blob);
const errs = [
  () => Buffer.alloc(-1), () => Buffer.alloc('5'), () => Buffer.from(1), () => Buffer.from(null), () => b.readUInt8(5), () => b.readUInt16LE(1), () => b.readUInt32LE(0),
  () => b.writeUInt8(300), () => b.writeInt8(-129), () => b.toString('xx'), () => Buffer.from('x', 'nope'), () => b.readUInt8(1.5), () => b.readUInt8('1'),
  () => Buffer.alloc(8).writeUInt32LE(2 ** 32), () => Buffer.alloc(8).writeBigInt64LE(1), () => Buffer.alloc(8).writeBigUInt64LE(-1n), () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n),
  () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6), () => Buffer.alloc(8).writeIntLE(-(2 ** 47) - 1, 0, 6), () => b.readIntLE(0, 7), () => b.readIntLE(0),
  () => Buffer.concat('x'), () => Buffer.concat([1]), () => Buffer.compare(1, b), () => b.equals('ab'), () => b.indexOf({}), () => Buffer.from('abc').swap16(),
  () => Buffer.from(new ArrayBuffer(4), 5), () => Buffer.from(new ArrayBuffer(4), 1, 9), () => b.fill('zz', 'hex'), () => b.write(1), () => Buffer.byteLength(5), () => b.copy('x'), () => b.fill('a', 'nope'),
  () => Buffer.alloc(10).readDoubleLE(3), () => b.readUInt32BE(2 ** 40),
];
for (const fn of errs) { try { console.log('no error', fn()); } catch (e) { console.log(e.name, e.code, e.message); } }
{
const b = Buffer.alloc(4);
const out = [];
for (const [m, v] of [['writeInt32LE', -1], ['writeUInt32BE', 0xFFFFFFFF], ['writeInt16BE', -32768], ['writeUInt8', 1.9], ['writeInt8', -1.5], ['writeUInt16LE', NaN], ['writeInt32BE', -2147483648], ['writeUInt32LE', 2.5e9], ['writeInt16LE', '12'], ['writeUInt16BE', 65534.9]]) {
  b.fill(0); b[m](v, 0); out.push(`${m}(${v}) ${b.toString('hex')} ${b.readInt32LE(0)} ${b.readUInt32BE(0)} ${b.readInt16BE(0)} ${b.readInt8(3)} ${b.readUInt16LE(2)}`);
}
for (const f of [() => b.readUInt32LE(1), () => b.readInt16LE(-1), () => b.writeUInt16LE(1, 3), () => b.readUInt8(undefined), () => b.writeInt8(1, null), () => b.readUInt16BE(1.5), () => b.writeUInt32LE(1, '0')]) {
  try { out.push(`ok ${f()}`); } catch (e) { out.push(`${e.code} ${e.message}`); }
}
console.log(out.join('\n'));
}
