import { isApiError } from 'jira.js';
import { jiraJsClients } from './support/jiraJsClients.js';
import { DEMO_NOW, EMAIL, listen, seededSite, type SiteFixture } from './support/siteFixture.js';

/** The contract suite, continued: comment edits and request-typed creates, schema mismatches throwing. */
let fixture: SiteFixture;
let server: { host: string; close: () => Promise<void> };

const clients = (email: string) => jiraJsClients(server.host, email);
const doc = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
const INTERNAL = [{ key: 'sd.public.comment', value: { internal: true } }];

async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (isApiError(error)) return error.status;
    throw error;
  }
}

beforeAll(async () => {
  fixture = seededSite(DEMO_NOW);
  server = await listen(fixture.site);
});

afterAll(async () => {
  await server.close();
});

describe('comment edits through jira.js', () => {
  it('edits an internal note in place; it stays internal and hidden from the customer', async () => {
    const { jira, desk } = clients(EMAIL.agent);
    const note = await desk.request.createRequestComment({ issueIdOrKey: 'ITOPS-1', body: 'Alert repeated 1 time', public: false });
    const id = String(note.id);
    const edited = await jira.issueComments.updateComment({ issueIdOrKey: 'ITOPS-1', id, body: { body: doc('Alert repeated 9 times') } });
    expect(edited).toMatchObject({ id, jsdPublic: false, properties: INTERNAL });
    expect((await jira.issueComments.getComment({ issueIdOrKey: 'ITOPS-1', id })).body?.content?.[0]).toEqual(doc('Alert repeated 9 times').content[0]);
    const customerSees = await clients(EMAIL.customer).desk.request.getRequestComments({ issueIdOrKey: 'ITOPS-1' });
    expect(customerSees.values?.map((c) => c.id)).not.toContain(id);
    const agentSees = await desk.request.getRequestComments({ issueIdOrKey: 'ITOPS-1' });
    expect(agentSees.values?.find((c) => c.id === id)).toMatchObject({ body: 'Alert repeated 9 times', public: false });
  });

  it('refuses another agent editing my note (403), an unknown id (404) and a body that is not a document (400)', async () => {
    const { desk, jira } = clients(EMAIL.agent);
    const note = await desk.request.createRequestComment({ issueIdOrKey: 'ITOPS-2', body: 'mine', public: false });
    const other = clients(EMAIL.agent2).jira;
    expect(await statusOf(other.issueComments.updateComment({ issueIdOrKey: 'ITOPS-2', id: String(note.id), body: { body: doc('theirs'), properties: INTERNAL } }))).toBe(403);
    expect(await statusOf(jira.issueComments.updateComment({ issueIdOrKey: 'ITOPS-2', id: '987654', body: { body: doc('x') } }))).toBe(404);
    const raw = await fixture.site.handle({ method: 'PUT', path: `/rest/api/3/issue/ITOPS-2/comment/${String(note.id)}`, query: {}, headers: {}, actor: 'app', body: JSON.stringify({ body: 'plain' }) });
    expect(raw.status).toBe(400);
  });
});

describe('request-typed incidents through jira.js', () => {
  it('creates an incident with a request type id and reads it as a customer request', async () => {
    const { jira, desk } = clients(EMAIL.agent);
    const created = await jira.issues.createIssue({
      fields: { project: { key: 'ITOPS' }, issuetype: { id: '10001' }, summary: 'Disk full on db-2', description: doc('From Grafana'), customfield_10010: '1' },
    });
    const request = await desk.request.getCustomerRequestByIdOrKey({ issueIdOrKey: created.key });
    expect(request.requestTypeId).toBe('1');
    expect(fixture.events.filter((e) => e.eventType === 'avi:jira:created:issue').map((e) => e.issue.key)).toContain(created.key);
  });
});
