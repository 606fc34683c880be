import { alertIncident, rolledUpComment } from '../../../../src/domain/alerts/ingest/alertIncident.js';
import { serviceFacts } from '../../../../src/domain/alerts/ingest/serviceFacts.js';
import { aConfig } from '../../../support/builders.js';
import { anAlert } from '../anAlert.js';

const integration = { id: 'am-prod', projectKey: 'ITOPS' };
const none = { criticality: null, ownerAccountId: null, runbookUrl: null };

describe('alertIncident', () => {
  test.each([
    ['critical', 'critical', 'Extensive / Widespread', 'Critical'],
    ['warning', 'low', 'Minor / Localized', 'Medium'],
    ['info', null, 'Moderate / Limited', 'Low'],
  ] as const)('a %s alert on a %s service gets impact %s and urgency %s', (severity, criticality, impact, urgency) => {
    expect(alertIncident(anAlert({ severity }), integration, { ...none, criticality })).toMatchObject({ impact, urgency });
  });
  it('labels the incident with its integration and prefixes the severity', () => {
    expect(alertIncident(anAlert({ severity: 'error', summary: 'Queue stuck' }), integration, none)).toMatchObject({ summary: '[ERROR] Queue stuck', labels: ['alert-am-prod'], projectKey: 'ITOPS' });
  });
  it('cuts a long summary to Jira-friendly length', () => {
    expect(alertIncident(anAlert({ summary: 'x'.repeat(400) }), integration, none).summary).toHaveLength(240);
  });
  it('adds the configured runbook once, even when the payload links the same page', () => {
    const alert = anAlert({ links: [{ title: 'Runbook', url: 'https://wiki/x' }] });
    const d = alertIncident(alert, integration, { ...none, runbookUrl: 'https://wiki/x' }).description;
    expect(d.match(/https:\/\/wiki\/x/g)).toHaveLength(1);
  });
});

describe('serviceFacts', () => {
  const config = aConfig({ services: [{ name: 'Payments', criticality: 'mission-critical', ownerAccountId: 'lead-lee', runbookUrl: 'https://wiki/pay' }, { name: 'Mainframe billing', criticality: 'legacy' }] });
  test.each([
    ['payments', { name: 'Payments', criticality: 'critical', ownerAccountId: 'lead-lee', runbookUrl: 'https://wiki/pay' }],
    ['MAINFRAME BILLING', { name: 'Mainframe billing', criticality: 'low', ownerAccountId: null, runbookUrl: null }],
    ['unknown', { name: 'unknown', criticality: null, ownerAccountId: null, runbookUrl: null }],
    [null, { name: null, criticality: null, ownerAccountId: null, runbookUrl: null }],
  ])('%s', (service, expected) => expect(serviceFacts(config, service)).toEqual(expected));
});

describe('rolledUpComment', () => {
  it('says how many times and over what span', () => {
    expect(rolledUpComment('k1', 12, '2026-11-27T09:00:00Z', '2026-11-27T09:30:00Z')).toBe(
      'Alert k1 has fired 12 times (first 2026-11-27T09:00:00Z, last 2026-11-27T09:30:00Z). Repeats are counted here instead of adding a comment each.');
  });
});
