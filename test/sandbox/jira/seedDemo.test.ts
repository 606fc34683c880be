import { demoUserList, seedDemo } from '../../../sandbox/seed/index.js';
import { callAs, DEMO_NOW, seededSite } from './support/siteFixture.js';

describe('seedDemo', () => {
  it('does nothing the second time, so a restarted sandbox keeps its state', () => {
    const { site } = seededSite();
    seedDemo(site, new Date(DEMO_NOW.getTime() + 86_400_000));
    expect(site.context.issues.count()).toBe(20);
  });

  it('offers every demo person to the user switcher, each able to sign in with the token "sandbox"', async () => {
    const { site } = seededSite();
    const users = demoUserList();
    expect(users.map((u) => u.role)).toEqual(['Agent', 'Agent', 'Team lead', 'Team lead', 'Service manager', 'IT director', 'CIO', 'Jira admin', 'ITOPS project admin', 'Customer', 'Finance director', 'Head of sales']);
    for (const u of users) {
      const me = await callAs(site, u.email, 'GET', '/rest/api/3/myself');
      expect(me.body?.accountId).toBe(u.accountId);
    }
  });

  it('sets up the IT Operations service desk with its four services', async () => {
    const { site } = seededSite();
    const desk = await callAs(site, 'ana.agent@example.test', 'GET', '/rest/servicedeskapi/servicedesk');
    expect(desk.body?.values).toEqual([expect.objectContaining({ id: '1', projectId: '10000', projectKey: 'ITOPS', projectName: 'IT Operations' })]);
    const issue = await callAs(site, 'ana.agent@example.test', 'GET', '/rest/api/3/issue/ITOPS-1', { fields: 'project' });
    expect(issue.body?.fields).toMatchObject({ project: { id: '10000', key: 'ITOPS' } });
    expect(site.context.projects.get('ITOPS').components.map((c) => c.name)).toEqual(['Payments', 'Email', 'Intranet', 'Mainframe billing']);
  });
});
