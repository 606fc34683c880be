import type { TamperWarning } from './incidentIntegrity.js';
import { z } from 'zod';
import { PathNameSchema, type Priority, IssueKeySchema } from './common.js';
import type { EscalationConfig } from './config.js';
import type { EscalationState } from './escalationState.js';
import type { EventLogEntry } from './events.js';
import type { CommsView } from './incidentComms.js';
import type { Policy } from './policy.js';
import type { CommunicationRecord } from './comms.js';

const issueKey = IssueKeySchema;
const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

export const IssueRequestSchema = z.object({ issueKey });
export const EscalateRequestSchema = z.object({ issueKey, path: PathNameSchema, level: z.number().int().min(1).max(10), reason });
export type EscalateRequest = z.infer<typeof EscalateRequestSchema>;
export const StandDownRequestSchema = z.object({ issueKey, reason });
export type StandDownRequest = z.infer<typeof StandDownRequestSchema>;
/** `policy` is checked by the domain's validator, which names every field it refuses. */
export const ValidatePolicyRequestSchema = z.object({ policy: z.unknown() });
export const SavePolicyRequestSchema = z.object({ policy: z.unknown(), expectedVersion: z.number().int().min(0), reason });
export type SavePolicyRequest = z.infer<typeof SavePolicyRequestSchema>;
// The id pattern PolicySchema enforces on save: no other id can name a stored policy.
export const DeletePolicyRequestSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'), reason });
export const PolicyIdRequestSchema = z.object({ id: z.string().min(1) });
export const SaveConfigRequestSchema = z.object({ config: z.unknown(), reason });

export interface FieldErrorDto {
  field: string;
  message: string;
}

/** One envelope for every resolver response, so the UI handles errors in one place. */
export type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL'; message: string; fields: FieldErrorDto[] } };

export interface Permission {
  allowed: boolean;
  reason?: string;
}

export interface SlaView {
  metric: string;
  remainingMs: number;
  breached: boolean;
  paused: boolean;
  completed: boolean;
}

export interface IncidentPriorityView {
  priority: Priority;
  source: 'matrix' | 'jira' | 'floor' | 'lowest';
  /** Jira's priority field as the agent set it, by name. */
  jiraPriority: string | null;
  conflict: { matrix: Priority; jira: Priority; jiraPriority: string } | null;
}

export interface IncidentView {
  issueKey: string;
  state: EscalationState;
  policy: { id: string; name: string; version: number; levelsPerPath: Record<'technical' | 'managerial' | 'executive', number> } | null;
  slas: SlaView[];
  /** The engine's reasoning at the time of the call, in plain words. */
  trace: string[];
  events: EventLogEntry[];
  permissions: { escalate: Permission; acknowledge: Permission; standDown: Permission };
  now: string;
  /**
   * The effective priority now, which input decided it, and a conflict between Jira's priority
   * field and the matrix (so an agent can fix whichever field is wrong).
   */
  priority?: IncidentPriorityView;
  /** Bridge, comms lead and update cadence (issue 7). */
  comms?: CommsView;
  /** Every communication about the incident with its delivery status; `failed` counts those given up. */
  communications?: { sends: CommunicationRecord[]; failed: number };
  /**
   * The `escalation` or `comms` property was changed outside the app (issue 12): each was put
   * back from app storage and logged as a bypass attempt; the panel shows a warning.
   */
  tamperWarnings?: TamperWarning[];
}

export interface PolicySummary {
  policy: Policy;
  version: number;
  author: string;
  savedAt: string;
  reason: string;
  reviewDueAt: string;
  reviewOverdue: boolean;
}

export interface ValidationResult {
  valid: boolean;
  errors: FieldErrorDto[];
}

export interface ConfigView {
  config: EscalationConfig;
  expiredExceptions: string[];
}
