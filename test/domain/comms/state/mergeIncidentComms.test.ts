import { emptyIncidentComms, type BridgeOwner, type IncidentComms } from '../../../../src/contracts/incidentComms.js';
import { mergeIncidentComms } from '../../../../src/domain/comms/state/mergeIncidentComms.js';

const iso = (m: number) => new Date(Date.parse('2026-11-27T09:00:00.000Z') + m * 60_000).toISOString();
const owner = (accountId: string, o: Partial<BridgeOwner> = {}): BridgeOwner => ({
  accountId, path: 'technical', level: 1, pagedAt: iso(0), deadline: iso(10), joinedAt: null, confirmedBy: null, followedUpAt: null, escalatedAt: null, ...o,
});
const withOwners = (...owners: BridgeOwner[]): IncidentComms => ({
  ...emptyIncidentComms, bridge: { episode: 1, openedAt: iso(0), details: { url: 'https://meet.example/x', dialIn: null, source: 'global' }, owners },
});

describe('mergeIncidentComms: one writer\'s change re-applied onto another\'s', () => {
  it('returns ours unchanged when nobody else wrote', () => {
    const base = withOwners(owner('ana'));
    const mine = withOwners(owner('ana', { joinedAt: iso(3), confirmedBy: 'ana' }));
    expect(mergeIncidentComms(base, mine, base)).toEqual(mine);
  });

  it('keeps two people joining the bridge at the same time', () => {
    const base = withOwners(owner('ana'), owner('lee'));
    const mine = withOwners(owner('ana', { joinedAt: iso(3), confirmedBy: 'ana' }), owner('lee'));
    const theirs = withOwners(owner('ana'), owner('lee', { joinedAt: iso(4), confirmedBy: 'lee' }));
    expect(mergeIncidentComms(base, mine, theirs).bridge?.owners.map((o) => [o.accountId, o.joinedAt])).toEqual(
      expect.arrayContaining([['ana', iso(3)], ['lee', iso(4)]]));
  });

  it('keeps their new lead when we only sent a reminder, and the later update time', () => {
    const lead = { accountId: 'lee', designatedBy: 'ada', at: iso(1), reason: 'knows the vendor' };
    const reminder = { dueAt: iso(30), remindedAt: iso(30), escalatedAt: null };
    const merged = mergeIncidentComms(emptyIncidentComms, { ...emptyIncidentComms, reminders: [reminder], lastUpdateAt: iso(5) },
      { ...emptyIncidentComms, lead, lastUpdateAt: iso(7) });
    expect(merged).toEqual({ ...emptyIncidentComms, lead, reminders: [reminder], lastUpdateAt: iso(7) });
  });

  it('takes the newer episode\'s bridge when the other writer opened a new one', () => {
    const base = withOwners(owner('ana'));
    const mine = withOwners(owner('ana', { followedUpAt: iso(11) }));
    const theirs: IncidentComms = { ...base, bridge: { ...base.bridge!, episode: 2, owners: [] } };
    expect(mergeIncidentComms(base, mine, theirs).bridge?.episode).toBe(2);
  });
});
