import { formatDuration, incidentTemplateValues } from '../../../../src/domain/comms/templates/incidentTemplateValues.js';
import { renderTemplate } from '../../../../src/domain/comms/templates/renderTemplate.js';
import { aConfig, anIncident, anSla, aState, min } from '../../../support/builders.js';

describe('formatDuration', () => {
  it.each([
    [0, '0m'],
    [min(45), '45m'],
    [min(60), '1h'],
    [min(80), '1h 20m'],
    [min(24 * 60), '1d'],
    [min(51 * 60 + 10), '2d 3h'],
    [-min(15), '15m'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('incidentTemplateValues', () => {
  const config = aConfig();
  const site = { siteUrl: 'https://acme.atlassian.net/' };

  it.each<[string, Parameters<typeof incidentTemplateValues>, Record<string, string | undefined>]>([
    ['a new incident on a standard service: matrix priority, no escalation yet',
      [anIncident({ key: 'ITOPS-7', summary: 'Search down', slas: [anSla({ remainingMs: min(80) })] }), null, config, site],
      { key: 'ITOPS-7', summary: 'Search down', priority: 'P4', service: 'Intranet', impact: 'Moderate / Limited', slaRemaining: '1h 20m (Time to resolution)',
        path: undefined, level: undefined, owner: undefined, link: 'https://acme.atlassian.net/browse/ITOPS-7' }],
    ['an escalated incident: the state\'s priority, path, level and the owner',
      [anIncident({ assigneeAccountId: 'agent-ana' }), aState({ status: 'active', priority: 'P1', path: 'executive', level: 2 }), config, { siteUrl: null, bridge: { url: 'https://meet.example.com/x', dialIn: '+44 20 7946 0000' } }],
      { priority: 'P1', path: 'executive', level: '2', owner: 'agent-ana', bridgeUrl: 'https://meet.example.com/x', bridgeDialIn: '+44 20 7946 0000', link: undefined }],
    ['the tightest running SLA, breached and paused ones said so; completed ones ignored',
      [anIncident({ slas: [anSla({ metric: 'Time to first response', remainingMs: -min(15), breached: true }), anSla({ remainingMs: min(30), paused: true }), anSla({ metric: 'Done', remainingMs: -min(999), completed: true })] }), null, config, site],
      { slaRemaining: 'breached 15m ago (Time to first response)' }],
    ['a mission-critical service raises the priority to its floor',
      [anIncident({ service: 'Payments', impact: 'Minor / Localized', urgency: 'Low' }), null, config, site],
      { priority: 'P2', service: 'Payments' }],
    ['display names for the owner and the service owner, when the directory knows them',
      [anIncident({ assigneeAccountId: 'agent-ana', service: 'Payments' }), null, config, { siteUrl: null, ownerName: 'Ana Agent', serviceOwnerName: 'Lena Lead' }],
      { owner: 'Ana Agent', 'owner.name': 'Ana Agent', 'serviceOwner.name': 'Lena Lead' }],
    ['an owner the directory cannot name: owner falls back to the id, owner.name stays absent',
      [anIncident({ assigneeAccountId: 'agent-gone' }), null, config, site],
      { owner: 'agent-gone', 'owner.name': undefined, 'serviceOwner.name': undefined }],
    ['no SLA and no service: absent, not blank',
      [anIncident({ service: null, slas: [] }), null, config, site],
      { service: undefined, slaRemaining: undefined }],
  ])('%s', (_name, args, expected) => {
    const values = incidentTemplateValues(...args);
    for (const [k, v] of Object.entries(expected)) expect([k, values[k as keyof typeof values]]).toEqual([k, v]);
  });

  it('renders the shipped responders template with no gaps for an escalated incident', () => {
    const values = incidentTemplateValues(
      anIncident({ key: 'ITOPS-7', summary: 'Card payments failing', service: 'Payments', assigneeAccountId: 'agent-ana' }),
      aState({ status: 'active', priority: 'P1', path: 'executive', level: 1 }), config,
      { siteUrl: 'https://acme.atlassian.net', bridge: { url: 'https://meet.example.com/war-room', dialIn: '+44 20 7946 0000' } },
    );
    const m = renderTemplate({ id: 'r', name: 'R', audience: 'responders', channel: 'email', version: 1, subject: '[{{priority}}] {{key}}: {{summary}}',
      body: 'Escalation: {{path}} path, level {{level}}; owner {{owner}}\nBridge: {{bridgeUrl}} (dial-in {{bridgeDialIn}})\n{{link}}' }, values);
    expect(m.missing).toEqual([]);
    expect(m.subject).toBe('[P1] ITOPS-7: Card payments failing');
    expect(m.body).toBe('Escalation: executive path, level 1; owner agent-ana\nBridge: https://meet.example.com/war-room (dial-in +44 20 7946 0000)\nhttps://acme.atlassian.net/browse/ITOPS-7');
  });
});
