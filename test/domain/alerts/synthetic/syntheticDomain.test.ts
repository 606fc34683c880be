import { SOURCE_FORMATS } from '../../../../src/contracts/integration.js';
import { nextSyntheticRun } from '../../../../src/domain/alerts/synthetic/nextSyntheticRun.js';
import { pagedWithin, syntheticHops } from '../../../../src/domain/alerts/synthetic/syntheticHops.js';
import { syntheticPayload } from '../../../../src/domain/alerts/synthetic/syntheticPayload.js';
import { normalisers } from '../../../../src/domain/alerts/formats/normalisers.js';

const AT = new Date('2026-12-01T09:00:00Z');
const later = (ms: number) => new Date(AT.getTime() + ms);

describe('syntheticPayload', () => {
  it.each(SOURCE_FORMATS.filter((f) => f !== 'cloudwatch-sns'))('gives %s a dedup key of its own per run, that the format\'s normaliser reads', (format) => {
    const ctx = { integration: 'i', service: 'Payments', receivedAt: AT.toISOString(), snsRawDelivery: false };
    const one = normalisers[format](syntheticPayload(format, 'Payments', AT, 'chk.1', 'Pager "path"'), ctx);
    const two = normalisers[format](syntheticPayload(format, 'Payments', AT, 'chk.2', 'Pager "path"'), ctx);
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    expect(one.alerts[0]!.dedupKey).not.toBe(two.alerts[0]!.dedupKey);
    expect(one.alerts[0]!.status).toBe('firing');
  });
  it('keeps CloudWatch\'s JSON-in-a-string Message valid', () => {
    const p = syntheticPayload('cloudwatch-sns', null, AT, 'chk.1', 'Pager path');
    expect(JSON.parse(String(p['Message']))).toMatchObject({ AlarmName: 'jsm-synthetic-chk.1', NewStateReason: 'Synthetic check Pager path run chk.1 from the escalation app' });
  });
});

describe('syntheticHops', () => {
  const step = (ms: number | null, detail = '') => ({ at: ms === null ? null : later(ms), detail });
  it('gives each hop its latency from the send', () => {
    const hops = syntheticHops({ sentAt: AT, authenticated: step(120), incident: step(900), escalated: step(1500), paged: step(2100) });
    expect(hops.map((h) => [h.hop, h.latencyMs])).toEqual([['sent', 0], ['authenticated', 120], ['incident', 900], ['escalated', 1500], ['paged', 2100]]);
  });
  it('leaves every hop after a missing one unreached', () => {
    const hops = syntheticHops({ sentAt: AT, authenticated: step(120), incident: step(null, 'suppressed'), escalated: step(1500), paged: step(2100) });
    expect(hops.map((h) => h.at === null)).toEqual([false, false, true, true, true]);
  });
  it.each([[4 * 60_000, true], [5 * 60_000, true], [5 * 60_000 + 1, false]])('a first page %i ms after the send is within a 5-minute bound: %s', (ms, within) => {
    const hops = syntheticHops({ sentAt: AT, authenticated: step(0), incident: step(0), escalated: step(0), paged: step(ms) });
    expect(pagedWithin(hops, later(5 * 60_000))).toBe(within);
  });
});

describe('nextSyntheticRun', () => {
  it.each([
    [null, '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T08:30:00Z', '2026-12-01T09:30:00.000Z'],
    ['2026-11-30T23:45:00Z', '2026-12-01T00:45:00.000Z'],
  ])('after a run at %s, an hourly check runs next at %s', (last, next) => {
    expect(nextSyntheticRun({ enabled: true, intervalMinutes: 60 }, last ? new Date(last) : null, AT)?.toISOString()).toBe(next);
  });
  it('never runs while disabled', () => {
    expect(nextSyntheticRun({ enabled: false, intervalMinutes: 60 }, null, AT)).toBeNull();
  });
});
