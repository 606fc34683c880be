import { APP_ACCOUNT_ID, type SiteContext } from '../siteContext.js';
import type { IssueRecord } from '../siteTypes.js';
import { computeSla, type SlaState, type SlaTimeline } from './computeSla.js';
import { slaTimelineOf } from './slaTimelineOf.js';

/**
 * Timelines change only when the issue's history, priority or the directory does; searches
 * re-read them for every issue, so they are kept between calls.
 */
const timelines = new WeakMap<IssueRecord, { stamp: string; timeline: SlaTimeline }>();

function timelineOf(ctx: SiteContext, issue: IssueRecord): SlaTimeline {
  const stamp = `${issue.changelog.length}|${issue.comments.length}|${issue.priorityId}|${issue.statusId}|${ctx.directory.version}`;
  const cached = timelines.get(issue);
  if (cached?.stamp === stamp) return cached.timeline;
  // The app's own comments do not count as an agent's first response: only people answer customers.
  const isAgent = (id: string) => id !== APP_ACCOUNT_ID && ctx.permissions.isAgent(id, issue.projectKey);
  const timeline = slaTimelineOf(issue, isAgent);
  timelines.set(issue, { stamp, timeline });
  return timeline;
}

/**
 * The SLAs of an issue at the site's current time, keyed by the SLA's field id; `only` limits
 * the work to one SLA field (searches ask for one at a time).
 */
export function issueSlas(ctx: SiteContext, issue: IssueRecord, now = ctx.now(), only?: string): Map<string, SlaState> {
  const timeline = timelineOf(ctx, issue);
  const out = new Map<string, SlaState>();
  for (const metric of ctx.metrics) {
    if (only !== undefined && metric.fieldId !== only) continue;
    const state = computeSla(metric, timeline, now);
    if (state) out.set(metric.fieldId, state);
  }
  return out;
}
