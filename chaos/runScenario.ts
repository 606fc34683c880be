import type { Envelope, PolicySummary } from '../src/contracts/resolvers.js';
import { createSandbox, type Sandbox } from '../sandbox/server/createSandbox.js';
import { call } from '../sandbox/server/seedEscalation.js';
import { integrationSecret } from '../sandbox/seed/integrationsSecret.js';
import { CHAOS_HOSTS, chaosPolicy } from './chaosPolicy.js';
import { CHAOS_MINUTES, type Scenario } from './scenario.js';

export const START = Date.parse('2026-11-25T14:00:00.000Z');
const RECOVERY_MINUTES = 120;
const MINUTE = 60_000;

export interface IncidentObservation {
  key: string;
  origin: 'agent' | 'alert';
  /** Acknowledgements the app answered ok, and stand-downs it answered ok. */
  acked: boolean;
  stoodDown: boolean;
  escalatedByHand: boolean;
  tampered: string | null;
  /** Page emails: `subject → recipient → count`. */
  pages: Map<string, number>;
  /** Outbound messages the receiver took (2xx), per channel (each level has its own channel). */
  channelMessages: Map<string, number>;
  /** The level each manual climb the app recorded went to: each starts a new episode there. */
  manualLevels: number[];
  /** Internal "Escalation:" step comments and how often each text was written. */
  stepComments: Map<string, number>;
  labels: string[];
  property: unknown;
  /** The state the app itself reports for the incident (its panel's view), or null if it refused. */
  appState: { status: string; level: number | null } | null;
  /** 'acknowledged' entries in the app's timeline for the incident. */
  ackEvents: number;
  /** Commands a user sent whatever the answer (an answer can be lost after the command took effect). */
  attempted: { ack: boolean; standDown: boolean; escalate: boolean };
  /** The app's timeline: how many stand-down and manual-escalation steps it recorded. */
  standDownEvents: number;
  manualEscalationEvents: number;
}

export interface ScenarioObservation {
  seed: number;
  incidents: IncidentObservation[];
  /** Alerts the sender still could not deliver once the faults were gone. */
  alertsNeverAccepted: number;
  /** Alerts answered 202 "accepted" whose incident does not exist at the end. */
  acceptedWithoutIncident: number;
  faultsInjected: { jira: number; kvs: number; egress: number; killed: number; queue: number };
}

const basic = (email: string) => `Basic ${Buffer.from(`${email}:sandbox`).toString('base64')}`;
const AGENT = 'ana.agent@example.test';

