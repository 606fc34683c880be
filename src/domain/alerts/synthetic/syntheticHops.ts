import type { SyntheticHop } from '../../../contracts/synthetic.js';

/** What the run observed: when each step happened (null: it did not), with what it said. */
export interface SyntheticFacts {
  sentAt: Date;
  authenticated: { at: Date | null; detail: string };
  incident: { at: Date | null; detail: string };
  escalated: { at: Date | null; detail: string };
  paged: { at: Date | null; detail: string };
}

/**
 * The hop table of one run: each hop with its latency from the moment the alert was sent. A
 * hop after one that never happened cannot have happened either.
 *
 * @example syntheticHops({ sentAt: t, authenticated: { at: t, detail: '202' }, ... })[0] // => { hop: 'sent', latencyMs: 0, ... }
 */
export function syntheticHops(f: SyntheticFacts): SyntheticHop[] {
  const hop = (name: SyntheticHop['hop'], at: Date | null, detail: string): SyntheticHop =>
    ({ hop: name, at: at?.toISOString() ?? null, latencyMs: at === null ? null : Math.max(0, at.getTime() - f.sentAt.getTime()), detail: detail.slice(0, 500) });
  const out = [hop('sent', f.sentAt, 'the integration\'s sample alert, as its tool sends it')];
  let reached = true;
  for (const [name, step] of [['authenticated', f.authenticated], ['incident', f.incident], ['escalated', f.escalated], ['paged', f.paged]] as const) {
    reached = reached && step.at !== null;
    out.push(hop(name, reached ? step.at : null, step.detail));
  }
  return out;
}

/** A run passes when its first page went out no later than its bound. */
export function pagedWithin(hops: readonly SyntheticHop[], boundAt: Date): boolean {
  const paged = hops.find((h) => h.hop === 'paged')?.at;
  return paged != null && Date.parse(paged) <= boundAt.getTime();
}
