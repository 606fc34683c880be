import { criticalities } from '../../../src/contracts/common.js';
import type { Service } from '../../../src/contracts/config.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';

export function ServicesEditor({ services, calendarIds, edit }: { services: readonly Service[]; calendarIds: string[]; edit: Edit }) {
  return (
    <ListEditor path="services" items={services} testId="services" addLabel="Add service" emptyText="No services defined."
      itemLabel={(s, i) => s.name || `Service ${i + 1}`}
      onAdd={() => edit(['services'], [...services, { name: '', criticality: 'standard' }])}
      onRemove={(i) => edit(['services'], removeAt(services, i))}
      render={(s, i) => (
        <div style={{ ...row, alignItems: 'flex-start' }}>
          <TextInput path={['services', i, 'name']} label="Name" value={s.name} onChange={(v) => edit(['services', i, 'name'], v)} />
          <SelectInput path={['services', i, 'criticality']} label="Criticality" value={s.criticality} options={criticalities}
            onChange={(v) => edit(['services', i, 'criticality'], v)} />
          <SelectInput path={['services', i, 'calendarId']} label="Business calendar" optional value={s.calendarId} options={calendarIds}
            onChange={(v) => edit(['services', i, 'calendarId'], v)} />
          <TextInput path={['services', i, 'ownerAccountId']} label="Owner account id" optional value={s.ownerAccountId}
            onChange={(v) => edit(['services', i, 'ownerAccountId'], v)} />
          <TextInput path={['services', i, 'jsmServiceId']} label="JSM service id (Affected services)" optional value={s.jsmServiceId}
            onChange={(v) => edit(['services', i, 'jsmServiceId'], v)} />
          <TextInput path={['services', i, 'runbookUrl']} label="Runbook URL" optional value={s.runbookUrl}
            onChange={(v) => edit(['services', i, 'runbookUrl'], v)} />
        </div>
      )} />
  );
}
