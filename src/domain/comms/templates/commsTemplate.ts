import { z } from 'zod';
import { audienceSchema, channelSchema } from './audience.js';

// Channels whose message has a title line. SMS and JSM comments are a single body of text.
const channelsWithSubject = new Set(['email', 'slack', 'teams']);

const hasText = (text: string): boolean => text.trim().length > 0;

/**
 * A stored message template. Shape only: `validateTemplate` also checks the `{{ }}` syntax.
 * Email needs a subject; Slack and Teams may have one (a header); SMS and JSM comments cannot.
 */
export const commsTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes (at most 64)'),
    name: z.string().trim().min(1, 'must not be empty').max(120),
    audience: audienceSchema,
    channel: channelSchema,
    // Not trimmed: positions in validation messages must match the text the admin typed.
    subject: z.string().max(250).refine(hasText, 'must not be empty').optional(),
    body: z.string().max(10_000).refine(hasText, 'must not be empty'),
    version: z.number().int().min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.channel === 'email' && t.subject === undefined) {
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'is required for email' });
    }
    if (t.subject !== undefined && !channelsWithSubject.has(t.channel)) {
      ctx.addIssue({ code: 'custom', path: ['subject'], message: `is not used by ${t.channel}; remove it` });
    }
  });

export type CommsTemplate = z.infer<typeof commsTemplateSchema>;
