import { fnv1a64 } from '../../../domain/shared/fnv1a64.js';

/**
 * The idempotency-claim key for one step of one send. Send ids carry URI-encoded parts (`%2F`)
 * and template ids come from policies, neither of which storage keys may hold, so the id
 * enters as its hash; the incident key stays readable for whoever inspects storage.
 *
 * @example
 * claimKey('ITOPS-7', 'ITOPS-7/comms/default-responders-slack@1/...', 'send') // => 'ITOPS-7/comms/<16 hex>/send'
 */
export function claimKey(incidentKey: string, id: string, step: string): string {
  return `${incidentKey}/comms/${fnv1a64(id)}/${step}`;
}
