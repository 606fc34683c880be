import { createCloudClient } from 'jira.js';
import type { DrillReportView, DrillScenario } from '../../src/contracts/drills.js';

/** The admin settings page's module: the surface whose resolvers a drill is started and read through. */
const ADMIN_MODULE = 'escalation-admin';
const PANEL_MODULE = 'escalation-issue-panel';

export interface FollowOptions {
  site: string;
  email: string;
  token: string;
  programme: string | null;
  policy: string | null;
  scenario: DrillScenario | null;
  respond: ReadonlyMap<number, number>;
  stepMinutes: number;
  log: (line: string) => void;
}

export interface FollowResult {
  report: DrillReportView;
  /** Account id → display name, read from Jira for everyone the report names. */
  names: Map<string, string>;
  issue: { key: string; summary: string; status: string; labels: string[] };
}

/** A site the CLI cannot drill, with the reason a person can act on. */
export class NotDrillable extends Error {}

/**
 * Starts a drill through the app's own resolvers and follows it to its end, moving the site's
 * virtual clock a step at a time. Forge resolvers can only be invoked from the app's own UI on a
 * real site (there is no REST route to them), so this works against the sandbox, which exposes
 * the same resolvers through its bridge endpoint and lets a script move its clock; on any other
 * site it stops with NotDrillable before changing anything. Jira itself (who the caller is, the
 * drill issue, people's names) is read through jira.js, as on a real site.
 *
 * Nobody answers pages in a sandbox, so `respond` plays the participants: on level N the first
 * person paged acknowledges M minutes after that level's page, through the panel's acknowledge
 * resolver as that person (the server checks their permission as it would anyone's).
 */
export async function followDrill(o: FollowOptions): Promise<FollowResult> {
  const jira = createCloudClient({ host: o.site, auth: { type: 'basic', email: o.email, apiToken: o.token }, onSchemaMismatch: 'throw', retry: { maxAttempts: 2 } });
  const me = await jira.myself.getCurrentUser().catch((e: unknown) => {
    throw new NotDrillable(`${o.site} refused ${o.email} with that token: ${(e as Error).message}`);
  });
  if (!me.accountId) throw new NotDrillable(`${o.site} did not say who ${o.email} is`);
  const health = await fetch(new URL('/__sandbox/health', o.site)).catch(() => null);
  if (!health?.ok) {
    throw new NotDrillable(`${o.site} is not a sandbox. On a Jira site, Forge resolvers are reachable only from the app's own pages, ` +
      'so start the drill from Settings → Drills ("Run now"); its hop table is on the same page.');
  }
  const sandboxCall = async (path: string, body: unknown): Promise<unknown> => {
    const res = await fetch(new URL(path, o.site), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as unknown;
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const invoke = async <T>(as: string, moduleKey: string, functionKey: string, payload: unknown, issueKey?: string): Promise<T> => {
    const res = await fetch(new URL('/__sandbox/bridge/invoke', o.site), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-user': as },
      body: JSON.stringify({ moduleKey, functionKey, payload, ...(issueKey ? { extension: { issue: { key: issueKey } } } : {}) }),
    });
    const body = (await res.json()) as { ok: boolean; data?: T; error?: { code: string; message: string; fields?: Array<{ field: string; message: string }> } };
    if (!body.ok) {
      const fields = (body.error?.fields ?? []).map((f) => `${f.field}: ${f.message}`).join('; ');
      throw new Error(`${functionKey} refused: ${body.error?.code} ${body.error?.message}${fields ? ` (${fields})` : ''}`);
    }
    return body.data as T;
  };

  const request = o.policy !== null ? { policyId: o.policy, ...(o.scenario ? { scenario: o.scenario } : {}) } : { programmeId: o.programme ?? undefined };
  if (request.programmeId === undefined && o.policy === null) {
    const view = await invoke<{ programmes: Array<{ id: string; name: string }> }>(me.accountId, ADMIN_MODULE, 'getDrills', {});
    const first = view.programmes[0];
    if (!first) throw new NotDrillable('The site has no drill programme: name one with --programme, or a policy with --policy');
    request.programmeId = first.id;
    o.log(`programme ${first.id} (${first.name}), the site's first`);
  }
  const started = await invoke<{ issueKey: string; endsAt: string }>(me.accountId, ADMIN_MODULE, 'runDrill', request);
  o.log(`drill ${started.issueKey} started as ${me.displayName ?? me.accountId}; it ends by ${started.endsAt} at the latest`);

  const names = new Map<string, string>();
  const nameOf = async (id: string): Promise<string> => {
    if (!names.has(id)) {
      const user = await jira.users.getUser({ accountId: id }).catch(() => null);
      if (user?.displayName) names.set(id, user.displayName);
    }
    return names.get(id) ?? id;
  };
  const acked = new Set<number>();
  let report = await invoke<DrillReportView>(me.accountId, ADMIN_MODULE, 'getDrillReport', { issueKey: started.issueKey });
  let shown = 0;
  // The drill's own time limit bounds the loop; the guard is for a drill that never ends.
  const limitMs = Date.parse(report.drill.endsAt) + 60 * 60_000;
  while (report.drill.status === 'running' && Date.parse(report.now) <= limitMs) {
    for (const h of report.score.hops.slice(shown)) {
      const people = await Promise.all(h.paged.map((p) => (p.startsWith('group ') ? p : nameOf(p))));
      o.log(`${h.pagedAt.slice(11, 16)} paged ${h.path} level ${h.level}${h.backup ? ' (backup)' : ''}: ${people.join(', ') || 'nobody'} (${h.outcome})`);
    }
    shown = report.score.hops.length;
    const nowMs = Date.parse(report.now);
    for (const h of report.score.hops) {
      const after = o.respond.get(h.level);
      const who = h.paged.find((p) => !p.startsWith('group '));
      if (after === undefined || acked.has(h.level) || h.outcome !== 'sent' || !who || h.path !== report.drill.scenario.path) continue;
      if (nowMs < Date.parse(h.pagedAt) + after * 60_000) continue;
      acked.add(h.level);
      const name = await nameOf(who);
      await invoke(who, PANEL_MODULE, 'acknowledge', { issueKey: started.issueKey }, started.issueKey)
        .then(() => o.log(`${report.now.slice(11, 16)} ${name} acknowledged level ${h.level}`))
        .catch((e: unknown) => o.log(`${report.now.slice(11, 16)} ${name} could not acknowledge level ${h.level}: ${(e as Error).message}`));
    }
    await sandboxCall('/__sandbox/clock/advance', { minutes: o.stepMinutes });
    await sandboxCall('/__sandbox/settle', {});
    report = await invoke<DrillReportView>(me.accountId, ADMIN_MODULE, 'getDrillReport', { issueKey: started.issueKey });
  }

  const issue = await jira.issues.getIssue({ issueIdOrKey: started.issueKey, fields: ['summary', 'status', 'labels'] });
  const ids = new Set(report.score.hops.flatMap((h) => [...h.paged, ...(h.scheduledOnCall ?? []), ...(h.ackedBy ? [h.ackedBy] : [])]).filter((id) => !id.startsWith('group ')));
  for (const id of ids) await nameOf(id);
  return {
    report,
    names,
    issue: { key: started.issueKey, summary: String(issue.fields?.summary ?? ''), status: String(issue.fields?.status?.name ?? ''), labels: issue.fields?.labels ?? [] },
  };
}
