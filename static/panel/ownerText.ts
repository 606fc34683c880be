import type { IncidentView } from '../../src/contracts/resolvers.js';
import { newestFirst } from '../shared/newestFirst.js';

/**
 * Who holds the incident now, in words. The view has no owner field, so this reads the
 * acknowledgement, else the latest page in the event log (whose detail names who was paged).
 * People are written `user <id>`, as in event details, for `EventDetail` to show by name.
 */
export function ownerText(view: IncidentView): string {
  const { state, events } = view;
  if (state.status === 'acknowledged' && state.acknowledgedBy) return `Acknowledged by user ${state.acknowledgedBy}`;
  if (state.status === 'none') return 'Nobody: not escalated';
  if (state.status === 'resolved') return 'Nobody: resolved';
  const lastPage = newestFirst(events).find((e) => e.type === 'paged' || e.type === 'repeated' || e.type === 'backupPaged');
  if (lastPage) return `Awaiting acknowledgement · ${lastPage.detail}`;
  return 'Waiting for the first page';
}
