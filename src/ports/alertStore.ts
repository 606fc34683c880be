import type { IncidentOrigin, IngestCounter, StoredDedup } from '../contracts/alertState.js';
import type { AlertSettings, DeliveryRecord, Integration, IntegrationSecret } from '../contracts/integration.js';
import type { OpenGroup } from '../domain/alerts/ingest/correlate.js';
import type { AlertSighting } from '../domain/alerts/ingest/sustained.js';

/** What the endpoint needs to authenticate and route one request, read in one go. */
export interface IngestContext {
  integration: Integration;
  secret: IntegrationSecret | null;
  settings: AlertSettings;
  /** The stored counter; `{windowStart: 0, count: 0, seq: 0}` before the first delivery. */
  counter: IngestCounter;
}

/**
 * Everything one request changes, written together (one KVS transaction when it fits) so an
 * alert is never half-recorded: the counter, delivery records, and any alert state.
 * `dedup` / `sightings` entries with `null` delete the record.
 */
export interface IngestWrite {
  integrationId: string;
  counter: IngestCounter;
  deliveries: DeliveryRecord[];
  dedup?: Array<{ dedupKey: string; record: StoredDedup | null }>;
  sightings?: Array<{ dedupKey: string; list: AlertSighting[] | null }>;
  groups?: OpenGroup[];
  origins?: Array<{ incidentKey: string; origin: IncidentOrigin }>;
}

/**
 * Storage for alert integrations: configuration, secrets (kept as secrets), delivery records,
 * and the dedup, correlation and sustain state the ingestion pipeline keeps between requests.
 */
export interface AlertStore {
  listIntegrations(): Promise<Integration[]>;
  getIntegration(id: string): Promise<Integration | null>;
  saveIntegration(integration: Integration): Promise<void>;
  /** Removes the integration and its secret; its deliveries and alert state expire on their own. */
  deleteIntegration(id: string): Promise<void>;

  getSecret(integrationId: string): Promise<IntegrationSecret | null>;
  saveSecret(integrationId: string, secret: IntegrationSecret): Promise<void>;

  /** Maintenance windows and peak-hours rules; empty lists before anything is saved. */
  getAlertSettings(): Promise<AlertSettings>;
  saveAlertSettings(settings: AlertSettings): Promise<void>;

  /** Newest first; at most `DELIVERIES_KEPT` are kept per integration. */
  listDeliveries(integrationId: string, limit: number): Promise<DeliveryRecord[]>;

  /** Integration, secret, settings and counter; null when the integration does not exist. */
  loadIngest(integrationId: string): Promise<IngestContext | null>;
  /**
   * Writes `write`. Each delivery goes to slot `seq % DELIVERIES_KEPT`, so the list stays
   * bounded without a clean-up pass. The caller numbers deliveries from the counter it read;
   * the store claims each number first-writer-wins and moves to the next free one (renumbering
   * the record's id) when a racing request took it, so concurrent requests never share a slot.
   */
  commit(write: IngestWrite): Promise<void>;
  /**
   * The duplicate fast path in one call: if `dedupKey` has an open record, bumps its count and
   * last sighting, commits `write` with it and returns the updated record; otherwise writes
   * nothing and returns null.
   */
  bumpDedup(integrationId: string, dedupKey: string, seenAt: string, write: IngestWrite): Promise<StoredDedup | null>;

  getDedup(integrationId: string, dedupKey: string): Promise<StoredDedup | null>;
  /**
   * First-writer-wins claim on creating the incident for a dedup key, held for `leaseSeconds`
   * so a creator that died does not block the key forever. Released once the dedup record is saved.
   */
  claimCreation(integrationId: string, dedupKey: string, leaseSeconds: number): Promise<boolean>;
  releaseCreation(integrationId: string, dedupKey: string): Promise<void>;

  getSightings(integrationId: string, dedupKey: string): Promise<AlertSighting[]>;
  listOpenGroups(integrationId: string): Promise<OpenGroup[]>;

  getIncidentOrigin(incidentKey: string): Promise<IncidentOrigin | null>;
  /** Forgets the dedup record an incident was opened for (after it was resolved in Jira). */
  closeIncident(incidentKey: string): Promise<void>;
}
