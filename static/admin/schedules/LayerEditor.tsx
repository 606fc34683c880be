import type { RotationDto, ScheduleDto } from '../../../src/contracts/oncall.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';
import { RestrictionEditor } from './RestrictionEditor.js';

const kinds = [
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'custom', label: 'Custom hours' },
] as const;

/** One rotation layer: who takes turns, how long a turn is, and when turns change hands. */
export function LayerEditor({ layer, index, edit }: { layer: ScheduleDto['layers'][number]; index: number; edit: Edit }) {
  const base = ['layers', index, 'rotation'] as const;
  const r = layer.rotation;
  const setRotation = (next: RotationDto) => edit(base, next);
  return (
    <div style={stack}>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        <TextInput path={['layers', index, 'name']} label="Layer name" value={layer.name} onChange={(v) => edit(['layers', index, 'name'], v ?? '')} />
        <SelectInput path={[...base, 'kind']} label="Rotation" value={r.kind} options={kinds}
          onChange={(kind) => {
            if (!kind) return;
            // The validator refuses a shift length on daily and weekly rotations: drop it when leaving custom.
            const { shiftLengthHours, ...rest } = r;
            setRotation(kind === 'custom' ? { ...rest, kind, shiftLengthHours: shiftLengthHours ?? 12 } : { ...rest, kind });
          }} />
        {r.kind === 'custom' && (
          <NumberInput path={[...base, 'shiftLengthHours']} label="Shift length (hours)" value={r.shiftLengthHours} min={0.25} step={0.25}
            onChange={(v) => edit([...base, 'shiftLengthHours'], v)} />
        )}
        <TextInput path={[...base, 'handoffTime']} label="Handoff time (HH:mm)" width={140} value={r.handoffTime}
          onChange={(v) => edit([...base, 'handoffTime'], v ?? '')} />
        <TextInput path={[...base, 'timeZone']} label="Time zone" width={180} value={r.timeZone} placeholder="Europe/London"
          onChange={(v) => edit([...base, 'timeZone'], v ?? '')} />
        <TextInput path={[...base, 'startDate']} label="Start date (YYYY-MM-DD)" width={170} value={r.startDate}
          onChange={(v) => edit([...base, 'startDate'], v ?? '')} />
      </div>
      <DirectoryPicker path={[...base, 'participants']} label="Participants, in turn order" kind="user" value={r.participants} width="100%"
        onChange={(v) => edit([...base, 'participants'], v)} />
      <RestrictionEditor base={base} restriction={r.restriction} onChange={(v) => edit([...base, 'restriction'], v)} />
    </div>
  );
}
