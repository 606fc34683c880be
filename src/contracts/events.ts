import { z } from 'zod';
import { IsoInstantSchema, PathNameSchema } from './common.js';

export const stepTypes = ['triggered', 'manualEscalation', 'paged', 'repeated', 'backupPaged', 'levelChanged', 'pathChanged',
  'exhausted', 'acknowledged', 'stoodDown', 'resolved',
  // Alerts rolled into the incident, and communications about it (issues 6 and 7).
  'alertReceived', 'alertResolved', 'communication', 'bridgeOpened', 'bridgeJoined', 'bridgeMissed', 'commsLeadDesignated',
  'updatePublished',
  // The post-incident review's own steps (issue 16), on the incident's log.
  'reviewOpened', 'reviewReminded', 'reviewOverdue', 'reviewPaused', 'reviewResumed', 'reviewCompleted', 'reviewReopened',
  // Recurrence (issue 16): the incident was linked to a systemic problem its cluster raised.
  'problemOpened', 'problemLinked',
  // Cross-team coordination (issue 18): engagements, their OLA clocks, handoffs, the incident commander.
  'teamEngaged', 'teamAcknowledged', 'teamReleased', 'olaBreached', 'handoffRequested', 'handoffAccepted', 'handoffDeclined',
  'handoffEscalated', 'commanderDesignated',
  // War rooms (issue 18): the incident's Slack channel opened and archived.
  'warRoomOpened', 'warRoomArchived',
  // Tabletop exercises (issue 18): an inject played to a role.
  'tabletopInject',
  // Shift handovers (issue 18): the outgoing on-call hands the incident over, the incoming accepts.
  'shiftHandoffRequested', 'shiftHandoffAccepted', 'shiftHandoffEscalated',
  // App-owned state (issue 12): state found only in the issue property taken over once, and a
  // property changed behind the app's back put back from app storage.
  'stateAdopted', 'stateRestored'] as const;

/** One entry of the append-only escalation event log, shown as the panel's timeline. */
export const EventLogEntrySchema = z.object({
  incidentKey: z.string(),
  at: IsoInstantSchema,
  type: z.enum(stepTypes),
  path: PathNameSchema.nullable(),
  level: z.number().int().nullable(),
  loop: z.number().int(),
  detail: z.string(),
  actor: z.string().optional(),
  policyId: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  /** Monotonic within an incident so two events in one millisecond keep their order. */
  seq: z.number().int().min(0),
});
export type EventLogEntry = z.infer<typeof EventLogEntrySchema>;
