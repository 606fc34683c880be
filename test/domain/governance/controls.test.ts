import type { EvidenceCheck } from '../../../src/contracts/controls.js';
import type { AdherenceAudit, Deviation } from '../../../src/contracts/governance.js';
import { assessControl } from '../../../src/domain/governance/controls/assessControl.js';
import { controlCatalogue } from '../../../src/domain/governance/controls/controlCatalogue.js';
import { evaluateCheck } from '../../../src/domain/governance/controls/evaluateCheck.js';
import type { PeriodEvidence } from '../../../src/domain/governance/controls/periodEvidence.js';

// November 2026, judged on 3 December (after the month ended).
const FROM = Date.parse('2026-11-01T00:00:00.000Z');
const TO = Date.parse('2026-12-01T00:00:00.000Z');
const NOW = Date.parse('2026-12-03T09:00:00.000Z');

const figure = (checks: number, met: number) => ({ incidents: checks, adherentIncidents: met, checks, metChecks: met, adherencePercent: checks === 0 ? null : Math.round((met / checks) * 1000) / 10 });
const deviation = (o: Partial<Deviation> = {}): Deviation => ({
  id: 'ITOPS-2:followUpInTime:2026-11-27T09:15:00.000Z:0', incidentKey: 'ITOPS-2', service: 'Email', policyId: 'default', policyVersion: 1,
  rule: 'followUpInTime', dueAt: '2026-11-27T09:15:00.000Z', expected: 'a follow-up by 09:15', actual: 'nothing until 09:30', evidence: [3],
  responsible: 'policy owner', disposition: null, ...o,
});
const anAudit = (o: Partial<AdherenceAudit> = {}, byRule: Record<string, ReturnType<typeof figure>> = {}): AdherenceAudit => ({
  schema: 1, period: '2026-11', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', ranAt: '2026-12-01T06:00:00.000Z', ranBy: 'app:governance-daily',
  revision: 1, incidentsAudited: 20, skipped: [], truncated: false,
  summary: { total: figure(40, 39), byPolicy: {}, byService: {}, byRule: { levelOnTime: figure(20, 20), followUpInTime: figure(20, 19), ...byRule } },
  deviations: [deviation()], status: 'open', signedOff: null, escalatedAt: null, ...o,
});
const policy = (o: Partial<PeriodEvidence['policyVersions'][number]> = {}) => ({
  policyId: 'default', version: 2, author: 'admin-ada', savedAt: '2026-11-10T10:00:00.000Z', reason: 'tighten level 2 threshold for P1', reviewDueAt: '2027-02-10T10:00:00.000Z', ...o,
});
const evidence = (o: Partial<PeriodEvidence> = {}): PeriodEvidence => ({
  period: '2026-11', fromMs: FROM, toMs: TO, asOfMs: NOW, audit: anAudit(), policyVersions: [policy()], policiesInForce: [policy()],
  roleAudits: [{ id: 'audit-1', ranAt: '2026-10-01T09:00:00.000Z', attestedAt: '2026-10-02T09:00:00.000Z' }],
  accessReviews: [{ quarter: '2026-Q3', completedAt: '2026-10-09T09:00:00.000Z', findings: 4, actionNeeded: 1 }],
  drills: [{ issueKey: 'ITOPS-90', startedAt: '2026-10-20T10:00:00.000Z', endedAt: '2026-10-20T10:20:00.000Z', endReason: 'acknowledged' }],
  trail: { ok: true, entries: 120, problems: [] }, ...o,
});
const signed = { status: 'signedOff' as const, signedOff: { by: 'auditor-aud', at: '2026-12-02T10:00:00.000Z', statement: 'reviewed' } };
const disposed = { ...deviation(), disposition: { kind: 'accepted' as const, reason: 'known outage', by: 'auditor-aud', at: '2026-12-02T09:00:00.000Z' } };

