/**
 * What the sweep asks Jira for. The Jira adapter turns it into JQL; the in-memory host
 * evaluates it directly. `due` finds incidents whose stored next evaluation has come, plus
 * never-evaluated open incidents that an SLA or age trigger may already cover.
 */
export type IncidentQuery =
  | {
      kind: 'due';
      cutoffMs: number;
      projects: string[];
      /** For incidents with no escalation property yet. */
      fallback: FallbackClause[];
    }
  | { kind: 'keys'; keys: string[] }
  /** Escalations in progress, plus those resolved in the last `resolvedWithinDays` (for trends). */
  | { kind: 'escalated'; resolvedWithinDays: number }
  /** Open (not Done) incidents in `projects` carrying `label`: an alert creation to recover. */
  | { kind: 'openWithLabel'; label: string; projects: string[] };

export type FallbackClause =
  | { type: 'slaBreached'; metric: string }
  | { type: 'slaRemainingBelow'; metric: string; minutes: number }
  | { type: 'slaRunning'; metric: string }
  | { type: 'createdBefore'; minutesAgo: number }
  | { type: 'updatedBefore'; minutesAgo: number };
