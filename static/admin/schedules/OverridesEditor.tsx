import type { ScheduleDto } from '../../../src/contracts/oncall.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { removeAt } from '../../shared/setIn.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';

const HOUR = 3_600_000;

/** One-off cover: a person on call for a window, whatever the layers say. */
export function OverridesEditor({ overrides, edit }: { overrides: ScheduleDto['overrides']; edit: Edit }) {
  return (
    <ListEditor path="overrides" items={overrides} testId="overrides" addLabel="Add override" emptyText="No overrides."
      itemLabel={(_o, i) => `Override ${i + 1}`}
      onAdd={() => {
        // A whole next hour, so the new window starts valid (end after start) and in the future.
        const start = Math.ceil(Date.now() / HOUR) * HOUR;
        let n = overrides.length + 1;
        while (overrides.some((o) => o.id === `override-${n}`)) n += 1;
        edit(['overrides'], [...overrides, { id: `override-${n}`, accountId: '', start: new Date(start).toISOString(), end: new Date(start + 8 * HOUR).toISOString() }]);
      }}
      onRemove={(i) => edit(['overrides'], removeAt(overrides, i))}
      render={(o, i) => (
        <div style={{ ...row, alignItems: 'flex-start' }}>
          <DirectoryPicker path={['overrides', i, 'accountId']} label="Person" kind="user" multiple={false} width={260}
            value={o.accountId ? [o.accountId] : []} onChange={(v) => edit(['overrides', i, 'accountId'], v[0] ?? '')} />
          <TextInput path={['overrides', i, 'start']} label="From (ISO instant)" width={230} value={o.start} onChange={(v) => edit(['overrides', i, 'start'], v ?? '')} />
          <TextInput path={['overrides', i, 'end']} label="Until (ISO instant)" width={230} value={o.end} onChange={(v) => edit(['overrides', i, 'end'], v ?? '')} />
        </div>
      )} />
  );
}
