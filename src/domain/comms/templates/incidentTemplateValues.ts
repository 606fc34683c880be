import type { EscalationConfig } from '../../../contracts/config.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import type { Incident } from '../../incident/incident.js';
import { effectivePriority } from '../../priority/effectivePriority.js';
import type { TemplateValues } from './templateVariable.js';

export interface TemplateContext {
  /** The site's address, e.g. https://acme.atlassian.net, for the incident link. */
  readonly siteUrl: string | null;
  readonly bridge?: { readonly url?: string; readonly dialIn?: string };
  /** Display name of the current owner (the assignee), when known; otherwise `owner` falls back to the account id. */
  readonly ownerName?: string;
  /** Display name of the service's configured owner, when known. */
  readonly serviceOwnerName?: string;
}

/**
 * Minutes as people read them in a message: `45m`, `1h 20m`, `2d 3h`.
 *
 * @example
 * formatDuration(80 * 60_000) // => '1h 20m'
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}

function slaRemaining(incident: Incident): string | undefined {
  const running = incident.slas.filter((s) => !s.completed);
  if (running.length === 0) return undefined;
  // The SLA closest to breaching (or most breached) is the one readers need.
  const tightest = running.reduce((a, b) => (b.remainingMs < a.remainingMs ? b : a));
  const text = tightest.breached || tightest.remainingMs < 0 ? `breached ${formatDuration(tightest.remainingMs)} ago` : formatDuration(tightest.remainingMs);
  return `${text}${tightest.paused ? ' (paused)' : ''} (${tightest.metric})`;
}

/**
 * The values a template may use, from the incident, its escalation and the site. Missing
 * values stay absent, so rendering shows them as "(not set)" rather than a blank.
 *
 * @example
 * incidentTemplateValues(incident, state, config, { siteUrl: 'https://acme.atlassian.net' }).link
 * // => 'https://acme.atlassian.net/browse/ITOPS-7'
 */
export function incidentTemplateValues(
  incident: Incident,
  state: EscalationState | null,
  config: EscalationConfig,
  context: TemplateContext,
): TemplateValues {
  const priority = state?.priority ?? effectivePriority(config, incident).priority;
  const owner = context.ownerName ?? incident.assigneeAccountId ?? undefined;
  const entries: Array<[keyof TemplateValues, string | undefined]> = [
    ['key', incident.key],
    ['summary', incident.summary],
    ['priority', priority],
    ['service', incident.service ?? undefined],
    ['impact', incident.impact ?? undefined],
    ['slaRemaining', slaRemaining(incident)],
    ['path', state?.path ?? undefined],
    ['level', state?.level === null || state?.level === undefined ? undefined : String(state.level)],
    ['owner', owner],
    ['owner.name', context.ownerName],
    ['serviceOwner.name', context.serviceOwnerName],
    ['bridgeUrl', context.bridge?.url],
    ['bridgeDialIn', context.bridge?.dialIn],
    ['link', context.siteUrl === null ? undefined : `${context.siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(incident.key)}`],
  ];
  return Object.fromEntries(entries.filter((e): e is [keyof TemplateValues, string] => e[1] !== undefined));
}
