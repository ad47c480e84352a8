import chalk, { Chalk } from 'chalk';
const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red.bold('hi')), JSON.stringify(c.bgBlue('x')), chalk.level);
