import type { Priority } from '../../../contracts/common.js';
import type { BridgeConfig, BridgeLine } from './bridgeConfig.js';
import { priorityRank } from '../../priority/priorityRank.js';

export type BridgeDecision =
  | ({ readonly open: true; readonly source: 'service' | 'global' } & BridgeLine)
  | { readonly open: false; readonly reason: 'below-threshold' | 'not-configured' };

/**
 * Whether an incident gets a conference bridge, and which line. A priority as urgent as the
 * threshold or more opens one; the service's line wins over the global one.
 *
 * @example
 * bridgeFor('P1', 'payments', { openAtOrAbove: 'P2', global: { url: 'https://meet.example.com/war-room' }, services: {} })
 * // => { open: true, source: 'global', url: 'https://meet.example.com/war-room' }
 */
export function bridgeFor(priority: Priority, service: string | null, config: BridgeConfig): BridgeDecision {
  if (priorityRank(priority) > priorityRank(config.openAtOrAbove)) return { open: false, reason: 'below-threshold' };
  // Own-property lookup: a service named like an Object.prototype member must not match.
  const own = service !== null && Object.hasOwn(config.services, service) ? config.services[service] : undefined;
  if (own) return { open: true, source: 'service', ...own };
  if (config.global) return { open: true, source: 'global', ...config.global };
  return { open: false, reason: 'not-configured' };
}
