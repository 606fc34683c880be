import type { BacktestIncidentView, BacktestRequest, BacktestView } from '../../contracts/backtest.js';
import { backtestIncident } from '../../domain/drills/backtestIncident.js';
import { backtestTotals } from '../../domain/drills/backtestTotals.js';
import { personZones } from '../../domain/drills/personZones.js';
import { recordedEscalation, type RecordedEscalation } from '../../domain/drills/recordedEscalation.js';
import type { VersionedPolicy } from '../../domain/policies/versionedPolicy.js';
import { authorizeSiteAction } from '../access/authorize.js';
import { engineContext, loadSettings } from '../policies/loadSettings.js';
import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';
import { defaultTimeZone } from './defaultTimeZone.js';
import { peopleNames } from './peopleNames.js';
import { policyUnderTest } from './policyUnderTest.js';
import { summaryView } from './simulationView.js';

const DAY = 86_400_000;
/** Each incident costs one event-log read; this keeps a call well inside the resolver's 25 s. */
export const BACKTEST_LIMIT = 500;
const HORIZON_MS = 7 * DAY;

/**
 * Replays the escalated incidents of the last `days` days that ran under the chosen policy,
 * from their recorded events, against that policy's candidate (usually a draft): per incident
 * and in total, what would have changed. Reads only; nothing is paged or written.
 */
export async function backtestPolicy(deps: Pick<Deps, 'host' | 'store' | 'clock' | 'coordination'>, actor: Actor, req: BacktestRequest): Promise<BacktestView> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'backtestPolicy');
  const settings = await loadSettings(deps.store, deps.coordination);
  const { vp: candidate, draft, assumptions } = await policyUnderTest(deps, settings, req.policy);
  const now = deps.clock.now();
  const from = now - req.days * DAY;
  const { records, truncated } = await escalatedSince(deps, req.days, from);
  const skipped: BacktestView['skipped'] = [];
  const cases: { rec: RecordedEscalation; baseline: VersionedPolicy }[] = [];
  const versions = new Map<number, VersionedPolicy | null>();
  for (const r of records) {
    const rec = recordedEscalation(r, await deps.store.listEvents(r.key));
    if (!rec) { skipped.push({ key: r.key, reason: 'no recorded escalation start' }); continue; }
    if (rec.policyId !== candidate.policy.id) continue;
    if (!versions.has(rec.policyVersion)) versions.set(rec.policyVersion, await deps.store.getPolicyVersion(rec.policyId, rec.policyVersion));
    const baseline = versions.get(rec.policyVersion);
    if (!baseline) { skipped.push({ key: r.key, reason: `version ${rec.policyVersion} of ${rec.policyId} is no longer stored` }); continue; }
    cases.push({ rec, baseline: { policy: { ...baseline.policy, enabled: true }, version: baseline.version } });
  }
  const zones = personZones(settings.schedules.values());
  const options = { config: settings.config, ctx: engineContext(settings), zoneOf: (a: string) => zones.get(a), defaultTimeZone: (s: string | null) => defaultTimeZone(settings.config, s), horizonMs: HORIZON_MS };
  const results = cases.map(({ rec, baseline }) => ({ rec, baseline, r: backtestIncident(rec, baseline, candidate, options) }));
  const name = await peopleNames(deps, results.flatMap(({ r }) => [...r.before.woken, ...r.after.woken]));
  const incidents: BacktestIncidentView[] = results.map(({ rec, baseline, r }) => ({
    key: rec.incident.key, summary: rec.summary, created: new Date(rec.incident.createdAt).toISOString(),
    before: { ...summaryView(r.before, rec.incident.createdAt, name), policy: `${baseline.policy.name} v${baseline.version}` },
    after: summaryView(r.after, rec.incident.createdAt, name), changes: r.changes,
  }));
  const side = (pick: 'before' | 'after') => backtestTotals(results.map(({ rec, r }) => ({ summary: r[pick], createdAt: rec.incident.createdAt })));
  assumptions.push(
    `Only incidents that escalated under "${candidate.policy.name}" are replayed, each under the version it ran and under this one.`,
    'Responders acknowledge the same time after the first page as they really did; resolutions happen when they really did.',
    'Schedules and calendars are today\'s; SLA clocks run in wall-clock time from creation. Sleep hours are 22:00–07:00 in the person\'s rotation zone.',
  );
  return {
    policy: { id: candidate.policy.id, name: candidate.policy.name, version: draft ? null : candidate.version, draft },
    from: new Date(from).toISOString(), to: new Date(now).toISOString(), incidents,
    totals: { before: side('before'), after: side('after'), changed: incidents.filter((i) => i.changes.length).length },
    skipped, truncated, assumptions,
  };
}

async function escalatedSince(deps: Pick<Deps, 'host'>, days: number, from: number) {
  const records = [];
  let token: string | null = null;
  do {
    const page = await deps.host.search({ kind: 'escalated', resolvedWithinDays: days }, token);
    records.push(...page.records.map((r) => r.incident).filter((i) => Date.parse(i.created) >= from));
    token = page.nextPageToken;
  } while (token !== null && records.length <= BACKTEST_LIMIT);
  records.sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
  return { records: records.slice(0, BACKTEST_LIMIT), truncated: records.length > BACKTEST_LIMIT || token !== null };
}
