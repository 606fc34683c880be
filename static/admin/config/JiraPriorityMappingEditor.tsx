import { priorities } from '../../../src/contracts/common.js';
import type { JiraPriorityMapping } from '../../../src/contracts/config.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';

/**
 * Jira's priority field (what agents set, and what JSM's SLA goals run on) onto P1–P5. The
 * effective priority is the most pressing of this, the matrix and the service floor.
 */
export function JiraPriorityMappingEditor({ mapping, edit }: { mapping: JiraPriorityMapping; edit: Edit }) {
  return (
    <ListEditor path="jiraPriorityMapping" items={mapping} testId="jira-priority-mapping" addLabel="Add Jira priority"
      emptyText="No Jira priority is mapped: only the matrix and service floors decide."
      itemLabel={(m, i) => m.jiraPriority || `Jira priority ${i + 1}`}
      onAdd={() => edit(['jiraPriorityMapping'], [...mapping, { jiraPriority: '', priority: 'P3' }])}
      onRemove={(i) => edit(['jiraPriorityMapping'], removeAt(mapping, i))}
      render={(m, i) => (
        <div style={{ ...row, alignItems: 'flex-start' }}>
          <TextInput path={['jiraPriorityMapping', i, 'jiraPriority']} label="Jira priority name" value={m.jiraPriority}
            onChange={(v) => edit(['jiraPriorityMapping', i, 'jiraPriority'], v ?? '')} />
          <SelectInput path={['jiraPriorityMapping', i, 'priority']} label="Counts as" value={m.priority} options={priorities}
            onChange={(v) => edit(['jiraPriorityMapping', i, 'priority'], v)} />
        </div>
      )} />
  );
}
