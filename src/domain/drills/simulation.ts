import type { Channel } from '../../contracts/comms.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { EngineContext } from '../escalation/engineContext.js';
import type { VersionedPolicy } from '../policies/versionedPolicy.js';
import type { HypotheticalIncident } from './hypotheticalIncident.js';
import type { PathName } from '../../contracts/common.js';
import type { Step } from '../escalation/step.js';
import type { OnCallResolution } from './onCallResolution.js';

export type PageKind = 'first' | 'followUp' | 'backup';

/** One page the engine would send. Pages go out by email through Jira's notify endpoint. */
export interface SimulatedPage {
  at: number;
  path: PathName;
  level: number;
  levelName: string | null;
  loop: number;
  kind: PageKind;
  channel: Channel;
  /** People paged (schedules already resolved to whoever is on call at `at`). */
  accountIds: string[];
  groups: string[];
  teams: string[];
  ackDueAt: number;
  onCall: OnCallResolution[];
  /** The paged people for whom `at` falls in their sleep hours, with the zone that says so. */
  woken: { accountId: string; timeZone: string }[];
}

/** A level action or template notification the engine would carry out. */
export interface SimulatedAction {
  at: number;
  kind: string;
  detail: string;
  /** For `notify`: the template's channel, when the template is known. */
  channel?: Channel | null;
}

/** One engine evaluation in virtual time, with its reasoning (only when asked for). */
export interface SimulatedEvaluation {
  at: number;
  trace: string[];
}

export type EndReason = 'acknowledged' | 'resolved' | 'exhausted' | 'horizon' | 'nothingDue' | 'notInScope';

export interface SimulationSummary {
  pages: number;
  /** Pages counted per person: one page to three people is three. */
  personPages: number;
  firstPageAt: number | null;
  acknowledgedAt: number | null;
  /** Highest level reached on each path that paged. */
  levelsReached: Partial<Record<PathName, number>>;
  woken: string[];
  /** The response SLA's goal passed before anyone acknowledged. */
  breachedResponse: boolean;
}

export interface Simulation {
  pages: SimulatedPage[];
  actions: SimulatedAction[];
  steps: Step[];
  evaluations: SimulatedEvaluation[];
  ended: { reason: EndReason; at: number };
  summary: SimulationSummary;
}

/** What a simulation gathers as it goes. */
export interface Collector {
  pages: SimulatedPage[];
  actions: SimulatedAction[];
  steps: Step[];
  evaluations: SimulatedEvaluation[];
}

export interface SimulationInput {
  incident: HypotheticalIncident;
  policy: VersionedPolicy;
  config: EscalationConfig;
  ctx: EngineContext;
  /** The first acknowledgement comes this long after the first page; null: nobody acknowledges. */
  ackAfterFirstPageMs: number | null;
  /** Who acknowledges; the first person paged unless set. */
  acknowledgedBy?: string | null;
  resolvedAt: number | null;
  /** Nothing after `createdAt + horizonMs` is simulated. */
  horizonMs: number;
  /** Template id → channel, for level actions that notify through a template. */
  templateChannels?: ReadonlyMap<string, Channel>;
  /** Zone of people paged directly rather than through a schedule. */
  defaultTimeZone: string;
  /**
   * Keep the engine's reasoning and each page's on-call resolution (the UI). Without it (the
   * backtest) a paged person's zone comes from `zoneOf`, which saves resolving every schedule
   * a second time after the engine has.
   */
  explain: boolean;
  zoneOf?: (accountId: string) => string | undefined;
  /** The SLA whose goal counts as the response target (Time to first response by default). */
  responseMetric?: string;
}
