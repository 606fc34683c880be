/** Everything the app lets someone do that a role can allow or refuse. */
export const ACTIONS = [
  'viewPanel',
  'escalate',
  'acknowledge',
  'standDown',
  'viewDashboard',
  'viewPolicies',
  'editPolicies',
  'editSchedules',
  'editRoleMapping',
  'viewAccessLog',
  'publishStatusUpdate',
  'designateCommsLead',
  'confirmBridgeJoin',
  'confirmDuties',
  'runRoleAudit',
  'manageIntegrations',
  'subscribeToService',
  'editReview',
  // Governance (issue 17): auditors run, disposition and sign off adherence audits.
  'viewGovernance',
  'runAdherenceAudit',
  'dispositionAudit',
  'signOffAudit',
  'editControls',
  // Quarterly access reviews: admins or auditors open and assign one; only the assigned auditor signs it off.
  'runAccessReview',
  'signOffAccessReview',
  'editRetention',
  'editTeams',
  'coordinate',
  'viewRecordsNeedingAttention',
] as const;

export type Action = (typeof ACTIONS)[number];
