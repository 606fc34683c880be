import Database from 'better-sqlite3';
import { JiraIncidentHost } from '../../../src/adapters/jira/jiraIncidentHost.js';
import { requestJiraClient } from '../../../src/adapters/jira/requestJiraClient.js';
import { rolesIn } from '../../../src/app/access/callerRoles.js';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore.js';
import { createJiraSite } from '../../../sandbox/jira/index.js';
import { siteFetch } from '../../support/siteFetch.js';
import { seedDemo } from '../../../sandbox/seed/index.js';

// The directory reads behind app roles, against the emulated JSM site.
const NOW = new Date('2026-11-27T09:00:00.000Z');


/** A host acting as a customer, whose directory reads go as the app, as forgeDeps wires it. */
function setup() {
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW });
  seedDemo(site, NOW);
  const asUser = requestJiraClient(siteFetch(site, { accountId: 'sandbox-customer-chris' }), 'throw');
  const asApp = requestJiraClient(siteFetch(site, 'app'), 'throw');
  return new JiraIncidentHost(asUser, { mode: 'user', slaMetrics: [], services: [], directoryClient: asApp });
}

describe('JiraIncidentHost directory reads against the emulated site', () => {
  it('reads groups, and project roles held through a group', async () => {
    const host = setup();
    expect(await host.userGroups('sandbox-lead-lena')).toEqual(expect.arrayContaining(['itops-agents', 'itops-leads']));
    expect(await host.projectRoles('sandbox-agent-ana', 'ITOPS')).toEqual(['Service Desk Team']);
    expect(await host.projectRoles('sandbox-admin-adam', 'ITOPS')).toContain('Administrators');
  });

  it('reads project roles held directly, and none in a project that does not exist', async () => {
    const host = setup();
    expect(await host.projectRoles('sandbox-customer-chris', 'ITOPS')).toEqual(['Service Desk Customers']);
    expect(await host.projectRoles('sandbox-agent-ana', 'NOPE')).toEqual([]);
  });

  it('reads accounts; an unknown one is null', async () => {
    const host = setup();
    expect(await host.getUser('sandbox-agent-ana')).toMatchObject({ accountId: 'sandbox-agent-ana', displayName: 'Ana Agent', active: true });
    expect(await host.getUser('nobody-at-all')).toBeNull();
  });

  it('gives the default mapping\'s roles: agents initiate and respond, customers get none', async () => {
    const host = setup();
    const store = new MemoryStore(() => NOW.getTime());
    expect(await rolesIn({ host, store }, 'sandbox-agent-ana', ['ITOPS'])).toEqual(['initiator', 'responder']);
    expect(await rolesIn({ host, store }, 'sandbox-customer-chris', ['ITOPS'])).toEqual([]);
  });
});
