import { pathNames } from '../../../src/contracts/common.js';
import type { Policy } from '../../../src/contracts/policy.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from './VariantEditor.js';

/** Id (fixed once saved, since versions and incidents refer to it), name, rank, default path, review cadence. */
export function BasicsEditor({ policy, isNew, edit }: { policy: Policy; isNew: boolean; edit: Edit }) {
  return (
    <div style={{ ...row, alignItems: 'flex-start' }}>
      <TextInput path={['id']} label="Id" value={policy.id} disabled={!isNew} onChange={(v) => edit(['id'], v)} />
      <TextInput path={['name']} label="Name" value={policy.name} onChange={(v) => edit(['name'], v)} />
      <NumberInput path={['rank']} label="Rank (lower wins)" min={0} max={1000} value={policy.rank} onChange={(v) => edit(['rank'], v)} />
      <SelectInput path={['defaultPath']} label="Default path" value={policy.defaultPath} options={pathNames} onChange={(v) => edit(['defaultPath'], v)} />
      <NumberInput path={['reviewIntervalMonths']} label="Review every (months)" min={1} max={12} value={policy.reviewIntervalMonths}
        onChange={(v) => edit(['reviewIntervalMonths'], v)} />
      <CheckboxInput path={['enabled']} label="Enabled" checked={policy.enabled} onChange={(v) => edit(['enabled'], v)} />
    </div>
  );
}
