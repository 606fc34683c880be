import type { AccessLogEntry } from '../../../src/contracts/accessLog.js';
import { accessReviewFindings } from '../../../src/domain/governance/accessReview/accessReviewFindings.js';
import { previousQuarter, quarterOf, quarterRange } from '../../../src/domain/governance/accessReview/quarter.js';

// The fourth quarter of 2026, reviewed with a log that reaches back into the third.
const Q4 = { fromMs: Date.parse('2026-10-01T00:00:00.000Z'), toMs: Date.parse('2027-01-01T00:00:00.000Z') };
const line = (o: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  at: '2026-11-10T09:00:00.000Z', accountId: 'agent-ann', action: 'editPolicies', issueKey: null, allowed: false, reason: 'editPolicies needs the policy admin role', ...o,
});
const bypass = (at: string, issueKey = 'ITOPS-2') => line({ at, accountId: 'agent-ann', action: 'bypassAttempt:escalationState', issueKey,
  reason: 'Issue property "escalationState" changed outside the app (level changed); restored from app storage.' });

describe('quarters', () => {
  test.each([
    ['2026-Q1', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ['2026-Q4', '2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ])('%s runs from %s to %s', (q, from, to) => {
    expect(quarterRange(q)).toEqual({ from: Date.parse(from), to: Date.parse(to) });
  });
  test.each([
    ['2026-12-31T23:59:59.999Z', '2026-Q4', '2026-Q3'],
    ['2027-01-01T00:00:00.000Z', '2027-Q1', '2026-Q4'],
    ['2026-04-01T00:00:00.000Z', '2026-Q2', '2026-Q1'],
  ])('%s is in %s; the quarter before is %s', (at, q, before) => {
    expect(quarterOf(Date.parse(at))).toBe(q);
    expect(previousQuarter(Date.parse(at))).toBe(before);
  });
});

describe('what the quarterly access review flags', () => {
  test.each<[string, AccessLogEntry[], Array<[string, string, string, number]>]>([
    ['a tampered mirror is a high-severity bypass attempt, one finding per issue and property',
      [bypass('2026-11-02T10:00:00.000Z'), bypass('2026-11-03T10:00:00.000Z'), bypass('2026-11-03T11:00:00.000Z', 'ITOPS-7')],
      [['bypassAttempt:ITOPS-2:escalationState', 'bypassAttempt', 'high', 2], ['bypassAttempt:ITOPS-7:escalationState', 'bypassAttempt', 'high', 1]]],
    ['a bypass attempt Jira could not attribute is still flagged, under "unknown"',
      [line({ accountId: 'unknown', action: 'bypassAttempt:incidentComms', issueKey: 'ITOPS-3' })],
      [['bypassAttempt:ITOPS-3:incidentComms', 'bypassAttempt', 'high', 1]]],
    ['one refusal of a sensitive action is medium',
      [line()], [['refusals:agent-ann:editPolicies', 'refusals', 'medium', 1]]],
    ['one refusal of looking at something is low',
      [line({ action: 'viewAccessLog' })], [['refusals:agent-ann:viewAccessLog', 'refusals', 'low', 1]]],
    ['five refusals of the same harmless action by one person are a pattern (medium), grouped as one finding',
      Array.from({ length: 5 }, (_, i) => line({ action: 'viewAccessLog', at: `2026-11-1${i}T09:00:00.000Z` })),
      [['refusals:agent-ann:viewAccessLog', 'refusals', 'medium', 5]]],
    ['refusals the log only counted are high',
      [line({ action: 'refusalsCounted', reason: 'more than 20 refusals in 10 minutes' })], [['refusalFlood:agent-ann', 'refusalFlood', 'high', 1]]],
    ['every change of the role mapping is a finding of its own',
      [line({ accountId: 'admin-ada', action: 'saveRoleMapping', allowed: true, reason: 'auditors', at: '2026-09-01T00:00:00.000Z' }),
        line({ accountId: 'admin-ada', action: 'saveRoleMapping', allowed: true, reason: 'add the service managers to auditors' }),
        line({ accountId: 'admin-ada', action: 'saveRoleMapping', allowed: true, reason: 'remove a leaver', at: '2026-12-01T00:00:00.000Z' })],
      [['roleChange:admin-ada:2026-11-10T09:00:00.000Z', 'roleChange', 'medium', 1], ['roleChange:admin-ada:2026-12-01T00:00:00.000Z', 'roleChange', 'medium', 1]]],
    ['someone making allowed changes for the first time is an unusual actor (low)',
      [line({ accountId: 'admin-ada', action: 'savePolicy', allowed: true, at: '2026-08-01T00:00:00.000Z' }),
        line({ accountId: 'admin-ada', action: 'savePolicy', allowed: true }),
        line({ accountId: 'new-nils', action: 'saveSchedule', allowed: true }), line({ accountId: 'new-nils', action: 'saveConfig', allowed: true, at: '2026-11-11T00:00:00.000Z' })],
      [['unusualActor:new-nils', 'unusualActor', 'low', 2]]],
    ["the app's own schedules are never unusual actors",
      [line({ accountId: 'app:governance-daily', action: 'auditSignOffOverdue', allowed: true })], []],
    ['lines outside the quarter are not judged (only used as the baseline)',
      [line({ at: '2026-09-30T23:59:59.999Z' }), line({ at: '2027-01-01T00:00:00.000Z' }), bypass('2026-09-15T00:00:00.000Z')], []],
  ])('%s', (_name, log, expected) => {
    expect(accessReviewFindings(log, Q4).map((f) => [f.id, f.kind, f.severity, f.count])).toEqual(expected);
  });

  it('orders findings high first, then by when they started, and keeps each one open for sign-off', () => {
    const found = accessReviewFindings([line({ action: 'viewAccessLog', at: '2026-10-05T00:00:00.000Z' }), line({ at: '2026-10-06T00:00:00.000Z' }), bypass('2026-12-20T00:00:00.000Z')], Q4);
    expect(found.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
    expect(found.every((f) => f.signOff === null)).toBe(true);
    expect(found[0]).toMatchObject({ actor: 'agent-ann', issueKeys: ['ITOPS-2'], firstAt: '2026-12-20T00:00:00.000Z',
      summary: 'The mirrored property "escalationState" of ITOPS-2 was changed outside the app once; the app restored it each time.' });
  });

  it('keeps at most 20 lines of evidence per finding but counts them all', () => {
    const many = Array.from({ length: 30 }, (_, i) => line({ action: 'escalate', issueKey: 'ITOPS-1', at: new Date(Q4.fromMs + i * 60_000).toISOString() }));
    const [f] = accessReviewFindings(many, Q4);
    expect(f).toMatchObject({ count: 30, issueKeys: ['ITOPS-1'] });
    expect(f!.entries).toHaveLength(20);
  });
});
