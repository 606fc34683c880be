import type { EscalationState } from '../../contracts/escalationState.js';
import type { Policy } from '../../contracts/policy.js';
import type { Decision } from './decision.js';
import { emptyEngineContext, type EngineContext } from './engineContext.js';
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
    this.state = { ...state };
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

let lastMs = Number.NaN;
let lastIso = '';
/**
 * ISO string of an instant. The engine formats a handful of instants per decision and
 * Date#toISOString (with its Date allocation) was its largest cost, so this formats UTC
 * fields arithmetically (civil-from-days) and remembers the last result.
 */
export type TraceLine = string | (() => string);

const parsed = new Map<string, number>();
/**
 * Epoch ms of an ISO instant from the state. A decision re-reads the same few instants on
 * every step of its loop, so they are remembered (a small, bounded, pure cache).
 */
export function ms(isoInstant: string): number {
  let v = parsed.get(isoInstant);
  if (v === undefined) {
    if (parsed.size > 256) parsed.clear();
    v = Date.parse(isoInstant);
    parsed.set(isoInstant, v);
  }
  return v;
}

export function iso(ms: number): string {
  if (ms !== lastMs) {
    lastIso = formatUtc(ms);
    lastMs = ms;
  }
  return lastIso;
}

function formatUtc(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms >= 253_402_300_800_000) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${year}-${two(month)}-${two(day)}T${two(h)}:${two(mi)}:${two(sec)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
