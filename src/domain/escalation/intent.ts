import type { PathName, Priority } from '../../contracts/common.js';
import type { Target } from '../../contracts/policy.js';

/** Something the engine wants done. Adapters carry intents out, once each, by `key`. */
export type IntentBody =
  | { kind: 'page'; targets: Target[]; path: PathName; level: number; loop: number; ackDueAt: string; reason: string }
  | { kind: 'assign'; accountId: string }
  | { kind: 'setPriority'; priority: Priority }
  | { kind: 'addWatchers'; accountIds: string[] }
  | { kind: 'addLabel'; label: string }
  /** Internal (agent-only) comment. */
  | { kind: 'comment'; body: string }
  | { kind: 'notify'; templateId: string; targets: Target[] }
  | { kind: 'transition'; transitionName: string };

export type Intent = IntentBody & {
  /** Idempotency key: the same step of the same escalation always yields the same key. */
  key: string;
  incidentKey: string;
};

export type IntentKind = Intent['kind'];
