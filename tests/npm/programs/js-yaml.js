const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nb:\n  - x\n  - y: [1, 2]\nc: !!str 3\n');
console.log(doc, yaml.dump({ list: [1, 'two'], nested: { k: true } }));
try { yaml.load('a: [1'); } catch (e) { console.log(e.name, e.reason); }
