const semver = require('semver');
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.gt('2.0.0', '1.9.9'), semver.inc('1.2.3', 'minor'));
console.log(semver.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '~1.4 || 1.5.x'), semver.coerce('v3.1').version, semver.valid('x'));
