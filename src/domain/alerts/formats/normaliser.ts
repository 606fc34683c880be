import type { FieldError } from '../../shared/fieldError.js';
import type { Alert } from '../alert.js';

/** What the integration's configuration supplies alongside the body. */
export interface NormaliseContext {
  integration: string;
  /** The integration's default service, used when the payload names none. */
  service: string | null;
  receivedAt: string;
  /** SNS raw message delivery: the body is the message itself, without SNS's envelope. */
  snsRawDelivery?: boolean;
}

/**
 * An SNS handshake rather than an alert: the adapter must visit `subscribeUrl` (after checking
 * the signature) to start receiving alarms. Kept distinct so it is never mistaken for "no alerts".
 */
export interface SnsConfirmation {
  ok: true;
  alerts: [];
  confirmation: {
    type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
    topicArn: string;
    subscribeUrl: string;
    token: string;
  };
}

export type NormaliseResult =
  /** `note`: something the sender should know, e.g. that its group was truncated (answered with the results). */
  | { ok: true; alerts: Alert[]; confirmation?: undefined; note?: string }
  | SnsConfirmation
  | { ok: false; errors: FieldError[] };

export type Normaliser = (body: unknown, ctx: NormaliseContext) => NormaliseResult;
