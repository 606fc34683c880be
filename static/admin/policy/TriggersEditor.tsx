import type { Trigger } from '../../../src/contracts/trigger.js';
import { toFieldPath, type PathSegment } from '../../shared/fieldPath.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { removeAt } from '../../shared/setIn.js';
import { stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { triggerSpecs } from './variantSpecs.js';
import { VariantEditor, type Edit } from './VariantEditor.js';

/** The triggers list of a policy or a legacy exception (same shape, different base path). */
export function TriggersEditor({ base, triggers, edit, testId = 'triggers' }: {
  base: readonly PathSegment[];
  triggers: readonly Trigger[];
  edit: Edit;
  testId?: string;
}) {
  return (
    <ListEditor path={toFieldPath(base)} items={triggers} testId={testId} addLabel="Add trigger"
      emptyText="No triggers: only a manual escalation starts this."
      itemLabel={(t, i) => `Trigger ${i + 1}${t.id ? ` (${t.id})` : ''}`}
      onAdd={() => edit(base, [...triggers, { id: `trigger-${triggers.length + 1}`, type: 'slaPercent', metric: 'Time to resolution', percent: 75 }])}
      onRemove={(i) => edit(base, removeAt(triggers, i))}
      render={(t, i) => (
        <div style={stack}>
          <TextInput path={[...base, i, 'id']} label="Trigger id" value={t.id} onChange={(v) => edit([...base, i, 'id'], v)} />
          <VariantEditor base={[...base, i]} value={t as unknown as Record<string, unknown>} discriminator="type"
            specs={triggerSpecs} edit={edit} label="Starts when" keep={['id']} />
        </div>
      )} />
  );
}
