import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { readIncidentComms } from '../../../src/app/comms/state/incidentCommsRecord.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { DEFAULT_ROLE_MAPPING } from '../../../src/domain/access/roleMapping.js';
import { aConfig, anIncident, slaAt } from '../../support/builders.js';
import { appHarness } from '../../support/appHarness.js';

export const BRIDGE_URL = 'https://meet.example.com/war-room';
export const PAYMENTS_BRIDGE = 'https://meet.example.com/payments';
export const PAYMENTS_DIAL_IN = '+44 20 7946 0000,,123456#';
export const STATUS_PAGE = 'https://status.example.com/hooks/incident';
/** A comms lead by group membership; agents in ITOPS hold no comms lead role. */
export const CLEO = { accountId: 'comms-cleo' };
export const P1 = 'ITOPS-1';

/** With the comms sections configured: a global bridge, a Payments line, a status page. */
export function commsConfig(overrides: Partial<EscalationConfig> = {}): EscalationConfig {
  return aConfig({
    bridge: { openAtOrAbove: 'P2', global: { url: BRIDGE_URL }, services: { Payments: { url: PAYMENTS_BRIDGE, dialIn: PAYMENTS_DIAL_IN } },
      joinMinutes: 10, escalateAfterMinutes: 10 },
    publicUpdates: { leadRoles: ['commsLead'], publishRoles: ['commsLead', 'policyAdmin'], statusPageUrl: STATUS_PAGE },
    ...overrides,
  });
}

/**
 * The app harness with the comms sections configured, Cleo a comms lead (group `comms-leads`),
 * and ITOPS-1 a P1 on Payments whose resolution SLA is 75% used, so evaluating it escalates on
 * the executive path (director-dee, then cio-cat).
 */
export async function commsHarness(config: EscalationConfig = commsConfig()) {
  const h = await appHarness();
  await h.store.saveConfig(config);
  await h.store.saveRoleMapping({ version: 1, mapping: { ...DEFAULT_ROLE_MAPPING, commsLead: { groups: ['comms-leads'], projectRoles: [] } },
    updatedBy: 'admin-ada', updatedAt: new Date(h.clock.now()).toISOString(), reason: 'comms leads by group' });
  h.host.addUser(CLEO.accountId, { groups: ['comms-leads', 'jira-servicemanagement-users'] });
  h.host.permissions.set(CLEO.accountId, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADD_COMMENTS']));
  h.host.put(anIncident({ key: P1, service: 'Payments', components: ['Payments'], impact: 'Extensive / Widespread', urgency: 'Critical', slas: [slaAt(180)] }));
  const comms = () => readIncidentComms(h.host, P1);
  const evaluate = (key = P1) => evaluateIncident(h.deps, key);
  const events = async (type?: string) => (await h.store.listEvents(P1)).filter((e) => type === undefined || e.type === type);
  return { ...h, comms, evaluate, events };
}
