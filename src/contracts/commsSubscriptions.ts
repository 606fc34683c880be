import { z } from 'zod';

/** A resolver payload naming a service to follow or stop following. */
export const SubscriptionInputSchema = z.object({ service: z.string().trim().min(1, 'must not be empty').max(255) }).strict();
export type SubscriptionInput = z.infer<typeof SubscriptionInputSchema>;

export interface SubscriptionView {
  service: string;
  since: string;
}

/** The caller's subscriptions and the services they could follow. */
export interface MySubscriptionsView {
  subscriptions: SubscriptionView[];
  services: string[];
}
