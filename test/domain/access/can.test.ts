import { ACTIONS, type Action } from '../../../src/domain/access/action.js';
import { APP_ROLES, type AppRole } from '../../../src/domain/access/appRole.js';
import { can } from '../../../src/domain/access/can.js';

// The specification, written out by hand: Y allowed, . refused. Not derived from PERMISSIONS.
const EXPECTED = `
                      initiator  responder  policyAdmin  commsLead  auditor  viewer  stakeholder
viewPanel                 Y          Y           Y           Y         Y       Y          .
escalate                  Y          .           Y           .         .       .          .
acknowledge               .          Y           Y           .         .       .          .
standDown                 Y          .           Y           .         .       .          .
viewDashboard             Y          Y           Y           Y         Y       Y          .
viewPolicies              Y          Y           Y           Y         Y       .          .
editPolicies              .          .           Y           .         .       .          .
editSchedules             .          .           Y           .         .       .          .
editRoleMapping           .          .           Y           .         .       .          .
viewAccessLog             .          .           Y           .         Y       .          .
publishStatusUpdate       .          .           Y           Y         .       .          .
designateCommsLead        Y          .           Y           .         .       .          .
confirmBridgeJoin         Y          Y           Y           Y         .       .          .
confirmDuties             .          Y           Y           Y         .       .          .
runRoleAudit              .          .           Y           .         Y       .          .
manageIntegrations        .          .           Y           .         .       .          .
subscribeToService        Y          Y           Y           Y         Y       .          Y
editReview                Y          Y           Y           Y         .       .          .
viewGovernance            .          .           Y           .         Y       .          .
runAdherenceAudit         .          .           Y           .         Y       .          .
dispositionAudit          .          .           .           .         Y       .          .
signOffAudit              .          .           .           .         Y       .          .
runAccessReview           .          .           Y           .         Y       .          .
signOffAccessReview       .          .           .           .         Y       .          .
editControls              .          .           Y           .         .       .          .
editRetention             .          .           Y           .         .       .          .
editTeams                 .          .           Y           .         .       .          .
coordinate                Y          Y           Y           .         .       .          .
viewRecordsNeedingAttention .          .           Y           .         .       .          .
`;

const [header = '', ...rows] = EXPECTED.trim().split('\n');
const roles = header.trim().split(/\s+/) as AppRole[];
const pairs: [AppRole, Action, boolean][] = rows.flatMap((row) => {
  const [action, ...marks] = row.trim().split(/\s+/);
  return roles.map((role, i): [AppRole, Action, boolean] => [role, action as Action, marks[i] === 'Y']);
});

describe('the permission table', () => {
  it('specifies every role and every action exactly once', () => {
    expect([...roles].sort()).toEqual([...APP_ROLES].sort());
    expect(rows.map((row) => row.trim().split(/\s+/)[0]).sort()).toEqual([...ACTIONS].sort());
    expect(pairs).toHaveLength(APP_ROLES.length * ACTIONS.length);
  });

  test.each(pairs)('%s may %s: %s', (role, action, allowed) => {
    expect(can([role], action).allowed).toBe(allowed);
  });
});

describe('can', () => {
  test.each<[AppRole[], Action, string]>([
    [['viewer'], 'escalate', 'escalate needs the escalation initiator or policy admin role; you have: viewer'],
    [[], 'viewPanel', 'viewPanel needs the escalation initiator, responder, policy admin, comms lead, auditor or viewer role; you have: no app role'],
    [['viewer', 'auditor'], 'editPolicies', 'editPolicies needs the policy admin role; you have: auditor, viewer'],
    [['initiator'], 'acknowledge', 'acknowledge needs the responder or policy admin role; you have: escalation initiator'],
  ])('refuses %j to %s, saying what is needed', (roles, action, reason) => {
    expect(can(roles, action)).toEqual({ allowed: false, reason });
  });

  it('allows when any one of the roles held allows it', () => {
    expect(can(['viewer', 'commsLead'], 'publishStatusUpdate')).toEqual({ allowed: true });
  });
});
