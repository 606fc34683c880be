import Database from 'better-sqlite3';
import { JiraReviewIssues } from '../../../src/adapters/jira/jiraReviewIssues.js';
import { requestJiraClient } from '../../../src/adapters/jira/requestJiraClient.js';
import { createJiraSite } from '../../../sandbox/jira/index.js';
import { seedDemo } from '../../../sandbox/seed/index.js';
import { siteFetch } from '../../support/siteFetch.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');

function setup() {
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW });
  seedDemo(site, NOW);
  return { site, issues: new JiraReviewIssues(requestJiraClient(siteFetch(site, 'app'), 'throw')) };
}

async function issue(site: ReturnType<typeof setup>['site'], key: string) {
  const res = await site.handle({ method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: 'summary,issuetype,assignee,labels,issuelinks' }, headers: {}, actor: 'app' });
  return JSON.parse(res.body) as { fields: { summary: string; issuetype: { name: string }; assignee: { accountId: string } | null; labels: string[]; issuelinks: Array<Record<string, { key?: string; name?: string }>> } };
}

describe('JiraReviewIssues against the emulated site (jira.js schemas throw on mismatch)', () => {
  it('creates a Task with owner and label, and links it to the incident; a repeated link stays one link', async () => {
    const { site, issues } = setup();
    const owner = site.context.directory.userByEmail('ana.agent@example.test')!.accountId;
    const key = await issues.createIssue({ projectKey: 'ITOPS', issueType: 'Task', summary: 'Post-incident review: ITOPS-1', description: 'Due soon', assigneeAccountId: owner, labels: ['post-incident-review'] });
    await issues.linkIssues('Relates', key, 'ITOPS-1');
    await issues.linkIssues('Relates', key, 'ITOPS-1');
    const review = await issue(site, key);
    expect(review.fields).toMatchObject({ summary: 'Post-incident review: ITOPS-1', issuetype: { name: 'Task' }, assignee: { accountId: owner }, labels: ['post-incident-review'] });
    expect(review.fields.issuelinks).toHaveLength(1);
    expect(review.fields.issuelinks[0]).toMatchObject({ type: { name: 'Relates' }, inwardIssue: { key: 'ITOPS-1' } });
    expect((await issue(site, 'ITOPS-1')).fields.issuelinks[0]).toMatchObject({ outwardIssue: { key } });
  });

  it('an unknown issue type is Jira\'s 400, naming the field', async () => {
    const { issues } = setup();
    await expect(issues.createIssue({ projectKey: 'ITOPS', issueType: 'Epic saga', summary: 'x', description: '', assigneeAccountId: null, labels: [] })).rejects.toThrow(/issuetype/);
  });
});
