import { pathNames, priorities } from '../../src/contracts/common.js';
import type { DashboardFilters } from '../../src/contracts/dashboard.js';
import { Field } from '../shared/Field.js';
import { row } from '../shared/styles.js';

/** One choice per filter ("Any" clears it); the resolver accepts lists so more can come later. */
export function Filters({ filters, services, onChange }: {
  filters: DashboardFilters;
  services: string[];
  onChange: (next: DashboardFilters) => void;
}) {
  const one = <T,>(list: T[] | undefined) => (list && list.length > 0 ? String(list[0]) : '');
  return (
    <div style={{ ...row, alignItems: 'flex-end' }} role="search" aria-label="Filter escalations">
      <Field path="filter-path" label="Path">
        {(c) => (
          <select {...c} value={one(filters.paths)}
            onChange={(e) => onChange({ ...filters, paths: e.target.value ? [e.target.value as (typeof pathNames)[number]] : undefined })}>
            <option value="">Any</option>
            {pathNames.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        )}
      </Field>
      <Field path="filter-level" label="Level">
        {(c) => (
          <select {...c} value={one(filters.levels)}
            onChange={(e) => onChange({ ...filters, levels: e.target.value ? [Number(e.target.value)] : undefined })}>
            <option value="">Any</option>
            {Array.from({ length: 10 }, (_, i) => i + 1).map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        )}
      </Field>
      <Field path="filter-service" label="Service">
        {(c) => (
          <select {...c} value={one(filters.services)}
            onChange={(e) => onChange({ ...filters, services: e.target.value ? [e.target.value] : undefined })}>
            <option value="">Any</option>
            {services.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        )}
      </Field>
      <Field path="filter-priority" label="Priority">
        {(c) => (
          <select {...c} value={one(filters.priorities)}
            onChange={(e) => onChange({ ...filters, priorities: e.target.value ? [e.target.value as (typeof priorities)[number]] : undefined })}>
            <option value="">Any</option>
            {priorities.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        )}
      </Field>
    </div>
  );
}
