import type { EventLogEntry } from '../../../src/contracts/events.js';
import { buildTimeline } from '../../../src/domain/reviews/buildTimeline.js';

const T = (hhmm: string) => `2026-11-30T${hhmm}:00.000Z`;
const MIN = 60_000;
let seq = 0;
const e = (type: EventLogEntry['type'], at: string, path: EventLogEntry['path'] = 'technical', level: number | null = 1, actor?: string): EventLogEntry => ({
  incidentKey: 'ITOPS-1', at: T(at), type, path, level, loop: 0, detail: type, policyId: 'default', policyVersion: 1, seq: seq++, ...(actor ? { actor } : {}),
});

describe('buildTimeline: stages and their durations', () => {
  it.each<[string, EventLogEntry[], Array<[string, number | null]>, { ack: number | null; resolve: number | null; engaged: number | null }]>([
    ['acknowledged at level 2',
      [e('triggered', '09:00'), e('paged', '09:00'), e('paged', '09:30', 'technical', 2), e('acknowledged', '09:40', 'technical', 2, 'lead-lee'), e('resolved', '10:40', 'technical', 2)],
      [['Triggered, waiting for the first page', 0], ['technical level 1 paged, waiting for acknowledgement', 30 * MIN],
        ['technical level 2 paged, waiting for acknowledgement', 10 * MIN], ['Acknowledged, working to resolve', 60 * MIN]],
      { ack: 40 * MIN, resolve: 100 * MIN, engaged: 60 * MIN }],
    ['a timeout to level 2 as the engine logs it (levelChanged)',
      [e('triggered', '09:00'), e('paged', '09:00'), e('levelChanged', '09:30', 'technical', 2), e('acknowledged', '09:35', 'technical', 2), e('resolved', '09:45', 'technical', 2)],
      [['Triggered, waiting for the first page', 0], ['technical level 1 paged, waiting for acknowledgement', 30 * MIN],
        ['technical level 2 paged, waiting for acknowledgement', 5 * MIN], ['Acknowledged, working to resolve', 10 * MIN]],
      { ack: 35 * MIN, resolve: 45 * MIN, engaged: 10 * MIN }],
    ['a repeated page stays in its level; comms and bridge joins are entries, not stages',
      [e('triggered', '09:00'), e('paged', '09:01'), e('communication', '09:05'), e('repeated', '09:16'), e('paged', '09:16'), e('bridgeJoined', '09:20'), e('acknowledged', '09:25'), e('resolved', '09:55')],
      [['Triggered, waiting for the first page', MIN], ['technical level 1 paged, waiting for acknowledgement', 24 * MIN], ['Acknowledged, working to resolve', 30 * MIN]],
      { ack: 25 * MIN, resolve: 55 * MIN, engaged: 30 * MIN }],
    ['a path change and a stand-down, never acknowledged (no MTTA: PagerDuty leaves it out)',
      [e('manualEscalation', '09:00', 'managerial'), e('paged', '09:00', 'managerial'), e('pathChanged', '09:20', 'executive'), e('paged', '09:20', 'executive'), e('stoodDown', '09:50', 'executive'), e('resolved', '10:00')],
      [['Escalated by hand, waiting for the page', 0], ['managerial level 1 paged, waiting for acknowledgement', 20 * MIN], ['Moved to the executive path', 0],
        ['executive level 1 paged, waiting for acknowledgement', 30 * MIN], ['Stood down', 10 * MIN]],
      { ack: null, resolve: 60 * MIN, engaged: null }],
    ['not yet resolved: the last stage is open',
      [e('triggered', '09:00'), e('paged', '09:00')],
      [['Triggered, waiting for the first page', 0], ['technical level 1 paged, waiting for acknowledgement', null]],
      { ack: null, resolve: null, engaged: null }],
  ])('%s', (_name, events, stages, totals) => {
    const t = buildTimeline(events);
    expect(t.stages.map((s) => [s.label, s.durationMs])).toEqual(stages);
    expect({ ack: t.timeToAckMs, resolve: t.timeToResolveMs, engaged: t.engagedMs }).toEqual(totals);
  });

  it('orders by time then seq, offsets alerts before the trigger negatively, and leaves the review\'s own steps out', () => {
    const t = buildTimeline([e('paged', '09:00'), e('triggered', '09:00'), e('alertReceived', '08:58', null, null), e('reviewOpened', '11:00', null, null)]);
    expect(t.entries.map((x) => [x.type, x.offsetMs])).toEqual([['alertReceived', -2 * MIN], ['paged', 0], ['triggered', 0]]);
    expect(t.startedAt).toBe(T('09:00'));
  });
});
