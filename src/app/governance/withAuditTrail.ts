import type { AccessLogEntry } from '../../contracts/accessLog.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { GovernanceStore } from '../../ports/governanceStore.js';
import type { Store } from '../../ports/store.js';
import { appendToTrail } from './appendToTrail.js';

/**
 * The Store, with every escalation event batch and access-log entry also appended to the
 * hash-chained audit trail, after the record itself is stored. Wrapping the port keeps every
 * use case unchanged: whatever writes an event writes its trail entry. A trail write that
 * fails after the record was stored is reported, not swallowed: the caller's retry appends
 * the record again (events and the access log are idempotent by key), and the trail with it.
 */
export function withAuditTrail(store: Store, gov: GovernanceStore): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'appendEvents') {
        return async (entries: EventLogEntry[]) => {
          await target.appendEvents(entries);
          if (entries.length === 0) return;
          const at = entries[entries.length - 1]!.at;
          await appendToTrail(gov, at, 'escalation.events', entries.map((e) => ({ ...e })));
        };
      }
      if (prop === 'appendAccessLog') {
        return async (entry: AccessLogEntry) => {
          await target.appendAccessLog(entry);
          await appendToTrail(gov, entry.at, entry.allowed ? 'access.allowed' : 'access.refused', { ...entry });
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
