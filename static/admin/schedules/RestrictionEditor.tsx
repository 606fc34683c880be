import type { RotationDto } from '../../../src/contracts/oncall.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import type { PathSegment } from '../../shared/fieldPath.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { row, stack, label } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { toFieldPath } from '../../shared/fieldPath.js';

type Restriction = NonNullable<RotationDto['restriction']>;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Limits a layer to some weekdays and/or hours. Every day ticked and no hours means no
 * restriction, which is sent as none: the validator refuses an empty weekday list.
 */
export function RestrictionEditor({ base, restriction, onChange }: {
  base: readonly PathSegment[];
  restriction: RotationDto['restriction'];
  onChange: (next: Restriction | undefined) => void;
}) {
  const days = restriction?.weekdays;
  const set = (next: Restriction) => {
    const clean: Restriction = {};
    if (next.weekdays && next.weekdays.length > 0 && next.weekdays.length < 7) clean.weekdays = next.weekdays;
    else if (next.weekdays && next.weekdays.length === 0) clean.weekdays = [];
    if (next.hours) clean.hours = next.hours;
    onChange(Object.keys(clean).length ? clean : undefined);
  };
  const toggle = (day: (typeof WEEKDAYS)[number], on: boolean) => {
    const current = days ?? [...WEEKDAYS];
    set({ ...restriction, weekdays: WEEKDAYS.filter((d) => (d === day ? on : current.includes(d))) });
  };
  const path = [...base, 'restriction'];
  return (
    <fieldset style={{ ...stack, border: 'none', padding: 0, margin: 0 }}>
      <legend style={label}>On call only on</legend>
      <FieldMessages path={toFieldPath(path)} />
      <div style={row} role="group" aria-label="Weekdays">
        {WEEKDAYS.map((d) => (
          <CheckboxInput key={d} path={[...path, 'weekdays', d]} label={d} checked={!days || days.includes(d)} onChange={(on) => toggle(d, on)} />
        ))}
      </div>
      <FieldMessages path={toFieldPath([...path, 'weekdays'])} />
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <CheckboxInput path={[...path, 'hours']} label="Only between" checked={restriction?.hours !== undefined}
          onChange={(on) => set({ ...restriction, hours: on ? { from: '09:00', to: '17:00' } : undefined })} />
        {restriction?.hours && (
          <>
            <TextInput path={[...path, 'hours', 'from']} label="From (HH:mm)" width={110} value={restriction.hours.from}
              onChange={(v) => set({ ...restriction, hours: { from: v ?? '', to: restriction.hours?.to ?? '' } })} />
            <TextInput path={[...path, 'hours', 'to']} label="To (HH:mm)" width={110} value={restriction.hours.to}
              onChange={(v) => set({ ...restriction, hours: { from: restriction.hours?.from ?? '', to: v ?? '' } })} />
          </>
        )}
      </div>
    </fieldset>
  );
}