async function jira(sb: Sandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- REST JSON
  const r = await sb.site.handle({ method, path, query: {}, headers: { authorization: basic(AGENT), 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = typeof r.body === 'string' ? r.body : r.body === undefined ? '' : JSON.stringify(r.body);
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

function alertBody(alertname: string, at: number): string {
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="${alertname}"}`, status: 'firing', receiver: 'jsm', groupLabels: { alertname },
    commonLabels: { alertname, severity: 'critical', service: 'Payments' }, commonAnnotations: {}, externalURL: 'http://alertmanager.local',
    truncatedAlerts: 0,
    alerts: [{ status: 'firing', labels: { alertname, severity: 'critical', service: 'Payments' }, annotations: { summary: `${alertname} firing` },
      startsAt: new Date(at).toISOString(), endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prometheus.local', fingerprint: alertname.toLowerCase() }],
  });
}

/**
 * Runs one scenario on a fresh in-memory sandbox (the unmodified app on the emulated Forge
 * runtime and JSM site) and reports what happened to each incident. Faults touch only the app's
 * own traffic; the scenario's users act through the app's resolvers, as the panel would.
 */
export async function runScenario(s: Scenario, root: string): Promise<ScenarioObservation> {
  const sb = await createSandbox({ root, speed: 0, startAt: START });
  try {
    for (const p of await call<PolicySummary[]>(sb.runtime, 'listPolicies', {})) {
      await call(sb.runtime, 'deletePolicy', { id: p.policy.id, reason: 'Replaced by the fault campaign policy' });
    }
    await call(sb.runtime, 'savePolicy', { policy: chaosPolicy, expectedVersion: 0, reason: 'Fault campaign policy' });
    await call(sb.runtime, 'saveCommsChannels', {
      settings: {
        slack: { enabled: true }, teams: { enabled: true },
        sms: { enabled: true, gatewayUrl: `https://${CHAOS_HOSTS.sms}/2010-04-01/Accounts/ACchaos/Messages.json`, from: '+15005550006', accountSid: 'ACchaos' },
        recipients: { responders: { smsNumbers: ['+447700900123'] } },
      },
      secrets: { slackWebhookUrl: `https://${CHAOS_HOSTS.slack}/services/T0CHAOS/B0CHAOS/chaos`, teamsWebhookUrl: `https://${CHAOS_HOSTS.teams}/webhookb2/chaos`, smsAuthToken: 'chaos-sms-token' },
      reason: 'Fault campaign channels',
    });
    const token = integrationSecret(sb.runtime.kvs, 'prometheus');

    const incidents: IncidentObservation[] = [];
    const ids = new Map<string, string>();
    const pendingAlerts: { body: string; tries: number }[] = [];
    const acceptedKeys = new Set<string>();
    const blank = (key: string, origin: IncidentObservation['origin']): IncidentObservation =>
      ({ key, origin, acked: false, stoodDown: false, escalatedByHand: false, tampered: null, pages: new Map(), channelMessages: new Map(), manualLevels: [], stepComments: new Map(), labels: [], property: null, appState: null, ackEvents: 0, attempted: { ack: false, standDown: false, escalate: false }, standDownEvents: 0, manualEscalationEvents: 0 });

    const sendAlert = async (a: { body: string; tries: number }): Promise<boolean> => {
      a.tries++;
      const res = await sb.runtime.invokeWebtrigger('alert-ingest', {
        method: 'POST', queryParameters: { integration: ['prometheus'] }, headers: { authorization: [`Bearer ${token}`], 'content-type': ['application/json'] }, body: a.body,
      });
      if (res.statusCode >= 500 || res.statusCode === 429) return false; // the sender retries, as Alertmanager does
      const body = JSON.parse(res.body ?? '{}') as { results?: { outcome: string; incidentKey: string | null }[] };
      for (const r of body.results ?? []) {
        if (r.outcome !== 'accepted' && r.outcome !== 'deduplicated') continue;
        if (!r.incidentKey) continue;
        acceptedKeys.add(r.incidentKey);
        if (!incidents.some((i) => i.key === r.incidentKey)) incidents.push(blank(r.incidentKey, 'alert'));
      }
      return true;
    };
    const resolver = (accountId: string, functionKey: string, key: string, payload: Record<string, unknown>) =>
      sb.runtime.invokeResolver({
        moduleKey: 'escalation-issue-panel', functionKey, accountId, payload: { issueKey: key, ...payload },
        extension: { type: 'jira:issuePanel', issue: { id: ids.get(key), key, type: 'Incident' }, project: { key: 'ITOPS' } },
      }).then((r) => (r as Envelope<unknown>).ok, () => false);

    const faultsInjected = { jira: 0, kvs: 0, egress: 0, killed: 0, queue: 0 };
    // Each new fault set restarts the injector's counts, so they are added up before every change.
    const tally = () => { const d = sb.faults.describe().injected; for (const k of Object.keys(faultsInjected) as (keyof typeof faultsInjected)[]) faultsInjected[k] += d[k]; };
    for (let minute = 0; minute <= CHAOS_MINUTES; minute++) {
      const now = START + minute * MINUTE;
      for (const f of s.faults) {
        if (f.until === minute) { tally(); sb.faults.clear(); }
        if (f.at === minute) { tally(); sb.faults.set(f.spec); }
      }
      const work: Promise<unknown>[] = [];
      s.incidents.forEach((plan, i) => {
        if (plan.at !== minute) return;
        work.push(jira(sb, 'POST', '/rest/api/3/issue', {
          fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: plan.summary, reporter: { accountId: 'sandbox-customer-chris' },
            priority: { name: 'High' }, components: [{ name: 'Intranet' }] },
        }).then((r) => {
          if (r.status !== 201) throw new Error(`seed ${s.seed}: creating incident ${i} answered ${r.status}`);
          ids.set(r.body.key, r.body.id);
          incidents[i] = { ...blank(r.body.key, 'agent') };
        }));
      });
      await Promise.all(work);
      for (const a of s.alerts.filter((x) => x.at === minute)) {
        for (let k = 0; k < a.repeats; k++) pendingAlerts.push({ body: alertBody(a.alertname, now), tries: 0 });
      }
      for (const a of [...pendingAlerts]) if (await sendAlert(a)) pendingAlerts.splice(pendingAlerts.indexOf(a), 1);
      const concurrent: Promise<unknown>[] = [];
      for (const ack of s.acks.filter((x) => x.at === minute)) {
        const inc = incidents[ack.incident];
        if (!inc) continue;
        inc.attempted.ack = true;
        inc.attempted.escalate ||= ack.escalateToo;
        inc.attempted.standDown ||= ack.standDownToo;
        for (const u of ack.users) concurrent.push(resolver(u, 'acknowledge', inc.key, {}).then((ok) => { if (ok) inc.acked = true; }));
        if (ack.escalateToo) concurrent.push(resolver('sandbox-lead-lena', 'escalate', inc.key, { path: 'technical', level: 2, reason: 'chaos: climbing by hand' }).then((ok) => { if (ok) inc.escalatedByHand = true; }));
        if (ack.standDownToo) concurrent.push(resolver('sandbox-lead-lena', 'standDown', inc.key, { reason: 'chaos: standing down' }).then((ok) => { if (ok) inc.stoodDown = true; }));
      }
      for (const sw of s.sweeps.filter((x) => x.at === minute)) {
        for (let c = 0; c < sw.copies; c++) concurrent.push(sb.runtime.runScheduledNow('escalation-sweep'));
      }
      for (const t of s.tampers.filter((x) => x.at === minute)) {
        const inc = incidents[t.incident];
        if (!inc) continue;
        inc.tampered = t.kind;
        const path = `/rest/api/3/issue/${inc.key}/properties/escalation`;
        concurrent.push((async () => {
          if (t.kind === 'deleted') return jira(sb, 'DELETE', path);
          if (t.kind === 'malformed') return jira(sb, 'PUT', path, { status: 'active', level: 'x', nextEvaluationEpochMs: 1 });
          const current = await jira(sb, 'GET', path);
          return jira(sb, 'PUT', path, { ...(current.body?.value ?? {}), status: 'acknowledged', acknowledgedBy: 'sandbox-agent-ana' });
        })());
      }
      await Promise.all(concurrent);
      if (minute < CHAOS_MINUTES) await sb.runtime.advance(MINUTE);
    }

    // Recovery: faults gone, senders retry, time runs on until every level is due and done.
    tally();
    sb.faults.clear();
    for (let round = 0; round < 5 && pendingAlerts.length; round++) {
      for (const a of [...pendingAlerts]) if (await sendAlert(a)) pendingAlerts.splice(pendingAlerts.indexOf(a), 1);
    }
    for (let m = 0; m < RECOVERY_MINUTES; m += 10) await sb.runtime.advance(10 * MINUTE);
    await sb.runtime.settle();

    const outbox = sb.site.outbox();
    const egress = sb.runtime.egressOutbox.all();
    let acceptedWithoutIncident = 0;
    for (const key of acceptedKeys) if ((await jira(sb, 'GET', `/rest/api/3/issue/${key}`)).status !== 200) acceptedWithoutIncident++;
    for (const inc of incidents.filter(Boolean)) {
      for (const m of outbox.filter((x) => x.issueKey === inc.key)) {
        const n = m.notification as { subject?: string; to?: { users?: { accountId: string }[] } };
        if (!n.subject?.includes('Escalation:')) continue;
        for (const u of n.to?.users ?? []) {
          const id = `${n.subject} → ${u.accountId}`;
          inc.pages.set(id, (inc.pages.get(id) ?? 0) + 1);
        }
      }
      const mentions = new RegExp(`\\b${inc.key}\\b`);
      for (const d of egress) {
        if (d.status === null || d.status < 200 || d.status > 299 || !mentions.test(d.body)) continue;
        inc.channelMessages.set(d.channel, (inc.channelMessages.get(d.channel) ?? 0) + 1);
      }
      const comments = await jira(sb, 'GET', `/rest/servicedeskapi/request/${inc.key}/comment`);
      for (const c of (comments.body?.values ?? []) as { body: string; public: boolean }[]) {
        if (c.public || !c.body.startsWith('Escalation:')) continue;
        inc.stepComments.set(c.body, (inc.stepComments.get(c.body) ?? 0) + 1);
      }
      const issue = await jira(sb, 'GET', `/rest/api/3/issue/${inc.key}?fields=labels`);
      inc.labels = issue.body?.fields?.labels ?? [];
      const prop = await jira(sb, 'GET', `/rest/api/3/issue/${inc.key}/properties/escalation`);
      inc.property = prop.status === 200 ? prop.body.value : null;
      const view = (await sb.runtime.invokeResolver({
        moduleKey: 'escalation-issue-panel', functionKey: 'getIncidentView', accountId: 'sandbox-agent-ana', payload: { issueKey: inc.key },
        extension: { type: 'jira:issuePanel', issue: { id: ids.get(inc.key), key: inc.key, type: 'Incident' }, project: { key: 'ITOPS' } },
      }).catch(() => null)) as Envelope<{ state: { status: string; level: number | null }; events: { type: string }[] }> | null;
      inc.appState = view?.ok ? { status: view.data.state.status, level: view.data.state.level ?? null } : null;
      inc.ackEvents = view?.ok ? view.data.events.filter((e) => e.type === 'acknowledged').length : 0;
      inc.standDownEvents = view?.ok ? view.data.events.filter((e) => e.type === 'stoodDown').length : 0;
      inc.manualEscalationEvents = view?.ok ? view.data.events.filter((e) => e.type === 'manualEscalation').length : 0;
      inc.manualLevels = view?.ok ? (view.data.events as { type: string; level?: number | null }[]).filter((e) => e.type === 'manualEscalation').map((e) => e.level ?? 1) : [];
      // CHAOS_TRACE=1 with --seeds prints each incident's timeline, to see where a step went missing.
      if (process.env.CHAOS_TRACE && view?.ok) {
        const evs = view.data.events as unknown as { type: string; at?: string; level?: number }[];
        for (const l of sb.runtime.getLogs().filter((x) => x.level !== 'info' && x.level !== 'debug' && x.message.includes(inc.key)).slice(-12)) {
          process.stderr.write(`  log ${new Date(l.at).toISOString().slice(11, 19)} ${l.functionKey} ${l.message.slice(0, 220).replace(/\n/g, ' ')}\n`);
        }
        process.stderr.write(`${inc.key} ${inc.origin} acked=${inc.acked} state=${JSON.stringify(inc.appState)} pages=${JSON.stringify([...inc.pages])}\n  ${evs.map((e) => `${e.at?.slice(11, 19)} ${e.type}${e.level ? ` L${e.level}` : ''}`).join('\n  ')}\n`);
      }
    }
    return { seed: s.seed, incidents: incidents.filter(Boolean), alertsNeverAccepted: pendingAlerts.length, acceptedWithoutIncident, faultsInjected };
  } finally {
    await sb.close(1_000);
  }
}

