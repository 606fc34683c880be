import type { CommunicationRecord, SentBy } from '../../../contracts/comms.js';
import type { CommsSettings } from '../../../contracts/commsSettings.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import type { Target } from '../../../contracts/policy.js';
import type { CommsTemplate } from '../../../domain/comms/templates/commsTemplate.js';
import { contentHash } from '../../../domain/comms/delivery/contentHash.js';
import { incidentTemplateValues, type TemplateContext } from '../../../domain/comms/templates/incidentTemplateValues.js';
import { renderTemplate, type RenderedMessage } from '../../../domain/comms/templates/renderTemplate.js';
import { markBody, markSubject } from '../../../domain/drills/drill/markDrill.js';
import { sendKey } from '../../../domain/comms/delivery/sendKey.js';
import { defaultConfig } from '../../../domain/policies/defaultConfig.js';
import type { PendingDelivery } from '../../../ports/commsStore.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { onceOnly } from '../../shared/onceOnly.js';
import { recordAfterAttempt } from './attemptOutcome.js';
import { commsSettingsOrDefault } from '../channels/commsSettingsOrDefault.js';
import { deliver } from './deliver.js';
import { templateInForce } from '../templates/effectiveTemplates.js';
import { claimKey } from './claimKey.js';
import { recordCommunication } from './recordCommunication.js';
import { scheduleRetryTimer } from './retryDueSends.js';
import { templatePeople } from '../templates/templatePeople.js';

export type CommsDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'notifier' | 'http' | 'comms' | 'queue' | 'drills'>;

/** Long enough for one invocation; a send whose invocation died may be redone after it. */
const LEASE_SECONDS = 900;

export interface SendCommunicationInput {
  incidentKey: string;
  templateId: string;
  sentBy: SentBy;
  /** What caused the send (an engine step, a subscription episode): part of every send's idempotency key. */
  step: string;
  /** People to email besides the audience's standing recipients, e.g. the level's paged targets. */
  targets?: readonly Target[];
  /** False leaves out the audience's standing recipients (subscriptions name their own people). */
  standingRecipients?: boolean;
  /** One email per person, so each person's copy is its own send (subscribers). */
  oneEmailEach?: boolean;
  /** The escalation state to describe, when it is newer than the one stored on the issue (a decision being applied). */
  state?: EscalationState;
  /** Bridge details, when the caller knows them. */
  bridge?: TemplateContext['bridge'];
}

export interface SendReport {
  sent: string[];
  retrying: string[];
  failed: string[];
  /** Sends already made (or in progress) under the same key: not repeated. */
  skipped: string[];
}

type Planned = Pick<PendingDelivery, 'to'> & { recipientKey: string; labels: string[] };

const maskNumber = (n: string): string => `${n.slice(0, 3)}${'*'.repeat(Math.max(0, n.length - 7))}${n.slice(-4)}`;

function plan(template: CommsTemplate, input: SendCommunicationInput, settings: CommsSettings): Planned[] {
  const standing = input.standingRecipients === false ? { accountIds: [], groups: [], smsNumbers: [] } : settings.recipients[template.audience];
  const none = { accountIds: [], groups: [], smsNumber: null };
  switch (template.channel) {
    case 'email': {
      const targets = input.targets ?? [];
      const accountIds = [...new Set([...targets.flatMap((t) => (t.type === 'user' ? [t.accountId] : [])), ...standing.accountIds])].sort();
      const groups = [...new Set([...targets.flatMap((t) => (t.type === 'group' ? [t.groupName] : [])), ...standing.groups])].sort();
      if (input.oneEmailEach) {
        return accountIds.map((a) => ({ recipientKey: a, labels: [a], to: { ...none, accountIds: [a] } }));
      }
      const labels = [...accountIds, ...groups.map((g) => `group ${g}`)];
      return [{ recipientKey: labels.join(','), labels, to: { ...none, accountIds, groups } }];
    }
    case 'sms':
      // With no number configured the send still exists, and fails visibly.
      if (standing.smsNumbers.length === 0) return [{ recipientKey: 'no-number', labels: [], to: none }];
      return standing.smsNumbers.map((n) => ({ recipientKey: n, labels: [maskNumber(n)], to: { ...none, smsNumber: n } }));
    case 'slack':
      return [{ recipientKey: 'webhook', labels: ['Slack webhook'], to: none }];
    case 'teams':
      return [{ recipientKey: 'webhook', labels: ['Teams webhook'], to: none }];
    case 'jsmPublicComment':
      return [{ recipientKey: 'request', labels: [`customers on ${input.incidentKey}`], to: none }];
  }
}

