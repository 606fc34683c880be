import type { EventLogEntry } from '../../../src/contracts/events.js';
import type { EscalationPath, Level } from '../../../src/contracts/policy.js';
import type { IncidentAuditInput } from '../../../src/domain/governance/adherence/adherenceCheck.js';
import { auditIncident } from '../../../src/domain/governance/adherence/auditIncident.js';
import { summariseAdherence } from '../../../src/domain/governance/adherence/summariseAdherence.js';

const T = (hhmm: string) => `2026-11-10T${hhmm}:00.000Z`;
const MIN = 60_000;
let seq = 0;
const ev = (type: EventLogEntry['type'], hhmm: string, over: Partial<EventLogEntry> = {}): EventLogEntry => ({
  incidentKey: 'ITOPS-7', at: T(hhmm), type, path: 'technical', level: 1, loop: 0, detail: `${type}: user lee`, policyId: 'default', policyVersion: 3, seq: seq++, ...over,
});
const level = (over: Partial<Level> = {}): Level => ({ targets: [{ type: 'user', accountId: '557058:lee' }], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [], ...over });
const path = (...levels: Level[]): EscalationPath => ({ levels });
const EMPTY = path();

const input = (events: EventLogEntry[], over: Partial<IncidentAuditInput> = {}): IncidentAuditInput => ({
  incidentKey: 'ITOPS-7', events, updateCadenceMinutes: null, cadenceGraceMinutes: 5, bridgeJoinMinutes: 10, reviewRequired: false, reviewDueHours: 48,
  paths: { technical: path(level({ repeat: 1 }), level({ delayMinutes: 30 })), managerial: EMPTY, executive: EMPTY },
  authorised: () => true, ...over,
});
const OPTS = { toleranceMs: 2 * MIN, asOfMs: Date.parse('2026-12-01T00:00:00.000Z') };
const run = (i: IncidentAuditInput, rule: string) => auditIncident(i, OPTS).checks.filter((c) => c.rule === rule).map((c) => [c.met, c.actual, c.responsible]);

