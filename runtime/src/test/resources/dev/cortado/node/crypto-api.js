const c = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha384', 'sha224', 'sha3-256', 'SHA256']) {
  console.log(alg, c.createHash(alg).update('hello').update(' world').digest('hex'));
}
console.log(c.createHash('sha256').update('68656c6c6f', 'hex').digest('base64'));
console.log(c.createHash('sha1').update(Buffer.from([1, 2, 3])).digest().length, c.createHash('md5').update(new Uint8Array(3)).digest('base64url'));
const h = c.createHash('sha256').update('part');
const copy = h.copy();
console.log(h.digest('hex') === copy.update('').digest('hex'));
for (const alg of ['sha1', 'sha256', 'sha512', 'md5']) console.log('hmac', alg, c.createHmac(alg, 'secret').update('msg').digest('hex'));
console.log('hmac empty key', c.createHmac('sha256', '').update('x').digest('hex'));
console.log('hmac buffer key', c.createHmac('sha256', Buffer.from('k')).update('x').digest('base64'));
try { c.createHash('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
const d = c.createHash('sha256'); d.update('a'); d.digest(); try { d.update('b'); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.createHash('sha1').update(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
try { c.randomInt(5, 5); } catch (e) { console.log(e.name, e.code, e.message); }
const r = c.randomBytes(32); console.log(r.length, Buffer.isBuffer(r));
console.log(new Set(Array.from({ length: 1000 }, () => c.randomInt(3))).size, c.randomInt(10, 12) >= 10);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.randomUUID()));
console.log(c.webcrypto === globalThis.crypto, c.getHashes().includes('sha256'));
c.randomBytes(8, (err, buf) => console.log('async', err, buf.length));
console.log(c.createHash('sha256').update('€').digest('hex'), c.createHash('sha256').update('€', 'latin1').digest('hex'));
