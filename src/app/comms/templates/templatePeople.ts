import type { EscalationConfig } from '../../../contracts/config.js';
import type { Incident } from '../../../domain/incident/incident.js';
import type { TemplateContext } from '../../../domain/comms/templates/incidentTemplateValues.js';
import type { IncidentHost } from '../../../ports/incidentHost.js';

/**
 * The display names a message shows for the incident's people: its owner (assignee) and its
 * service's configured owner, read from Jira's directory. A person the directory cannot name
 * is left out, so the template says "(not set)" for `owner.name` and never prints an id there.
 */
export async function templatePeople(host: Pick<IncidentHost, 'getUser'>, incident: Incident, config: EscalationConfig):
  Promise<Pick<TemplateContext, 'ownerName' | 'serviceOwnerName'>> {
  const serviceOwner = config.services.find((s) => s.name === incident.service)?.ownerAccountId ?? null;
  const nameOf = async (id: string | null) => (id ? (await host.getUser(id).catch(() => null))?.displayName || undefined : undefined);
  const [ownerName, serviceOwnerName] = await Promise.all([nameOf(incident.assigneeAccountId), nameOf(serviceOwner)]);
  return { ...(ownerName ? { ownerName } : {}), ...(serviceOwnerName ? { serviceOwnerName } : {}) };
}
