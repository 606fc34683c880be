import type { Candidate, IncidentTags } from './candidate.js';
import { explainChoice, type DecidedBy } from './explainChoice.js';
import { DEFAULT_ROUTING_WEIGHTS, type RoutingWeights } from './routingWeights.js';
import { loadOf, relevantTags, scoreCandidate, type ScoreBreakdown } from './scoreCandidate.js';

export interface ResponderChoice {
  /** Null only when there were no candidates. */
  readonly chosen: ScoreBreakdown | null;
  /** Every candidate's breakdown, best first. */
  readonly ranking: readonly ScoreBreakdown[];
  readonly decidedBy: DecidedBy | null;
  readonly explanation: string;
  readonly decidedAt: Date;
}

// Scores are sums of products of decimals; round before comparing so that 0.1 + 0.2 and 0.3
// count as a tie and the documented tie-breaks decide, not floating-point noise.
const comparable = (score: number): number => Math.round(score * 1e9);

function loadBy(candidates: readonly Candidate[]): Map<string, number> {
  return new Map(candidates.map((candidate) => [candidate.accountId, loadOf(candidate)]));
}

function rank(breakdowns: ScoreBreakdown[], loads: Map<string, number>): ScoreBreakdown[] {
  return [...breakdowns].sort(
    (a, b) =>
      // On shift first, as a rule rather than a weight, so no weighting can page someone off
      // shift while a colleague is on.
      Number(b.onShift) - Number(a.onShift) ||
      comparable(b.score) - comparable(a.score) ||
      (loads.get(a.accountId) ?? 0) - (loads.get(b.accountId) ?? 0) ||
      (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0),
  );
}

function decidedBy(first: ScoreBreakdown, second: ScoreBreakdown | undefined, loads: Map<string, number>): DecidedBy {
  if (!second) return 'only candidate';
  if (first.onShift !== second.onShift) return 'on shift';
  if (comparable(first.score) !== comparable(second.score)) return 'score';
  if (loads.get(first.accountId) !== loads.get(second.accountId)) return 'lower workload';
  return 'account id';
}

/**
 * Picks who should take an incident: an on-shift candidate whenever there is one, then the
 * best score, then the lower workload, then the smaller accountId, so the same input always
 * gives the same person.
 *
 * @example
 * chooseResponder([ana, bo], { service: 'payments', components: ['database'], labels: [] }, {}, now)
 * // => { chosen: { accountId: 'ana', score: 2.8, ... }, ranking: [...], decidedBy: 'score',
 * //      explanation: 'Chose Ana (score 2.80): on shift, matches skills payments, database; 1 open incident', ... }
 */
export function chooseResponder(
  candidates: readonly Candidate[],
  incident: IncidentTags,
  weights: Partial<RoutingWeights>,
  at: Date,
): ResponderChoice {
  const resolved: RoutingWeights = { ...DEFAULT_ROUTING_WEIGHTS, ...weights };
  const tags = relevantTags(incident);
  const loads = loadBy(candidates);
  const ranking = rank(
    candidates.map((candidate) => scoreCandidate(candidate, tags, resolved)),
    loads,
  );
  const [first, second] = ranking;
  if (!first) return { chosen: null, ranking, decidedBy: null, explanation: 'No candidates to choose from.', decidedAt: at };
  const decided = decidedBy(first, second, loads);
  return { chosen: first, ranking, decidedBy: decided, explanation: explainChoice(first, second, decided), decidedAt: at };
}
