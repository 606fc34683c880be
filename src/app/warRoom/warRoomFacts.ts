import type { EscalationState } from '../../contracts/escalationState.js';
import type { Incident } from '../../domain/incident/incident.js';
import { effectivePriority } from '../../domain/priority/effectivePriority.js';
import type { Priority } from '../../contracts/common.js';
import type { CoordinationStore } from '../../ports/coordinationStore.js';
import type { Settings } from '../policies/loadSettings.js';

export interface IncidentWarRoomFacts {
  protocols: string[];
  priority: Priority | null;
  /** Everyone working the incident: engaged teams' paged people and liaisons, the commander, who acknowledged. */
  people: string[];
  commander: string | null;
}

/** What the war room reads of an incident: why it would open, and whom to invite. */
export async function warRoomFacts(coordination: CoordinationStore, incident: Incident, state: EscalationState | null, settings: Settings): Promise<IncidentWarRoomFacts> {
  const stored = await coordination.getRecord(incident.key);
  const r = stored?.record;
  const protocolIds = [...new Set((r?.engagements ?? []).flatMap((e) => (e.protocolId ? [e.protocolId] : [])))];
  const protocols = (await Promise.all(protocolIds.map((id) => coordination.getProtocol(id)))).map((p, i) => p?.protocol.name ?? protocolIds[i]!);
  const priority = state?.priority ?? effectivePriority(settings.config, { impact: incident.impact, urgency: incident.urgency, service: incident.service, jiraPriority: incident.jiraPriority ?? null }).priority;
  const people = new Set<string>();
  for (const e of r?.engagements ?? []) {
    if (e.state === 'released') continue;
    for (const a of [...e.paged, ...e.liaisons, ...(e.acknowledgedBy ? [e.acknowledgedBy] : [])]) people.add(a);
  }
  for (const h of r?.handoffs ?? []) if (h.decidedBy && h.state === 'accepted') people.add(h.decidedBy);
  if (r?.commander) people.add(r.commander.accountId);
  if (state?.acknowledgedBy) people.add(state.acknowledgedBy);
  if (incident.assigneeAccountId) people.add(incident.assigneeAccountId);
  return { protocols, priority, people: [...people], commander: r?.commander?.accountId ?? null };
}
