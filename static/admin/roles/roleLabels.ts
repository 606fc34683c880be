import type { AppRoleName } from '../../../src/contracts/access.js';

/** What each app role may do (the back end's PERMISSIONS table, in words), in the words an admin deciding who gets it needs. */
export const roleLabels: Record<AppRoleName, { title: string; grants: string }> = {
  initiator: { title: 'Initiator', grants: 'Starts and stands down escalations.' },
  responder: { title: 'Responder', grants: 'Acknowledges pages and confirms their duties.' },
  policyAdmin: { title: 'Policy admin', grants: 'Everything, including policies, schedules and this mapping.' },
  commsLead: { title: 'Communications lead', grants: 'Publishes status updates.' },
  auditor: { title: 'Auditor', grants: 'Reads the access log and history; runs the role audit. Changes nothing.' },
  viewer: { title: 'Viewer', grants: 'Sees the incident panel and the dashboard.' },
  stakeholder: { title: 'Stakeholder', grants: 'Follows services and gets the business email when their incidents escalate. Every role but viewer includes it.' },
};
