const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({ type: 'object', properties: { n: { type: 'integer', minimum: 1 }, s: { type: 'string' } }, required: ['n'], additionalProperties: false });
console.log(validate({ n: 2, s: 'x' }), validate({ n: 0, extra: 1 }), validate.errors.map((e) => `${e.instancePath} ${e.message}`));
