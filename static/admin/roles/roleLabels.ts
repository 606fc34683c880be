import type { AppRoleName } from '../../../src/contracts/access.js';

/** What each app role may do, in the words an admin deciding who gets it needs. */
export const roleLabels: Record<AppRoleName, { title: string; grants: string }> = {
  initiator: { title: 'Initiator', grants: 'Escalates incidents by hand.' },
  responder: { title: 'Responder', grants: 'Acknowledges and stands down escalations.' },
  policyAdmin: { title: 'Policy admin', grants: 'Edits policies, configuration, schedules and this mapping.' },
  commsLead: { title: 'Communications lead', grants: 'Sends customer and stakeholder updates.' },
  auditor: { title: 'Auditor', grants: 'Reads the access log and policy history; runs the role audit.' },
  viewer: { title: 'Viewer', grants: 'Sees escalation state on incidents and the dashboard.' },
};
