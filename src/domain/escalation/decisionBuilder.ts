import type { EscalationState } from '../../contracts/escalationState.js';
import type { Policy } from '../../contracts/policy.js';
import type { Decision } from './decision.js';
import { emptyEngineContext, type EngineContext } from './engineContext.js';
import { formatInstant, parseInstant } from './instant.js';
import { idempotencyKey } from './idempotencyKey.js';
import type { Intent, IntentBody } from './intent.js';
import type { Step, StepType } from './step.js';

/** Accumulates one decision. Mutable inside the engine only; callers get a plain Decision. */
export class DecisionBuilder {
  state: EscalationState;
  readonly intents: Intent[] = [];
  private readonly lines: TraceLine[] = [];
  readonly steps: Step[] = [];
  /** What skills are matched against when choosing an assignee. */
  tags: { service: string | null; components: readonly string[]; labels: readonly string[] } = { service: null, components: [], labels: [] };

  constructor(
    readonly incidentKey: string,
    readonly policy: Policy,
    readonly version: number,
    state: EscalationState,
    readonly now: number,
    readonly ctx: EngineContext = emptyEngineContext,
  ) {
    // A private copy that the engine patches in place: copying the whole state on every
    // small change made garbage collection the engine's biggest cost.
    this.state = copyState(state);
  }

  /** Adds an intent keyed on the current state's step and the given action name. */
  intend(action: string, body: IntentBody): void {
    const intent = body as Intent;
    intent.key = idempotencyKey(this.incidentKey, this.state, action);
    intent.incidentKey = this.incidentKey;
    this.intents.push(intent);
  }

  patch(changes: Partial<EscalationState>): void {
    Object.assign(this.state, changes);
  }

  /** Adds a trace line; pass a function when building the words costs more than deciding. */
  why(line: TraceLine): void {
    this.lines.push(line);
  }

  step(type: StepType, at: number, detail: string, actor?: string): void {
    const s = this.state;
    const step: Step = { type, at: iso(at), path: s.path, level: s.level, loop: s.loop, detail };
    if (actor) step.actor = actor;
    this.steps.push(step);
  }

  /** Sets when the escalation next needs looking at (null: only an event can change it). */
  nextAt(at: number | null): void {
    this.patch({ nextEvaluationAt: at === null ? null : iso(at), nextEvaluationEpochMs: at });
  }

  /**
   * The trace is worded only when read: the sweep never shows it, the panel always does, and
   * wording it eagerly was most of decide()'s cost.
   */
  build(): Decision {
    return new WordedOnRead(this.state, this.intents, this.steps, this.lines);
  }
}

/** A decision whose trace sentences are built the first time someone reads them. */
class WordedOnRead implements Decision {
  // Private fields are not properties, so two equal decisions still compare equal.
  #worded: string[] | null = null;
  readonly #lines: readonly TraceLine[];

  constructor(
    readonly state: EscalationState,
    readonly intents: Intent[],
    readonly steps: Step[],
    lines: readonly TraceLine[],
  ) {
    this.#lines = lines;
  }

  get trace(): string[] {
    this.#worded ??= this.#lines.map((l) => (typeof l === 'string' ? l : l()));
    return this.#worded;
  }
}

export type TraceLine = string | (() => string);

// One decision formats the same instant several times in a row (a page's time is also the
// level's fired time and the step's time) and re-reads what it just wrote: remember the last.
let lastMs = Number.NaN;
let lastIso = '';

/** ISO string of an instant, as the engine stores it. */
export function iso(epochMs: number): string {
  if (epochMs !== lastMs) {
    lastIso = formatInstant(epochMs);
    lastMs = epochMs;
  }
  return lastIso;
}

/** Epoch ms of an instant from the state. */
export function ms(isoInstant: string): number {
  return isoInstant === lastIso ? lastMs : parseInstant(isoInstant);
}

/** A field-by-field copy: V8 builds a literal of known shape far faster than a spread. */
function copyState(s: EscalationState): EscalationState {
  return {
    schema: s.schema, status: s.status, policyId: s.policyId, policyVersion: s.policyVersion, path: s.path, level: s.level,
    loop: s.loop, episode: s.episode, since: s.since, levelDueAt: s.levelDueAt, levelFiredAt: s.levelFiredAt,
    lastPagedAt: s.lastPagedAt, ackDueAt: s.ackDueAt, nextEvaluationAt: s.nextEvaluationAt,
    nextEvaluationEpochMs: s.nextEvaluationEpochMs, triggerId: s.triggerId, priority: s.priority, exhausted: s.exhausted,
    acknowledgedBy: s.acknowledgedBy, acknowledgedAt: s.acknowledgedAt, resolvedAt: s.resolvedAt,
    mutedTriggers: s.mutedTriggers, standDown: s.standDown,
  };
}
