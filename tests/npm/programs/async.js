const async = require('async');
async.mapLimit([3, 1, 2], 2, (n, cb) => setTimeout(() => cb(null, n * 10), n * 5), (err, res) => {
  console.log('mapLimit', err, res);
  async.waterfall([(cb) => cb(null, 1), (a, cb) => cb(null, a + 1), (b, cb) => cb(null, b * 10)], (e, r) => console.log('waterfall', e, r));
  async.series({ one: (cb) => setTimeout(() => cb(null, 1), 5), two: (cb) => cb(null, 2) }, (e, r) => console.log('series', r));
});
