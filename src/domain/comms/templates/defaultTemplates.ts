import type { Audience, Channel } from './audience.js';
import type { CommsTemplate } from './commsTemplate.js';

interface Wording {
  readonly subject: string;
  readonly body: string;
  /** One or two lines for SMS; the full body would be cut or cost several segments. */
  readonly short: string;
  readonly channels: readonly Channel[];
}

// Customers and business readers see no internal owners, levels or bridge details, and only
// the customers' wording goes to a public JSM comment, which the requester and portal users see.
const wordings: Readonly<Record<Audience, Wording>> = {
  responders: {
    subject: '[{{priority}}] {{key}}: {{summary}}',
    body: [
      'You are paged for {{key}} ({{priority}}) on {{service}}: {{summary}}',
      'Impact: {{impact}}',
      'SLA remaining: {{slaRemaining}}',
      'Escalation: {{path}} path, level {{level}}; owner {{owner}}',
      'Bridge: {{bridgeUrl}} (dial-in {{bridgeDialIn}})',
      'Incident: {{link}}',
    ].join('\n'),
    short: '{{priority}} {{key}} {{service}}: {{summary}}. SLA left {{slaRemaining}}. Bridge {{bridgeDialIn}}. {{link}}',
    channels: ['slack', 'teams', 'email', 'sms'],
  },
  management: {
    subject: '[{{priority}}] {{key}} escalated to {{path}} level {{level}}',
    body: [
      '{{key}} on {{service}} has been escalated to the {{path}} path, level {{level}}.',
      'Summary: {{summary}}',
      'Impact: {{impact}}',
      'SLA remaining: {{slaRemaining}}',
      'Current owner: {{owner}}',
      'Details: {{link}}',
    ].join('\n'),
    short: '{{key}} ({{priority}}, {{service}}) escalated to {{path}} level {{level}}. Owner {{owner}}. {{link}}',
    channels: ['email', 'slack', 'teams'],
  },
  executives: {
    subject: '{{priority}} incident affecting {{service}}',
    body: [
      'A {{priority}} incident is affecting {{service}}.',
      'Impact: {{impact}}',
      'Incident owner: {{owner}}',
      'Further updates will follow at the agreed interval until it is resolved.',
      'Reference: {{key}} {{link}}',
    ].join('\n'),
    short: '{{priority}} incident on {{service}}: {{impact}}. Owner {{owner}}. Ref {{key}}',
    channels: ['email', 'teams', 'sms'],
  },
  business: {
    subject: 'Service disruption: {{service}}',
    body: [
      'We are working on an incident affecting {{service}}.',
      'Impact: {{impact}}',
      'We will share updates as we learn more.',
      'Reference: {{key}}',
    ].join('\n'),
    short: 'Disruption to {{service}}: {{impact}}. Updates to follow. Ref {{key}}',
    channels: ['email', 'slack', 'teams'],
  },
  customers: {
    subject: 'We are looking into a problem with {{service}}',
    body: [
      'We are aware of a problem affecting {{service}} and our team is working on it.',
      'We will post updates here as we learn more.',
      'Reference: {{key}}',
    ].join('\n'),
    short: 'We are working on a problem affecting {{service}}. Ref {{key}}',
    channels: ['email', 'jsmPublicComment'],
  },
};

function templateFor(audience: Audience, channel: Channel, wording: Wording): CommsTemplate {
  const base = { id: `default-${audience}-${channel.toLowerCase()}`, name: `Default ${audience} (${channel})`, audience, channel, version: 1 };
  if (channel === 'sms') return { ...base, body: wording.short };
  if (channel === 'jsmPublicComment') return { ...base, body: wording.body };
  return { ...base, subject: wording.subject, body: wording.body };
}

/**
 * The templates a new site starts with, one per audience and suitable channel, each valid
 * under `validateTemplate`. Admins copy and edit them; the ids are stable across releases.
 *
 * @example
 * defaultTemplates().find((t) => t.id === 'default-responders-sms')?.channel // => 'sms'
 */
export function defaultTemplates(): CommsTemplate[] {
  return (Object.entries(wordings) as [Audience, Wording][]).flatMap(([audience, wording]) =>
    wording.channels.map((channel) => templateFor(audience, channel, wording)),
  );
}
