// Runs a real mocha test suite (math.spec.cjs) with mocha's own runner; prints what it reports.
const Mocha = require('mocha');
const path = require('path');
const mocha = new Mocha({ reporter: function Plain(runner) {
  runner.on('pass', (t) => console.log('pass', t.fullTitle()));
  runner.on('fail', (t, err) => console.log('fail', t.fullTitle(), '-', err.message.split('\n')[0]));
  runner.on('pending', (t) => console.log('pending', t.fullTitle()));
  runner.on('end', () => console.log('end', runner.stats.passes, runner.stats.failures, runner.stats.pending));
} });
mocha.addFile(path.join(__dirname, 'math.spec.cjs'));
mocha.run((failures) => { process.exitCode = failures; });
