import type { EscalationState } from '../../contracts/escalationState.js';
import type { Policy } from '../../contracts/policy.js';
import type { Decision } from './decision.js';
import { idempotencyKey } from './idempotencyKey.js';
import type { Intent, IntentBody } from './intent.js';
import type { Step, StepType } from './step.js';

/** Accumulates one decision. Mutable inside the engine only; callers get a plain Decision. */
export class DecisionBuilder {
  state: EscalationState;
  readonly intents: Intent[] = [];
  readonly trace: string[] = [];
  readonly steps: Step[] = [];

  constructor(
    readonly incidentKey: string,
    readonly policy: Policy,
    readonly version: number,
    state: EscalationState,
    readonly now: number,
  ) {
    this.state = state;
  }

  /** Adds an intent keyed on the current state's step and the given action name. */
  intend(action: string, body: IntentBody): void {
    this.intents.push({ ...body, key: idempotencyKey(this.incidentKey, this.state, action), incidentKey: this.incidentKey });
  }

  why(line: string): void {
    this.trace.push(line);
  }

  step(type: StepType, at: number, detail: string, actor?: string): void {
    const s = this.state;
    this.steps.push({ type, at: iso(at), path: s.path, level: s.level, loop: s.loop, detail, ...(actor ? { actor } : {}) });
  }

  /** Sets when the escalation next needs looking at (null: only an event can change it). */
  nextAt(at: number | null): void {
    this.state = { ...this.state, nextEvaluationAt: at === null ? null : iso(at), nextEvaluationEpochMs: at };
  }

  build(): Decision {
    return { state: this.state, intents: this.intents, trace: this.trace, steps: this.steps };
  }
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