/**
 * Renders a template for an incident and sends it on the template's channel to each recipient,
 * exactly once per send key (incident, template version, audience, channel, recipient, step):
 * a duplicate trigger run or a retried invocation finds the key taken and sends nothing.
 *
 * A failed attempt does not throw: it is retried with backoff through the incident's timer,
 * or marked failed; either way it is logged on the incident (`recordCommunication`).
 */
export async function sendCommunication(deps: CommsDeps, input: SendCommunicationInput): Promise<SendReport> {
  const report: SendReport = { sent: [], retrying: [], failed: [], skipped: [] };
  const template = await templateInForce(deps.comms, input.templateId);
  if (!template) {
    await logMissingTemplate(deps, input);
    return report;
  }
  const incident = await deps.host.getIncident(input.incidentKey);
  if (!incident) throw new AppError('NOT_FOUND', `incidentKey: ${input.incidentKey} does not exist`);
  const [settings, config] = await Promise.all([commsSettingsOrDefault(deps.comms), deps.store.getConfig()]);
  const people = await templatePeople(deps.host, incident.incident, config ?? defaultConfig);
  const values = incidentTemplateValues(incident.incident, input.state ?? incident.state, config ?? defaultConfig, {
    siteUrl: settings.siteUrl,
    ...people,
    ...(input.bridge ? { bridge: input.bridge } : {}),
  });
  const rendered = renderTemplate(template, values);
  // Every message about a drill says so first, on every channel (chat and SMS included).
  const message = (await deps.drills?.getDrill(input.incidentKey))
    ? { ...rendered, ...(rendered.subject !== undefined ? { subject: markSubject(rendered.subject) } : {}), body: markBody(rendered.body) }
    : rendered;
  const hash = contentHash(message);
  for (const p of plan(template, input, settings)) {
    const id = sendKey({
      incidentKey: input.incidentKey, templateId: template.id, templateVersion: template.version,
      audience: template.audience, channel: template.channel, recipient: p.recipientKey, step: input.step,
    });
    const base: CommunicationRecord = {
      incidentKey: input.incidentKey, id, sentBy: input.sentBy, audience: template.audience, channel: template.channel,
      templateId: template.id, templateVersion: template.version, recipients: p.labels,
      subject: template.channel === 'sms' ? null : (message.subject ?? null),
      text: template.channel === 'sms' ? null : message.body,
      contentHash: hash, status: 'retrying', attempts: 0, lastError: null, sentAt: new Date(deps.clock.now()).toISOString(), nextAttemptAt: null,
    };
    const outcome = await sendOnce(deps, base, message, p, values.link ?? null, settings);
    report[outcome].push(id);
  }
  return report;
}

async function sendOnce(
  deps: CommsDeps, base: CommunicationRecord, message: RenderedMessage, p: Planned, link: string | null, settings: CommsSettings,
): Promise<keyof SendReport> {
  const claim = claimKey(base.incidentKey, base.id, 'send');
  if (!(await deps.store.claimIntent(claim, LEASE_SECONDS))) {
    // Sent before, or being sent. If the run that sent it died before logging, log it now (once).
    const existing = await deps.comms.getSend(base.incidentKey, base.id);
    if (existing) await recordCommunication(deps, existing);
    return 'skipped';
  }
  const outcome = await deliver(deps, { record: base, message, to: p.to, link }, settings);
  const now = deps.clock.now();
  const record = recordAfterAttempt(base, outcome, 1, now);
  await deps.comms.saveSend(record);
  if (record.status === 'retrying') {
    await deps.comms.savePending({ record, message, to: p.to, link, nextAttemptAtMs: Date.parse(record.nextAttemptAt!) });
    await scheduleRetryTimer(deps, record.incidentKey, Date.parse(record.nextAttemptAt!));
  }
  // From here a rerun never sends this again; a crash before this line holds the key for the lease.
  await deps.store.completeIntent(claim);
  await recordCommunication(deps, record);
  return record.status;
}

/** A policy naming a template that does not exist must not be silent: it says so on the incident, once per step. */
async function logMissingTemplate(deps: CommsDeps, input: SendCommunicationInput): Promise<void> {
  const claim = claimKey(input.incidentKey, `${input.templateId}\u0000${input.step}`, 'missing-template');
  await onceOnly(deps.store, claim, async () => {
    const text = `Communication NOT sent: template "${input.templateId}" does not exist (step ${input.step}). Add it under App settings → Communications or fix the policy.`;
    await deps.host.addInternalComment(input.incidentKey, text);
    await deps.store.appendEvents([{
      incidentKey: input.incidentKey, at: new Date(deps.clock.now()).toISOString(), type: 'communication', path: null, level: null, loop: 0,
      detail: text, actor: input.sentBy.type === 'user' ? input.sentBy.accountId : input.sentBy.rule, policyId: null, policyVersion: null, seq: 99,
    }]);
  });
}
