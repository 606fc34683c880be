import type { HeartbeatState } from '../../../../src/contracts/heartbeat.js';
import { heartbeatDeadline } from '../../../../src/domain/alerts/heartbeats/heartbeatDeadline.js';
import { heartbeatHealth } from '../../../../src/domain/alerts/heartbeats/heartbeatHealth.js';

const state = (over: Partial<HeartbeatState> = {}): HeartbeatState => ({
  schema: 1, id: 'hb', status: 'up', lastPingAt: '2026-12-01T02:00:00.000Z', pings: 1, deadlineAt: '2026-12-01T03:10:00.000Z',
  timerDueAt: null, missedAt: null, incidentKey: null, lastIncidentKey: null, ...over,
});

describe('heartbeatDeadline', () => {
  it('is the interval then the grace after the last ping', () => {
    expect(heartbeatDeadline({ intervalMinutes: 60, graceMinutes: 10 }, new Date('2026-12-01T02:00:00Z')).toISOString()).toBe('2026-12-01T03:10:00.000Z');
  });
  it('crosses midnight and month ends', () => {
    expect(heartbeatDeadline({ intervalMinutes: 1440, graceMinutes: 120 }, new Date('2026-11-30T23:30:00Z')).toISOString()).toBe('2026-12-02T01:30:00.000Z');
  });
});

describe('heartbeatHealth (every 60 min, 10 min grace, last ping 02:00)', () => {
  const h = { enabled: true, graceMinutes: 10 };
  it.each([
    ['02:30', state(), 'up'],
    ['03:00', state(), 'late'],
    ['03:09', state(), 'late'],
    ['03:10', state(), 'missed'],
    ['02:30', state({ status: 'waiting', lastPingAt: null }), 'waiting'],
    ['02:30', state({ status: 'missed' }), 'missed'],
  ])('at %s it reads %#', (time, s, want) => {
    expect(heartbeatHealth(h, s, new Date(`2026-12-01T${time}:00Z`))).toBe(want);
  });
  it('reads disabled whatever its state when switched off', () => {
    expect(heartbeatHealth({ enabled: false, graceMinutes: 10 }, state({ status: 'missed' }), new Date('2026-12-01T02:30:00Z'))).toBe('disabled');
  });
  it('reads waiting before any state exists', () => {
    expect(heartbeatHealth(h, null, new Date('2026-12-01T02:30:00Z'))).toBe('waiting');
  });
});
