import { plotSeries } from '../../static/dashboard/chartGeometry.js';

describe('plotSeries', () => {
  it('scales the largest value to the top and zero to the bottom', () => {
    const { runs, max } = plotSeries([{ label: 'a', value: 0 }, { label: 'b', value: 10 }], 100, 50);
    expect(max).toBe(10);
    expect(runs).toEqual([[{ x: 0, y: 50, label: 'a', value: 0 }, { x: 100, y: 0, label: 'b', value: 10 }]]);
  });

  it('breaks the line on a day without data', () => {
    const { runs } = plotSeries([{ label: 'a', value: 1 }, { label: 'b', value: null }, { label: 'c', value: 2 }], 100, 50);
    expect(runs.map((r) => r.map((p) => p.label))).toEqual([['a'], ['c']]);
  });

  it('draws nothing when no day has data', () => {
    expect(plotSeries([{ label: 'a', value: null }], 100, 50).runs).toEqual([]);
  });
});
