import { jsonPathDiff } from '../../static/shared/jsonPathDiff.js';

describe('jsonPathDiff', () => {
  it('finds nothing between equal values', () => {
    expect(jsonPathDiff({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });

  it('names a changed leaf by its field path', () => {
    const before = { paths: { technical: { levels: [{ delayMinutes: 5 }, { delayMinutes: 10 }] } } };
    const after = { paths: { technical: { levels: [{ delayMinutes: 5 }, { delayMinutes: 20 }] } } };
    expect(jsonPathDiff(before, after)).toEqual([
      { path: 'paths.technical.levels[1].delayMinutes', kind: 'changed', before: 10, after: 20 },
    ]);
  });

  it('lists the leaves of an added level and of a removed key', () => {
    const diff = jsonPathDiff({ levels: [], jql: 'x' }, { levels: [{ repeat: 1, targets: [] }] });
    expect(diff).toEqual([
      { path: 'jql', kind: 'removed', before: 'x' },
      { path: 'levels[0].repeat', kind: 'added', after: 1 },
      { path: 'levels[0].targets', kind: 'added', after: [] },
    ]);
  });

  it('reports a value that changed type as one change', () => {
    expect(jsonPathDiff({ a: [1] }, { a: 'one' })).toEqual([{ path: 'a', kind: 'changed', before: [1], after: 'one' }]);
  });
});
