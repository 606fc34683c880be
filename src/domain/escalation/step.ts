import type { PathName } from '../../contracts/common.js';

export type StepType =
  | 'triggered'
  | 'manualEscalation'
  | 'paged'
  | 'repeated'
  | 'backupPaged'
  | 'levelChanged'
  | 'pathChanged'
  | 'exhausted'
  | 'acknowledged'
  | 'stoodDown'
  | 'resolved';

/** One thing that happened to an escalation, for the event log and the panel's timeline. */
export interface Step {
  type: StepType;
  at: string;
  path: PathName | null;
  level: number | null;
  loop: number;
  detail: string;
  actor?: string;
}
