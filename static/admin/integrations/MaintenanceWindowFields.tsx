import type { AlertSettings } from '../../../src/contracts/integration.js';
import type { PathSegment } from '../../shared/fieldPath.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { row, stack } from '../../shared/styles.js';
import { oneOffOf, weeklyOf } from './newAlertRules.js';
import { WeeklyFields } from './WeeklyFields.js';

type Window = AlertSettings['maintenanceWindows'][number];

/** One maintenance window: a service, then either a start/end instant or a weekly schedule. */
export function MaintenanceWindowFields({ window: w, path, edit }: {
  window: Window;
  path: readonly PathSegment[];
  edit: (path: readonly PathSegment[], value: unknown) => void;
}) {
  return (
    <div style={stack}>
      <div style={row}>
        <TextInput path={[...path, 'id']} label="Id" value={w.id} onChange={(v) => edit([...path, 'id'], v ?? '')} width={180} />
        <TextInput path={[...path, 'service']} label="Service" value={w.service} onChange={(v) => edit([...path, 'service'], v ?? '')} width={180} />
        <SelectInput path={[...path, 'kind']} label="Kind" value={w.kind} options={[{ value: 'weekly', label: 'Weekly' }, { value: 'one-off', label: 'One-off' }] as const}
          onChange={(k) => k && k !== w.kind && edit(path, k === 'one-off' ? oneOffOf(w, new Date().toISOString()) : weeklyOf(w))} />
      </div>
      {w.kind === 'one-off' ? (
        <div style={row}>
          <TextInput path={[...path, 'start']} label="Starts (ISO instant)" value={w.start} onChange={(v) => edit([...path, 'start'], v ?? '')} width={240} />
          <TextInput path={[...path, 'end']} label="Ends (ISO instant)" value={w.end} onChange={(v) => edit([...path, 'end'], v ?? '')} width={240} />
        </div>
      ) : (
        <WeeklyFields rule={w} path={path} edit={edit} />
      )}
    </div>
  );
}
