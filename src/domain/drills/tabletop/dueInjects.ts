import type { Inject } from '../../../contracts/tabletop.js';

const MIN = 60_000;

/**
 * The injects whose minute has come and that have not been played, in script order (minute,
 * then as listed), and when the next one falls due (null when none is left).
 *
 * @example dueInjects([{ id: 'a', atMinute: 5, … }], T0, new Set(), T0 + 5 * 60_000) // => { due: [a], nextAtMs: null }
 */
export function dueInjects(injects: readonly Inject[], startedAtMs: number, delivered: ReadonlySet<string>, now: number): { due: Inject[]; nextAtMs: number | null } {
  const pending = injects.map((inj, order) => ({ inj, order, at: startedAtMs + inj.atMinute * MIN }))
    .filter((x) => !delivered.has(x.inj.id))
    .sort((a, b) => a.at - b.at || a.order - b.order);
  const due = pending.filter((x) => x.at <= now).map((x) => x.inj);
  const next = pending.find((x) => x.at > now);
  return { due, nextAtMs: next ? next.at : null };
}

/** When an inject falls due. */
export const injectDueAt = (inj: Pick<Inject, 'atMinute'>, startedAtMs: number): number => startedAtMs + inj.atMinute * MIN;
