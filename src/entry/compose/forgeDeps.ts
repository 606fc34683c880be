import { asApp, asUser, assumeTrustedRoute } from '@forge/api';
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
import { ForgeOutboundHttp } from '../../adapters/forge/forgeOutboundHttp.js';
import { KvsReviewStore } from '../../adapters/forge/kvsReviewStore.js';
import { KvsDrillStore } from '../../adapters/forge/kvsDrillStore.js';
import { isolateDrills } from '../../app/drills/drill/isolateDrills.js';
import { JiraReviewIssues } from '../../adapters/jira/jiraReviewIssues.js';

/** Triggers and timers act as the app; resolvers act as the person who clicked. */
export type Principal = { kind: 'app' } | { kind: 'user' };

/** Builds the ports for one invocation. */
export async function forgeDeps(principal: Principal): Promise<Deps> {
  const store = new KvsStore();
  const fetchJira: JiraFetch = (path, init) => {
    const requester = principal.kind === 'app' ? asApp() : asUser();
    return requester.requestJira(assumeTrustedRoute(path), init);
  };
  const client = requestJiraClient(fetchJira, 'warn');
  // Directory reads (who is in which group or project role) are the app's question about a
  // user, asked whoever is acting, so they go as the app.
  const appClient = requestJiraClient((path, init) => asApp().requestJira(assumeTrustedRoute(path), init), 'warn');
  const { config } = await loadSettings(store);
  const host = new JiraIncidentHost(client, {
    mode: principal.kind,
    slaMetrics: config.slaMetrics,
    services: config.services.map((s) => s.name),
    directoryClient: appClient,
  });
  // Every invocation's ports are drill-isolated here, so no use case can bypass it.
  return isolateDrills({ drills: new KvsDrillStore(), host, store, notifier: new JiraEmailNotifier(client), queue: new ForgeTimerQueue(), clock: forgeClock, links: new ForgeAckLinkBase(),
    ingest: new ForgeAlertIngestBase(),
    http: new ForgeOutboundHttp(), alerts: new KvsAlertStore(), comms: new KvsCommsStore(),
    // Review issues are created and linked as the app: the resolver who resolved the incident
    // may not be allowed to create issues in the review project.
    reviews: { store: new KvsReviewStore(), issues: new JiraReviewIssues(appClient) } });
}
