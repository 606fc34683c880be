import type { Action } from './action.js';
import type { AppRole } from './appRole.js';

/**
 * The one role × action table: for each action, the roles that allow it. Everything not listed
 * is refused. Policy admins can do everything except judge audits, so a site is never locked
 * out of its own configuration. Auditors read everything that records what happened but change nothing.
 * Initiators start and stand down escalations but do not acknowledge them: an acknowledgement
 * promises that a responder is working on it. Viewers only look.
 */
export const PERMISSIONS: Readonly<Record<Action, readonly AppRole[]>> = {
  viewPanel: ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer'],
  escalate: ['initiator', 'policyAdmin'],
  acknowledge: ['responder', 'policyAdmin'],
  standDown: ['initiator', 'policyAdmin'],
  viewDashboard: ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer'],
  viewPolicies: ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor'],
  editPolicies: ['policyAdmin'],
  editSchedules: ['policyAdmin'],
  editRoleMapping: ['policyAdmin'],
  viewAccessLog: ['policyAdmin', 'auditor'],
  // Quarantined records and bypass attempts name incidents and who edited them: admins only.
  viewRecordsNeedingAttention: ['policyAdmin'],
  publishStatusUpdate: ['commsLead', 'policyAdmin'],
  designateCommsLead: ['initiator', 'policyAdmin'],
  // Anyone who may be paged or lead may say they joined; whether they were paged is checked per incident.
  confirmBridgeJoin: ['initiator', 'responder', 'policyAdmin', 'commsLead'],
  confirmDuties: ['responder', 'commsLead', 'policyAdmin'],
  runRoleAudit: ['policyAdmin', 'auditor'],
  // Integration URLs, secrets and suppression rules decide what pages people: admins only.
  manageIntegrations: ['policyAdmin'],
  // Subscriber emails describe incidents: only people the app knows (stakeholders, or any role
  // that already sees incidents) may follow a service; viewers are every licensed user, so not them.
  subscribeToService: ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'stakeholder'],
  // Post-incident reviews are written by the people who worked the incident, not by viewers.
  editReview: ['initiator', 'responder', 'policyAdmin', 'commsLead'],
  viewGovernance: ['policyAdmin', 'auditor'],
  runAdherenceAudit: ['policyAdmin', 'auditor'],
  // Dispositions and the sign-off are the auditor's judgement; an admin auditing their own
  // configuration would mark their own homework, so only auditors may.
  dispositionAudit: ['auditor'],
  signOffAudit: ['auditor'],
  // Opening a review and choosing its reviewer are housekeeping; judging the findings is the
  // auditor's, and the server also checks it is the auditor the review is assigned to.
  runAccessReview: ['policyAdmin', 'auditor'],
  signOffAccessReview: ['auditor'],
  // Custom controls decide what an auditor is shown as met: configuration, so admins add them.
  editControls: ['policyAdmin'],
  // How long records are kept and what is held decides what an auditor can still see: admins only.
  editRetention: ['policyAdmin'],
  // Teams, liaisons and joint protocols decide who is paged across departments: admins only.
  editTeams: ['policyAdmin'],
  // Engaging teams, handing off and acknowledging for a team is incident work; team membership is checked per incident.
  coordinate: ['initiator', 'responder', 'policyAdmin'],
};
