const yargs = require('yargs/yargs');
const argv = yargs(['--name', 'ada', '-v', 'build', '--port=8080']).option('v', { type: 'boolean' }).parseSync();
console.log(argv.name, argv.v, argv.port, argv._);
