import type { CommsTemplate } from '../../../../src/domain/comms/templates/commsTemplate.js';
import type { TemplateValues } from '../../../../src/domain/comms/templates/templateVariable.js';

/** A valid Slack template for responders; override any field. */
export function aTemplate(overrides: Partial<CommsTemplate> = {}): CommsTemplate {
  return {
    id: 'responders-slack',
    name: 'Responders on Slack',
    audience: 'responders',
    channel: 'slack',
    subject: '[{{priority}}] {{key}}',
    body: '{{summary}} on {{service}}. Owner {{owner}}. {{link}}',
    version: 3,
    ...overrides,
  };
}

/** Every variable with a plain value. */
export const someValues: Required<TemplateValues> = {
  key: 'ITOPS-7',
  summary: 'Checkout fails',
  priority: 'P1',
  service: 'payments',
  impact: 'All card payments fail',
  slaRemaining: '1h 20m',
  path: 'technical',
  level: '2',
  owner: 'Ana Silva',
  'owner.name': 'Ana Silva',
  'serviceOwner.name': 'Lena Lead',
  bridgeUrl: 'https://meet.example.com/war-room',
  bridgeDialIn: '+44 20 7946 0000,,123456#',
  link: 'https://acme.atlassian.net/browse/ITOPS-7',
};
