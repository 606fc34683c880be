import type { Channel } from './audience.js';
import type { CommsTemplate } from './commsTemplate.js';
import { escapeValue } from './escapeValue.js';
import { parseTemplateText } from './parseTemplateText.js';
import type { TemplateValues, TemplateVariable } from './templateVariable.js';
import { truncateSms } from '../channels/truncateSms.js';

/** Shown where the incident has no value for a variable, so the reader never sees a gap. */
export const MISSING_VALUE = '(not set)';

export interface RenderedMessage {
  readonly channel: Channel;
  readonly subject?: string;
  readonly body: string;
  /** True when an SMS body was cut to fit. */
  readonly truncated: boolean;
  /** Variables the template uses that had no value, for the caller to log or hold the send. */
  readonly missing: readonly TemplateVariable[];
}

function fill(text: string, channel: Channel, values: TemplateValues, missing: Set<TemplateVariable>): string {
  const parsed = parseTemplateText(text);
  // Templates are validated when saved; reaching this means an unchecked record slipped through.
  if (!parsed.ok) throw new Error(`template is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.segments
    .map((segment) => {
      if ('text' in segment) return segment.text;
      const value = values[segment.variable];
      if (value === undefined || value.trim() === '') {
        missing.add(segment.variable);
        return MISSING_VALUE;
      }
      return escapeValue(channel, segment.variable, value);
    })
    .join('');
}

/**
 * Fills a validated template for its channel: values escaped for the channel, the subject kept
 * to one line, SMS cut to 1,600 characters with a note. Same inputs, same output.
 *
 * @example
 * renderTemplate({ id: 'r', name: 'R', audience: 'responders', channel: 'sms', version: 1,
 *   body: '{{key}} {{priority}}: {{summary}}' }, { key: 'ITOPS-7', priority: 'P1', summary: 'DB down' })
 * // => { channel: 'sms', body: 'ITOPS-7 P1: DB down', truncated: false, missing: [] }
 */
export function renderTemplate(template: CommsTemplate, values: TemplateValues): RenderedMessage {
  const missing = new Set<TemplateVariable>();
  const { channel } = template;
  // A line break in a subject would end an email header or a card title early.
  const subject =
    template.subject === undefined ? undefined : fill(template.subject, channel, values, missing).replace(/\s*[\r\n]+\s*/g, ' ');
  const filled = fill(template.body, channel, values, missing);
  const { text: body, truncated } = channel === 'sms' ? truncateSms(filled) : { text: filled, truncated: false };
  const rendered = { channel, body, truncated, missing: [...missing] };
  return subject === undefined ? rendered : { ...rendered, subject };
}
