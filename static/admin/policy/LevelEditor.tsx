import type { Level } from '../../../src/contracts/policy.js';
import { toFieldPath, type PathSegment } from '../../shared/fieldPath.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { TargetsEditor } from './TargetsEditor.js';
import { actionSpecs } from './variantSpecs.js';
import { VariantEditor, type Edit } from './VariantEditor.js';

/** One level: who it pages (and who backs them up), when, how long it waits for an acknowledgement, and what it does. */
export function LevelEditor({ base, level, edit }: { base: readonly PathSegment[]; level: Level; edit: Edit }) {
  const at = (...rest: PathSegment[]) => [...base, ...rest];
  return (
    <div style={stack}>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        <TextInput path={at('name')} label="Name" optional value={level.name} onChange={(v) => edit(at('name'), v)} />
        <NumberInput path={at('delayMinutes')} label="Delay (min)" min={0} value={level.delayMinutes} onChange={(v) => edit(at('delayMinutes'), v)} />
        <NumberInput path={at('ackTimeoutMinutes')} label="Ack timeout (min)" min={1} value={level.ackTimeoutMinutes} onChange={(v) => edit(at('ackTimeoutMinutes'), v)} />
        <NumberInput path={at('repeat')} label="Repeat" min={0} value={level.repeat} onChange={(v) => edit(at('repeat'), v)} />
      </div>
      <strong>Targets</strong>
      <TargetsEditor base={at('targets')} targets={level.targets} edit={edit} noun="target" emptyText="No targets: this level pages nobody." />
      <strong>Backups</strong>
      <TargetsEditor base={at('backups')} targets={level.backups} edit={edit} noun="backup"
        emptyText="No backups: unacknowledged pages go straight to the next level." />
      <strong>Actions</strong>
      <ListEditor path={toFieldPath(at('actions'))} items={level.actions} testId={`actions-${toFieldPath(base)}`}
        addLabel="Add action" emptyText="No actions besides paging."
        itemLabel={(a, i) => `Action ${i + 1} (${a.kind})`}
        onAdd={() => edit(at('actions'), [...level.actions, { kind: 'assign' }])}
        onRemove={(i) => edit(at('actions'), removeAt(level.actions, i))}
        render={(a, i) => (
          <VariantEditor base={at('actions', i)} value={a as unknown as Record<string, unknown>} discriminator="kind"
            specs={actionSpecs} edit={edit} label="Action" />
        )} />
    </div>
  );
}
