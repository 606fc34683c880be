import type { Target } from '../../../src/contracts/policy.js';
import { toFieldPath, type PathSegment } from '../../shared/fieldPath.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { removeAt } from '../../shared/setIn.js';
import { targetSpecs } from './variantSpecs.js';
import { VariantEditor, type Edit } from './VariantEditor.js';

/** A list of people, groups, teams or schedules to page: a level's targets or its backups. */
export function TargetsEditor({ base, targets, edit, noun, emptyText }: {
  base: readonly PathSegment[];
  targets: readonly Target[];
  edit: Edit;
  noun: string;
  emptyText: string;
}) {
  const path = toFieldPath(base);
  return (
    <ListEditor path={path} items={targets} testId={`${noun}-${path}`} addLabel={`Add ${noun}`} emptyText={emptyText}
      itemLabel={(t, i) => `${noun[0]?.toUpperCase()}${noun.slice(1)} ${i + 1} (${t.type})`}
      onAdd={() => edit(base, [...targets, { type: 'group', groupName: '' }])}
      onRemove={(i) => edit(base, removeAt(targets, i))}
      render={(t, i) => (
        <VariantEditor base={[...base, i]} value={t as unknown as Record<string, unknown>} discriminator="type"
          specs={targetSpecs} edit={edit} label={`${noun} type`} />
      )} />
  );
}
