import type { EventLogEntry } from '../../../src/contracts/events.js';
import { backtestIncident, changesBetween } from '../../../src/domain/drills/backtestIncident.js';
import { backtestTotals } from '../../../src/domain/drills/backtestTotals.js';
import { recordedEscalation } from '../../../src/domain/drills/recordedEscalation.js';
import { aConfig, aPolicy, anIncident, at, min, slaAt, T0 } from '../../support/builders.js';

const iso = (ms: number) => new Date(ms).toISOString();
const event = (type: EventLogEntry['type'], minutes: number, extra: Partial<EventLogEntry> = {}): EventLogEntry => ({
  incidentKey: 'ITOPS-9', at: iso(at(minutes)), type, path: 'technical', level: 1, loop: 0, detail: type,
  policyId: 'default', policyVersion: 1, seq: 0, ...extra,
});
const incident = anIncident({ key: 'ITOPS-9', summary: 'VPN down', slas: [slaAt(0, 240), slaAt(0, 60, 'Time to first response')] });
const options = { config: aConfig(), ctx: { schedules: new Map() }, defaultTimeZone: () => 'Europe/London', horizonMs: min(7 * 24 * 60) };

describe('recordedEscalation reads history from the event log', () => {
  it('takes the version, the responder\'s delay after the first page and the resolution', () => {
    const rec = recordedEscalation({ ...incident, statusCategory: 'done' }, [
      event('triggered', 180), event('paged', 180), event('acknowledged', 192, { actor: 'agent-ana' }), event('resolved', 300),
    ]);
    expect(rec).toMatchObject({ policyId: 'default', policyVersion: 1, ackAfterFirstPageMs: min(12), acknowledgedBy: 'agent-ana', resolvedAt: at(300), summary: 'VPN down' });
    expect(rec!.incident.slaGoals).toEqual([{ metric: 'Time to resolution', goalMs: min(240) }, { metric: 'Time to first response', goalMs: min(60) }]);
  });

  it('is null for an incident that never escalated', () => {
    expect(recordedEscalation(incident, [])).toBeNull();
  });
});

describe('backtestIncident replays the same history under two policies', () => {
  const rec = recordedEscalation(incident, [event('triggered', 180), event('paged', 180)])!;
  const v1 = { policy: aPolicy(), version: 1 };

  it.each([
    ['the same policy changes nothing', aPolicy(), []],
    ['a 50% trigger pages an hour sooner', aPolicy({ triggers: [{ id: 'ttr-50', type: 'slaPercent', metric: 'Time to resolution', percent: 50 }] }),
      ['first page 180 min → 120 min']],
    ['a two-level path pages fewer people and stops lower', aPolicy({ paths: { ...aPolicy().paths, technical: { levels: aPolicy().paths.technical.levels.slice(0, 2) } } }),
      ['pages 3 → 2', 'technical level 3 → 2']],
  ])('%s', (_, candidate, changes) => {
    expect(backtestIncident(rec, v1, { policy: candidate, version: 2 }, options).changes).toEqual(changes);
  });

  it('keeps the responder\'s delay after the first page, so a sooner page is a sooner acknowledgement', () => {
    const acked = recordedEscalation(incident, [event('triggered', 40), event('paged', 40), event('acknowledged', 50, { actor: 'agent-ana' })])!;
    const sooner = aPolicy({ triggers: [{ id: 'ttr-10', type: 'slaPercent', metric: 'Time to resolution', percent: 10 }] });
    const r = backtestIncident(acked, v1, { policy: sooner, version: 2 }, options);
    expect(r.before).toMatchObject({ firstPageAt: at(180), acknowledgedAt: at(190), breachedResponse: true });
    expect(r.after).toMatchObject({ firstPageAt: at(24), acknowledgedAt: at(34), breachedResponse: false });
    expect(r.changes).toContain('would no longer breach the response SLA');
  });
});

describe('backtestTotals', () => {
  it('sums pages, woken people and breaches, and averages time to first page over paged incidents only', () => {
    const base = { pages: 1, personPages: 1, acknowledgedAt: null, levelsReached: { technical: 1 }, woken: [], breachedResponse: false };
    const totals = backtestTotals([
      { createdAt: T0, summary: { ...base, firstPageAt: at(30) } },
      { createdAt: T0, summary: { ...base, firstPageAt: at(90), pages: 2, personPages: 3, levelsReached: { technical: 2 }, woken: ['ana'], breachedResponse: true } },
      { createdAt: T0, summary: { ...base, firstPageAt: null, pages: 0, personPages: 0, levelsReached: {} } },
    ]);
    expect(totals).toEqual({ incidents: 3, pages: 3, personPages: 4, woken: 1, breachedResponse: 1, reachedLevel2: 1, meanMinutesToFirstPage: 60 });
  });

  it('names a change in who is woken even when the count is the same', () => {
    const s = { pages: 1, personPages: 1, firstPageAt: at(1), acknowledgedAt: null, levelsReached: {}, breachedResponse: false };
    expect(changesBetween({ ...s, woken: ['ana'] }, { ...s, woken: ['bo'] }, T0)).toEqual(['woken: 1 different people']);
  });
});
