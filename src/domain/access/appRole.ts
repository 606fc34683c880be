/** The roles this app grants. They are the app's own, mapped from Jira groups and project roles. */
export const APP_ROLES = ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer', 'stakeholder'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** How each role is named to people, in messages and the admin UI. */
export const ROLE_LABELS: Readonly<Record<AppRole, string>> = {
  initiator: 'escalation initiator',
  responder: 'responder',
  policyAdmin: 'policy admin',
  commsLead: 'comms lead',
  auditor: 'auditor',
  viewer: 'viewer',
  stakeholder: 'stakeholder',
};
