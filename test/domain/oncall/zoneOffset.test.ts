import { zoneOffset } from '../../../src/domain/oncall/zoneOffset.js';

describe('zoneOffset', () => {
  test.each([
    ['London just before summer time', 'Europe/London', '2026-03-29T00:59:59.999Z', 0],
    ['London at the change', 'Europe/London', '2026-03-29T01:00:00Z', 60],
    ['London later that day', 'Europe/London', '2026-03-29T23:00:00Z', 60],
    ['New York the morning of its spring change', 'America/New_York', '2026-03-08T06:59:00Z', -300],
    ['New York after its spring change', 'America/New_York', '2026-03-08T07:00:00Z', -240],
    ['Kolkata, which never changes', 'Asia/Kolkata', '2026-07-01T12:00:00Z', 330],
  ])('%s', (_, zone, iso, minutes) => {
    expect(zoneOffset(zone, Date.parse(iso))).toBe(minutes);
  });

  it('answers the same for an instant asked twice (the memo does not drift)', () => {
    const at = Date.parse('2026-10-25T00:30:00Z');
    expect([zoneOffset('Europe/London', at), zoneOffset('Europe/London', at)]).toEqual([60, 60]);
  });
});
