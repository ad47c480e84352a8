const util = require('util');
const { types } = util;
console.log(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'red'], 'x')));
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 80)); }
console.log(util.parseArgs({ args: ['-f', '--bar', 'b', 'pos'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } }, allowPositionals: true }));
for (const args of [['--nope'], ['x'], ['--bar'], ['--foo=1'], ['-f', '-x']]) {
  try { util.parseArgs({ args, options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } }); } catch (e) { console.log(e.code, e.message); }
}
console.log(util.parseArgs({ args: ['-abc', '--m', '1', '--m=2', '-n5', '--', '--x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'boolean', short: 'c' }, m: { type: 'string', multiple: true }, n: { type: 'string', short: 'n' }, d: { type: 'string', default: 'dd' } }, allowPositionals: true, tokens: true }));
console.log(util.parseArgs({ args: ['--loose', 'p', '-q'], strict: false }));
const cbf = util.callbackify(async (x) => { if (x === 1) throw null; if (x === 2) throw new Error('boom'); return 5; });
console.log(cbf.name, cbf.length);
cbf(0, (e, v) => console.log('cbify', e, v));
cbf(1, (e) => console.log('cbify falsy', e.code, e.message, e.reason));
cbf(2, (e) => console.log('cbify err', e.message));
for (const f of [() => util.inherits(1, 2), () => util.inherits(function A() {}, {}), () => util.promisify(1), () => util.callbackify('x'), () => util.getSystemErrorName(1)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
function A() {} function B() {} util.inherits(A, B); console.log(A.super_ === B, new A() instanceof B);
const p = util.promisify((a, cb) => setTimeout(() => cb(null, a * 2), 1));
p(21).then((v) => console.log('promisified', v));
const fails = util.promisify((cb) => cb(new Error('nope')));
fails().catch((e) => console.log('promisify rejects', e.message));
function custom() {} custom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(custom)().then((v) => console.log(v, util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')));
util.promisify(setTimeout)(1, 'st').then((v) => console.log('setTimeout promisified', v));
const checks = [
  [types.isPromise, Promise.resolve(), {}], [types.isDate, new Date(), Date.now()], [types.isRegExp, /x/, {}], [types.isMap, new Map(), {}],
  [types.isSet, new Set(), []], [types.isWeakMap, new WeakMap(), new Map()], [types.isNativeError, new TypeError(), { name: 'Error', message: '' }],
  [types.isAsyncFunction, async () => {}, () => {}], [types.isGeneratorFunction, function* g() {}, function f() {}], [types.isGeneratorObject, (function* g() {})(), {}],
  [types.isTypedArray, new Uint8Array(), []], [types.isUint8Array, Buffer.alloc(1), new Int8Array()], [types.isArrayBuffer, new ArrayBuffer(1), new Uint8Array()],
  [types.isAnyArrayBuffer, new SharedArrayBuffer(1), {}], [types.isBoxedPrimitive, new String(''), ''], [types.isNumberObject, new Number(1), 1],
  [types.isProxy, new Proxy({}, {}), {}], [types.isDataView, new DataView(new ArrayBuffer(1)), {}], [types.isArgumentsObject, (function () { return arguments; })(), []],
  [types.isMapIterator, new Map().keys(), [].keys()], [types.isSetIterator, new Set().values(), new Map().keys()], [types.isArrayBufferView, new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
];
console.log(checks.map(([f, yes, no]) => `${f.name}:${f(yes)}${f(no)}`).join(' '));
const eq = [
  [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], [{ a: 1 }, { a: '1' }], [[1, 2], [1, 2, 3]], [new Date(5), new Date(5)], [new Date(5), new Date(6)],
  [/a/g, /a/g], [/a/g, /a/i], [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Map([[{ k: 1 }, 2]]), new Map([[{ k: 1 }, 2]])], [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])],
  [new Set([1]), new Set(['1'])], [NaN, NaN], [0, -0], [Buffer.from('ab'), Buffer.from('ab')], [new Uint8Array([1]), new Int8Array([1])], [Object.create(null), {}],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Number(1), new Number(1)], [new String('a'), new String('b')], [[1, , 3], [1, undefined, 3]],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }], [1, '1'], [null, undefined], [{ a: undefined }, {}],
];
const cyc1 = { a: 1 }; cyc1.self = cyc1; const cyc2 = { a: 1 }; cyc2.self = cyc2; eq.push([cyc1, cyc2]);
console.log(eq.map(([a, b]) => (util.isDeepStrictEqual(a, b) ? 'T' : 'F')).join(''));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.toUSVString('a\ud800b'), util.stripVTControlCharacters('\x1b[31mx\x1b[39m'), util.getSystemErrorMap().get(-17));
console.log(util.isArray([]), util.isDeepStrictEqual, typeof util.TextEncoder, new util.TextDecoder().decode(new util.TextEncoder().encode('hé')), util.inspect({ a: [1] }), util.format('%s=%d', 'x', 5));
console.log(require('util/types') === types, require('node:util').types.isDate(new Date()));
const dep = util.deprecate(function old(x) { return x + 1; }, 'old() is old', 'DEP0999');
console.log(dep(1), dep(2), dep.name, typeof dep);
