import { callAs, EMAIL, seededSite, type SiteFixture } from './support/siteFixture.js';

let fixture: SiteFixture;

beforeEach(() => {
  fixture = seededSite();
});

const as = (email: string, method: string, path: string, query: Record<string, string> = {}, body?: unknown) =>
  callAs(fixture.site, email, method, path, query, body);

describe('authentication', () => {
  it('answers 401 in Jira error shape for a wrong API token', async () => {
    const authorization = `Basic ${Buffer.from(`${EMAIL.agent}:not-the-token`).toString('base64')}`;
    const res = await fixture.site.handle({ method: 'GET', path: '/rest/api/3/myself', query: {}, headers: { authorization } });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
  });

  it('answers 401 without credentials and for an unknown email', async () => {
    expect((await fixture.site.handle({ method: 'GET', path: '/rest/api/3/myself', query: {}, headers: {} })).status).toBe(401);
    expect((await as('nobody@example.test', 'GET', '/rest/api/3/myself')).status).toBe(401);
  });

  it('takes the query string on the path too, as requestJira routes carry it', async () => {
    const res = await fixture.site.handle({ method: 'GET', path: '/rest/api/3/user?accountId=sandbox-cio-carla', query: {}, headers: {}, actor: 'app' });
    expect(JSON.parse(res.body).displayName).toBe('Carla CIO');
  });

  it('lets the Forge runtime call as the app or as a named user', async () => {
    const asApp = await fixture.site.handle({ method: 'GET', path: '/rest/api/3/myself', query: {}, headers: {}, actor: 'app' });
    expect(JSON.parse(asApp.body).accountType).toBe('app');
    const asUser = await fixture.site.handle({ method: 'GET', path: '/rest/api/3/myself', query: {}, headers: {}, actor: { accountId: 'sandbox-lead-lena' } });
    expect(JSON.parse(asUser.body).displayName).toBe('Lena Lead');
  });
});

describe('a customer on the portal', () => {
  it('never sees internal comments, through either API', async () => {
    // ITOPS-7 carries an internal note ("CDN config diff...") next to a public reply.
    const desk = await as(EMAIL.customer, 'GET', '/rest/servicedeskapi/request/ITOPS-7/comment');
    expect((desk.body?.values as { body: string }[]).map((c) => c.body)).toEqual(['Looking at the CDN cache hit rate.']);
    const platform = await as(EMAIL.customer, 'GET', '/rest/api/3/issue/ITOPS-7/comment');
    expect(platform.body?.total).toBe(1);
    const issue = await as(EMAIL.customer, 'GET', '/rest/api/3/issue/ITOPS-7', { fields: 'comment' });
    expect(((issue.body?.fields as { comment: { total: number } }).comment).total).toBe(1);
    const agent = await as(EMAIL.agent, 'GET', '/rest/servicedeskapi/request/ITOPS-7/comment');
    expect((agent.body?.values as unknown[]).length).toBe(2);
  });

  it('never sees an internal note an agent posts through the platform API', async () => {
    const note = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vendor ticket 4411' }] }] };
    await as(EMAIL.agent, 'POST', '/rest/api/3/issue/ITOPS-9/comment', {}, { body: note, properties: [{ key: 'sd.public.comment', value: { internal: true } }] });
    const seen = await as(EMAIL.customer, 'GET', '/rest/servicedeskapi/request/ITOPS-9/comment');
    expect((seen.body?.values as { body: string }[]).map((c) => c.body)).toEqual(['Could you send a screenshot of the error?']);
  });

  it('cannot post an internal comment, edit, transition or assign', async () => {
    expect((await as(EMAIL.customer, 'POST', '/rest/servicedeskapi/request/ITOPS-7/comment', {}, { body: 'psst', public: false })).status).toBe(403);
    expect((await as(EMAIL.customer, 'PUT', '/rest/api/3/issue/ITOPS-7', {}, { fields: { summary: 'Mine now' } })).status).toBe(403);
    expect((await as(EMAIL.customer, 'POST', '/rest/api/3/issue/ITOPS-7/transitions', {}, { transition: { id: '41' } })).status).toBe(403);
    expect((await as(EMAIL.customer, 'PUT', '/rest/api/3/issue/ITOPS-7/assignee', {}, { accountId: 'sandbox-agent-ana' })).status).toBe(403);
    expect((await as(EMAIL.customer, 'GET', '/rest/api/3/issue/ITOPS-7/transitions')).body?.transitions).toEqual([]);
  });

  it('can comment publicly on their own request but cannot see anyone else\'s', async () => {
    expect((await as(EMAIL.customer, 'POST', '/rest/servicedeskapi/request/ITOPS-7/comment', {}, { body: 'Still slow.', public: true })).status).toBe(201);
    const other = await as(EMAIL.customer, 'GET', '/rest/api/3/issue/ITOPS-5');
    expect(other.status).toBe(404);
    expect(other.body?.errorMessages).toEqual(['Issue does not exist or you do not have permission to see it.']);
  });

  it('raises requests through the portal API only', async () => {
    const res = await as(EMAIL.customer, 'POST', '/rest/api/3/issue', {}, { fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Via the back door' } });
    expect(res.status).toBe(403);
  });

  it('cannot read SLAs, which are for agents', async () => {
    expect((await as(EMAIL.customer, 'GET', '/rest/servicedeskapi/request/ITOPS-7/sla')).status).toBe(403);
  });
});

describe('an agent', () => {
  it('cannot do admin work', async () => {
    expect((await as(EMAIL.agent, 'GET', '/rest/api/3/project/ITOPS/role')).status).toBe(403);
    expect((await as(EMAIL.agent, 'GET', '/rest/api/3/project/ITOPS/role/10002')).status).toBe(403);
    expect((await as(EMAIL.agent, 'POST', '/rest/api/3/permissions/check', {}, { accountId: 'sandbox-cio-carla', globalPermissions: ['ADMINISTER'] })).status).toBe(403);
    const mine = await as(EMAIL.agent, 'GET', '/rest/api/3/mypermissions', { permissions: 'ADMINISTER,ADMINISTER_PROJECTS,EDIT_ISSUES', projectKey: 'ITOPS' });
    const perms = mine.body?.permissions as Record<string, { havePermission: boolean }>;
    expect([perms.ADMINISTER?.havePermission, perms.ADMINISTER_PROJECTS?.havePermission, perms.EDIT_ISSUES?.havePermission]).toEqual([false, false, true]);
  });

  it('cannot assign an issue to a customer', async () => {
    const res = await as(EMAIL.agent, 'PUT', '/rest/api/3/issue/ITOPS-6/assignee', {}, { accountId: 'sandbox-customer-chris' });
    expect(res.status).toBe(400);
    expect(res.body?.errors).toEqual({ assignee: "User 'sandbox-customer-chris' cannot be assigned issues." });
  });

  it('gets the admin answers an admin gets, once they are one', async () => {
    expect((await as(EMAIL.admin, 'GET', '/rest/api/3/project/ITOPS/role')).status).toBe(200);
  });
});
