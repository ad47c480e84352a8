const assert = require('assert');
const cases = [
  () => assert.strictEqual(1, 2), () => assert.strictEqual('a', 'b', 'custom msg'), () => assert.equal(1, 2), () => assert.notEqual(1, '1'),
  () => assert.notStrictEqual(1, 1), () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }), () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), () => assert.notDeepEqual([1], ['1']), () => assert(false, 'with message'), () => assert.ok(),
  () => assert.throws(() => {}), () => assert.throws(() => { throw new Error('x'); }, /y/), () => assert.throws(() => { throw new Error('x'); }, TypeError),
  () => assert.throws(() => { throw new Error('x'); }, { message: 'z' }), () => assert.doesNotThrow(() => { throw new Error('bad'); }),
  () => assert.match('abc', /x/), () => assert.doesNotMatch('abc', /b/), () => assert.fail(), () => assert.fail('boom'), () => assert.ifError(new Error('e1')),
  () => assert.strictEqual(NaN, NaN), () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3]), () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])), () => assert.strictEqual('hello world', 'hello there'),
  () => assert.throws(() => { throw new TypeError('t'); }, TypeError, 'msg'), () => assert.throws('notfn'),
  () => assert.strictEqual(1n, 2n), () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]),
];
for (const c of cases) {
  try { c(); console.log('passed'); } catch (e) { console.log('---', e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message)); }
}
try { assert.strictEqual(1, 2); } catch (e) { console.log(Object.keys(e), e.actual, e.expected, e instanceof assert.AssertionError, e.constructor.name); }
console.log(typeof assert.strict, assert.strict.equal === assert.strictEqual, require('assert/strict') === assert.strict, assert.strict.strict === assert.strict);
(async () => {
  for (const c of [() => assert.rejects(Promise.resolve(1)), () => assert.rejects(Promise.reject(new Error('r')), /zz/), () => assert.doesNotReject(Promise.reject(new Error('dr'))), () => assert.rejects(async () => { throw new Error('ok'); }, Error)]) {
    try { await c(); console.log('passed async'); } catch (e) { console.log('--- async', e.name, e.code, e.operator, JSON.stringify(e.message)); }
  }
  const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  console.log(JSON.stringify(err.message), err.generatedMessage);
})();
try { assert.ok(0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(null === 1); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.strictEqual({a:1,b:2}, {a:1,b:3}, 'cm'); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.deepStrictEqual([1], [2], new TypeError('own')); } catch (e) { console.log(e.name, JSON.stringify(e.message)); }
try { assert.strictEqual('a'.repeat(10), 'a'.repeat(9)+'b'); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.deepStrictEqual({a:{b:{c:1}}}, {a:{b:{c:2}}}); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.notDeepStrictEqual(1, 1); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.notStrictEqual({}, {}); assert.notStrictEqual(a={x:1}, a) } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.equal({a:1}, {a:1}); } catch (e) { console.log(JSON.stringify(e.message)); }
