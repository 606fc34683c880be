import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudClient, isSchemaMismatchError } from 'jira.js';
import { jiraJsClients } from './support/jiraJsClients.js';
import { DEMO_NOW, EMAIL, listen, seededSite, type SiteFixture } from './support/siteFixture.js';

/** The contract suite, continued: the service desk API through jira.js 6, schema mismatches throwing. */
let fixture: SiteFixture;
let server: { host: string; close: () => Promise<void> };

const clients = (email: string) => jiraJsClients(server.host, email);

beforeAll(async () => {
  fixture = seededSite(DEMO_NOW);
  server = await listen(fixture.site);
});

afterAll(async () => {
  await server.close();
});

describe('service desk API through jira.js', () => {
  it('lists the service desk and its request types', async () => {
    const { desk } = clients(EMAIL.customer);
    const desks = await desk.servicedesk.getServiceDesks();
    expect(desks.values?.map((d) => [d.id, d.projectKey, d.projectName])).toEqual([['1', 'ITOPS', 'IT Operations']]);
    const types = await desk.servicedesk.getRequestTypes({ serviceDeskId: '1' });
    expect(types.values?.[0]?.name).toBe('Report an incident');
  });

  it('raises a customer request, comments publicly and internally, and reads SLAs', async () => {
    const customer = clients(EMAIL.customer).desk;
    const agent = clients(EMAIL.agent).desk;
    const request = await customer.request.createCustomerRequest({
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Email down on my laptop', description: 'Outlook says disconnected.' },
    });
    const key = request.issueKey ?? '';
    expect(request.currentStatus?.status).toBe('Open');
    expect((await customer.request.getCustomerRequestByIdOrKey({ issueIdOrKey: key })).summary).toBe('Email down on my laptop');
    await agent.request.createRequestComment({ issueIdOrKey: key, body: 'Looking now.', public: true });
    await agent.request.createRequestComment({ issueIdOrKey: key, body: 'Probably the token expiry bug.', public: false });
    const seenByAgent = await agent.request.getRequestComments({ issueIdOrKey: key });
    expect(seenByAgent.values?.map((c) => c.public)).toEqual([true, false]);
    const seenByCustomer = await customer.request.getRequestComments({ issueIdOrKey: key });
    expect(seenByCustomer.values?.map((c) => c.body)).toEqual(['Looking now.']);
    const slas = await agent.request.getSlaInformation({ issueIdOrKey: key });
    const ttfr = slas.values?.find((s) => s.name === 'Time to first response');
    expect(ttfr?.completedCycles?.[0]?.breached).toBe(false);
    expect(ttfr?.ongoingCycle).toBeUndefined();
    const ttr = await agent.request.getSlaInformationById({ issueIdOrKey: key, slaMetricId: 2 });
    expect(ttr.ongoingCycle?.goalDuration?.millis).toBe(24 * 3_600_000);
    expect(ttr.ongoingCycle?.paused).toBe(false);
  });
});

describe('the contract suite itself', () => {
  it('would catch a response in the wrong shape', async () => {
    const liar = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ isLast: 'yes', issues: 'none' }));
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    const { port } = liar.address() as AddressInfo;
    const jira = createCloudClient({ host: `http://127.0.0.1:${port}`, auth: { type: 'basic', email: EMAIL.agent, apiToken: 'sandbox' }, onSchemaMismatch: 'throw' });
    const outcome = await jira.issueSearch.searchAndReconsileIssuesUsingJql({ jql: 'project = ITOPS' }).catch((e: unknown) => e);
    await new Promise<void>((resolve) => liar.close(() => resolve()));
    expect(isSchemaMismatchError(outcome)).toBe(true);
  });
});
