const { Command } = require('commander');
const program = new Command();
program.name('tool').option('-d, --debug', 'debug').option('-n, --count <n>', 'count', parseInt).argument('<file>');
program.parse(['node', 'tool', '-d', '--count', '3', 'file.txt']);
console.log(program.opts(), program.args, program.helpInformation().split('\n')[0]);
