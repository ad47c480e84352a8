import { v4, v5, validate, version, NIL } from 'uuid';
const id = v4();
console.log(validate(id), version(id), v5('hello', v5.URL), NIL, validate('nope'));
