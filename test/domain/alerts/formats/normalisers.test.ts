import { SOURCE_FORMATS } from '../../../../src/domain/alerts/alert.js';
import { normalisers } from '../../../../src/domain/alerts/formats/normalisers.js';
import { aContext } from '../context.js';

describe('normalisers', () => {
  it('has exactly one normaliser per source format', () => {
    expect(Object.keys(normalisers).sort()).toEqual([...SOURCE_FORMATS].sort());
  });

  test.each(SOURCE_FORMATS)('%s refuses an empty body with field errors instead of throwing', (format) => {
    const result = normalisers[format]({}, aContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  test.each(SOURCE_FORMATS)('%s refuses null', (format) => {
    expect(normalisers[format](null, aContext())).toMatchObject({ ok: false });
  });
});