describe('adherence rules, each met and violated', () => {
  it.each<[string, string, IncidentAuditInput, Array<[boolean, string, string]>]>([
    ['levelOnTime: level 2 paged at its due time', 'levelOnTime',
      input([ev('triggered', '09:00'), ev('paged', '09:00'), ev('repeated', '09:15'), ev('levelChanged', '09:30', { level: 2 }), ev('acknowledged', '09:35', { level: 2 })]),
      [[true, 'paged at 09:30 UTC', 'escalation system']]],
    ['levelOnTime: level 2 paged 11 minutes late', 'levelOnTime',
      input([ev('paged', '09:00'), ev('repeated', '09:15'), ev('levelChanged', '09:41', { level: 2 }), ev('acknowledged', '09:45', { level: 2 })]),
      [[false, 'paged at 09:41 UTC, 11 minutes late', 'escalation system']]],
    ['levelOnTime: level 2 never paged although nobody acknowledged', 'levelOnTime',
      input([ev('paged', '09:00'), ev('repeated', '09:15'), ev('resolved', '10:30')]),
      [[false, 'never paged before resolved at 10:30 UTC', 'escalation system']]],
    ['levelOnTime: acknowledged before level 2 was due, so nothing owed', 'levelOnTime',
      input([ev('paged', '09:00'), ev('acknowledged', '09:10')]), []],
    ['followUpInTime: follow-up and next level each within 15 minutes', 'followUpInTime',
      input([ev('paged', '09:00'), ev('repeated', '09:15'), ev('levelChanged', '09:30', { level: 2 }), ev('acknowledged', '09:40', { level: 2 })]),
      [[true, 'repeated at 09:15 UTC', 'escalation system'], [true, 'levelChanged at 09:30 UTC', 'escalation system'], [true, 'acknowledged at 09:40 UTC', 'escalation system']]],
    ['followUpInTime: the policy leaves a 30-minute silence after the follow-up (policy owner)', 'followUpInTime',
      input([ev('paged', '09:00'), ev('repeated', '09:15'), ev('levelChanged', '09:45', { level: 2 }), ev('acknowledged', '09:50', { level: 2 })],
        { paths: { technical: path(level({ repeat: 1 }), level({ delayMinutes: 45 })), managerial: EMPTY, executive: EMPTY } }),
      [[true, 'repeated at 09:15 UTC', 'escalation system'], [false, 'nothing until levelChanged at 09:45 UTC, 15 minutes past the timeout', 'policy owner'],
        [true, 'acknowledged at 09:50 UTC', 'escalation system']]],
    ['followUpInTime: a follow-up the policy asked for came late (system)', 'followUpInTime',
      input([ev('paged', '09:00'), ev('repeated', '09:25'), ev('acknowledged', '09:26')]),
      [[false, 'nothing until repeated at 09:25 UTC, 10 minutes past the timeout', 'escalation system'], [true, 'acknowledged at 09:26 UTC', 'escalation system']]],
    ['backupOnGap: nobody on call and the backup paged at once', 'backupOnGap',
      input([ev('paged', '09:00', { detail: 'Paged technical level 1: not delivered (nobody to page) [nobody on call; so the backup is paged now: user bo]' }), ev('acknowledged', '09:05')],
        { paths: { technical: path(level({ backups: [{ type: 'user', accountId: '557058:bo' }] })), managerial: EMPTY, executive: EMPTY } }),
      [[true, 'backup paged at once', 'escalation system']]],
    ['backupOnGap: nobody on call and the level has no backup', 'backupOnGap',
      input([ev('paged', '09:00', { detail: 'Paged technical level 1: not delivered (nobody to page)' }), ev('acknowledged', '09:05')]),
      [[false, 'the level has no backup', 'policy owner']]],
    ['bridgeJoined: joined within 10 minutes', 'bridgeJoined',
      input([ev('paged', '09:00'), ev('bridgeOpened', '09:00'), ev('bridgeJoined', '09:08'), ev('acknowledged', '09:09')]),
      [[true, 'first join at 09:08 UTC', 'on-call responder']]],
    ['bridgeJoined: nobody joined, and an owner was chased', 'bridgeJoined',
      input([ev('paged', '09:00'), ev('bridgeOpened', '09:00'), ev('bridgeMissed', '09:10', { detail: 'lee did not confirm joining' }), ev('acknowledged', '09:12')]),
      [[false, 'nobody joined', 'on-call responder'], [false, 'lee did not confirm joining', 'on-call responder']]],
    ['updateCadence: updates every 30 minutes until resolution', 'updateCadence',
      input([ev('paged', '09:00'), ev('acknowledged', '09:05'), ev('updatePublished', '09:30'), ev('updatePublished', '10:00'), ev('resolved', '10:20')], { updateCadenceMinutes: 30 }),
      [[true, 'update at 09:30 UTC', 'comms lead'], [true, 'update at 10:00 UTC', 'comms lead']]],
    ['updateCadence: an hour of silence', 'updateCadence',
      input([ev('paged', '09:00'), ev('acknowledged', '09:05'), ev('updatePublished', '09:30'), ev('resolved', '10:40')], { updateCadenceMinutes: 30 }),
      [[true, 'update at 09:30 UTC', 'comms lead'], [false, 'no update before resolved at 10:40 UTC', 'comms lead']]],
    ['manualActionJustified: an authorised escalation with a reason', 'manualActionJustified',
      input([ev('manualEscalation', '09:00', { path: 'managerial', actor: '557058:lee', detail: 'Escalated manually by lee: customers cannot pay' })]),
      [[true, 'by 557058:lee: customers cannot pay', 'incident owner']]],
    ['manualActionJustified: a stand-down without a reason by someone without the role', 'manualActionJustified',
      input([ev('paged', '09:00'), ev('stoodDown', '09:05', { actor: '557058:eve', detail: 'Stood down: ' })], { authorised: (a) => a !== '557058:eve' }),
      [[false, '557058:eve did not hold a role allowed to do this; no reason given', 'incident owner']]],
    ['reviewOnTime: PIR opened at resolution and completed within 48 h', 'reviewOnTime',
      input([ev('paged', '09:00'), ev('acknowledged', '09:05'), ev('resolved', '10:00'), ev('reviewOpened', '10:00'), { ...ev('reviewCompleted', '10:00'), at: '2026-11-11T15:00:00.000Z' }], { reviewRequired: true }),
      [[true, 'opened at 10:00 UTC', 'escalation system'], [true, 'completed 2026-11-11 15:00 UTC', 'review owner']]],
    ['reviewOnTime: the PIR never completed', 'reviewOnTime',
      input([ev('paged', '09:00'), ev('resolved', '10:00'), ev('reviewOpened', '10:00')], { reviewRequired: true }),
      [[true, 'opened at 10:00 UTC', 'escalation system'], [false, 'not completed', 'review owner']]],
    ['reviewOnTime: completed late, but the incident was reopened for a day first (clock paused)', 'reviewOnTime',
      input([ev('paged', '09:00'), ev('resolved', '10:00'), ev('reviewOpened', '10:00'), { ...ev('reviewPaused', '11:00') },
        { ...ev('reviewResumed', '11:00'), at: '2026-11-11T11:00:00.000Z' }, { ...ev('reviewCompleted', '10:00'), at: '2026-11-12T20:00:00.000Z' }], { reviewRequired: true }),
      [[true, 'opened at 10:00 UTC', 'escalation system'], [true, 'completed 2026-11-12 20:00 UTC', 'review owner']]],
  ])('%s', (_n, rule, i, expected) => expect(run(i, rule)).toEqual(expected));

  it('does not judge what falls due after the audit\'s instant', () => {
    const i = input([ev('paged', '09:00')]);
    expect(auditIncident(i, { toleranceMs: 2 * MIN, asOfMs: Date.parse(T('09:10')) }).checks).toEqual([]);
  });
});

describe('summariseAdherence', () => {
  it('gives adherence per policy, service and rule as a share of checks', () => {
    const good = auditIncident(input([ev('paged', '09:00'), ev('acknowledged', '09:05')]), OPTS);
    const late = auditIncident(input([ev('paged', '09:00'), ev('repeated', '09:15'), ev('levelChanged', '09:41', { level: 2 }), ev('acknowledged', '09:45', { level: 2 })]), OPTS);
    const s = summariseAdherence([{ audit: good, service: 'Payments' }, { audit: late, service: 'Email' }]);
    expect(good.adherent).toBe(true);
    expect(late.adherent).toBe(false);
    expect(s.total).toEqual({ incidents: 2, adherentIncidents: 1, checks: 1 + 4, metChecks: 1 + 2, adherencePercent: 60 });
    expect(s.byService.Payments!.adherencePercent).toBe(100);
    expect(s.byRule.levelOnTime).toEqual({ incidents: 1, adherentIncidents: 0, checks: 1, metChecks: 0, adherencePercent: 0 });
    expect(s.byRule.updateCadence.adherencePercent).toBeNull();
    expect(s.byPolicy.default!.incidents).toBe(2);
  });
});
