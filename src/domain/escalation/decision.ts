import type { EscalationState } from '../../contracts/escalationState.js';
import type { Intent } from './intent.js';
import type { Step } from './step.js';

/** What `decide` and the commands return: the next state, what to do, and why. */
export interface Decision {
  state: EscalationState;
  intents: Intent[];
  /** Plain-words reasoning, in order, for the panel's "Why?". */
  trace: string[];
  steps: Step[];
}

export type CommandResult = { ok: true; decision: Decision } | { ok: false; error: string };
