import { runFuzz } from '../../chaos/fuzz.js';

/**
 * A fixed-seed slice of the campaign's fuzzing (`npm run chaos` runs 10,000 cases): every
 * resolver as an admin, an agent and a customer, both webtriggers, and the tools' forged
 * credentials. No answer may be a 5xx, nothing may be stored from a refusal, and every INVALID
 * refusal names its field. The examples say which request broke which rule.
 */
describe('fuzzing, fixed seed', () => {
  it('no 5xx, nothing stored on refusal, every refusal names a field', async () => {
    const s = await runFuzz(600, 12);
    expect({ fivexx: s.fivexx, storedOnRefusal: s.storedOnRefusal, unnamedRefusals: s.unnamedRefusals, examples: s.examples }).toEqual({ fivexx: 0, storedOnRefusal: 0, unnamedRefusals: 0, examples: [] });
    expect(s.cases).toBeGreaterThanOrEqual(600);
  }, 600_000);
});
