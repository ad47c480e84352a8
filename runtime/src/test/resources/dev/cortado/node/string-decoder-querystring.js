const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€𝄞é');
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'base64url']) {
  const bytes = Buffer.from('h€𝄞éllo', enc === 'hex' || enc === 'latin1' ? 'utf8' : enc === 'utf16le' ? 'utf16le' : 'utf8');
  const d = new StringDecoder(enc);
  const parts = [];
  for (let i = 0; i < bytes.length; i++) parts.push(d.write(bytes.subarray(i, i + 1)));
  parts.push(d.end());
  console.log(enc, JSON.stringify(parts.join('')));
}
const d8 = new StringDecoder();
console.log(JSON.stringify(d8.write(euro.subarray(0, 2))), JSON.stringify(d8.end()), JSON.stringify(d8.write(Buffer.from([0xff, 0x41]))), JSON.stringify(d8.end(Buffer.from([0xe2, 0x82]))));
console.log(d8.encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding, d8.write('str'));
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { d8.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
const d16 = new StringDecoder('utf16le');
console.log(JSON.stringify(d16.write(Buffer.from([0x3d, 0xd8]))), JSON.stringify(d16.end()));
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&=e&f=x+y%20z&g=%E2%82%AC&h=%zz&i=%E2%82'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse(''), qs.parse('a=1&b=2', null, null, { maxKeys: 1 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: 5n, h: {}, 'k€y': '€!*()\'' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.escape('a b&c/€'), qs.unescape('a%20b%zz'), qs.unescapeBuffer('a%20b'), qs.encode === qs.stringify, qs.decode === qs.parse);
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
