import { z } from 'zod';

/** Who a message is for, from the people fixing the incident to the people affected by it. */
export const audiences = ['responders', 'management', 'executives', 'business', 'customers'] as const;
export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

/** How a message travels. `jsmPublicComment` is a customer-visible comment on the JSM request. */
export const channels = ['email', 'slack', 'teams', 'sms', 'jsmPublicComment'] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;
