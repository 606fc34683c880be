import { getIn, removeAt, setIn } from '../../static/shared/setIn.js';

describe('setIn', () => {
  const draft = { paths: { technical: { levels: [{ delayMinutes: 5 }, { delayMinutes: 10 }] } }, name: 'x' };

  it('replaces one nested value and leaves the original untouched', () => {
    const next = setIn(draft, ['paths', 'technical', 'levels', 1, 'delayMinutes'], 30);
    expect(getIn(next, ['paths', 'technical', 'levels', 1, 'delayMinutes'])).toBe(30);
    expect(draft.paths.technical.levels[1]?.delayMinutes).toBe(10);
    expect(next.paths.technical.levels[0]).toBe(draft.paths.technical.levels[0]);
  });

  it('removes an optional key when set to undefined', () => {
    expect(setIn(draft, ['name'], undefined)).not.toHaveProperty('name');
  });

  it('creates missing containers, arrays for numeric segments', () => {
    expect(setIn({}, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
  });

  it('removes an item by index', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
