const assert = require('assert');
describe('arithmetic', () => {
  it('adds', () => assert.strictEqual(1 + 1, 2));
  it('waits for a timer', (done) => { setTimeout(() => { assert.ok(true); done(); }, 10); });
  it('awaits a promise', async () => { const v = await Promise.resolve(42); assert.strictEqual(v, 42); });
  describe('failures', () => {
    it('reports a failed assertion', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
    it.skip('is skipped', () => {});
  });
});
