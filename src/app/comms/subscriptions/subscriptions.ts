import type { EscalationState } from '../../../contracts/escalationState.js';
import { SubscriptionInputSchema, type MySubscriptionsView } from '../../../contracts/commsSubscriptions.js';
import { defaultConfig } from '../../../domain/policies/defaultConfig.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { sendCommunication, type CommsDeps } from '../delivery/sendCommunication.js';
import { authorizeSiteAction } from '../../access/authorize.js';

type SubDeps = Pick<Deps, 'store' | 'comms' | 'clock' | 'host'>;

/** The business-audience email subscribers get; admins edit it under this id. */
export const SUBSCRIBER_TEMPLATE_ID = 'default-business-email';

async function knownServices(deps: SubDeps): Promise<string[]> {
  return ((await deps.store.getConfig()) ?? defaultConfig).services.map((s) => s.name).sort();
}

function parseService(input: unknown): string {
  const r = SubscriptionInputSchema.safeParse(input);
  if (r.success) return r.data.service;
  const i = r.error.issues[0]!;
  const path = i.path.join('.') || 'payload';
  throw new AppError('INVALID', `${path}: ${i.message}`, [{ field: path, message: i.message }]);
}

export async function mySubscriptions(deps: SubDeps, actor: Actor): Promise<MySubscriptionsView> {
  const [subs, services] = await Promise.all([deps.comms.listSubscriptions(actor.accountId), knownServices(deps)]);
  return { subscriptions: subs.map((s) => ({ service: s.service, since: s.since })), services };
}

/**
 * Follows a service for oneself. Subscriber emails describe incidents, so following needs the
 * stakeholder role (granted by group in the role mapping) or any role that already sees
 * incidents; a refusal is access-logged. The service must be one the configuration names.
 */
export async function subscribe(deps: SubDeps, actor: Actor, input: unknown): Promise<MySubscriptionsView> {
  const service = parseService(input);
  await authorizeSiteAction(deps, actor, 'subscribeToService', 'subscribeToService');
  if (!(await knownServices(deps)).includes(service)) {
    throw new AppError('INVALID', `service: "${service}" is not a configured service`, [{ field: 'service', message: 'is not a configured service' }]);
  }
  await deps.comms.subscribe({ accountId: actor.accountId, service, since: new Date(deps.clock.now()).toISOString() });
  return mySubscriptions(deps, actor);
}

export async function unsubscribe(deps: SubDeps, actor: Actor, input: unknown): Promise<MySubscriptionsView> {
  await deps.comms.unsubscribe(actor.accountId, parseService(input));
  return mySubscriptions(deps, actor);
}

/**
 * Emails the service's subscribers the business template when an escalation starts. Each
 * subscriber's copy is its own send keyed on the episode, so reruns and later steps of the
 * same escalation never send it again, and a new escalation (next episode) does.
 */
export async function notifySubscribers(deps: CommsDeps, incidentKey: string, state: EscalationState, knownService?: string | null): Promise<void> {
  const service = knownService === undefined ? (await deps.host.getIncident(incidentKey))?.incident.service : knownService;
  if (!service) return;
  const subscribers = await deps.comms.subscribersOf(service);
  if (subscribers.length === 0) return;
  await sendCommunication(deps, {
    incidentKey,
    templateId: SUBSCRIBER_TEMPLATE_ID,
    sentBy: { type: 'rule', rule: `subscriptions to ${service}` },
    step: `e${state.episode}/subscribers`,
    state,
    targets: subscribers.map((s) => ({ type: 'user' as const, accountId: s.accountId })),
    standingRecipients: false,
    oneEmailEach: true,
  });
}
