import type { CommunicationRecord } from '../contracts/comms.js';
import type { ChannelSecretName, CommsSettings } from '../contracts/commsSettings.js';
import type { CommsTemplate } from '../domain/comms/templates/commsTemplate.js';
import type { RenderedMessage } from '../domain/comms/templates/renderTemplate.js';
import type { SaveResult } from './store.js';

/** A template version as saved by an admin, with who, when and why. */
export interface StoredTemplate {
  template: CommsTemplate;
  savedBy: string;
  savedAt: string;
  reason: string;
}

/**
 * A send waiting for its next attempt: what to send (the rendered message, never a webhook
 * URL or token, which are read from secrets at send time) and the record to update.
 */
export interface PendingDelivery {
  record: CommunicationRecord;
  message: RenderedMessage;
  /** Where it goes: account ids / group names for email, an E.164 number for SMS, empty otherwise. */
  to: { accountIds: string[]; groups: string[]; smsNumber: string | null };
  /** Link for the Teams card's button. */
  link: string | null;
  nextAttemptAtMs: number;
}

/** A person following a service, to hear about escalations that affect it. */
export interface Subscription {
  accountId: string;
  service: string;
  since: string;
}

/** Storage for communications: templates, channel settings and secrets, deliveries, subscriptions. */
export interface CommsStore {
  /** The newest version of every saved template (defaults that were never saved are not here). */
  listTemplates(): Promise<StoredTemplate[]>;
  getTemplate(id: string): Promise<StoredTemplate | null>;
  listTemplateVersions(id: string): Promise<StoredTemplate[]>;
  /** Saves `template.version` only if that version does not exist yet: the first of two admins wins. */
  saveTemplateVersion(record: StoredTemplate): Promise<SaveResult>;

  getSettings(): Promise<CommsSettings | null>;
  saveSettings(settings: CommsSettings): Promise<void>;
  getSecret(name: ChannelSecretName): Promise<string | null>;
  /** Null removes the secret. */
  setSecret(name: ChannelSecretName, value: string | null): Promise<void>;

  /** One record per send id, replaced as the send goes from retrying to sent or failed. */
  saveSend(record: CommunicationRecord): Promise<void>;
  getSend(incidentKey: string, id: string): Promise<CommunicationRecord | null>;
  listSends(incidentKey: string): Promise<CommunicationRecord[]>;
  /** Sends given up for good, newest first. */
  listFailedSends(limit: number): Promise<CommunicationRecord[]>;

  savePending(pending: PendingDelivery): Promise<void>;
  deletePending(incidentKey: string, id: string): Promise<void>;
  listPending(incidentKey: string): Promise<PendingDelivery[]>;

  subscribe(subscription: Subscription): Promise<void>;
  unsubscribe(accountId: string, service: string): Promise<void>;
  listSubscriptions(accountId: string): Promise<Subscription[]>;
  subscribersOf(service: string): Promise<Subscription[]>;
}