describe('evidence checks for November 2026', () => {
  test.each<[string, EvidenceCheck, Partial<PeriodEvidence>, 'met' | 'gap' | 'notApplicable', RegExp]>([
    ['escalation within threshold: 20 of 20 met', { kind: 'adherenceRule', rule: 'levelOnTime', minPercent: 95 }, {}, 'met', /20 of 20 checks met \(100%/],
    ['ack within timeout: 95% against a 96% target is a gap', { kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 96 }, {}, 'gap', /19 of 20 .*95%, target 96%/],
    ['ack within timeout: 95% meets a 95% target', { kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 95 }, {}, 'met', /95%/],
    ['a rule never due in the month is not applicable', { kind: 'adherenceRule', rule: 'bridgeJoined', minPercent: 90 }, {}, 'notApplicable', /Nothing in 2026-11 required bridge/],
    ['PIR done in 48 h: no audit yet is a gap', { kind: 'adherenceRule', rule: 'reviewOnTime', minPercent: 90 }, { audit: null }, 'gap', /No adherence audit of 2026-11/],
    ['PIR done in 48 h: 9 of 10', { kind: 'adherenceRule', rule: 'reviewOnTime', minPercent: 90 }, { audit: anAudit({}, { reviewOnTime: figure(10, 9) }) }, 'met', /9 of 10/],
    ['audit open is a gap', { kind: 'auditSignedOff' }, {}, 'gap', /not signed off/],
    ['audit signed off', { kind: 'auditSignedOff' }, { audit: anAudit(signed) }, 'met', /signed off 2026-12-02/],
    ['a deviation without disposition is a gap', { kind: 'deviationsDispositioned' }, {}, 'gap', /1 of 1 deviations have no disposition/],
    ['every deviation dispositioned', { kind: 'deviationsDispositioned' }, { audit: anAudit({ deviations: [disposed] }) }, 'met', /All 1 deviations/],
    ['no deviation at all is not applicable', { kind: 'deviationsDispositioned' }, { audit: anAudit({ deviations: [] }) }, 'notApplicable', /found no deviation/],
    ['access review attested 59 days before the month ended', { kind: 'accessReviewAttested', maxAgeDays: 92 }, {}, 'met', /attested 2026-10-02, 59 days/],
    ['access review older than allowed', { kind: 'accessReviewAttested', maxAgeDays: 30 }, {}, 'gap', /at most 30 allowed/],
    ['access review run but never attested', { kind: 'accessReviewAttested', maxAgeDays: 92 }, { roleAudits: [{ id: 'a', ranAt: '2026-11-05T00:00:00.000Z', attestedAt: null }] }, 'gap', /No access review has been attested/],
    ['an attestation after the month ended does not count for it', { kind: 'accessReviewAttested', maxAgeDays: 92 }, { roleAudits: [{ id: 'a', ranAt: '2026-12-01T00:00:00.000Z', attestedAt: '2026-12-02T00:00:00.000Z' }] }, 'gap', /No access review/],
    ['access log reviewed 52 days before the month ended', { kind: 'accessLogReviewed', maxAgeDays: 120 }, {}, 'met', /review of 2026-Q3 \(4 findings, 1 finding needing action\) was completed 2026-10-09, 52 days/],
    ['access-log review older than allowed', { kind: 'accessLogReviewed', maxAgeDays: 40 }, {}, 'gap', /at most 40 allowed/],
    ['an open access-log review does not count', { kind: 'accessLogReviewed', maxAgeDays: 120 }, { accessReviews: [{ quarter: '2026-Q3', completedAt: null, findings: 2, actionNeeded: 0 }] }, 'gap', /2026-Q3 is open and not completed/],
    ['an access-log review completed after the month ended does not count for it', { kind: 'accessLogReviewed', maxAgeDays: 120 }, { accessReviews: [{ quarter: '2026-Q4', completedAt: '2026-12-02T00:00:00.000Z', findings: 0, actionNeeded: 0 }] }, 'gap', /No access review of the access log/],
    ['policy change with author and reason', { kind: 'policyChangesRecorded' }, {}, 'met', /All 1 policy changes/],
    ['policy change with an empty reason', { kind: 'policyChangesRecorded' }, { policyVersions: [policy({ reason: 'x' })] }, 'gap', /1 of 1 .*lack/],
    ['a change outside the month is not judged', { kind: 'policyChangesRecorded' }, { policyVersions: [policy({ savedAt: '2026-10-31T23:59:59.000Z', reason: '' })] }, 'notApplicable', /No policy was changed/],
    ['policies within their review date', { kind: 'policiesReviewed' }, {}, 'met', /All 1 policies/],
    ['a policy past its review date when the month ended', { kind: 'policiesReviewed' }, { policiesInForce: [policy({ reviewDueAt: '2026-11-20T00:00:00.000Z' })] }, 'gap', /past their review date: default/],
    ['a drill in the quarter', { kind: 'drillsHeld', minDrills: 1, windowMonths: 3 }, {}, 'met', /1 drill completed in the 3 months/],
    ['a drill before the window does not count', { kind: 'drillsHeld', minDrills: 1, windowMonths: 1 }, {}, 'gap', /0 drills completed in the month/],
    ['a stopped drill does not count', { kind: 'drillsHeld', minDrills: 1, windowMonths: 3 }, { drills: [{ issueKey: 'ITOPS-91', startedAt: '2026-11-02T10:00:00.000Z', endedAt: '2026-11-02T10:01:00.000Z', endReason: 'stopped' }] }, 'gap', /0 drills/],
    ['the trail verifies', { kind: 'trailIntact' }, {}, 'met', /120 entries verify/],
    ['the trail has an altered entry', { kind: 'trailIntact' }, { trail: { ok: false, entries: 120, problems: [{ seq: 17, problem: 'altered' }] } }, 'gap', /fails verification at 1 place/],
  ])('%s', (_name, check, overrides, status, summary) => {
    const r = evaluateCheck(check, evidence(overrides));
    expect(r.status).toBe(status);
    expect(r.summary).toMatch(summary);
  });

  it('names the records behind a gap: the audit and each deviation, one click away', () => {
    const r = evaluateCheck({ kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 100 }, evidence());
    expect(r.evidence).toEqual([
      { kind: 'audit', id: '2026-11', label: 'Adherence audit 2026-11' },
      { kind: 'deviation', id: deviation().id, label: 'ITOPS-2: nothing until 09:30' },
    ]);
  });

  it('judges a running month at now, not at its end', () => {
    const running = evidence({ period: '2026-12', fromMs: TO, toMs: Date.parse('2027-01-01T00:00:00.000Z'), asOfMs: NOW, policiesInForce: [policy({ reviewDueAt: '2026-12-20T00:00:00.000Z' })] });
    expect(evaluateCheck({ kind: 'policiesReviewed' }, running).status).toBe('met');
  });
});

describe('a control combines its checks', () => {
  const audit = controlCatalogue.find((c) => c.id === 'iso20000-9.2-audit')!;
  test.each<[string, Partial<PeriodEvidence>, 'met' | 'gap' | 'notApplicable']>([
    ['one gap among its checks makes a gap', { audit: anAudit({ ...signed }) }, 'gap'],
    ['signed off with every deviation dispositioned is met', { audit: anAudit({ ...signed, deviations: [disposed] }) }, 'met'],
    ['met and not-applicable checks together are met', { audit: anAudit({ ...signed, deviations: [] }) }, 'met'],
  ])('%s', (_name, overrides, status) => {
    expect(assessControl(audit, evidence(overrides)).status).toBe(status);
  });

  it('is not applicable when none of its checks had anything to judge', () => {
    const comms = controlCatalogue.find((c) => c.id === 'itil4-incident-communication')!;
    expect(assessControl(comms, evidence()).status).toBe('notApplicable');
  });
});

describe('the catalogue', () => {
  it('covers the clauses the issue names, each control with its own id and at least one check', () => {
    const refs = controlCatalogue.map((c) => `${c.framework} ${c.reference}`);
    for (const r of ['8.6.1', '8.6.3', '9.2', 'Incident management practice', 'Problem management practice', 'Service level management practice', '5.24', '5.25', '5.26', '5.27', '5.28']) {
      expect(refs.some((x) => x.includes(r))).toBe(true);
    }
    expect(new Set(controlCatalogue.map((c) => c.id)).size).toBe(controlCatalogue.length);
    for (const c of controlCatalogue) expect(c.checks.length).toBeGreaterThan(0);
  });
});
