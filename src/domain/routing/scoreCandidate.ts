import type { Candidate, IncidentTags } from './candidate.js';
import type { RoutingWeights } from './routingWeights.js';

/** Every part of a candidate's score, so the choice can be explained and audited. */
export interface ScoreBreakdown {
  readonly accountId: string;
  readonly displayName: string;
  readonly onShift: boolean;
  /** Incident tags the candidate has as skills, in the incident's order. */
  readonly matchedSkills: readonly string[];
  /** matchedSkills / relevant tags, 0..1; 0 when the incident has no tags. */
  readonly expertise: number;
  readonly openIncidents: number;
  readonly pagesLast24h: number;
  /** load / (load + WORKLOAD_HALF_POINT), 0..1: see there for why. */
  readonly workload: number;
  readonly points: { readonly onShift: number; readonly expertise: number; readonly workload: number };
  readonly score: number;
}

// Tags come from Jira components and labels typed by people: "Payments" and "payments " match.
const normalise = (tag: string): string => tag.trim().toLowerCase();

/**
 * The distinct, normalised tags an incident's skills are matched against.
 *
 * @example
 * relevantTags({ service: 'Payments', components: ['database'], labels: ['payments'] })
 * // => ['payments', 'database']
 */
export function relevantTags(incident: IncidentTags): string[] {
  const tags = [incident.service, ...incident.components, ...incident.labels].map(normalise);
  return [...new Set(tags.filter((tag) => tag.length > 0))];
}

/**
 * The load at which the workload factor reaches one half. The factor is load / (load + 4), a
 * curve rather than a share of the busiest candidate's load: a share would make one open
 * incident count as "fully loaded" whenever nobody else has more, and a candidate's score
 * would change when someone else joins the pool. On the curve 1 open incident is 0.2, 4 is 0.5
 * and 12 is 0.75, so each extra incident matters less once someone is already busy.
 */
export const WORKLOAD_HALF_POINT = 4;

/** Open incidents plus recent pages: the raw load that workload is normalised from. */
export function loadOf(candidate: Candidate): number {
  return Math.max(0, candidate.openIncidents) + Math.max(0, candidate.pagesLast24h);
}

/**
 * Scores one candidate: onShift·[on shift] + expertise·(matched / tags) − workload·load factor.
 *
 * @example
 * scoreCandidate({ ...ana, skills: ['payments'], openIncidents: 1 }, ['payments', 'database'], DEFAULT_ROUTING_WEIGHTS)
 * // => { ..., matchedSkills: ['payments'], expertise: 0.5, workload: 0.2, score: 2.3 }
 */
export function scoreCandidate(
  candidate: Candidate,
  tags: readonly string[],
  weights: RoutingWeights,
): ScoreBreakdown {
  const skills = new Set(candidate.skills.map(normalise));
  const matchedSkills = tags.filter((tag) => skills.has(tag));
  const expertise = tags.length > 0 ? matchedSkills.length / tags.length : 0;
  const load = loadOf(candidate);
  const workload = load / (load + WORKLOAD_HALF_POINT);
  const points = {
    onShift: candidate.onShift ? weights.onShift : 0,
    expertise: weights.expertise * expertise,
    workload: -weights.workload * workload,
  };
  return {
    accountId: candidate.accountId,
    displayName: candidate.displayName,
    onShift: candidate.onShift,
    matchedSkills,
    expertise,
    openIncidents: candidate.openIncidents,
    pagesLast24h: candidate.pagesLast24h,
    workload,
    points,
    score: points.onShift + points.expertise + points.workload,
  };
}
