import type { EventLogEntry } from '../../src/contracts/events.js';
import { newestFirst } from '../../static/shared/newestFirst.js';

const event = (at: string, seq: number, type: EventLogEntry['type']): EventLogEntry => ({
  incidentKey: 'ITOPS-1', at, type, path: 'technical', level: 1, loop: 0, detail: '', policyId: 'p', policyVersion: 1, seq,
});

describe('newestFirst', () => {
  it('orders by time even when seq restarted in a later write', () => {
    const events = [event('2026-11-27T09:00:00.000Z', 5, 'paged'), event('2026-11-27T09:05:00.000Z', 0, 'acknowledged')];
    expect(newestFirst(events).map((e) => e.type)).toEqual(['acknowledged', 'paged']);
  });

  it('uses seq for events in the same millisecond', () => {
    const at = '2026-11-27T09:00:00.000Z';
    expect(newestFirst([event(at, 1, 'triggered'), event(at, 2, 'paged')]).map((e) => e.type)).toEqual(['paged', 'triggered']);
  });
});
