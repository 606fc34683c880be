import type { AckLinkBase } from '../../ports/ackLinkBase.js';
import type { AlertIngestBase } from '../../ports/alertIngestBase.js';
import type { AlertStore } from '../../ports/alertStore.js';
import type { CommsStore } from '../../ports/commsStore.js';
import type { CoordinationStore } from '../../ports/coordinationStore.js';
import type { IncidentHost } from '../../ports/incidentHost.js';
import type { IncidentStateStore } from '../../ports/incidentStateStore.js';
import type { Notifier } from '../../ports/notifier.js';
import type { OutboundHttp } from '../../ports/outboundHttp.js';
import type { SigningCertificates } from '../../ports/signingCertificates.js';
import type { Clock, TimerQueue } from '../../ports/queue.js';
import type { Store } from '../../ports/store.js';
import type { ReviewIssues } from '../../ports/reviewIssues.js';
import type { ReviewStore } from '../../ports/reviewStore.js';
import type { RecurrenceStore } from '../../ports/recurrenceStore.js';
import type { GovernanceStore } from '../../ports/governanceStore.js';
import type { DrillStore } from '../../ports/drillStore.js';
import type { SlackApi } from '../../ports/slackApi.js';
import type { HeartbeatStore } from '../../ports/heartbeatStore.js';
import type { SyntheticStore } from '../../ports/syntheticStore.js';
import type { RetentionStore } from '../../ports/retentionStore.js';

/** The ports every use case receives; entry points build them, tests pass in-memory ones. */
export interface Deps {
  host: IncidentHost;
  store: Store;
  notifier: Notifier;
  queue: TimerQueue;
  clock: Clock;
  /** Chat, SMS and monitoring webhooks outside Atlassian. */
  http: OutboundHttp;
  alerts: AlertStore;
  /** SNS signing certificates; without them SNS messages are answered 503 (retry). */
  certificates?: SigningCertificates;
  comms: CommsStore;
  /**
   * Where acknowledgement links point. Without it (benchmarks, tools) pages still ask for
   * acknowledgement, in the issue's Escalation panel only.
   */
  links?: AckLinkBase;
  /** Where monitoring tools send alerts; without it admins see integrations without a URL. */
  ingest?: AlertIngestBase;
  /**
   * Post-incident reviews. Without them (benchmarks, tools that only escalate) resolved
   * incidents open no review. Without `recurrence`, resolved incidents are not clustered.
   */
  reviews?: { store: ReviewStore; issues: ReviewIssues; recurrence?: RecurrenceStore };
  /**
   * Adherence audits and the hash-chained audit trail. Without it (benchmarks, tools) nothing is
   * chained and the governance resolvers refuse.
   */
  governance?: GovernanceStore;
  /**
   * Teams, joint protocols, handoffs and OLAs. Without it (benchmarks, tools) team targets
   * resolve to nobody and no protocol engages.
   */
  coordination?: CoordinationStore;
  /**
   * App-owned incident state, when `host` is the AppOwnedIncidentHost over it: the panel's
   * tamper warning and admins' "records needing attention" read it.
   */
  incidentState?: IncidentStateStore;
  /**
   * Drills and their programmes. Without them (benchmarks, tools) no issue is a drill; with
   * them, `isolateDrills` must wrap the other ports (the composition root does).
   */
  drills?: DrillStore;
  /** Slack's Web API, for war rooms. Without it (benchmarks, tools) no war room opens. */
  slack?: SlackApi;
  /**
   * Heartbeats (jobs that must check in). Without them (benchmarks, tools) a `?heartbeat=` ping
   * answers 404 and the sweep checks none.
   */
  heartbeats?: HeartbeatStore;
  /** Synthetic checks. Without them (benchmarks, tools) the sweep runs none. */
  synthetics?: SyntheticStore;
  /**
   * Retention settings, legal holds and the purge. Without it (benchmarks, tools) nothing is
   * purged and the retention resolvers refuse.
   */
  retention?: RetentionStore;
}
