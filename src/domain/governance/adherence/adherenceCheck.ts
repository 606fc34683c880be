import type { EventLogEntry } from '../../../contracts/events.js';
import type { EscalationPath } from '../../../contracts/policy.js';
import type { PathName } from '../../../contracts/common.js';

export const adherenceRules = ['levelOnTime', 'followUpInTime', 'backupOnGap', 'bridgeJoined', 'updateCadence', 'manualActionJustified', 'reviewOnTime'] as const;
export type AdherenceRule = (typeof adherenceRules)[number];

/** Who answers for a deviation, so the audit can assign it. */
export type ResponsibleRole = 'escalation system' | 'policy owner' | 'on-call responder' | 'comms lead' | 'incident owner' | 'review owner';

/** One requirement checked on one incident, met or not, with the events that show it. */
export interface AdherenceCheck {
  rule: AdherenceRule;
  met: boolean;
  /** When the requirement fell due. */
  dueAt: string;
  /** "technical level 2 pages by 09:30 (+2 min tolerance)". */
  expected: string;
  /** "paged at 09:41" / "never paged". */
  actual: string;
  /** `seq` of the events that are the evidence. */
  evidence: number[];
  responsible: ResponsibleRole;
}

/** What the audit knows about one escalated incident, gathered by the use case. */
export interface IncidentAuditInput {
  incidentKey: string;
  /** The incident's events in `seq` order. */
  events: readonly EventLogEntry[];
  /** The paths of the policy version that was in force (the events name the version). */
  paths: Readonly<Record<PathName, EscalationPath>> | null;
  /** Minutes between public updates for the incident's priority; null when no cadence applies. */
  updateCadenceMinutes: number | null;
  cadenceGraceMinutes: number;
  /** Minutes a bridge owner has to join; a `bridgeMissed` event is a deviation in any case. */
  bridgeJoinMinutes: number;
  /** Whether the PIR rules apply (the incident required a review). */
  reviewRequired: boolean;
  reviewDueHours: number;
  /** Whether `actor` held a role allowed to take `action` at `at` (from the access log and role history). */
  authorised: (actor: string, action: 'manualEscalation' | 'stoodDown', at: string) => boolean;
}

export interface AuditOptions {
  /** Slack for the sweep and timers before a due step counts as late. */
  toleranceMs: number;
  /** Requirements due after this instant are not judged yet. */
  asOfMs: number;
}
