import type { BusinessCalendar } from '../../../src/contracts/config.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';
import { WeekdayHoursInput } from './WeekdayHoursInput.js';

const weekdays = [['1', 'Mon'], ['2', 'Tue'], ['3', 'Wed'], ['4', 'Thu'], ['5', 'Fri'], ['6', 'Sat'], ['7', 'Sun']] as const;
const officeHours = [{ start: '09:00', end: '17:00' }];

export function CalendarsEditor({ calendars, edit }: { calendars: readonly BusinessCalendar[]; edit: Edit }) {
  return (
    <ListEditor path="calendars" items={calendars} testId="calendars" addLabel="Add calendar" emptyText="No business-hours calendars."
      itemLabel={(c, i) => c.name || `Calendar ${i + 1}`}
      onAdd={() => edit(['calendars'], [...calendars, {
        id: `calendar-${calendars.length + 1}`, name: '', timeZone: 'UTC', holidays: [],
        week: { 1: officeHours, 2: officeHours, 3: officeHours, 4: officeHours, 5: officeHours },
      }])}
      onRemove={(i) => edit(['calendars'], removeAt(calendars, i))}
      render={(c, i) => (
        <div style={stack}>
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <TextInput path={['calendars', i, 'id']} label="Id" value={c.id} onChange={(v) => edit(['calendars', i, 'id'], v)} />
            <TextInput path={['calendars', i, 'name']} label="Name" value={c.name} onChange={(v) => edit(['calendars', i, 'name'], v)} />
            <TextInput path={['calendars', i, 'timeZone']} label="Time zone (IANA)" value={c.timeZone} onChange={(v) => edit(['calendars', i, 'timeZone'], v)} />
          </div>
          <div style={{ ...row, alignItems: 'flex-start' }}>
            {weekdays.map(([day, name]) => (
              <WeekdayHoursInput key={day} path={['calendars', i, 'week', day]} label={name} windows={c.week[day]}
                onChange={(w) => edit(['calendars', i, 'week', day], w.length > 0 ? w : undefined)} />
            ))}
          </div>
          <ListInput path={['calendars', i, 'holidays']} label="Holidays (yyyy-MM-dd)" value={c.holidays} width="100%"
            onChange={(v) => edit(['calendars', i, 'holidays'], v)} />
        </div>
      )} />
  );
}
