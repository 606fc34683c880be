import type { Priority } from '../../../contracts/common.js';
import type { AlertIncident } from './alertIncident.js';

export type DroppableField = 'service' | 'priority' | 'requestType' | 'impact' | 'urgency';
export type IncidentDraft = Omit<AlertIncident, 'impact' | 'urgency'> & { impact: string | null; urgency: string | null; priority: Priority | null };
export interface UnsetField { field: DroppableField; value: string; why: string }

const NAMES: Record<DroppableField, string> = { service: 'Service (component)', priority: 'Priority', requestType: 'Request type', impact: 'Impact', urgency: 'Urgency' };

/**
 * The incident to create again after Jira refused some of its field values: those fields are
 * left unset, and the description says what could not be set and Jira's reason, so the
 * incident still opens and a person can fix the fields by hand. Returns null when nothing
 * refused was still set (a retry would be refused the same way).
 *
 * @example
 * dropRefusedFields(draft, [{ field: 'service', message: "components: Specify a valid 'components' id or name" }])
 * // => { draft: { ...draft, service: null, description: '…\n\nCould not be set on create:\n- Service (component) "Billing": …' }, unset: [...] }
 */
export function dropRefusedFields(draft: IncidentDraft, refused: ReadonlyArray<{ field: DroppableField; message: string }>): { draft: IncidentDraft; unset: UnsetField[] } | null {
  const unset: UnsetField[] = [];
  const next: IncidentDraft = { ...draft };
  for (const r of refused) {
    const value = draft[r.field];
    if (value === null || unset.some((u) => u.field === r.field)) continue;
    unset.push({ field: r.field, value: String(value), why: r.message });
    next[r.field] = null;
  }
  if (unset.length === 0) return null;
  const marker = '\n\nCould not be set on create (Jira refused the value; set it by hand):';
  const lines = unset.map((u) => `- ${NAMES[u.field]} "${u.value}": ${u.why}`).join('\n');
  next.description = draft.description.includes(marker) ? `${draft.description}\n${lines}` : `${draft.description}${marker}\n${lines}`;
  return { draft: next, unset };
}

/** One line for a delivery reason or timeline entry: `service "Billing", priority "P1"`. */
export function describeUnset(unset: readonly UnsetField[]): string {
  return unset.map((u) => `${u.field} "${u.value}"`).join(', ');
}
