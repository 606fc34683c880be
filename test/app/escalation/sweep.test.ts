import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { sweep } from '../../../src/app/escalation/sweep.js';
import { anIncident, slaAt } from '../../support/builders.js';
import { appHarness } from '../../support/appHarness.js';

const plenty = { remainingMs: () => 60_000 };

async function seeded(total: number, due: number) {
  const h = await appHarness();
  for (let n = 1; n <= total; n++) {
    const key = `ITOPS-${n}`;
    // Every incident was evaluated at creation; the first `due` are now past their next evaluation.
    h.host.put(anIncident({ key, slas: [slaAt(n <= due ? 180 : 60)] }));
    await evaluateIncident(h.deps, key);
  }
  h.notifier.outbox.length = 0;
  h.host.requests.read = 0;
  return h;
}

describe('sweep', () => {
  it('reads only what can be due: one search request for up to 100 due incidents', async () => {
    const h = await appHarness();
    for (let n = 1; n <= 250; n++) {
      const key = `ITOPS-${n}`;
      h.host.put(anIncident({ key, slas: [slaAt(60)] }));
      await evaluateIncident(h.deps, key);
    }
    h.host.requests.read = 0;
    h.host.requests.directory = 0;
    h.clock.advance(60); // 120 of 240 minutes: nobody is at 75% yet, except those moved below
    for (let n = 1; n <= 7; n++) h.host.put(anIncident({ key: `ITOPS-${n}`, slas: [slaAt(180)] }), { ...h.host.states.get(`ITOPS-${n}`)!, nextEvaluationEpochMs: h.clock.now() - 1 });
    const r = await sweep(h.deps, plenty);
    expect(r).toMatchObject({ evaluated: 7, failed: [], searchRequests: 1 });
    expect(h.host.requests.read).toBe(1);
    expect(h.notifier.outbox).toHaveLength(7);
    // Each page's comment names the paged person: one account look-up per comment here (the
    // Jira adapter reads each account once per invocation).
    expect(h.host.requests.directory).toBe(7);
  });

  it('finds never-evaluated incidents through the SLA fallback', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(200)] }));
    h.host.put(anIncident({ key: 'ITOPS-2', slas: [slaAt(10)], statusCategory: 'done' }));
    const r = await sweep(h.deps, plenty);
    expect(r.evaluated).toBe(1);
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
    expect(h.host.states.has('ITOPS-2')).toBe(false);
  });

  it('out of time, it checkpoints what is left; the next run resumes without repeating', async () => {
    const h = await seeded(0, 0);
    for (let n = 1; n <= 5; n++) h.host.put(anIncident({ key: `ITOPS-${n}`, slas: [slaAt(200)] }));
    let budget = 2;
    const r1 = await sweep(h.deps, { remainingMs: () => (budget-- > 0 ? 60_000 : 0) });
    expect(r1).toMatchObject({ evaluated: 2, checkpointed: 3 });
    expect(await h.store.getCheckpoint()).toMatchObject({ pendingKeys: ['ITOPS-3', 'ITOPS-4', 'ITOPS-5'] });
    const r2 = await sweep(h.deps, plenty);
    expect(r2).toMatchObject({ evaluated: 3, resumed: 3, checkpointed: 0 });
    expect(await h.store.getCheckpoint()).toBeNull();
    expect(h.notifier.outbox.map((m) => m.incidentKey).sort()).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3', 'ITOPS-4', 'ITOPS-5']);
  });

  it('one failing incident does not stop the others', async () => {
    const h = await seeded(0, 0);
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(200)] }));
    h.host.put(anIncident({ key: 'ITOPS-2', slas: [slaAt(200)] }));
    const real = h.notifier.page.bind(h.notifier);
    h.notifier.page = async (m) => { if (m.incidentKey === 'ITOPS-1') throw new Error('mail relay down'); return real(m); };
    const r = await sweep(h.deps, plenty);
    expect(r.failed).toEqual([{ key: 'ITOPS-1', error: 'mail relay down' }]);
    expect(r.evaluated).toBe(1);
    expect(h.host.states.has('ITOPS-1')).toBe(false);
  });
});

describe('sweep with a record that cannot be read', () => {
  it('quarantines that one incident, reports it, and escalates the rest of the page', async () => {
    const h = await appHarness();
    for (let n = 1; n <= 3; n++) {
      h.host.put(anIncident({ key: `ITOPS-${n}`, slas: [slaAt(60)] }));
      await evaluateIncident(h.deps, `ITOPS-${n}`);
    }
    h.clock.advance(60);
    for (let n = 1; n <= 3; n++) h.host.put(anIncident({ key: `ITOPS-${n}`, slas: [slaAt(180)] }), { ...h.host.states.get(`ITOPS-${n}`)!, nextEvaluationEpochMs: h.clock.now() - 1 });
    h.notifier.outbox.length = 0;
    // As the Jira adapter reports a tampered property: {"status":"active","level":"x",...}.
    h.host.unreadable.set('ITOPS-2', 'ITOPS-2: the escalation property is invalid at level: Expected number, received string');
    const r = await sweep(h.deps, plenty);
    expect(r.evaluated).toBe(2);
    expect(r.failed).toEqual([{ key: 'ITOPS-2', error: 'quarantined: ITOPS-2: the escalation property is invalid at level: Expected number, received string' }]);
    expect(h.notifier.outbox.map((m) => m.incidentKey).sort()).toEqual(['ITOPS-1', 'ITOPS-3']);
  });

  it('drops a checkpointed key that cannot be read after reporting it, so it cannot block later sweeps', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'ITOPS-9', slas: [slaAt(60)] }));
    await h.deps.store.saveCheckpoint({ cutoffMs: h.clock.now(), pendingKeys: ['ITOPS-9'], startedAt: h.clock.now() });
    h.host.unreadable.set('ITOPS-9', 'unreadable');
    const first = await sweep(h.deps, plenty);
    expect(first.failed).toEqual([{ key: 'ITOPS-9', error: 'quarantined: unreadable' }]);
    expect(await h.deps.store.getCheckpoint()).toBeNull();
  });
});
