import type { Team } from '../../contracts/team.js';
import type { Schedule } from '../oncall/schedule.js';
import type { RoutingWeights } from '../routing/routingWeights.js';

/** What the app knows about a possible responder when the engine chooses whom to assign. */
export interface ResponderFacts {
  displayName: string;
  skills: readonly string[];
  /** Open incidents assigned to them now. */
  openIncidents: number;
  pagesLast24h: number;
}

/** Data the engine reads besides the policy and configuration, gathered by the app beforehand. */
export interface EngineContext {
  schedules: ReadonlyMap<string, Schedule>;
  /** Teams by id, so a level that pages a team reaches its on-call (and liaison). */
  teams?: ReadonlyMap<string, Team>;
  /** Skills and workload by accountId; someone missing counts as no skills and no load. */
  responders?: ReadonlyMap<string, ResponderFacts>;
  routingWeights?: Partial<RoutingWeights>;
}

export const emptyEngineContext: EngineContext = { schedules: new Map() };
