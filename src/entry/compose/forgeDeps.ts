import { asApp, asUser, assumeTrustedRoute, fetch } from '@forge/api';
import type { Deps } from '../../app/shared/deps.js';
import { loadSettings } from '../../app/policies/loadSettings.js';
import { JiraIncidentHost } from '../../adapters/jira/jiraIncidentHost.js';
import type { JiraFetch } from '../../adapters/jira/jiraFetch.js';
import { requestJiraClient } from '../../adapters/jira/requestJiraClient.js';
import { ForgeAckLinkBase } from '../../adapters/forge/forgeAckLinkBase.js';
import { ForgeAlertIngestBase } from '../../adapters/forge/forgeAlertIngestBase.js';
import { forgeClock } from '../../adapters/forge/forgeClock.js';
import { ForgeTimerQueue } from '../../adapters/forge/forgeTimerQueue.js';
import { JiraEmailNotifier } from '../../adapters/forge/jiraEmailNotifier.js';
import { KvsAlertStore } from '../../adapters/forge/kvsAlertStore.js';
import { KvsCommsStore } from '../../adapters/forge/kvsCommsStore.js';
import { KvsStore } from '../../adapters/forge/kvsStore.js';
import { ForgeSigningCertificates } from '../../adapters/forge/forgeSigningCertificates.js';
import { KvsIncidentStateStore } from '../../adapters/forge/kvsIncidentStateStore.js';
import { AppOwnedIncidentHost } from '../../app/integrity/appOwnedIncidentHost.js';
import { ForgeOutboundHttp } from '../../adapters/forge/forgeOutboundHttp.js';
import { KvsReviewStore } from '../../adapters/forge/kvsReviewStore.js';
import { KvsRecurrenceStore } from '../../adapters/forge/kvsRecurrenceStore.js';
import { KvsDrillStore } from '../../adapters/forge/kvsDrillStore.js';
import { redactOutbound } from '../../app/governance/classification/redactOutbound.js';
import { isolateDrills } from '../../app/drills/drill/isolateDrills.js';
import { JiraReviewIssues } from '../../adapters/jira/jiraReviewIssues.js';
import { KvsGovernanceStore } from '../../adapters/forge/kvsGovernanceStore.js';
import { withAuditTrail } from '../../app/governance/withAuditTrail.js';
import { KvsCoordinationStore } from '../../adapters/forge/kvsCoordinationStore.js';
import { SlackWebApi } from '../../adapters/slack/slackWebApi.js';
import { KvsHeartbeatStore } from '../../adapters/forge/kvsHeartbeatStore.js';
import { KvsSyntheticStore } from '../../adapters/forge/kvsSyntheticStore.js';
import { KvsRetentionStore } from '../../adapters/forge/kvsRetentionStore.js';

/** Triggers and timers act as the app; resolvers act as the person who clicked. */
export type Principal = { kind: 'app' } | { kind: 'user' };

/** Builds the ports for one invocation. */
export async function forgeDeps(principal: Principal): Promise<Deps> {
  const governance = new KvsGovernanceStore();
  // Every escalation event and access-log entry is also appended to the hash-chained trail.
  const store = withAuditTrail(new KvsStore(), governance);
  const fetchJira: JiraFetch = (path, init) => {
    const requester = principal.kind === 'app' ? asApp() : asUser();
    return requester.requestJira(assumeTrustedRoute(path), init);
  };
  const client = requestJiraClient(fetchJira, 'warn');
  // Directory reads (who is in which group or project role) are the app's question about a
  // user, asked whoever is acting, so they go as the app.
  const appClient = requestJiraClient((path, init) => asApp().requestJira(assumeTrustedRoute(path), init), 'warn');
  const { config } = await loadSettings(store);
  const jiraHost = new JiraIncidentHost(client, {
    mode: principal.kind,
    slaMetrics: config.slaMetrics,
    services: config.services.map((s) => s.name),
    serviceRegistry: Object.fromEntries(config.services.flatMap((s) => (s.jsmServiceId ? [[s.jsmServiceId, s.name]] : []))),
    directoryClient: appClient,
  });
  // Escalation and comms state live in app storage; the issue properties only mirror them.
  const incidentState = new KvsIncidentStateStore();
  const mirror = principal.kind === 'app' ? jiraHost : new JiraIncidentHost(appClient, { mode: 'app', slaMetrics: config.slaMetrics, services: config.services.map((s) => s.name) });
  const host = new AppOwnedIncidentHost(jiraHost, { states: incidentState, store, clock: forgeClock, mirror });
  // Every invocation's ports are drill-isolated and redact personal data outbound here, so no use case can bypass either.
  return redactOutbound(isolateDrills({ drills: new KvsDrillStore(), host, store, incidentState, notifier: new JiraEmailNotifier(client), queue: new ForgeTimerQueue(), clock: forgeClock, links: new ForgeAckLinkBase(),
    ingest: new ForgeAlertIngestBase(),
    http: new ForgeOutboundHttp(), certificates: new ForgeSigningCertificates(), alerts: new KvsAlertStore(), comms: new KvsCommsStore(),
    // Review issues are created and linked as the app: the resolver who resolved the incident
    // may not be allowed to create issues in the review project.
    reviews: { store: new KvsReviewStore(), issues: new JiraReviewIssues(appClient), recurrence: new KvsRecurrenceStore() },
    governance, coordination: new KvsCoordinationStore(), heartbeats: new KvsHeartbeatStore(),
    synthetics: new KvsSyntheticStore(), retention: new KvsRetentionStore(),
    // War rooms call Slack's Web API through Forge egress (slack.com is declared in the manifest).
    slack: new SlackWebApi((url, init) => fetch(url, init)) }));
}
