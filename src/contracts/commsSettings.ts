import { z } from 'zod';
import { AccountIdSchema, PrioritySchema } from './common.js';
import { AudienceSchema, audiences, type Audience } from './comms.js';

const E164 = z.string().regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number such as +447700900123');

/** Standing recipients of an audience's messages, besides the people a policy level pages. */
export const AudienceRecipientsSchema = z
  .object({
    accountIds: z.array(AccountIdSchema).max(50).default([]),
    groups: z.array(z.string().trim().min(1).max(255)).max(20).default([]),
    smsNumbers: z.array(E164).max(50).default([]),
  })
  .strict();
export type AudienceRecipients = z.infer<typeof AudienceRecipientsSchema>;

const recipientsShape = Object.fromEntries(audiences.map((a) => [a, AudienceRecipientsSchema.default({})])) as {
  [K in Audience]: z.ZodDefault<typeof AudienceRecipientsSchema>;
};

/** The names a war-room channel template may use. */
export const warRoomNameVariables = ['key', 'service', 'priority', 'summary'] as const;

/**
 * War rooms: a Slack channel per protocol-engaged or high-priority incident, opened with the bot
 * token (the `slackBotToken` secret). Drills get none unless `drills` is on; theirs are named
 * `drill-…` and every post is marked.
 */
export const WarRoomSettingsSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** `{{key}}`, `{{service}}`, `{{priority}}`, `{{summary}}`; made lowercase and cut to Slack's 80 characters. */
    nameTemplate: z.string().trim().min(1, 'must not be empty').max(120)
      .refine((t) => [...t.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) => (warRoomNameVariables as readonly string[]).includes(m[1] ?? '')),
        `may only use {{${warRoomNameVariables.join('}}, {{')}}}`)
      .refine((t) => /\{\{\s*key\s*\}\}/.test(t), 'must include {{key}}, so two incidents never share a name')
      .default('inc-{{key}}-{{service}}'),
    /** Incidents at this priority or higher get one even when no joint protocol engaged teams; null: only protocol-engaged ones. */
    minPriority: PrioritySchema.nullable().default('P1'),
    private: z.boolean().default(false),
    drills: z.boolean().default(false),
  })
  .strict();
export type WarRoomSettings = z.infer<typeof WarRoomSettingsSchema>;

/**
 * How each channel is reached, without its secrets: webhook URLs and the SMS gateway token
 * are stored as KVS secrets and only ever shown masked.
 */
export const CommsSettingsSchema = z
  .object({
    /** The Jira site's address, for the incident link in messages (e.g. https://acme.atlassian.net). */
    siteUrl: z.string().url('must be a web address').refine((u) => u.startsWith('https://'), 'must start with https://').nullable().default(null),
    slack: z.object({ enabled: z.boolean() }).strict().default({ enabled: false }),
    teams: z.object({ enabled: z.boolean() }).strict().default({ enabled: false }),
    sms: z
      .object({
        enabled: z.boolean(),
        /** A Twilio-compatible Messages endpoint, e.g. https://api.twilio.com/2010-04-01/Accounts/AC.../Messages.json */
        gatewayUrl: z.string().url('must be a web address').refine((u) => u.startsWith('https://'), 'must start with https://').nullable(),
        from: z.string().regex(/^(\+[1-9]\d{1,14}|MG[0-9a-f]{32})$/, 'must be an E.164 number or a Messaging Service SID').nullable(),
        /** The gateway's account name for basic authentication (Twilio: the Account SID). */
        accountSid: z.string().trim().min(1).max(128).nullable(),
      })
      .strict()
      .default({ enabled: false, gatewayUrl: null, from: null, accountSid: null }),
    recipients: z.object(recipientsShape).strict().default({}),
    warRoom: WarRoomSettingsSchema.default({}),
  })
  .strict();
export type CommsSettings = z.infer<typeof CommsSettingsSchema>;
export type CommsSettingsInput = z.input<typeof CommsSettingsSchema>;

/** Secrets of the channels, kept apart from settings and never sent to the browser in full. */
export const channelSecretNames = ['slackWebhookUrl', 'teamsWebhookUrl', 'smsAuthToken', 'slackBotToken'] as const;
export const ChannelSecretNameSchema = z.enum(channelSecretNames);
export type ChannelSecretName = z.infer<typeof ChannelSecretNameSchema>;

export { AudienceSchema };
