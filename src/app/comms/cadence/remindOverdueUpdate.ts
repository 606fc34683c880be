import type { EscalationState } from '../../../contracts/escalationState.js';
import type { CadenceReminder, IncidentComms } from '../../../contracts/incidentComms.js';
import type { UpdateCadenceSettings } from '../../../contracts/incidentCommsConfig.js';
import type { Policy, Target } from '../../../contracts/policy.js';
import { overdueUpdate } from '../../../domain/comms/cadence/overdueUpdate.js';
import type { Deps } from '../../shared/deps.js';
import { describeTarget } from '../../../domain/escalation/describeTarget.js';
import { logCommunication } from '../state/logCommunication.js';
import { onceOnly } from '../../shared/onceOnly.js';

/** Reminders older than this many are dropped from the property: they only keep it small. */
const KEEP_REMINDERS = 20;
const SUBJECT = (key: string) => `[${key}] Stakeholder update overdue`;

export interface CadenceOutcome {
  reminders: CadenceReminder[];
  nextAt: number | null;
}

/**
 * The stakeholder update cadence. Once an update is overdue the comms lead is paged, once per
 * due time; if it is still overdue after the grace period, the policy's managerial path level 1
 * is paged (the people a lead answers to during an incident). With no lead designated the
 * reminder goes straight to that manager level, since nobody else owns the update.
 * The clock starts at the last published update, or when the escalation started if that is
 * later (an update from an earlier escalation of the incident does not count for this one).
 */
export async function remindOverdueUpdate(deps: Deps, incidentKey: string, state: EscalationState, comms: IncidentComms,
  cadence: UpdateCadenceSettings, policy: Policy | null): Promise<CadenceOutcome> {
  if (state.since === null || state.priority === null) return { reminders: comms.reminders, nextAt: null };
  const last = comms.lastUpdateAt !== null && Date.parse(comms.lastUpdateAt) > Date.parse(state.since) ? comms.lastUpdateAt : state.since;
  const now = deps.clock.now();
  const o = overdueUpdate(new Date(now), { lastUpdateAt: new Date(last), priority: state.priority }, cadence, cadence.graceMinutes);
  if (o.kind === 'no-cadence') return { reminders: comms.reminders, nextAt: null };
  if (o.kind === 'not-due') return { reminders: comms.reminders, nextAt: o.dueAt.getTime() };
  const dueAt = o.dueAt.toISOString();
  const at = new Date(now).toISOString();
  const existing = comms.reminders.find((r) => r.dueAt === dueAt) ?? { dueAt, remindedAt: null, escalatedAt: null };
  const managers = (policy?.paths.managerial.levels[0]?.targets ?? []).filter((t) => t.type !== 'schedule');
  const lead = comms.lead?.accountId ?? null;
  let updated = existing;
  if (o.kind === 'remind-comms-lead' && existing.remindedAt === null) {
    const to: Target[] = lead ? [{ type: 'user', accountId: lead }] : managers;
    const text = lead
      ? `The stakeholder update for ${incidentKey} (${state.priority}) was due at ${dueAt}. Please publish one; at ${o.escalateAt.toISOString()} your manager level is paged.`
      : `The stakeholder update for ${incidentKey} (${state.priority}) was due at ${dueAt} and no comms lead is designated. Please designate one or publish an update.`;
    await page(deps, incidentKey, state, `cadence-remind:${incidentKey}:${dueAt}`, to, lead ? 'rule:update-cadence' : 'rule:update-cadence-no-lead', text);
    updated = { ...existing, remindedAt: at, ...(lead ? {} : { escalatedAt: at }) };
  } else if (o.kind === 'escalate-to-manager' && existing.escalatedAt === null) {
    const text = `The stakeholder update for ${incidentKey} (${state.priority}) is ${o.overdueMinutes} minutes overdue (due ${dueAt})${lead ? `; the comms lead ${lead} was reminded` : '; no comms lead is designated'}. Please make sure an update goes out.`;
    await page(deps, incidentKey, state, `cadence-escalate:${incidentKey}:${dueAt}`, managers, 'rule:update-cadence-escalation', text);
    updated = { ...existing, remindedAt: existing.remindedAt ?? at, escalatedAt: at };
  }
  const reminders = updated === existing ? comms.reminders
    : [...comms.reminders.filter((r) => r.dueAt !== dueAt), updated].slice(-KEEP_REMINDERS);
  const nextAt = o.kind === 'remind-comms-lead' && updated.escalatedAt === null ? o.escalateAt.getTime() : null;
  return { reminders, nextAt };
}

async function page(deps: Deps, incidentKey: string, state: EscalationState, key: string, targets: Target[], by: string, text: string): Promise<void> {
  await onceOnly(deps.store, key, async () => {
    if (targets.length) {
      await deps.notifier.page({ incidentKey, purpose: 'responderPage', subject: SUBJECT(incidentKey), body: text, targets, idempotencyKey: key, ackLinks: [] });
    }
    await logCommunication(deps, state, { incidentKey, id: key, by, audience: by === 'rule:update-cadence' ? 'responders' : 'management',
      channel: 'email', recipients: targets.map(describeTarget), subject: SUBJECT(incidentKey), text, result: targets.length ? 'sent' : 'failed',
      ...(targets.length ? {} : { error: 'nobody to page: the policy has no managerial level 1' }) }, by.slice('rule:'.length));
  });
}
