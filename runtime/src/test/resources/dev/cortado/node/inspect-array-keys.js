// util.inspect of arrays and typed arrays with properties besides their elements: the order and
// attributes Reflect.ownKeys gives (with showHidden too), for arrays whose elements the engine
// keeps apart from their named properties and for ones it does not (accessor and read-only
// elements, holes), subclasses, and a large array whose extra property comes after its elements.
const util = require('util');
const plain = [1, 2, 3];
plain.extra = 'x';
plain[Symbol('s')] = 1;
plain.z = 2;
delete plain.extra;
plain.extra = 3;
Object.defineProperty(plain, 'hidden', { value: 'h', enumerable: false });
const holes = [1, , 3];
holes[10] = 4;
holes.name = 'n';
const accessor = [1, 2, 3];
Object.defineProperty(accessor, 1, { get() { return 9; }, enumerable: true });
accessor.tag = 't';
const readOnly = [1, 2];
Object.defineProperty(readOnly, 0, { value: 5, writable: false, enumerable: true });
readOnly.k = 1;
class MyArray extends Array {}
const sub = MyArray.from([1, 2]);
sub.own = true;
const bytes = new Uint8Array(4);
bytes.meta = 'm';
bytes[Symbol.for('q')] = 2;
const proxied = new Proxy([7, 8], {});
for (const value of [plain, holes, accessor, readOnly, sub, bytes, [], new Float64Array(0), proxied]) {
  console.log(util.inspect(value));
  console.log(util.inspect(value, { showHidden: true, breakLength: Infinity }));
}
const big = new Array(1_000_000).fill('x');
big.after = 1;
console.log(util.inspect(big, { breakLength: Infinity }).slice(-40));
const bigBytes = new Uint16Array(1_000_000);
bigBytes.label = 'L';
console.log(util.inspect(bigBytes, { breakLength: Infinity }).slice(-40));
