const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.uniqBy([{ a: 1 }, { a: 1 }, { a: 2 }], 'a'));
console.log(_.groupBy(['one', 'two', 'three'], 'length'), _.debounce !== undefined, _.get({ a: { b: [1, { c: 3 }] } }, 'a.b[1].c'));
console.log(_.template('hello <%= name %>!')({ name: 'cortado' }), _.camelCase('Foo Bar-baz'), _.cloneDeep({ d: new Date(0) }).d.toISOString());
const log = [];
const throttled = _.throttle(() => log.push('t'), 50);
throttled(); throttled();
setTimeout(() => console.log('throttle calls', log.length), 100);
