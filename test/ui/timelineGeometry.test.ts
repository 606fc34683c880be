import { dayTicks, timelineRows } from '../../static/admin/schedules/timelineGeometry.js';

const preview = {
  from: '2026-11-25T14:00:00.000Z',
  until: '2026-11-27T14:00:00.000Z',
  segments: [
    { start: '2026-11-25T09:00:00.000Z', end: '2026-11-26T09:00:00.000Z', accountId: 'ana' },
    { start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T14:00:00.000Z', accountId: null },
    { start: '2026-11-26T14:00:00.000Z', end: '2026-11-27T09:00:00.000Z', accountId: 'lena' },
    { start: '2026-11-27T09:00:00.000Z', end: '2026-11-28T09:00:00.000Z', accountId: 'ana' },
  ],
};

describe('timelineRows', () => {
  it('gives each person one row in order of their first shift, with nobody last', () => {
    expect(timelineRows(preview).map((r) => r.accountId)).toEqual(['ana', 'lena', null]);
  });

  it('clips a shift that began before the axis to its left edge', () => {
    const [ana] = timelineRows(preview);
    expect(ana?.bars[0]).toMatchObject({ left: 0, width: (19 / 48) * 100 });
  });

  it('clips a shift that runs past the axis to its right edge', () => {
    const [ana] = timelineRows(preview);
    const last = ana?.bars[1];
    expect((last?.left ?? 0) + (last?.width ?? 0)).toBeCloseTo(100);
  });
});

describe('dayTicks', () => {
  it('ticks at each local midnight inside the axis', () => {
    const ticks = dayTicks(preview.from, preview.until, 'Europe/London');
    expect(ticks.map((t) => new Date(t.at).toISOString())).toEqual(['2026-11-26T00:00:00.000Z', '2026-11-27T00:00:00.000Z']);
    expect(ticks[0]?.label).toBe('Thu 26');
  });

  it('ticks at midnight, not every 24 hours, across the spring DST change in London', () => {
    const ticks = dayTicks('2026-03-28T12:00:00.000Z', '2026-03-30T12:00:00.000Z', 'Europe/London');
    expect(ticks.map((t) => new Date(t.at).toISOString())).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']);
  });

  it('ticks at midnight in the schedule\'s zone, not the browser\'s', () => {
    const ticks = dayTicks('2026-11-25T14:00:00.000Z', '2026-11-26T14:00:00.000Z', 'America/New_York');
    expect(ticks.map((t) => new Date(t.at).toISOString())).toEqual(['2026-11-26T05:00:00.000Z']);
  });
});
