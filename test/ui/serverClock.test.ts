import { serverOffsetMs, slaRemainingAt } from '../../static/shared/serverClock.js';

describe('server clock', () => {
  it('measures how far the server clock is ahead of the browser', () => {
    expect(serverOffsetMs('2026-11-27T09:00:30.000Z', Date.parse('2026-11-27T09:00:00.000Z'))).toBe(30_000);
  });

  it('treats an unreadable server time as no offset', () => {
    expect(serverOffsetMs('not a time', 123)).toBe(0);
  });

  it('runs a running SLA down from the server time, but not a paused or completed one', () => {
    const now = '2026-11-27T09:00:00.000Z';
    const later = Date.parse(now) + 60_000;
    const sla = { remainingMs: 600_000, paused: false, completed: false };
    expect(slaRemainingAt(sla, now, later)).toBe(540_000);
    expect(slaRemainingAt({ ...sla, paused: true }, now, later)).toBe(600_000);
    expect(slaRemainingAt({ ...sla, completed: true }, now, later)).toBe(600_000);
  });
});
