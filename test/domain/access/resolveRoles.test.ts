import type { AppRole } from '../../../src/domain/access/appRole.js';
import { DEFAULT_ROLE_MAPPING, roleMappingSchema, type RoleMapping } from '../../../src/domain/access/roleMapping.js';
import { resolveRoles, type JiraIdentity } from '../../../src/domain/access/resolveRoles.js';

const nobody: JiraIdentity = { groups: [], projectRoles: [], isJiraAdmin: false };

const custom: RoleMapping = {
  ...DEFAULT_ROLE_MAPPING,
  commsLead: { groups: ['incident-comms'], projectRoles: [] },
  auditor: { groups: ['risk-and-compliance'], projectRoles: ['Auditors'] },
};

describe('resolveRoles with the default mapping', () => {
  test.each<[string, Partial<JiraIdentity>, AppRole[]]>([
    ['a user with no groups or roles', {}, []],
    ['a service desk agent', { projectRoles: ['Service Desk Team'] }, ['initiator', 'responder']],
    ['a project administrator', { projectRoles: ['Administrators'] }, ['policyAdmin']],
    ['a licensed Jira Software user', { groups: ['jira-software-users'] }, ['viewer']],
    ['a Jira admin with nothing else', { isJiraAdmin: true }, ['policyAdmin']],
    ['an agent whose role name differs only in case', { projectRoles: ['service desk team'] }, ['initiator', 'responder']],
    ['a customer', { projectRoles: ['Service Desk Customers'] }, []],
  ])('%s', (_, identity, roles) => {
    expect(resolveRoles({ ...nobody, ...identity })).toEqual(roles);
  });
});

describe('resolveRoles with a custom mapping', () => {
  test.each<[string, Partial<JiraIdentity>, AppRole[]]>([
    ['a comms group member', { groups: ['Incident-Comms'] }, ['commsLead']],
    ['an auditor by group', { groups: ['risk-and-compliance'] }, ['auditor']],
    ['an auditor by project role who is also a Jira admin', { projectRoles: ['Auditors'], isJiraAdmin: true }, ['policyAdmin', 'auditor']],
  ])('%s', (_, identity, roles) => {
    expect(resolveRoles({ ...nobody, ...identity }, custom)).toEqual(roles);
  });

  it('keeps Jira admins as policy admins even when the mapping grants policy admin to nobody', () => {
    const lockedOut: RoleMapping = { ...DEFAULT_ROLE_MAPPING, policyAdmin: { groups: [], projectRoles: [] } };
    expect(resolveRoles({ ...nobody, isJiraAdmin: true }, lockedOut)).toEqual(['policyAdmin']);
  });
});

describe('roleMappingSchema', () => {
  it('fills roles left out with their defaults', () => {
    const parsed = roleMappingSchema.parse({ auditor: { groups: ['risk-and-compliance'] } });
    expect(parsed.auditor).toEqual({ groups: ['risk-and-compliance'], projectRoles: [] });
    expect(parsed.initiator).toEqual(DEFAULT_ROLE_MAPPING.initiator);
  });

  it('refuses a role the app does not have', () => {
    expect(roleMappingSchema.safeParse({ superuser: { groups: ['x'] } }).success).toBe(false);
  });
});
