import type { PathSegment } from '../../shared/fieldPath.js';
import { ListInput } from '../../shared/ListInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { row } from '../../shared/styles.js';

interface Weekly { timeZone: string; days: number[]; start: string; end: string }

/** Time zone, days and HH:mm start/end of a weekly rule (maintenance window or peak hours). */
export function WeeklyFields({ rule, path, edit }: {
  rule: Weekly;
  path: readonly PathSegment[];
  edit: (path: readonly PathSegment[], value: unknown) => void;
}) {
  return (
    <div style={row}>
      <TextInput path={[...path, 'timeZone']} label="Time zone" value={rule.timeZone} onChange={(v) => edit([...path, 'timeZone'], v ?? '')} width={180} />
      {/* Anything not a number is sent as typed, so the server names it instead of it vanishing. */}
      <ListInput path={[...path, 'days']} label="Days (1 = Monday)" value={rule.days.map(String)} width={160}
        onChange={(v) => edit([...path, 'days'], v.map((d) => (/^\d+$/.test(d) ? Number(d) : d)))} />
      <TextInput path={[...path, 'start']} label="From" value={rule.start} onChange={(v) => edit([...path, 'start'], v ?? '')} width={80} />
      <TextInput path={[...path, 'end']} label="Until" value={rule.end} onChange={(v) => edit([...path, 'end'], v ?? '')} width={80} />
    </div>
  );
}
