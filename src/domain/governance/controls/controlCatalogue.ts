import type { Control } from '../../../contracts/controls.js';

/**
 * The controls the app ships with, mapped to the clauses and practices an auditor of incident
 * escalation asks about. The descriptions are ours: they say what this app does to satisfy the
 * intent of each clause, not what the standard says (its text is copyrighted and not ours to ship).
 * Thresholds are deliberately modest defaults; a site that wants stricter ones adds its own
 * control next to these.
 */
export const controlCatalogue: readonly Control[] = [
  {
    id: 'iso20000-8.6.1-escalation', framework: 'ISO/IEC 20000-1:2018', reference: '8.6.1 Incident management',
    title: 'Incidents climb the escalation path on time',
    description: 'When an incident is not acknowledged, each next level of the policy in force is paged no later than its threshold, and a backup is paged when nobody is on call.',
    checks: [{ kind: 'adherenceRule', rule: 'levelOnTime', minPercent: 95 }, { kind: 'adherenceRule', rule: 'backupOnGap', minPercent: 100 }],
  },
  {
    id: 'iso20000-8.6.1-response', framework: 'ISO/IEC 20000-1:2018', reference: '8.6.1 Incident management',
    title: 'Someone responds within the acknowledgement timeout',
    description: 'Every page is acknowledged, or followed up by the next step, within the acknowledgement timeout of the policy version that was in force.',
    checks: [{ kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 95 }],
  },
  {
    id: 'iso20000-8.6.1-manual', framework: 'ISO/IEC 20000-1:2018', reference: '8.6.1 Incident management',
    title: 'Manual escalations and stand-downs are justified',
    description: 'A person who escalates by hand or stands an escalation down gives a reason and holds a role allowed to do it.',
    checks: [{ kind: 'adherenceRule', rule: 'manualActionJustified', minPercent: 100 }],
  },
  {
    id: 'iso20000-8.6.3-review', framework: 'ISO/IEC 20000-1:2018', reference: '8.6.3 Problem management',
    title: 'Escalated incidents are reviewed for underlying causes',
    description: 'Incidents that require a post-incident review get one opened at resolution and completed within the review deadline (48 hours unless configured otherwise).',
    checks: [{ kind: 'adherenceRule', rule: 'reviewOnTime', minPercent: 90 }],
  },
  {
    id: 'iso20000-9.1-thresholds', framework: 'ISO/IEC 20000-1:2018', reference: '9.1 Monitoring and evaluation',
    title: 'Escalation thresholds are re-evaluated on their cadence',
    description: 'Each escalation policy in force has had its thresholds reviewed by its review date, so the timings still match the service levels they protect.',
    checks: [{ kind: 'policiesReviewed' }],
  },
  {
    id: 'iso20000-9.2-audit', framework: 'ISO/IEC 20000-1:2018', reference: '9.2 Internal audit',
    title: 'Escalation practice is audited every month',
    description: 'An adherence audit of the month runs, an auditor decides on every deviation it finds, and signs the audit off.',
    checks: [{ kind: 'auditSignedOff' }, { kind: 'deviationsDispositioned' }],
  },
  {
    id: 'itil4-incident-management', framework: 'ITIL 4', reference: 'Incident management practice',
    title: 'Incidents are handled within the agreed timescales',
    description: 'Escalation and response happen within the times the policy promises, so the impact of an incident stays as small as it can be.',
    checks: [{ kind: 'adherenceRule', rule: 'levelOnTime', minPercent: 95 }, { kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 95 }],
  },
  {
    id: 'itil4-incident-communication', framework: 'ITIL 4', reference: 'Incident management practice',
    title: 'People affected are kept informed',
    description: 'During a major incident the bridge is staffed in time and stakeholders get updates at the cadence set for the priority.',
    checks: [{ kind: 'adherenceRule', rule: 'bridgeJoined', minPercent: 90 }, { kind: 'adherenceRule', rule: 'updateCadence', minPercent: 90 }],
  },
  {
    id: 'itil4-problem-management', framework: 'ITIL 4', reference: 'Problem management practice',
    title: 'Lessons from escalated incidents are captured',
    description: 'Reviews of significant incidents are completed on time, and deviations from the escalation policy lead to a recorded decision or an action.',
    checks: [{ kind: 'adherenceRule', rule: 'reviewOnTime', minPercent: 90 }, { kind: 'deviationsDispositioned' }],
  },
  {
    id: 'itil4-service-level-management', framework: 'ITIL 4', reference: 'Service level management practice',
    title: 'Escalation commitments change only on the record',
    description: 'Every change to an escalation policy names who made it and why, and policies are re-reviewed before their review date passes.',
    checks: [{ kind: 'policyChangesRecorded' }, { kind: 'policiesReviewed' }],
  },
  {
    id: 'iso27001-A.5.24', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.24',
    title: 'Incident response is planned and rehearsed',
    description: 'Escalation policies are current, and the escalation paths are exercised by at least one completed drill each quarter.',
    checks: [{ kind: 'policiesReviewed' }, { kind: 'drillsHeld', minDrills: 1, windowMonths: 3 }],
  },
  {
    id: 'iso27001-A.5.25', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.25',
    title: 'Decisions to escalate or stand down are assessed',
    description: 'Decisions that change an escalation by hand carry a reason and come from someone entitled to make them.',
    checks: [{ kind: 'adherenceRule', rule: 'manualActionJustified', minPercent: 100 }],
  },
  {
    id: 'iso27001-A.5.26', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.26',
    title: 'Incidents are responded to as the procedure says',
    description: 'Responders are paged, acknowledge and are backed up exactly as the escalation policy in force prescribes.',
    checks: [{ kind: 'adherenceRule', rule: 'levelOnTime', minPercent: 95 }, { kind: 'adherenceRule', rule: 'followUpInTime', minPercent: 95 }, { kind: 'adherenceRule', rule: 'backupOnGap', minPercent: 100 }],
  },
  {
    id: 'iso27001-A.5.27', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.27',
    title: 'The organisation learns from incidents',
    description: 'Post-incident reviews are completed on time and every audit deviation is dispositioned, so weaknesses found lead somewhere.',
    checks: [{ kind: 'adherenceRule', rule: 'reviewOnTime', minPercent: 90 }, { kind: 'deviationsDispositioned' }],
  },
  {
    id: 'iso27001-A.5.28', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.28',
    title: 'Escalation records can serve as evidence',
    description: 'Escalation events and access decisions sit in a hash-chained trail that verifies, and policy changes are recorded with their author and reason.',
    checks: [{ kind: 'trailIntact' }, { kind: 'policyChangesRecorded' }],
  },
  {
    id: 'iso27001-A.5.18', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 5.18',
    title: 'Who may escalate is reviewed every quarter',
    description: 'The holders of the app roles (initiators, responders, admins, auditors) are reviewed and the review attested at least every 92 days.',
    checks: [{ kind: 'accessReviewAttested', maxAgeDays: 92 }],
  },
  {
    id: 'iso27001-A.8.16', framework: 'ISO/IEC 27001:2022', reference: 'Annex A 8.16',
    title: 'Attempts to get round escalation are looked for every quarter',
    description: 'Each quarter an auditor reviews the access log for tampered escalation records, refused actions, role changes and new actors, and decides on every finding.',
    checks: [{ kind: 'accessLogReviewed', maxAgeDays: 120 }],
  },
];
