import Database from 'better-sqlite3';
import { JiraEmailNotifier } from '../../../src/adapters/forge/jiraEmailNotifier.js';
import { requestJiraClient } from '../../../src/adapters/jira/requestJiraClient.js';
import { createJiraSite } from '../../../sandbox/jira/index.js';
import { siteFetch } from '../../support/siteFetch.js';
import { seedDemo } from '../../../sandbox/seed/index.js';

// Pages with acknowledgement links, sent through the emulated site's notify endpoint.
const NOW = new Date('2026-11-27T09:00:00.000Z');


describe('JiraEmailNotifier with acknowledgement links', () => {
  it('sends each linked user their own copy with only their link; groups get the page without links', async () => {
    const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW });
    seedDemo(site, NOW);
    const before = site.outbox().length;
    await new JiraEmailNotifier(requestJiraClient(siteFetch(site, 'app'), 'throw')).page({
      incidentKey: 'ITOPS-2', subject: 'Page', body: 'Please acknowledge', idempotencyKey: 'k', purpose: 'responderPage',
      targets: [{ type: 'user', accountId: 'sandbox-agent-ana' }, { type: 'user', accountId: 'sandbox-lead-lena' }, { type: 'group', groupName: 'itops-leads' }],
      ackLinks: [{ accountId: 'sandbox-agent-ana', url: 'https://ack.test/?a=ana' }, { accountId: 'sandbox-lead-lena', url: 'https://ack.test/?a=lena' }],
    });
    const sent = site.outbox().slice(before).map((m) => m.notification as { textBody: string; to: { users?: unknown[]; groups?: unknown[] } });
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatchObject({ to: { users: [{ accountId: 'sandbox-agent-ana' }], groups: [] } });
    expect(sent[0]!.textBody).toContain('https://ack.test/?a=ana');
    expect(sent[0]!.textBody).not.toContain('lena');
    expect(sent[1]!.textBody).toContain('https://ack.test/?a=lena');
    expect(sent[2]).toMatchObject({ textBody: 'Please acknowledge', to: { users: [], groups: [{ name: 'itops-leads' }] } });
  });
});
