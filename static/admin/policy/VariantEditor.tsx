import type { PathSegment } from '../../shared/fieldPath.js';
import { ListInput } from '../../shared/ListInput.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { FieldSpec } from './variantSpecs.js';

export type Edit = (path: readonly PathSegment[], value: unknown) => void;

/**
 * Edits one member of a discriminated union (a trigger, target or level action): a choice of
 * variant, then that variant's fields. Switching variant keeps only the fields named in
 * `keep` (a trigger's id), since the others mean nothing to the new variant.
 */
export function VariantEditor({ base, value, discriminator, specs, edit, label, keep = [] }: {
  base: readonly PathSegment[];
  value: Record<string, unknown>;
  discriminator: 'type' | 'kind';
  specs: Record<string, FieldSpec[]>;
  edit: Edit;
  label: string;
  keep?: string[];
}) {
  const current = String(value[discriminator] ?? '');
  const fields = specs[current] ?? [];
  const switchTo = (next: string | undefined) => {
    if (!next) return;
    const kept = Object.fromEntries(keep.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));
    edit(base, { ...kept, [discriminator]: next });
  };
  return (
    <div style={{ ...row, alignItems: 'flex-start' }}>
      <SelectInput path={[...base, discriminator]} label={label} value={current || undefined} options={Object.keys(specs)} onChange={switchTo} />
      {fields.map((f) => {
        const path = [...base, f.name];
        const v = value[f.name];
        switch (f.kind) {
          case 'number':
            return <NumberInput key={f.name} path={path} label={f.label} value={typeof v === 'number' ? v : undefined} onChange={(n) => edit(path, n)} />;
          case 'list':
            return <ListInput key={f.name} path={path} label={f.label} value={Array.isArray(v) ? (v as string[]) : []} onChange={(l) => edit(path, l)} />;
          case 'user':
          case 'group':
            // One id: the picker holds a list of at most one; emptied, an optional field goes away.
            return <DirectoryPicker key={f.name} path={path} label={f.label} kind={f.kind} multiple={false} width={280}
              value={typeof v === 'string' && v !== '' ? [v] : []} onChange={(l) => edit(path, l[0] ?? (f.optional ? undefined : ''))} />;
          case 'users':
            return <DirectoryPicker key={f.name} path={path} label={f.label} kind="user" width={360}
              value={Array.isArray(v) ? (v as string[]) : []} onChange={(l) => edit(path, l)} />;
          case 'choice':
            return <SelectInput key={f.name} path={path} label={f.label} value={typeof v === 'string' ? v : undefined} options={f.options} onChange={(c) => edit(path, c)} />;
          default:
            return <TextInput key={f.name} path={path} label={f.label} value={typeof v === 'string' ? v : undefined}
              optional={f.optional} multiline={f.kind === 'longText'} onChange={(t) => edit(path, t)} width={f.kind === 'longText' ? '100%' : undefined} />;
        }
      })}
    </div>
  );
}
