import { backtestPolicy } from '../../../src/app/drills/backtestPolicy.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { BacktestRequestSchema } from '../../../src/contracts/backtest.js';
import { aPolicyInput, anIncident, min, slaAt, T0 } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Two incidents escalated through the real path under version 1: one acknowledged after 6 minutes, one left to climb. */
async function history() {
  const h = await appHarness();
  const created = iso(T0 - min(180));
  h.host.put(anIncident({ key: 'ITOPS-1', summary: 'Printer queue stuck', created, updated: created, unassignedSince: created, slas: [slaAt(180)] }));
  h.host.put(anIncident({ key: 'ITOPS-2', summary: 'Wiki slow', created, updated: created, unassignedSince: created, slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, 'ITOPS-1');
  await evaluateIncident(h.deps, 'ITOPS-2');
  h.clock.advance(6);
  await acknowledge(h.deps, AGENT, 'ITOPS-1');
  for (let i = 0; i < 6; i++) { h.clock.advance(10); await evaluateIncident(h.deps, 'ITOPS-2'); }
  for (const key of ['ITOPS-1', 'ITOPS-2']) {
    h.host.put({ ...h.host.incidents.get(key)!, statusCategory: 'done' }, h.host.states.get(key)!);
    await evaluateIncident(h.deps, key);
  }
  h.clock.advance(60 * 24);
  return h;
}

describe('backtestPolicy', () => {
  it('replays the recorded incidents under a draft and says what would change, per incident and in total', async () => {
    const h = await history();
    const outbox = h.notifier.outbox.length;
    const draft = aPolicyInput();
    draft.paths.technical.levels = draft.paths.technical.levels.slice(0, 2);
    draft.triggers = [{ id: 'ttr-50', type: 'slaPercent', metric: 'Time to resolution', percent: 50 }];
    const view = await backtestPolicy(h.deps, ADMIN, BacktestRequestSchema.parse({ policy: { kind: 'draft', policy: draft } }));
    const byKey = Object.fromEntries(view.incidents.map((i) => [i.key, i]));
    expect(byKey['ITOPS-1']!.changes).toEqual(['first page 180 min → 120 min']);
    expect(byKey['ITOPS-1']!.after.acknowledgedAt).toBe(iso(T0 - min(60) + min(6)));
    expect(byKey['ITOPS-2']!.before).toMatchObject({ pages: 3, levelsReached: { technical: 3 }, policy: 'Default incident policy v1' });
    expect(byKey['ITOPS-2']!.changes).toEqual(['pages 3 → 2', 'first page 180 min → 120 min', 'technical level 3 → 2']);
    expect(view.totals).toMatchObject({ changed: 2, before: { incidents: 2, personPages: 4, meanMinutesToFirstPage: 180 }, after: { personPages: 3, meanMinutesToFirstPage: 120 } });
    expect(view.truncated).toBe(false);
    expect(h.notifier.outbox.length).toBe(outbox);
  });

  it('is for policy admins: an agent is refused', async () => {
    const h = await appHarness();
    await expect(backtestPolicy(h.deps, AGENT, BacktestRequestSchema.parse({ policy: { kind: 'saved', id: 'default' } }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('leaves out incidents older than the window', async () => {
    const h = await history();
    h.clock.advance(60 * 24 * 10);
    const view = await backtestPolicy(h.deps, ADMIN, BacktestRequestSchema.parse({ policy: { kind: 'saved', id: 'default' }, days: 5 }));
    expect(view.incidents).toEqual([]);
  });
});
