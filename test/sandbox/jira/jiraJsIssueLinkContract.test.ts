import { isApiError } from 'jira.js';
import { jiraJsClients } from './support/jiraJsClients.js';
import { DEMO_NOW, EMAIL, listen, seededSite, type SiteFixture } from './support/siteFixture.js';

/** The contract suite, continued: issue links (a review linked to its incident), schema mismatches throwing. */
let fixture: SiteFixture;
let server: { host: string; close: () => Promise<void> };
const clients = (email: string) => jiraJsClients(server.host, email);

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

async function newTask(summary: string): Promise<string> {
  const created = await clients(EMAIL.agent).jira.issues.createIssue({
    fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Task' }, summary },
  });
  return created.key!;
}

describe('issue links through jira.js', () => {
  it('lists the site link types, Relates and Post-Incident Reviews among them', async () => {
    const { issueLinkTypes } = await clients(EMAIL.agent).jira.issueLinkTypes.getIssueLinkTypes();
    expect(issueLinkTypes?.map((t) => t.name)).toEqual(expect.arrayContaining(['Relates', 'Post-Incident Reviews', 'Problem/Incident']));
  });

  it('links a task to an incident; each end lists the other and the link reads back by id', async () => {
    const { jira } = clients(EMAIL.agent);
    const pir = await newTask('Post-incident review of ITOPS-1');
    await jira.issueLinks.linkIssues({ type: { name: 'Post-Incident Reviews' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-1' } });
    const onPir = await jira.issues.getIssue({ issueIdOrKey: pir, fields: ['issuelinks'] });
    const fromPir = onPir.fields?.issuelinks ?? [];
    expect(fromPir).toHaveLength(1);
    expect(fromPir[0]).toMatchObject({ type: { name: 'Post-Incident Reviews', outward: 'reviews' }, inwardIssue: { key: 'ITOPS-1' } });
    const onIncident = await jira.issues.getIssue({ issueIdOrKey: 'ITOPS-1', fields: ['issuelinks'] });
    expect(onIncident.fields?.issuelinks?.find((l: { id?: string }) => l.id === fromPir[0]!.id)).toMatchObject({ outwardIssue: { key: pir } });
    const link = await jira.issueLinks.getIssueLink({ linkId: fromPir[0]!.id! });
    expect(link).toMatchObject({ inwardIssue: { key: 'ITOPS-1' }, outwardIssue: { key: pir } });
  });

  it('keeps one link when the same link is requested twice (a retried request)', async () => {
    const { jira } = clients(EMAIL.agent);
    const pir = await newTask('Review, linked twice');
    const request = { type: { name: 'Relates' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-2' } };
    await jira.issueLinks.linkIssues(request);
    await jira.issueLinks.linkIssues(request);
    expect((await jira.issues.getIssue({ issueIdOrKey: pir, fields: ['issuelinks'] })).fields?.issuelinks).toHaveLength(1);
  });

  it('refuses an unknown link type and an unknown issue (404) and a customer linking (404: they cannot see the task)', async () => {
    const { jira } = clients(EMAIL.agent);
    const pir = await newTask('Review for refusals');
    expect(await statusOf(jira.issueLinks.linkIssues({ type: { name: 'Haunts' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-1' } }))).toBe(404);
    expect(await statusOf(jira.issueLinks.linkIssues({ type: { name: 'Relates' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-99999' } }))).toBe(404);
    const customer = clients(EMAIL.customer).jira;
    expect(await statusOf(customer.issueLinks.linkIssues({ type: { name: 'Relates' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-1' } }))).toBe(404);
  });

  it('deletes a link; both ends stop listing it', async () => {
    const { jira } = clients(EMAIL.agent);
    const pir = await newTask('Review, unlinked');
    await jira.issueLinks.linkIssues({ type: { name: 'Relates' }, outwardIssue: { key: pir }, inwardIssue: { key: 'ITOPS-3' } });
    const id = (await jira.issues.getIssue({ issueIdOrKey: pir, fields: ['issuelinks'] })).fields?.issuelinks![0]!.id!;
    await jira.issueLinks.deleteIssueLink({ linkId: id });
    expect((await jira.issues.getIssue({ issueIdOrKey: pir, fields: ['issuelinks'] })).fields?.issuelinks).toEqual([]);
    expect(await statusOf(jira.issueLinks.getIssueLink({ linkId: id }))).toBe(404);
  });
});
