import { KvsAlertStore } from '../../../src/adapters/forge/kvsAlertStore.js';
import { MemoryAlertStore } from '../../../src/adapters/memory/memoryAlertStore.js';
import { DELIVERIES_KEPT } from '../../../src/contracts/integration.js';
import type { AlertStore } from '../../../src/ports/alertStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';
import { T0 } from '../../support/builders.js';
import { aDedup, aDelivery, anIntegration } from '../../app/alerts/ingest/anIntegration.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const counter = (seq: number, count = seq) => ({ windowStart: T0, count, seq });

/** One contract, two stores: the memory twin must behave like the KVS store on the real @forge/kvs. */
describe.each<[string, () => AlertStore]>([
  ['MemoryAlertStore', () => new MemoryAlertStore(() => T0)],
  ['KvsAlertStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsAlertStore(); }],
])('AlertStore contract: %s', (_name, make) => {
  it('keeps integrations, lists them by name, and deletes one with its secret', async () => {
    const s = make();
    await s.saveIntegration(anIntegration({ id: 'b', name: 'Zabbix-like' }));
    await s.saveIntegration(anIntegration({ id: 'a', name: 'Alertmanager' }));
    await s.saveSecret('a', { current: 'a'.repeat(32), previous: null, previousValidUntil: null });
    expect((await s.listIntegrations()).map((i) => i.id)).toEqual(['a', 'b']);
    expect(await s.getIntegration('a')).toEqual(anIntegration({ id: 'a', name: 'Alertmanager' }));
    await s.deleteIntegration('a');
    expect(await s.getIntegration('a')).toBeNull();
    expect(await s.getSecret('a')).toBeNull();
    expect(await s.loadIngest('a')).toBeNull();
  });

  it('keeps a rotated secret with its previous one and overlap', async () => {
    const s = make();
    expect(await s.getSecret('am-prod')).toBeNull();
    const rotated = { current: 'n'.repeat(32), previous: 'o'.repeat(32), previousValidUntil: '2026-11-28T09:00:00.000Z' };
    await s.saveSecret('am-prod', rotated);
    expect(await s.getSecret('am-prod')).toEqual(rotated);
  });

  it('returns empty alert settings until saved, then what was saved', async () => {
    const s = make();
    expect(await s.getAlertSettings()).toEqual({ maintenanceWindows: [], peakHours: [] });
    const settings = {
      maintenanceWindows: [{ id: 'mw', service: 'checkout', kind: 'one-off' as const, start: '2026-11-27T08:00:00.000Z', end: '2026-11-27T10:00:00.000Z' }],
      peakHours: [{ id: 'peak', services: null, timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
    };
    await s.saveAlertSettings(settings);
    expect(await s.getAlertSettings()).toEqual(settings);
  });

  it('loads what ingestion needs in one call, with a zero counter before the first delivery', async () => {
    const s = make();
    expect(await s.loadIngest('am-prod')).toBeNull();
    await s.saveIntegration(anIntegration());
    expect(await s.loadIngest('am-prod')).toEqual({
      integration: anIntegration(), secret: null, settings: { maintenanceWindows: [], peakHours: [] }, counter: { windowStart: 0, count: 0, seq: 0 },
    });
    await s.commit({ integrationId: 'am-prod', counter: counter(1), deliveries: [aDelivery(1)] });
    expect((await s.loadIngest('am-prod'))?.counter).toEqual(counter(1));
  });

  it('lists deliveries newest first and keeps only the last DELIVERIES_KEPT', async () => {
    const s = make();
    const total = DELIVERIES_KEPT + 5;
    // Two deliveries per write, as a request with a refusal and an acceptance might make.
    for (let seq = 2; seq <= total; seq += 2) {
      await s.commit({ integrationId: 'am-prod', counter: counter(seq), deliveries: [aDelivery(seq - 1), aDelivery(seq)] });
    }
    const list = await s.listDeliveries('am-prod', 1000);
    expect(list).toHaveLength(DELIVERIES_KEPT);
    const newest = total - (total % 2);
    expect(list[0]).toEqual(aDelivery(newest));
    expect(list.at(-1)).toEqual(aDelivery(newest - DELIVERIES_KEPT + 1));
    expect((await s.listDeliveries('am-prod', 3)).map((d) => d.id)).toEqual([newest, newest - 1, newest - 2].map((n) => aDelivery(n).id));
    expect(await s.listDeliveries('other', 10)).toEqual([]);
  });

  it('bumps an open dedup record and commits the delivery with it, or writes nothing when none is open', async () => {
    const s = make();
    expect(await s.bumpDedup('am-prod', 'k1', '2026-11-27T09:01:00.000Z', { integrationId: 'am-prod', counter: counter(1), deliveries: [aDelivery(1)] })).toBeNull();
    expect(await s.listDeliveries('am-prod', 10)).toEqual([]);
    await s.commit({ integrationId: 'am-prod', counter: counter(1), deliveries: [aDelivery(1)], dedup: [{ dedupKey: 'k1', record: aDedup() }] });
    const bumped = await s.bumpDedup('am-prod', 'k1', '2026-11-27T09:02:00.000Z', {
      integrationId: 'am-prod', counter: counter(2), deliveries: [aDelivery(2, { outcome: 'deduplicated' })],
    });
    expect(bumped).toEqual(aDedup({ count: 2, lastSeenAt: '2026-11-27T09:02:00.000Z' }));
    expect(await s.getDedup('am-prod', 'k1')).toEqual(bumped);
    expect((await s.listDeliveries('am-prod', 10)).map((d) => d.outcome)).toEqual(['deduplicated', 'accepted']);
  });

  it('gives racing writes that numbered from the same counter their own seqs, slots and ids', async () => {
    const s = make();
    await s.saveIntegration(anIntegration());
    await s.commit({ integrationId: 'am-prod', counter: counter(1), deliveries: [aDelivery(1)], dedup: [{ dedupKey: 'k1', record: aDedup() }] });
    // Three requests read counter 1; one commits, one bumps, one commits a pair.
    await Promise.all([
      s.commit({ integrationId: 'am-prod', counter: counter(2), deliveries: [aDelivery(2, { reason: 'a' })] }),
      s.bumpDedup('am-prod', 'k1', '2026-11-27T09:02:00.000Z', { integrationId: 'am-prod', counter: counter(2), deliveries: [aDelivery(2, { reason: 'b' })] }),
      s.commit({ integrationId: 'am-prod', counter: counter(3), deliveries: [aDelivery(2, { reason: 'c' }), aDelivery(3, { reason: 'd' })] }),
    ]);
    const list = await s.listDeliveries('am-prod', 10);
    expect(list.map((d) => d.reason).sort()).toEqual(['a', 'b', 'c', 'd', aDelivery(1).reason].sort());
    expect(new Set(list.map((d) => d.id)).size).toBe(5);
    expect((await s.loadIngest('am-prod'))?.counter.seq ?? 0).toBeGreaterThanOrEqual(3);
    // The next request numbers from a counter that may lag; it still overwrites none of them.
    await s.commit({ integrationId: 'am-prod', counter: counter(3), deliveries: [aDelivery(3, { reason: 'e' })] });
    expect((await s.listDeliveries('am-prod', 10)).map((d) => d.reason)).toContain('e');
    expect(await s.listDeliveries('am-prod', 10)).toHaveLength(6);
  });

  it('keys dedup state by integration and by the exact dedup key, whatever characters it has', async () => {
    const s = make();
    const odd = 'arn:aws:cloudwatch:eu-west-1:1234:alarm:CPU high / 90% ☃';
    await s.commit({ integrationId: 'am-prod', counter: counter(1), deliveries: [], dedup: [{ dedupKey: odd, record: aDedup({ dedupKey: odd }) }] });
    expect(await s.getDedup('am-prod', odd)).toEqual(aDedup({ dedupKey: odd }));
    expect(await s.getDedup('am-prod', odd.toLowerCase())).toBeNull();
    expect(await s.getDedup('other', odd)).toBeNull();
    await s.commit({ integrationId: 'am-prod', counter: counter(2), deliveries: [], dedup: [{ dedupKey: odd, record: null }] });
    expect(await s.getDedup('am-prod', odd)).toBeNull();
  });

  it('lets only the first claimant create the incident for a dedup key, until it releases', async () => {
    const s = make();
    expect(await s.claimCreation('am-prod', 'k1', 60)).toBe(true);
    expect(await s.claimCreation('am-prod', 'k1', 60)).toBe(false);
    expect(await s.claimCreation('am-prod', 'k2', 60)).toBe(true);
    await s.releaseCreation('am-prod', 'k1');
    expect(await s.claimCreation('am-prod', 'k1', 60)).toBe(true);
  });

  it('keeps sightings, open groups and incident origins, and forgets an incident once closed', async () => {
    const s = make();
    const group = { groupKey: 'k1', incidentKey: 'ITOPS-1', service: 'checkout', labels: { team: 'pay' }, lastAlertAt: '2026-11-27T09:00:00.000Z' };
    await s.commit({
      integrationId: 'am-prod', counter: counter(1), deliveries: [],
      dedup: [{ dedupKey: 'k1', record: aDedup() }],
      sightings: [{ dedupKey: 'k1', list: [{ at: '2026-11-27T09:00:00.000Z', status: 'firing' }] }],
      groups: [group],
      origins: [{ incidentKey: 'ITOPS-1', origin: { integrationId: 'am-prod', dedupKey: 'k1', createdAt: '2026-11-27T09:00:00.000Z' } }],
    });
    expect(await s.getSightings('am-prod', 'k1')).toEqual([{ at: '2026-11-27T09:00:00.000Z', status: 'firing' }]);
    expect(await s.getSightings('am-prod', 'k2')).toEqual([]);
    expect(await s.listOpenGroups('am-prod')).toEqual([group]);
    expect(await s.getIncidentOrigin('ITOPS-1')).toEqual({ integrationId: 'am-prod', dedupKey: 'k1', createdAt: '2026-11-27T09:00:00.000Z' });
    await s.closeIncident('ITOPS-1');
    expect(await s.getDedup('am-prod', 'k1')).toBeNull();
    expect(await s.listOpenGroups('am-prod')).toEqual([]);
    await s.closeIncident('ITOPS-404');
  });

  it('does not forget a newer incident that reopened the same dedup key', async () => {
    const s = make();
    await s.commit({
      integrationId: 'am-prod', counter: counter(1), deliveries: [],
      dedup: [{ dedupKey: 'k1', record: aDedup({ incidentKey: 'ITOPS-2' }) }],
      origins: [{ incidentKey: 'ITOPS-1', origin: { integrationId: 'am-prod', dedupKey: 'k1', createdAt: '2026-11-27T09:00:00.000Z' } }],
    });
    await s.closeIncident('ITOPS-1');
    expect((await s.getDedup('am-prod', 'k1'))?.incidentKey).toBe('ITOPS-2');
  });

  it('splits a write larger than one KVS transaction and keeps all of it', async () => {
    const s = make();
    const dedup = Array.from({ length: 30 }, (_, i) => ({ dedupKey: `k${i}`, record: aDedup({ dedupKey: `k${i}` }) }));
    await s.commit({ integrationId: 'am-prod', counter: counter(1), deliveries: [aDelivery(1)], dedup });
    expect(await s.getDedup('am-prod', 'k29')).toEqual(aDedup({ dedupKey: 'k29' }));
    expect(await s.listDeliveries('am-prod', 5)).toHaveLength(1);
  });
});
